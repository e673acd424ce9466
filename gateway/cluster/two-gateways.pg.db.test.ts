/**
 * Two gateways, each its own process with its own pool, against one PostgreSQL and one AMI
 * simulator over TCP: one holds the AMI connection, both see every call, a click-to-call asked of
 * either reaches the PBX, and when the holder dies mid-call the other takes over, still sees the
 * call end and logs it once. PostgreSQL only (advisory locks across processes, LISTEN/NOTIFY).
 */
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/connect.ts';
import {
  createAmiServer,
  createManualScheduler,
  createScriptedPbx,
  type AmiServer,
  type ManualScheduler,
  type PbxEvent,
  type ScriptedPbx,
} from '../../pbx-adapter/index.ts';
import type { AmiMessage } from '../../pbx-adapter/ami/ami-message.ts';
import { createSessionService } from '../../crm-core/sessions/session.service.ts';
import { newUser } from '../../tests/support/crm-factories.ts';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import { openWebSocket } from '../../tests/support/websocket-client.ts';
import { startGatewayNode, type GatewayNode } from './testing/gateway-node.ts';
import type { GatewayNodeReport } from './testing/gateway-node.process.ts';

const quiet = pino({ level: 'silent' });
const DID_AGENT_101 = '+380445550100';

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

interface Site {
  readonly scheduler: ManualScheduler;
  readonly pbx: ScriptedPbx;
  readonly server: AmiServer;
  /** Every action the gateways sent to the PBX. */
  readonly actions: AmiMessage[];
}

let site: Site;
const nodes: GatewayNode[] = [];

async function startSite(startsAt: number): Promise<Site> {
  const scheduler = createManualScheduler(startsAt);
  const pbx = createScriptedPbx({ scheduler, log: quiet, timestampEvents: true });
  const actions: AmiMessage[] = [];
  const recordingPbx = {
    handleAction: (action: AmiMessage, session: Parameters<ScriptedPbx['handleAction']>[1]) => (actions.push(action), pbx.handleAction(action, session)),
    subscribe: pbx.subscribe,
  };
  const server = await createAmiServer({ port: 0, users: [{ username: 'crm', secret: 'crm-secret' }], pbx: recordingPbx, log: quiet, clock: scheduler });
  return { scheduler, pbx, server, actions };
}

async function startGateway(nodeId: string): Promise<GatewayNode> {
  const node = await startGatewayNode({ nodeId, databaseUrl: database.url, amiPort: site.server.port });
  nodes.push(node);
  return node;
}

afterEach(async () => {
  await Promise.all(nodes.splice(0).map((node) => node.stop()));
  await site.server.close();
  site.pbx.close();
});

function started(node: GatewayNode) {
  return node.reports.find((report) => report.type === 'started');
}

const sawEvent =
  (type: PbxEvent['type'], callId: string) =>
  (report: GatewayNodeReport): boolean =>
    report.type === 'event' && report.event.type === type && (report.event.type === 'call.ended' ? report.event.call.callId : 'callId' in report.event ? report.event.callId : undefined) === callId;

async function interactionsOfCall(callId: string) {
  return database.db.selectFrom('interactions').select(['id', 'call_outcome']).where('pbx_call_id', '=', callId).execute();
}

/** What the gateway shows of the PBX now: its live calls and agents' states (agents in extension order). */
async function pictureOf(gateway: GatewayNode): Promise<Extract<GatewayNodeReport, { type: 'live-calls' }>> {
  await gateway.command({ type: 'live-calls' });
  const picture = gateway.reports.findLast((report) => report.type === 'live-calls');
  if (picture?.type !== 'live-calls') throw new Error(`gateway ${gateway.nodeId} reported no live calls`);
  return { ...picture, agents: [...picture.agents].sort((a, b) => a.extension.localeCompare(b.extension)) };
}

/** A follower forwards actions once it has heard from the leader (at its first bus connection, or the next heartbeat). */
async function untilLeaderKnown(follower: GatewayNode, leaderNodeId: string): Promise<void> {
  await expect.poll(async () => (await pictureOf(follower)).status.leaderNodeId).toBe(leaderNodeId);
}

/** An operator on `extension`, signed in, with the app open on `gateway`: the messages its WebSocket receives. */
async function agentSocketOn(gateway: GatewayNode, extension: string) {
  const agent = await newUser(database.db, { role: 'operator', extension });
  const { token } = await createSessionService({ db: database.db, clock: { now: () => new Date() } }).start(agent.id, { ip: '127.0.0.1', userAgent: 'two-gateways test' });
  const { url } = started(gateway)!;
  const socket = await openWebSocket(`${url.replace('http', 'ws')}/ws`, { cookie: `dzvinok_session=${token}` });
  const received: { type: string; callId?: string }[] = [];
  const arrivals: (() => void)[] = [];
  socket.on('message', (data) => {
    received.push(JSON.parse(data.toString()) as { type: string });
    arrivals.splice(0).forEach((wake) => wake());
  });
  socket.send(JSON.stringify({ type: 'hello' }));
  return {
    async next(type: string): Promise<{ type: string; callId?: string }> {
      for (;;) {
        const found = received.find((message) => message.type === type);
        if (found) return found;
        await new Promise<void>((wake) => arrivals.push(wake));
      }
    },
    close: () => socket.close(),
  };
}

async function drainCallLogging(...gateways: GatewayNode[]): Promise<void> {
  for (const gateway of gateways) expect((await gateway.command({ type: 'drain-call-logging' })).error).toBeUndefined();
}

describe('several gateways on one PostgreSQL', () => {
  it('one holds the AMI connection; a click-to-call asked of the other reaches the PBX as an Originate, and both see the call', async () => {
    site = await startSite(Date.UTC(2031, 2, 3, 9));
    const first = await startGateway('gw-a');
    const second = await startGateway('gw-b');
    expect(started(first)).toMatchObject({ role: 'leader' });
    expect(started(second)).toMatchObject({ role: 'follower' });
    expect(site.server.loggedInSessions).toBe(1);
    await untilLeaderKnown(second, 'gw-a');

    const done = await second.command({ type: 'click-to-call', request: { agentExtension: '101', number: '0441234567', crmRequestId: 'req-from-follower' } });
    expect(done.error).toBeUndefined();
    const originates = site.actions.filter((action) => action.fields.Action === 'Originate');
    expect(originates).toHaveLength(1);
    expect(JSON.stringify(originates[0])).toContain('req-from-follower');

    site.scheduler.advanceBy(1000);
    const isClickToCallRinging = (report: GatewayNodeReport) => report.type === 'event' && report.event.type === 'call.ringing' && report.event.crmRequestId === 'req-from-follower';
    const [rangOnLeader, rangOnFollower] = await Promise.all([first.waitFor(isClickToCallRinging), second.waitFor(isClickToCallRinging)]);
    expect(rangOnFollower).toEqual(rangOnLeader);
    const onLeader = (await pictureOf(first)).agents;
    expect(onLeader).toContainEqual(expect.objectContaining({ extension: '101', state: 'ringing' }));
    expect(onLeader.map((agent) => agent.extension)).toEqual(['101', '102', '201', '202', '7001', '7002']);
    await expect.poll(async () => (await pictureOf(second)).agents).toEqual(onLeader);

    site.scheduler.advanceBy(300_000);
    const ended = await second.waitFor((report) => report.type === 'event' && report.event.type === 'call.ended' && report.event.call.crmRequestId === 'req-from-follower');
    const callId = ended.type === 'event' && ended.event.type === 'call.ended' ? ended.event.call.callId : '';
    await first.waitFor(sawEvent('call.ended', callId));
    await drainCallLogging(first, second);
    expect(await interactionsOfCall(callId)).toHaveLength(1);
  });

  it('a follower refuses an invalid click-to-call with the leader’s error, naming the field', async () => {
    site = await startSite(Date.UTC(2031, 2, 3, 10));
    await startGateway('gw-a');
    const follower = await startGateway('gw-b');
    await untilLeaderKnown(follower, 'gw-a');

    const done = await follower.command({ type: 'click-to-call', request: { agentExtension: '101', number: '', crmRequestId: 'req-invalid' } });
    expect(done.error).toMatchObject({ code: 'invalid-request' });
    expect(done.error?.message).toMatch(/number/);
    expect(site.actions.filter((action) => action.fields.Action === 'Originate')).toHaveLength(0);
  });

  it("when the gateway holding the AMI connection dies mid-call, the other pops the call on its agent's screen, takes over, sees the call end and logs it once", async () => {
    site = await startSite(Date.UTC(2031, 2, 3, 11));
    const doomed = await startGateway('gw-a');
    const survivor = await startGateway('gw-b');
    expect(started(doomed)).toMatchObject({ role: 'leader' });
    const agentScreen = await agentSocketOn(survivor, '101');

    const placed = site.pbx.placeInboundCall({ from: '+380441234567', did: DID_AGENT_101, ringSeconds: 4, talkSeconds: 20 });
    site.scheduler.advanceBy(1000);
    await Promise.all([doomed.waitFor(sawEvent('call.ringing', placed.linkedid)), survivor.waitFor(sawEvent('call.ringing', placed.linkedid))]);
    expect(await agentScreen.next('pop.show')).toMatchObject({ callId: placed.linkedid, caller: { number: '+380441234567' } });

    await doomed.kill();
    await survivor.waitFor((report) => report.type === 'role' && report.role === 'leader');
    const leading = await survivor.waitFor((report) => report.type === 'leading');
    expect(leading).toMatchObject({ status: { state: 'connected', role: 'leader', leaderNodeId: 'gw-b' } });
    expect(site.server.loggedInSessions).toBe(1);

    const taken = await pictureOf(survivor);
    expect(taken.calls).toMatchObject([{ callId: placed.linkedid, phase: 'waiting', ringingAgents: ['101'] }]);
    expect(taken.agents).toContainEqual(expect.objectContaining({ extension: '101', state: 'ringing' }));

    site.scheduler.advanceBy(300_000);
    const ended = await survivor.waitFor(sawEvent('call.ended', placed.linkedid));
    expect(ended).toMatchObject({ event: { call: { callId: placed.linkedid, outcome: 'answered', answeredBy: '101' } } });
    expect(await agentScreen.next('pop.ended')).toMatchObject({ callId: placed.linkedid, outcome: 'answered', wrapUp: true });
    await drainCallLogging(survivor);
    expect(await interactionsOfCall(placed.linkedid)).toEqual([{ id: expect.any(Number), call_outcome: 'answered' }]);
    agentScreen.close();
  });
});
