import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { SessionOrigin, SessionService, SessionUser, SignInLimit } from '../../crm-core/sessions/session.service.ts';
import type { UserService } from '../../crm-core/users/user.service.ts';
import type { GatewayApp } from '../app.ts';
import { httpError } from '../http-errors.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import { LoginBodySchema, loginResponses, PhoneSettingsSchema, SessionResponseSchema, UpdateMeBodySchema } from '../schemas/auth.schemas.ts';
import { authenticatedErrors, ErrorResponseSchema } from '../schemas/common.schemas.ts';

/** Where browser phones register (`SIP_WS_URL`, `SIP_DOMAIN`); without it every user has a desk phone. */
export interface SipServerSettings {
  readonly webSocketUrl: string;
  readonly domain: string;
}

export interface AuthRouteDependencies {
  readonly users: Pick<UserService, 'verifyCredentials' | 'update' | 'sipCredentials'>;
  readonly sip?: SipServerSettings;
  readonly sessions: SessionService;
  /** Failed sign-ins per login within the window, before 429. */
  readonly signInLimit?: SignInLimit;
}

const defaultSignInLimit: SignInLimit = { maxFailures: 10, windowMs: 15 * 60_000 };

export async function registerAuthRoutes(app: GatewayApp, dependencies: AuthRouteDependencies): Promise<void> {
  const { users, sessions } = dependencies;
  const signInLimit = dependencies.signInLimit ?? defaultSignInLimit;

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Sign in', body: LoginBodySchema, response: loginResponses },
    },
    async (request, reply) => {
      const origin = originOf(request);
      // Per login, so guessing one account's password is slow from any number of addresses and gateways.
      const blockedForMs = await sessions.signInBlockedFor(request.body.login, signInLimit);
      if (blockedForMs !== null) throw httpError(429, `Too many sign-in attempts for this login; try again in ${Math.max(1, Math.ceil(blockedForMs / 60_000))} min`);
      const user = await users.verifyCredentials(request.body.login, request.body.password);
      if (user === null) {
        await sessions.recordFailedSignIn(request.body.login, origin);
        throw httpError(401, 'Wrong login or password');
      }
      const { token } = await sessions.start(user.id, origin);
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https' });
      const sessionUser: SessionUser = { id: user.id, login: user.login, displayName: user.displayName, role: user.role, extension: user.extension, locale: user.locale };
      return { user: sessionUser };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'Sign out', response: { 204: Type.Null(), 403: ErrorResponseSchema } } },
    async (request, reply) => {
      await sessions.end(request.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: 'operator' }, schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: SessionResponseSchema, 401: ErrorResponseSchema } } },
    async (request) => ({ user: request.user }),
  );

  app.patch(
    '/api/auth/me',
    {
      config: { access: 'operator' },
      schema: { tags: ['auth'], summary: 'Change my language', body: UpdateMeBodySchema, response: { 200: SessionResponseSchema, ...authenticatedErrors } },
    },
    async (request) => {
      const updated = await users.update(request.user.id, { locale: request.body.locale }, request.actor);
      return { user: { ...request.user, locale: updated.locale } };
    },
  );

  app.get(
    '/api/phone/settings',
    {
      config: { access: 'operator' },
      schema: { tags: ['auth'], summary: 'My browser phone’s SIP account, if I have one', response: { 200: PhoneSettingsSchema, 401: ErrorResponseSchema } },
    },
    async (request) => {
      const credentials = dependencies.sip ? await users.sipCredentials(request.user.id) : null;
      if (!dependencies.sip || credentials === null || credentials.extension === null) return { sip: null, extension: request.user.extension };
      return {
        sip: {
          server: dependencies.sip.webSocketUrl,
          uri: `sip:${credentials.username}@${dependencies.sip.domain}`,
          authorizationUsername: credentials.username,
          authorizationPassword: credentials.password,
        },
        extension: credentials.extension,
      };
    },
  );
}

function originOf(request: FastifyRequest): SessionOrigin {
  return { ip: request.ip, userAgent: request.headers['user-agent']?.slice(0, 300) ?? null };
}
