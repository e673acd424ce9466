import websocket from '@fastify/websocket';
import type { GatewayApp } from '../app.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import type { Hub } from './hub.ts';

/** `GET /ws`: the session cookie authenticates the upgrade; the protocol is in schemas/ws.schemas.ts. */
export async function registerRealtimeRoutes(app: GatewayApp, { hub }: { hub: Hub }): Promise<void> {
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.get('/ws', { websocket: true, config: { access: 'operator' }, schema: { hide: true } }, (socket, request) => {
    hub.accept(socket, { user: request.user, token: request.cookies[SESSION_COOKIE] ?? '' });
  });
}
