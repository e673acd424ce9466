/**
 * The only entry point: `npm start`. Opens the database, starts the gateway (gateway.ts) on the
 * configured PBX or, in demo mode, on the built-in AMI simulator, serves HTTP, and shuts down
 * gracefully.
 */
import closeWithGrace from 'close-with-grace';
import type { CountryCode } from 'libphonenumber-js';
import pino, { type Logger } from 'pino';
import { openDatabase, type OpenDatabase } from '../db/connect.ts';
import { seedDatabase } from '../db/seed/seed.ts';
import { selectSampleClientNumbers } from '../crm-core/phones/phone.repository.ts';
import { createUserService } from '../crm-core/users/user.service.ts';
import { RECORDED_SITE_DIALPLAN, createPbxAdapter, type DialplanSettings } from '../pbx-adapter/index.ts';
import { loadConfig, type Config } from './config.ts';
import { startGateway } from './gateway.ts';
import { startDemoPbx, type DemoPbx } from './demo/demo-pbx.ts';

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
const gateway = await startGateway({
  database,
  createAdapter: () =>
    createPbxAdapter({
      ami: config.ami ?? demo!.ami,
      dialplan: demo ? RECORDED_SITE_DIALPLAN : siteDialplan(config),
      log,
    }),
  defaultCountry,
  sms: config.sms,
  log,
  app: {
    afterCallWork: { seconds: config.afterCallWorkSeconds },
    trustProxy: config.http.trustProxy,
    allowedOrigins: config.http.allowedOrigins,
    ...(config.sip && { sip: config.sip }),
  },
});
await gateway.app.listen({ host: config.http.host, port: config.http.port });

closeWithGrace({ delay: 10_000, logger: log }, async () => {
  await gateway.close();
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
