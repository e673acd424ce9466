/**
 * The HTTP application as a plugin-style factory: it never listens (server.ts does), so tests
 * build it and talk to it with `app.inject`. Every route module is registered here.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type RawReplyDefaultExpression, type RawRequestDefaultExpression, type RawServerDefault } from 'fastify';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.ts';
import { createSessionService, type SessionTimeouts } from '../crm-core/sessions/session.service.ts';
import type { Clock } from '../crm-core/shared/clock.ts';
import { NotFoundError, ValidationError } from '../crm-core/shared/validation-error.ts';
import { createUserService } from '../crm-core/users/user.service.ts';
import { HttpError } from './http-errors.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerAuthRoutes, type SipServerSettings } from './routes/auth.routes.ts';
import { registerHealthRoutes } from './routes/health.routes.ts';
import type { ErrorResponse } from './schemas/common.schemas.ts';

export type GatewayApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface AppDependencies {
  readonly log: Logger;
  readonly db: Kysely<Database>;
  readonly clock?: Clock;
  /** The PBX link as the adapter sees it: `connected`, `connecting`, `disconnected` or `auth-failed`. */
  readonly pbxLinkState: () => string;
  /** Origins besides the app's own that may send state-changing requests. */
  readonly allowedOrigins?: readonly string[];
  /** Behind a TLS-terminating proxy: the protocol and client address come from X-Forwarded-*. */
  readonly trustProxy?: boolean;
  readonly sessionTimeouts?: SessionTimeouts;
  readonly signInAttempts?: { readonly max: number; readonly windowMs: number };
  /** Where browser phones register; without it every user dials and answers on a desk phone. */
  readonly sip?: SipServerSettings;
}

const systemClock: Clock = { now: () => new Date() };

export async function buildApp(dependencies: AppDependencies): Promise<GatewayApp> {
  const { db, log } = dependencies;
  const clock = dependencies.clock ?? systemClock;
  const app = Fastify({
    loggerInstance: log.child({ module: 'http' }) as FastifyBaseLogger,
    ajv: { customOptions: { allErrors: true } },
    trustProxy: dependencies.trustProxy ?? false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setErrorHandler(answerError);

  const sessions = createSessionService({ db, clock, ...(dependencies.sessionTimeouts && { timeouts: dependencies.sessionTimeouts }) });
  const users = createUserService({ db });

  await registerApiDocs(app);
  await registerAuth(app, { sessions, ...(dependencies.allowedOrigins && { allowedOrigins: dependencies.allowedOrigins }) });
  await registerAuthRoutes(app, {
    users,
    sessions,
    ...(dependencies.signInAttempts && { signInAttempts: dependencies.signInAttempts }),
    ...(dependencies.sip && { sip: dependencies.sip }),
  });
  registerHealthRoutes(app, dependencies);
  return app;
}

async function registerApiDocs(app: GatewayApp): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: { title: 'Dzvinok API', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dzvinok_session' } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
  });
}

function answerError(error: FastifyError, request: { log: FastifyBaseLogger }, reply: { status(code: number): { send(body: ErrorResponse): unknown } }) {
  if (error instanceof ValidationError) {
    return reply.status(400).send({ statusCode: 400, error: 'Bad Request', message: error.message, fields: [...error.issues] });
  }
  if (error instanceof NotFoundError) return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: error.message });
  if (error instanceof HttpError) return reply.status(error.statusCode).send({ statusCode: error.statusCode, error: statusText(error.statusCode), message: error.message });
  if (error.validation) {
    const fields = error.validation.map((issue) => ({ field: fieldOf(issue.instancePath, issue.params), message: issue.message ?? 'is invalid' }));
    return reply.status(400).send({ statusCode: 400, error: 'Bad Request', message: fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields });
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ statusCode: 500, error: 'Internal Server Error' });
  }
  return reply.status(status).send({ statusCode: status, error: statusText(status), message: error.message });
}

/** `/phones/0/number` → `phones.0.number`; a missing property is named by itself. */
function fieldOf(instancePath: string, params: Record<string, unknown>): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = typeof params.missingProperty === 'string' ? params.missingProperty : undefined;
  const extra = typeof params.additionalProperty === 'string' ? params.additionalProperty : undefined;
  const leaf = missing ?? extra;
  if (leaf === undefined) return path || '(body)';
  return path ? `${path}.${leaf}` : leaf;
}

const statusTexts: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 413: 'Payload Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 502: 'Bad Gateway', 503: 'Service Unavailable',
};

function statusText(status: number): string {
  return statusTexts[status] ?? 'Error';
}
