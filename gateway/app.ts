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
import type { CountryCode } from '../crm-core/phones/phone-number.ts';
import type { Database } from '../db/schema.ts';
import { createSessionService, type SessionTimeouts, type SignInLimit } from '../crm-core/sessions/session.service.ts';
import type { Clock } from '../crm-core/shared/clock.ts';
import { DuplicateError, NotFoundError, ValidationError } from '../crm-core/shared/validation-error.ts';
import { createUserService } from '../crm-core/users/user.service.ts';
import { registerCallsModule } from './calls/calls-module.ts';
import { HttpError } from './http-errors.ts';
import { createHub, type Hub, type HubOptions } from './realtime/hub.ts';
import { startReminderDelivery, type ReminderDelivery, type ReminderDeliveryOptions } from './realtime/reminder-delivery.ts';
import { registerRealtimeRoutes } from './realtime/ws.routes.ts';
import { startScreenPop, type ScreenPopDependencies } from './screen-pop/screen-pop.ts';
import { warmPopConnections } from './screen-pop/warm-up.ts';
import type { AfterCallWorkOptions } from './supervisor/after-call-work.ts';
import type { PbxAdapter } from '../pbx-adapter/index.ts';
import { createClientSummaryService } from '../crm-core/clients/client-summary.ts';
import { createCallWrapUpService } from '../crm-core/interactions/call-wrap-up.service.ts';
import { createInteractionService } from '../crm-core/interactions/interaction.service.ts';
import { createCallerChoices } from '../crm-core/phones/caller-choice.service.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerUi } from './plugins/ui.ts';
import { registerAuthRoutes, type SipServerSettings } from './routes/auth.routes.ts';
import { registerCrmRoutes } from './routes/crm.routes.ts';
import { registerHealthRoutes } from './routes/health.routes.ts';
import { registerReportRoutes } from './routes/reports.routes.ts';
import { registerTaskRoutes } from './routes/tasks.routes.ts';
import { registerSms, type SmsSetup } from './sms/sms-module.ts';
import { createSmsStatusFeed } from './sms/sms-status-feed.ts';
import { createReminderService } from '../crm-core/reminders/reminder.service.ts';
import { createReportService } from '../crm-core/reports/report.service.ts';
import { createCrmSettingsService } from '../crm-core/settings/crm-settings.service.ts';
import { createTaskService } from '../crm-core/tasks/task.service.ts';
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
  readonly signInLimit?: SignInLimit;
  /** Where browser phones register; without it every user dials and answers on a desk phone. */
  readonly sip?: SipServerSettings;
  /** The country of numbers typed without a country code (`DEFAULT_COUNTRY`); UA when not given. */
  readonly defaultCountry?: CountryCode;
  /** Heartbeat, replay window and broadcast slicing of the WebSocket hub. */
  readonly realtime?: Omit<HubOptions, 'sessions' | 'log'>;
  /** How often due reminders are pushed and birthday reminders made. */
  readonly reminderDelivery?: ReminderDeliveryOptions;
  /** The PBX as the gateway uses it; without it nothing pops (tests of plain routes). */
  readonly pbx?: Pick<PbxAdapter, 'on' | 'liveCalls' | 'agentStates' | 'status' | 'originateClickToCall' | 'hangup' | 'transfer' | 'supervise'>;
  readonly screenPop?: Pick<ScreenPopDependencies, 'wrapUpRetryDelaysMs' | 'wrapUpSweepMs'>;
  /** The database pool's size: with a PBX, every connection is readied for pops at start. */
  readonly databaseConnections?: number;
  /** How long agents show in wrap-up on the live board after a call, and the clock that times it. */
  readonly afterCallWork?: AfterCallWorkOptions;
  /** The built UI to serve at `/` (default `softphone-ui/dist`); nothing is served if it is missing. */
  readonly uiDirectory?: string;
  /** Twilio and the public URL; without them the SMS routes are not registered. */
  readonly sms?: SmsSetup;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Pushes to the signed-in users' WebSockets (see realtime/hub.ts). */
    hub: Hub;
    /** Pushes due task reminders (see realtime/reminder-delivery.ts); tests call its `tick`. */
    reminderDelivery: ReminderDelivery;
  }
}

const systemClock: Clock = { now: () => new Date() };

export async function buildApp(dependencies: AppDependencies): Promise<GatewayApp> {
  const { db, log } = dependencies;
  const clock = dependencies.clock ?? systemClock;
  const app = Fastify({
    loggerInstance: log.child({ module: 'http' }) as FastifyBaseLogger,
    // A field the schema does not know is refused and named, never silently dropped.
    ajv: { customOptions: { allErrors: true, removeAdditional: false, allowUnionTypes: true } },
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
    ...(dependencies.signInLimit && { signInLimit: dependencies.signInLimit }),
    ...(dependencies.sip && { sip: dependencies.sip }),
  });
  registerHealthRoutes(app, dependencies);
  registerCrmRoutes(app, { db, clock, sessions, defaultCountry: dependencies.defaultCountry ?? 'UA' });
  const hub = createHub({ sessions, log, ...dependencies.realtime });
  app.decorate('hub', hub);
  app.addHook('onClose', async () => hub.close());

  const reminders = createReminderService({ db, clock });
  registerTaskRoutes(app, { tasks: createTaskService({ db, clock }), reminders, clock });
  const reminderDelivery = startReminderDelivery({ hub, reminders, clock, log, ...dependencies.reminderDelivery });
  app.decorate('reminderDelivery', reminderDelivery);
  app.addHook('onClose', async () => reminderDelivery.stop());
  const smsPrice = dependencies.sms && { perSegment: dependencies.sms.pricePerSegment, currency: dependencies.sms.currency };
  registerReportRoutes(app, { reports: createReportService({ db, clock, ...(smsPrice && { smsPrice }) }), settings: createCrmSettingsService({ db, clock }) });
  if (dependencies.sms) {
    const smsSetup = dependencies.sms;
    const smsStatusFeed = createSmsStatusFeed({ db, hub, log });
    const onMessageChanged: SmsSetup['onMessageChanged'] = (message) => {
      smsSetup.onMessageChanged?.(message);
      smsStatusFeed.push(message);
    };
    await registerSms(app, { db, clock, defaultCountry: dependencies.defaultCountry ?? 'UA', setup: { ...smsSetup, onMessageChanged } });
  }
  await registerUi(app, dependencies.uiDirectory);

  await registerRealtimeRoutes(app, { hub });
  const defaultCountry = dependencies.defaultCountry ?? 'UA';
  const pbx = dependencies.pbx;
  const screenPop = pbx && startScreenPop({
    pbx,
    hub,
    users,
    summaries: createClientSummaryService({ db, clock }),
    callerChoices: createCallerChoices({ db, clock, defaultCountry }),
    wrapUps: createCallWrapUpService({ db, clock }),
    interactions: createInteractionService({ db }),
    defaultCountry,
    log,
    ...dependencies.screenPop,
  });
  if (screenPop) app.addHook('onClose', async () => screenPop.stop());
  if (screenPop && dependencies.databaseConnections) {
    const warming = warmPopConnections({ db, connections: dependencies.databaseConnections, defaultCountry, clock }).catch((error: unknown) =>
      log.warn({ err: error, module: 'screen-pop' }, 'readying database connections for pops failed; the first pops plan their reads'),
    );
    app.addHook('onClose', () => warming);
  }
  registerCallsModule(app, {
    db,
    clock,
    pbx,
    screenPop,
    ...(dependencies.afterCallWork && { afterCallWork: dependencies.afterCallWork }),
    hub,
    defaultCountry,
    log,
  });
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
  if (error instanceof DuplicateError) {
    return reply.status(409).send({ statusCode: 409, error: 'Conflict', message: error.message, fields: [...error.issues] });
  }
  if (error instanceof ValidationError) {
    return reply.status(400).send({ statusCode: 400, error: 'Bad Request', message: error.message, fields: [...error.issues] });
  }
  if (error instanceof NotFoundError) return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: error.message });
  if (error instanceof HttpError) return reply.status(error.statusCode).send({ statusCode: error.statusCode, error: statusText(error.statusCode), message: error.message });
  if (error.validation) {
    const issues = error.validation.map((issue) => ({ field: fieldOf(issue.instancePath, issue.params), message: issue.message ?? 'is invalid' }));
    // A value that fits none of a union's shapes (`date or null`) fails each one: its first reason is the one to show.
    const fields = issues.filter((issue, index) => issues.findIndex((other) => other.field === issue.field) === index);
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
  415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

function statusText(status: number): string {
  return statusTexts[status] ?? 'Error';
}
