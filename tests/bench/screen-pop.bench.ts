/**
 * Screen-pop latency: from the moment the simulated PBX writes a call's ringing into its AMI socket
 * to the moment the agent's WebSocket client receives the `pop.show`, with 2,000 agents connected
 * over real TCP WebSockets, clients on PostgreSQL, 50 new calls a second, and a 2 KB live-board
 * broadcast to every socket each second meanwhile (hub.sendToRole). Target: p99 ≤ 15 ms.
 *
 * The gateway runs alone in this process, assembled as `npm start` assembles it (gateway.ts: the PBX
 * cluster publishing every call event over LISTEN/NOTIFY, call logging, SMS, the app) with the
 * configuration's defaults; the PBX and the agents' browsers run in two child processes
 * (screen-pop-site.ts). Each run first removes the sign-ins earlier runs left: their agents'
 * sessions and audit rows. Every moment is taken on the clock the processes of
 * this machine share, and reported by stage: the ringing written by the PBX, the AMI events parsed
 * into a `call.ringing`, the pop pushed to the agent's socket, the pop read by the agent.
 *
 * BENCH_CLIENTS (default 1,000,000) clients are seeded into a kept database
 * `dzvinok_bench_screen_pop_<clients>` on the first run; BENCH_DATABASE names an already seeded
 * database to use instead (e.g. `dzvinok_bench_phone_lookup_1000000`). BENCH_SECONDS (default 30)
 * is how long calls are placed.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { CountryCode } from 'libphonenumber-js';
import pino from 'pino';
import { createSessionService } from '../../crm-core/sessions/session.service.ts';
import { openDatabase, type OpenDatabase } from '../../db/connect.ts';
import { createProgressReporter } from '../../db/seed/seed-progress.ts';
import { seedDatabase } from '../../db/seed/seed.ts';
import { hashPassword } from '../../crm-core/users/password-hash.ts';
import { selectSampleClientNumbers } from '../../crm-core/phones/phone.repository.ts';
import { createPbxAdapter, RECORDED_SITE_DIALPLAN, type PbxAdapter } from '../../pbx-adapter/index.ts';
import { loadConfig } from '../../gateway/config.ts';
import { startGateway } from '../../gateway/gateway.ts';
import type { OutgoingMessage } from '../../gateway/schemas/ws.schemas.ts';
import { onServer, serverDatabaseUrl } from '../support/test-database.ts';
import { sharedNow, type SiteAgent, type SiteCommand, type SiteReport } from './screen-pop-site.ts';

const agentCount = 2_000;
const callsPerSecond = 50;
const clients = Number(process.env.BENCH_CLIENTS ?? 1_000_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const log = pino({ level: process.env.LOG_LEVEL ?? 'warn' });

const database = await openBenchDatabase();
const clientCount = await countClients(database);
const knownNumbers = await selectSampleClientNumbers(database.db, 5_000);
const agents = await ensureAgents(database);
console.error(`database ready: ${clientCount.toLocaleString('en-US')} clients, ${agents.length} agents`);

const pbxSite = startSite('PBX');
const agentsSite = startSite('agents');
const { port: amiPort } = await pbxSite.ask({ type: 'start-pbx', agents }, 'pbx-ready');
const parsedAt = new Map<string, number>();
const defaults = loadConfig({});
const gateway = await startGateway({
  database,
  createAdapter: () => stampRings(createPbxAdapter({ ami: { host: '127.0.0.1', port: amiPort, username: 'crm', secret: 'crm-secret' }, dialplan: RECORDED_SITE_DIALPLAN, log })),
  defaultCountry: defaults.defaultCountry as CountryCode,
  sms: defaults.sms,
  log,
  app: { afterCallWork: { seconds: defaults.afterCallWorkSeconds } },
});
const { app } = gateway;
const pushedAt = stampPops(app.hub);
const address = await app.listen({ host: '127.0.0.1', port: 0 });

const { sockets } = await agentsSite.ask({ type: 'connect-agents', url: `${address.replace('http', 'ws')}/ws`, agents }, 'agents-connected');
console.error(`${sockets} agents connected`);

// The reminder round a gateway runs when it starts (birthdays, then everyone's due reminders) is
// over before the measured calls begin: this measures a gateway in its steady state.
await app.reminderDelivery.tick();

const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
const board = boardSnapshot();
const boardTimer = setInterval(() => app.hub.sendToRole('operator', board, { replay: false }), 1_000);
const { rings } = await pbxSite.ask({ type: 'place-calls', seconds, callsPerSecond, knownNumbers }, 'calls-done');
clearInterval(boardTimer);
loopDelay.disable();
console.error(`gateway event loop delay p50 ${(loopDelay.percentile(50) / 1e6).toFixed(2)} p99 ${(loopDelay.percentile(99) / 1e6).toFixed(2)} max ${(loopDelay.max / 1e6).toFixed(2)}`);

const receivedAt = new Map((await agentsSite.ask({ type: 'report-pops' }, 'pops')).receivedAt);
const received = rings.flatMap((ring) => {
  const at = receivedAt.get(ring.callId);
  return at === undefined || Number.isNaN(ring.writtenAt) ? [] : [{ ...ring, receivedAt: at }];
});
const placed = rings.length;
const lost = placed - received.length;
const total = percentiles(received.map((ring) => ring.receivedAt - ring.writtenAt));
console.error(`${placed} calls placed, ${received.length} pops measured, ${lost} not received`);
console.error(describeStages(received));

await gateway.close();
pbxSite.tell({ type: 'stop' });
agentsSite.tell({ type: 'stop' });
await database.close();
console.log(`BENCH screen-pop clients=${clientCount} agents=${agentCount} calls_per_s=${callsPerSecond} p50_ms=${total.p50.toFixed(2)} p99_ms=${total.p99.toFixed(2)} max_ms=${total.max.toFixed(2)} pops=${received.length} lost=${lost}`);
process.exit(0);

/** Notes the moment each call's first ringing is parsed out of the AMI stream. */
function stampRings(adapter: PbxAdapter): PbxAdapter {
  adapter.on((event) => {
    if (event.type === 'call.ringing' && !parsedAt.has(event.callId)) parsedAt.set(event.callId, sharedNow());
  });
  return adapter;
}

/** The moment each call's first pop left the hub for the agent's socket. */
function stampPops(hub: typeof app.hub): Map<string, number> {
  const stamps = new Map<string, number>();
  const sendToUser = hub.sendToUser.bind(hub);
  hub.sendToUser = (userId, message) => {
    sendToUser(userId, message);
    if (message.type === 'pop.show' && !stamps.has(message.callId)) stamps.set(message.callId, sharedNow());
  };
  return stamps;
}

function describeStages(timings: readonly { callId: string; writtenAt: number; receivedAt: number }[]): string {
  const stages = { 'written→parsed': [] as number[], 'parsed→pushed': [] as number[], 'pushed→received': [] as number[] };
  for (const ring of timings) {
    const parsed = parsedAt.get(ring.callId);
    const pushed = pushedAt.get(ring.callId);
    if (parsed === undefined || pushed === undefined) continue;
    stages['written→parsed'].push(parsed - ring.writtenAt);
    stages['parsed→pushed'].push(pushed - parsed);
    stages['pushed→received'].push(ring.receivedAt - pushed);
  }
  return Object.entries(stages)
    .map(([stage, values]) => {
      const { p50, p99 } = percentiles(values);
      return `  ${stage.padEnd(16)} p50 ${p50.toFixed(2)} ms  p99 ${p99.toFixed(2)} ms`;
    })
    .join('\n');
}

function percentiles(values: readonly number[]): { p50: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99), max: at(1) };
}

type ReportOf<T extends SiteReport['type']> = Extract<SiteReport, { type: T }>;

/** The PBX or the agents' browsers, in a child process this one drives. */
function startSite(name: string) {
  const child = fork(fileURLToPath(new URL('./screen-pop-site.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  child.on('exit', (code) => {
    if (code !== 0) {
      console.error(`the ${name} process exited with ${code}`);
      process.exit(1);
    }
  });
  return {
    tell: (command: SiteCommand) => child.send(command),
    ask<T extends SiteReport['type']>(command: SiteCommand, answer: T): Promise<ReportOf<T>> {
      return new Promise((resolve) => {
        const listen = (message: SiteReport) => {
          if (message.type !== answer) return;
          child.off('message', listen);
          resolve(message as ReportOf<T>);
        };
        child.on('message', listen);
        child.send(command);
      });
    },
  };
}

/** The supervisors' live board, about 2 KB, standing in for the feed another module sends. */
function boardSnapshot(): OutgoingMessage {
  const calls = Array.from({ length: 20 }, (_, index) => ({ callId: `17950000${index}.1`, agent: `b${index}`, from: '+380441234567', seconds: index * 7 }));
  return { type: 'board.snapshot', calls } as unknown as OutgoingMessage;
}

function didOf(index: number): string {
  return `+38044777${String(index).padStart(4, '0')}`;
}

/** 2,000 operators on extensions 5000–6999, each signed in (a session straight from the session service). */
async function ensureAgents(opened: OpenDatabase): Promise<SiteAgent[]> {
  const sessions = createSessionService({ db: opened.db, clock: { now: () => new Date() } });
  const passwordHash = await hashPassword('bench-password', { N: 1024, r: 8, p: 1 });
  const extensions = Array.from({ length: agentCount }, (_, index) => String(5000 + index));
  const existing = await opened.db.selectFrom('users').select(['id', 'extension']).where('extension', 'in', extensions).execute();
  const known = new Set(existing.map((row) => row.extension));
  const missingRows = extensions.filter((extension) => !known.has(extension)).map((extension) => ({ login: `bench-agent-${extension}`, display_name: `Agent ${extension}`, role: 'operator' as const, extension, password_hash: passwordHash }));
  if (missingRows.length > 0) await opened.db.insertInto('users').values(missingRows).execute();
  const users = await opened.db.selectFrom('users').select(['id', 'extension']).where('extension', 'in', extensions).orderBy('extension').execute();
  await forgetEarlierRuns(opened, users.map((user) => user.id));
  const origin = { ip: '127.0.0.1', userAgent: 'screen-pop bench' };
  const result: SiteAgent[] = [];
  for (const [index, user] of users.entries()) {
    const { token } = await sessions.start(user.id, origin);
    result.push({ extension: user.extension!, did: didOf(index), cookie: `dzvinok_session=${token}` });
  }
  return result;
}

/**
 * The sign-ins earlier runs left behind (their agents' sessions and audit rows). Their logged calls
 * stay: about 1,500 a run among the 1.5 million interactions, and deleting them took 14 s, each row
 * checked against the unindexed `tasks.interaction_id`.
 */
async function forgetEarlierRuns(opened: OpenDatabase, agentIds: readonly number[]): Promise<void> {
  await opened.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('user_id', 'in', agentIds).execute();
    await trx.deleteFrom('audit_log').where('user_id', 'in', agentIds).execute();
  });
}

async function openBenchDatabase(): Promise<OpenDatabase> {
  const name = process.env.BENCH_DATABASE ?? `dzvinok_bench_screen_pop_${clients}`;
  await onServer(`CREATE DATABASE ${name}`).catch((error: unknown) => {
    if (!(error instanceof Error && /already exists/.test(error.message))) throw error;
  });
  const opened = await openDatabase({ url: serverDatabaseUrl(name) });
  if ((await countClients(opened)) === 0) {
    console.error(`seeding ${clients.toLocaleString('en-US')} clients into ${name}`);
    const progress = createProgressReporter(process.stderr);
    await seedDatabase(opened.db, { clients }, (report) => progress.report(report));
    progress.finish();
  }
  return opened;
}

async function countClients(opened: OpenDatabase): Promise<number> {
  const { count } = await opened.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(count);
}
