/**
 * The only reader of process.env. Every setting is validated once at start; a bad value
 * stops the start with one message that lists every bad variable.
 */
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';

/** Every environment variable the product reads, with its default (README lists the same). */
export const EnvironmentSchema = Type.Object({
  HOST: Type.String({ default: '127.0.0.1', description: 'Address the HTTP server listens on' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'HTTP port (0 picks a free one)' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace'], { default: 'info' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://', description: 'PostgreSQL server; unset = embedded PGlite' })),
  PGLITE_DATA_DIR: Type.String({ default: '.dzvinok/pglite', description: 'Where embedded PGlite keeps its data' }),
  DEFAULT_COUNTRY: Type.String({ pattern: '^[A-Z]{2}$', default: 'UA', description: 'Country for numbers without a country code' }),
  AMI_HOST: Type.Optional(Type.String({ minLength: 1, description: 'Asterisk AMI host; unset = demo mode with the AMI simulator' })),
  AMI_PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 5038 }),
  AMI_USERNAME: Type.String({ default: 'crm' }),
  AMI_SECRET: Type.Optional(Type.String({ minLength: 1 })),
  PBX_ORIGINATE_CONTEXT: Type.String({ minLength: 1, default: 'from-internal', description: 'Dialplan context a click-to-call dials the customer from' }),
  PBX_TRANSFER_CONTEXT: Type.String({ minLength: 1, default: 'from-internal', description: 'Dialplan context a transferred caller is sent to' }),
  PBX_AGENT_CHANNEL: Type.String({ pattern: '\\{ext\\}', default: 'PJSIP/{ext}', description: "How an agent's phone is dialled" }),
  PBX_COMPANY_CALLER_ID: Type.Optional(Type.String({ minLength: 1, description: 'Number customers see on a click-to-call' })),
  AFTER_CALL_WORK_SECONDS: Type.Integer({ minimum: 0, maximum: 3600, default: 60, description: 'Longest an agent shows in wrap-up on the live board after a call, unless they save it sooner' }),
  ADMIN_LOGIN: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Login of the admin created on the first start' })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 8, description: 'Password of that first admin' })),
  TRUST_PROXY: Type.Boolean({ default: false, description: 'Behind a TLS-terminating proxy: trust its X-Forwarded-* headers' }),
  ALLOWED_ORIGINS: Type.String({ default: '', description: 'Comma-separated origins besides our own that may send changes (a dev server)' }),
  SIP_WS_URL: Type.Optional(Type.String({ pattern: '^wss?://', description: 'PBX WebSocket browser phones register on; unset = desk phones only' })),
  SIP_DOMAIN: Type.Optional(Type.String({ minLength: 1, description: 'SIP domain of browser phones (default: the host of SIP_WS_URL)' })),
  TWILIO_ACCOUNT_SID: Type.Optional(Type.String({ pattern: '^AC[0-9a-fA-F]{32}$', description: 'Twilio account; unset = demo mode with the Twilio simulator' })),
  TWILIO_AUTH_TOKEN: Type.Optional(Type.String({ minLength: 1, description: 'Twilio auth token (also checks webhook signatures)' })),
  TWILIO_FROM: Type.Optional(Type.String({ pattern: '^\\+[1-9]\\d{6,14}$', description: 'Sender number in E.164 (or use TWILIO_MESSAGING_SERVICE_SID)' })),
  TWILIO_MESSAGING_SERVICE_SID: Type.Optional(Type.String({ pattern: '^MG[0-9a-fA-F]{32}$', description: 'Messaging Service that sends instead of TWILIO_FROM' })),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^/]+$', description: 'Origin Twilio reaches us at, for callbacks (default: http://HOST:PORT)' })),
  SMS_RATE_PER_SECOND: Type.Number({ exclusiveMinimum: 0, maximum: 1000, default: 10, description: 'Mailing messages sent per second by each gateway process' }),
  SMS_PRICE_PER_SEGMENT: Type.Number({ minimum: 0, default: 0.05, description: 'Price of one SMS segment, for mailing estimates' }),
  SMS_PRICE_CURRENCY: Type.String({ pattern: '^[A-Z]{3}$', default: 'USD', description: 'Currency of SMS_PRICE_PER_SEGMENT' }),
  DEMO_CLIENTS: Type.Integer({ minimum: 0, default: 2000, description: 'Clients seeded on the first demo start' }),
  DEMO_CALLS_PER_MINUTE: Type.Number({ minimum: 0, default: 6, description: 'Simulated call rate in demo mode' }),
  DEMO_PASSWORD: Type.String({ minLength: 8, default: 'demo-password', description: 'Password of the seeded demo users' }),
});

export type Environment = Static<typeof EnvironmentSchema>;

export interface Config {
  readonly http: { readonly host: string; readonly port: number; readonly trustProxy: boolean; readonly allowedOrigins: readonly string[] };
  /** Where browser phones register; absent: everyone uses a desk phone. */
  readonly sip?: { readonly webSocketUrl: string; readonly domain: string };
  /** The admin to create on a first start, when no admin exists yet. */
  readonly firstAdmin?: { readonly login: string; readonly password: string };
  readonly logLevel: Environment['LOG_LEVEL'];
  readonly database: { readonly url?: string; readonly pgliteDataDir: string };
  readonly defaultCountry: string;
  /** Absent in demo mode: the product then runs its own AMI simulator. */
  readonly ami?: { readonly host: string; readonly port: number; readonly username: string; readonly secret: string };
  /** How the site's dialplan is laid out (ignored in demo mode, which knows its simulator's). */
  readonly dialplan: {
    readonly originateContext: string;
    readonly transferContext: string;
    readonly agentChannel: string;
    readonly companyCallerId?: string;
  };
  /** Seconds an agent shows in wrap-up on the live board after a call, unless they save the wrap-up sooner. */
  readonly afterCallWorkSeconds: number;
  readonly demo: { readonly clients: number; readonly callsPerMinute: number; readonly password: string };
  readonly sms: {
    /** Absent in demo mode: the product then runs its own Twilio simulator. */
    readonly twilio?: { readonly accountSid: string; readonly authToken: string; readonly from?: string; readonly messagingServiceSid?: string };
    /** The origin Twilio's callbacks go to; webhook signatures are checked against it. */
    readonly publicUrl: string;
    readonly ratePerSecond: number;
    readonly pricePerSegment: number;
    readonly currency: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(EnvironmentSchema.properties)
      .filter((name) => env[name] !== undefined && env[name] !== '')
      .map((name) => [name, env[name]]),
  );
  const values = Value.Convert(EnvironmentSchema, Value.Default(EnvironmentSchema, known));
  const problems = firstErrorPerVariable(values);
  if (values && typeof values === 'object' && 'AMI_HOST' in values && !('AMI_SECRET' in values)) {
    problems.push('AMI_SECRET: required when AMI_HOST is set');
  }
  if (values && typeof values === 'object' && ('ADMIN_LOGIN' in values) !== ('ADMIN_PASSWORD' in values)) {
    problems.push('ADMIN_LOGIN, ADMIN_PASSWORD: set both or neither');
  }
  if (values && typeof values === 'object' && 'TWILIO_ACCOUNT_SID' in values) problems.push(...twilioProblems(values));
  if (problems.length > 0) throw new ConfigError(problems);
  return toConfig(values as Environment);
}

/** With a real Twilio account, a token, one sender and the public URL are needed too. */
function twilioProblems(values: object): string[] {
  const problems: string[] = [];
  if (!('TWILIO_AUTH_TOKEN' in values)) problems.push('TWILIO_AUTH_TOKEN: required when TWILIO_ACCOUNT_SID is set');
  if (!('TWILIO_FROM' in values) && !('TWILIO_MESSAGING_SERVICE_SID' in values)) {
    problems.push('TWILIO_FROM, TWILIO_MESSAGING_SERVICE_SID: one is required when TWILIO_ACCOUNT_SID is set');
  }
  if (!('PUBLIC_URL' in values)) problems.push('PUBLIC_URL: required when TWILIO_ACCOUNT_SID is set (Twilio calls it back)');
  return problems;
}

function firstErrorPerVariable(values: unknown): string[] {
  const problems = new Map<string, string>();
  for (const error of Value.Errors(EnvironmentSchema, values)) {
    const variable = error.instancePath.replace(/^\//, '');
    if (!problems.has(variable)) problems.set(variable, `${variable}: ${error.message}`);
  }
  return [...problems.values()];
}

function toConfig(env: Environment): Config {
  return {
    http: {
      host: env.HOST,
      port: env.PORT,
      trustProxy: env.TRUST_PROXY,
      allowedOrigins: env.ALLOWED_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    },
    sip: env.SIP_WS_URL ? { webSocketUrl: env.SIP_WS_URL, domain: env.SIP_DOMAIN ?? new URL(env.SIP_WS_URL).hostname } : undefined,
    firstAdmin: env.ADMIN_LOGIN && env.ADMIN_PASSWORD ? { login: env.ADMIN_LOGIN, password: env.ADMIN_PASSWORD } : undefined,
    logLevel: env.LOG_LEVEL,
    database: { url: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR },
    defaultCountry: env.DEFAULT_COUNTRY,
    ami: env.AMI_HOST
      ? { host: env.AMI_HOST, port: env.AMI_PORT, username: env.AMI_USERNAME, secret: env.AMI_SECRET ?? '' }
      : undefined,
    dialplan: {
      originateContext: env.PBX_ORIGINATE_CONTEXT,
      transferContext: env.PBX_TRANSFER_CONTEXT,
      agentChannel: env.PBX_AGENT_CHANNEL,
      companyCallerId: env.PBX_COMPANY_CALLER_ID,
    },
    afterCallWorkSeconds: env.AFTER_CALL_WORK_SECONDS,
    demo: { clients: env.DEMO_CLIENTS, callsPerMinute: env.DEMO_CALLS_PER_MINUTE, password: env.DEMO_PASSWORD },
    sms: {
      twilio: env.TWILIO_ACCOUNT_SID
        ? { accountSid: env.TWILIO_ACCOUNT_SID, authToken: env.TWILIO_AUTH_TOKEN ?? '', from: env.TWILIO_FROM, messagingServiceSid: env.TWILIO_MESSAGING_SERVICE_SID }
        : undefined,
      publicUrl: env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`,
      ratePerSecond: env.SMS_RATE_PER_SECOND,
      pricePerSegment: env.SMS_PRICE_PER_SEGMENT,
      currency: env.SMS_PRICE_CURRENCY,
    },
  };
}
