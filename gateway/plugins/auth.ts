/**
 * Who may call what. Every `/api` and `/ws` route declares `config.access`: `public`, or the least
 * role it needs (operator < manager < supervisor < admin); the app refuses to start with a route
 * that forgets. The session comes from an httpOnly, SameSite=Strict cookie; a state-changing
 * request (or a WebSocket handshake) that a browser sends from another origin is refused, so a
 * page elsewhere cannot act with an operator's session.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SessionService, SessionUser } from '../../crm-core/sessions/session.service.ts';
import type { Actor } from '../../crm-core/shared/actor.ts';
import type { UserRole } from '../../crm-core/users/user.ts';
import { httpError } from '../http-errors.ts';

export type Access = 'public' | UserRole;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The signed-in user; set on every route whose access is a role. */
    user: SessionUser;
    actor: Actor;
  }
}

export const SESSION_COOKIE = 'dzvinok_session';

const roleRank: Record<UserRole, number> = { operator: 0, manager: 1, supervisor: 2, admin: 3 };

export function hasRole(user: Pick<SessionUser, 'role'>, least: UserRole): boolean {
  return roleRank[user.role] >= roleRank[least];
}

export interface AuthOptions {
  readonly sessions: Pick<SessionService, 'resolve'>;
  /** Origins besides the app's own that may send state-changing requests (a dev server, say). */
  readonly allowedOrigins?: readonly string[];
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Registers on the root instance, so that its hooks see every route. */
export async function registerAuth(app: FastifyInstance, options: AuthOptions): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('user', null as unknown as SessionUser);
  app.decorateRequest('actor', null as unknown as Actor);

  app.addHook('onRoute', (route) => {
    const documentation = route.url.startsWith('/api/docs');
    if (/^\/(api|ws)(\/|$)/.test(route.url) && !documentation && route.config?.access === undefined) {
      throw new Error(`${String(route.method)} ${route.url} must declare config.access`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return;
    refuseForeignOrigin(request, options.allowedOrigins ?? []);
    if (access === 'public') return;
    const user = await options.sessions.resolve(request.cookies[SESSION_COOKIE]);
    if (user === null) throw httpError(401, 'Sign in first: the session is missing or has expired');
    if (!hasRole(user, access)) throw httpError(403, `Only a ${access} or above may do this`);
    request.user = user;
    request.actor = { userId: user.id, role: user.role };
  });
}

function refuseForeignOrigin(request: FastifyRequest, allowedOrigins: readonly string[]): void {
  const origin = request.headers.origin;
  const changesState = !safeMethods.has(request.method) || request.headers.upgrade?.toLowerCase() === 'websocket';
  if (origin === undefined || !changesState) return;
  if (origin === `${request.protocol}://${request.host}` || allowedOrigins.includes(origin)) return;
  throw httpError(403, `Requests from ${origin} are not accepted`);
}
