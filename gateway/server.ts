/**
 * The only entry point: `npm start`. Opens the database, connects to the PBX (or, in demo mode,
 * to the built-in AMI simulator), logs every call, serves HTTP, and shuts down gracefully.
 */
import closeWithGrace from 'close-with-grace';
import type { CountryCode } from 'libphonenumber-js';
import pino, { type Logger } from 'pino';
import { openDatabase, type OpenDatabase } from '../db/connect.ts';
import { seedDatabase } from '../db/seed/seed.ts';
import { createCallbackService } from '../crm-core/callbacks/callback.service.ts';
import { createInteractionService } from '../crm-core/interactions/interaction.service.ts';
import { selectSampleClientNumbers } from '../crm-core/phones/phone.repository.ts';
import { createCallerChoices } from '../crm-core/phones/caller-choice.service.ts';
import { createPhoneLookup } from '../crm-core/phones/phone.service.ts';
import { createUserService } from '../crm-core/users/user.service.ts';
import { RECORDED_SITE_DIALPLAN, createPbxAdapter, type DialplanSettings } from '../pbx-adapter/index.ts';
import { buildApp } from './app.ts';
import { createPbxCluster } from './cluster/pbx-cluster.ts';
import { startCallLogging } from './calls/call-logging.ts';
import { loadConfig, type Config } from './config.ts';
import { startDemoPbx, type DemoPbx } from './demo/demo-pbx.ts';
import { startSmsRuntime } from './sms/sms-runtime.ts';

const config = loadConfig();
const log = pino({ level: config.logLevel });
const defaultCountry = config.defaultCountry as CountryCode;

const database = await openDatabase(config.database);
log.info({ module: 'server', engine: database.engine }, 'database ready');

const users = createUserService({ db: database.db });
if (config.firstAdmin) {
  const admin = await users.ensureFirstAdmin(config.firstAdmin.login, config.firstAdmin.password);
  if (admin) log.info({ module: 'server', login: admin.login }, 'first admin created');
}

const demo = config.ami ? undefined : await startDemo(database, config, log);
// One gateway of possibly several: the one holding the PBX lock talks to Asterisk, all see its calls.
const cluster = createPbxCluster({
  database,
  createAdapter: () =>
    createPbxAdapter({
      ami: config.ami ?? demo!.ami,
      dialplan: demo ? RECORDED_SITE_DIALPLAN : siteDialplan(config),
      log,
    }),
  log,
});
const pbx = cluster.pbx;
const clock = { now: () => new Date() };
const callLogging = startCallLogging({
  pbx,
  interactions: createInteractionService({ db: database.db }),
  phoneLookup: createPhoneLookup({ db: database.db, defaultCountry }),
  callerChoices: createCallerChoices({ db: database.db, clock, defaultCountry }),
  users,
  callbacks: createCallbackService({ db: database.db, clock }),
  defaultCountry,
  log,
});
const sms = await startSmsRuntime({ settings: config.sms, db: database.db, pbx, clock, log, defaultCountry });

const app = await buildApp({
  log,
  db: database.db,
  databaseConnections: database.connections,
  clock,
  pbx,
  pbxLinkState: () => pbx.status().state,
  defaultCountry,
  sms: sms.setup,
  afterCallWork: { seconds: config.afterCallWorkSeconds },
  trustProxy: config.http.trustProxy,
  allowedOrigins: config.http.allowedOrigins,
  ...(config.sip && { sip: config.sip }),
});
await cluster.start();
await app.listen({ host: config.http.host, port: config.http.port });

closeWithGrace({ delay: 10_000, logger: log }, async () => {
  await app.close();
  await cluster.stop();
  await callLogging.drain();
  callLogging.stop();
  await sms.stop();
  await demo?.stop();
  await database.close();
});

async function startDemo(opened: OpenDatabase, settings: Config, logger: Logger): Promise<DemoPbx> {
  const seeded = await seedDatabase(opened.db, { clients: settings.demo.clients, demoPassword: settings.demo.password }, (progress) =>
    logger.info({ module: 'seed', ...progress }, 'seeding demo data'),
  ).catch((error: unknown) => {
    if (error instanceof Error && error.name === 'SeedRefusedError') return undefined;
    throw error;
  });
  if (seeded) logger.info({ module: 'seed', users: seeded.demoUsers.map((user) => user.login) }, 'demo data ready');
  const knownNumbers = await selectSampleClientNumbers(opened.db, 300);
  return startDemoPbx({ log: logger, callsPerMinute: settings.demo.callsPerMinute, knownNumbers });
}

function siteDialplan(settings: Config): DialplanSettings {
  return {
    originateContext: settings.dialplan.originateContext,
    transferContext: settings.dialplan.transferContext,
    agentChannel: settings.dialplan.agentChannel,
    ...(settings.dialplan.companyCallerId !== undefined && { companyCallerId: settings.dialplan.companyCallerId }),
  };
}
