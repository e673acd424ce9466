/**
 * The HTTP application as a plugin-style factory: it never listens (server.ts does), so tests
 * build it and talk to it with `app.inject`.
 */
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { registerHealthRoutes, type HealthSources } from './routes/health.routes.ts';

export interface AppDependencies extends HealthSources {
  readonly log: Logger;
}

export async function buildApp(dependencies: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({ loggerInstance: dependencies.log.child({ module: 'http' }) as FastifyBaseLogger });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.status(500).send({ statusCode: 500, error: 'Internal Server Error' });
    }
    return reply.status(status).send({ statusCode: status, error: error.name, message: error.message });
  });
  registerHealthRoutes(app, dependencies);
  return app;
}
