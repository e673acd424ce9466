/**
 * The far side of the screen-pop benchmark, out of the gateway's process as in production: the PBX
 * (the AMI simulator the gateway connects to) or the agents' browsers (2,000 WebSocket clients).
 * The benchmark (screen-pop.bench.ts) runs this module twice, one process for each, and drives
 * them over IPC: the PBX process notes when it writes each call's ringing, the agents' process
 * when each pop arrives, both on the clock every process on the machine shares.
 */
import pino from 'pino';
import { createAmiServer, createRealScheduler, createScriptedPbx, RECORDED_SITE, type ScriptedPbxConfig } from '../../pbx-adapter/index.ts';
import { openWebSocket, type WebSocketClient } from '../support/websocket-client.ts';

export interface SiteAgent {
  readonly extension: string;
  readonly did: string;
  readonly cookie: string;
}

/** When a call's ringing was written into the AMI socket, on the shared clock (`sharedNow`). */
export interface RingWritten {
  readonly callId: string;
  readonly writtenAt: number;
}

export type SiteCommand =
  | { readonly type: 'start-pbx'; readonly agents: readonly SiteAgent[] }
  | { readonly type: 'connect-agents'; readonly url: string; readonly agents: readonly SiteAgent[] }
  | { readonly type: 'place-calls'; readonly seconds: number; readonly callsPerSecond: number; readonly knownNumbers: readonly string[] }
  | { readonly type: 'report-pops' }
  | { readonly type: 'stop' };

export type SiteReport =
  | { readonly type: 'pbx-ready'; readonly port: number }
  | { readonly type: 'agents-connected'; readonly sockets: number }
  | { readonly type: 'calls-done'; readonly rings: readonly RingWritten[] }
  /** When each call's first pop arrived, on the shared clock. */
  | { readonly type: 'pops'; readonly receivedAt: readonly (readonly [callId: string, at: number])[] };

/** Milliseconds on a clock every process on this machine shares (wall clock at start + monotonic time). */
export function sharedNow(): number {
  return performance.timeOrigin + performance.now();
}

const quiet = pino({ level: 'silent' });
let agents: readonly SiteAgent[] = [];
let pbx: ReturnType<typeof createScriptedPbx> | undefined;
let closeAmi: (() => Promise<void>) | undefined;
let sockets: WebSocketClient[] = [];
const writtenAt = new Map<string, number>();
const receivedAt = new Map<string, number>();

// Never outlive the benchmark, however it ends.
process.on('disconnect', () => process.exit(0));
process.on('message', (command: SiteCommand) => {
  handle(command).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});

async function handle(command: SiteCommand): Promise<void> {
  switch (command.type) {
    case 'start-pbx':
      return startPbx(command.agents);
    case 'connect-agents':
      return connectAgents(command.url, command.agents);
    case 'place-calls':
      return placeCalls(command.seconds, command.callsPerSecond, command.knownNumbers);
    case 'report-pops':
      return report({ type: 'pops', receivedAt: [...receivedAt] });
    case 'stop':
      for (const socket of sockets) socket.terminate();
      pbx?.close();
      await closeAmi?.();
      process.exit(0);
  }
}

function report(message: SiteReport): void {
  process.send!(message);
}

async function startPbx(siteAgents: readonly SiteAgent[]): Promise<void> {
  agents = siteAgents;
  const scheduler = createRealScheduler();
  pbx = createScriptedPbx({ scheduler, log: quiet, site: siteWith(agents), timestampEvents: true });
  // Subscribed before the AMI server, so the moment is taken just before the event is written.
  pbx.subscribe((event) => {
    const fields = Object.fromEntries(event);
    if (fields.Event !== 'DialBegin' && !(fields.Event === 'Newstate' && fields.ChannelStateDesc === 'Ringing')) return;
    if (fields.Linkedid !== undefined && !writtenAt.has(fields.Linkedid)) writtenAt.set(fields.Linkedid, sharedNow());
  });
  const ami = await createAmiServer({ port: 0, users: [{ username: 'crm', secret: 'crm-secret' }], pbx, log: quiet, clock: scheduler });
  closeAmi = () => ami.close();
  report({ type: 'pbx-ready', port: ami.port });
}

async function connectAgents(url: string, siteAgents: readonly SiteAgent[]): Promise<void> {
  agents = siteAgents;
  for (let start = 0; start < agents.length; start += 100) {
    const batch = await Promise.all(agents.slice(start, start + 100).map((agent) => openWebSocket(url, { cookie: agent.cookie })));
    for (const socket of batch) {
      socket.on('message', (data) => {
        if (!data.includes('"type":"pop.show"')) return;
        const at = sharedNow();
        const { callId } = JSON.parse(data.toString()) as { callId: string };
        if (!receivedAt.has(callId)) receivedAt.set(callId, at);
      });
      socket.send(JSON.stringify({ type: 'hello' }));
    }
    sockets.push(...batch);
  }
  report({ type: 'agents-connected', sockets: sockets.length });
}

/**
 * Calls arrive as they do at a real contact center: independently (a Poisson process at the
 * given rate, so sometimes three within a few milliseconds), each ringing and talking for its own
 * time; a fixed seed keeps runs comparable.
 */
async function placeCalls(seconds: number, callsPerSecond: number, knownNumbers: readonly string[]): Promise<void> {
  const placedIds: string[] = [];
  const random = seededRandom(20_261_124);
  const endsAt = performance.now() + seconds * 1_000;
  await new Promise<void>((resolve) => {
    const placeNext = () => {
      if (performance.now() >= endsAt) return resolve();
      const placed = placedIds.length;
      const agent = agents[placed % agents.length]!;
      const from = placed % 5 === 4 ? `+38067${String(1_000_000 + placed).slice(-7)}` : knownNumbers[placed % knownNumbers.length]!;
      const ringSeconds = 1.5 + 2.5 * random();
      const talkSeconds = 3 + 5 * random();
      placedIds.push(pbx!.placeInboundCall({ from, did: agent.did, ringSeconds, talkSeconds }).linkedid);
      setTimeout(placeNext, (-Math.log(1 - random()) / callsPerSecond) * 1_000);
    };
    placeNext();
  });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  report({ type: 'calls-done', rings: placedIds.map((callId) => ({ callId, writtenAt: writtenAt.get(callId) ?? Number.NaN })) });
}

/** A small repeatable generator (mulberry32) in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function siteWith(siteAgents: readonly SiteAgent[]): ScriptedPbxConfig {
  const agentsConfig: ScriptedPbxConfig['agents'] = Object.fromEntries(siteAgents.map((agent) => [agent.extension, { kind: 'local', ringSeconds: 2, talkSeconds: 5 }]));
  const dids: ScriptedPbxConfig['dids'] = Object.fromEntries(siteAgents.map((agent) => [agent.did, { agent: agent.extension }]));
  return { ...RECORDED_SITE, agents: { ...RECORDED_SITE.agents, ...agentsConfig }, dids: { ...RECORDED_SITE.dids, ...dids } };
}
