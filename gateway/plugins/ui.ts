/**
 * Serves the built softphone UI (`softphone-ui/dist`, made by `npm run build:ui`) at `/`. Any other
 * path outside `/api` and `/ws` answers with the app's index.html, so a reload on `/clients/42`
 * opens that screen. Without a build the gateway serves the API alone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const defaultUiDirectory = join(import.meta.dirname, '..', '..', 'softphone-ui', 'dist');

export async function registerUi(app: FastifyInstance, directory: string = defaultUiDirectory): Promise<boolean> {
  if (!existsSync(join(directory, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: directory,
    wildcard: false,
    // Hashed assets never change; index.html must be fetched again after every deploy.
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.startsWith(join(directory, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const forApp = (request.method === 'GET' || request.method === 'HEAD') && !/^\/(api|ws)(\/|$|\?)/.test(request.url);
    if (forApp) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `Route ${request.method} ${request.url.split('?')[0]} not found` });
  });
  return true;
}
