/**
 * The cluster-wide PBX between in-process gateways on one local bus, with scripted adapters:
 * events and live calls reach followers, actions go to the leader, and a new leader closes the
 * calls that ended while nobody held the PBX connection.
 */
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { PbxAdapterError, type PbxAdapter, type PbxAdapterStatus, type PbxAgentState, type PbxEvent, type PbxLiveCall } from '../../pbx-adapter/index.ts';
import { createLocalBus, createLocalBusHub, type LocalBusHub } from './cluster-bus.ts';
import { createClusterPbx, type ClusterMessage, type ClusterPbx } from './cluster-pbx.ts';
import type { LeadershipRole, PbxLeadership } from './pbx-leadership.ts';
import { createPbxCluster } from './pbx-cluster.ts';

const quiet = pino({ level: 'silent' });

const ringingCall: PbxLiveCall = {
  callId: '1795337424.7',
  phase: 'waiting',
  direction: 'inbound',
  from: '+380441234567',
  to: '+380445550100',
  isSupervision: false,
  ringingAgents: ['101'],
  connectedAgents: [],
  startedAt: Date.UTC(2031, 0, 6, 9),
};

function scriptedAdapter(status: PbxAdapterStatus = { state: 'connected' }, agents: PbxAgentState[] = []) {
  const listeners = new Set<(event: PbxEvent) => void>();
  let calls: PbxLiveCall[] = [];
  const originated: unknown[] = [];
  const adapter: PbxAdapter = {
    start: async () => {},
    stop: async () => {},
    on: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    status: () => status,
    liveCalls: () => calls,
    agentStates: () => agents,
    originateClickToCall: async (request) => {
      if (request.number === '') throw new PbxAdapterError('invalid-request', 'number: enter the number to call');
      originated.push(request);
    },
    hangup: async () => {},
    transfer: async () => {},
    supervise: async () => ({ spiedCallId: ringingCall.callId }),
  };
  return {
    adapter,
    originated,
    play(event: PbxEvent, liveCalls: PbxLiveCall[]) {
      calls = liveCalls;
      if (event.type === 'agent.state') agents = [...agents.filter((agent) => agent.extension !== event.extension), { extension: event.extension, state: event.state, since: event.at }];
      listeners.forEach((listener) => listener(event));
    },
    /** The adapter logs in at last and reads these states. */
    connect(found: PbxAgentState[]) {
      status = { state: 'connected' };
      agents = found;
    },
  };
}

function manualLeadership(nodeId: string) {
  const listeners = new Set<(role: LeadershipRole) => void>();
  let role: LeadershipRole = { role: 'follower' };
  const leadership: PbxLeadership = {
    nodeId,
    start: async () => {},
    stop: async () => {},
    current: () => role,
    onChange: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
  };
  return {
    leadership,
    become(next: LeadershipRole) {
      role = next;
      listeners.forEach((listener) => listener(next));
    },
  };
}

const opened: ClusterPbx[] = [];
afterEach(() => opened.splice(0).forEach((pbx) => pbx.close()));

function gateway(hub: LocalBusHub, nodeId: string) {
  const election = manualLeadership(nodeId);
  const pbx = createClusterPbx({
    bus: createLocalBus<ClusterMessage>({ log: quiet, hub, nodeId }),
    leadership: election.leadership,
    log: quiet,
    requestTimeoutMs: 200,
    leaderHeartbeatMs: 20,
  });
  opened.push(pbx);
  const heard: PbxEvent[] = [];
  pbx.on((event) => heard.push(event));
  return { pbx, heard, election };
}

async function lead(node: ReturnType<typeof gateway>, adapter: PbxAdapter): Promise<void> {
  node.election.become({ role: 'leader', adapter, ready: Promise.resolve() });
  await Promise.resolve();
}

const LOGIN = ringingCall.startedAt - 3_600_000;
/** What a leader's adapter read from the hints at its login. */
const loggedInAgents: PbxAgentState[] = [
  { extension: '101', state: 'idle', since: LOGIN },
  { extension: '7002', state: 'unavailable', since: LOGIN },
];

const byExtension = (agents: readonly PbxAgentState[]) => [...agents].sort((a, b) => a.extension.localeCompare(b.extension));

const ringing: PbxEvent = { type: 'call.ringing', callId: ringingCall.callId, agentExtension: '101', from: ringingCall.from, to: ringingCall.to, direction: 'inbound', at: ringingCall.startedAt };

describe('the PBX as every gateway sees it', () => {
  it("hands the leader's events to every gateway once, and a follower's live calls are the leader's", async () => {
    const hub = createLocalBusHub();
    const leader = gateway(hub, 'gw-a');
    const follower = gateway(hub, 'gw-b');
    const pbx = scriptedAdapter();
    await lead(leader, pbx.adapter);

    pbx.play(ringing, [ringingCall]);

    await expect.poll(() => follower.heard).toEqual([ringing]);
    expect(leader.heard).toEqual([ringing]);
    expect(follower.pbx.liveCalls()).toEqual([ringingCall]);
    expect(follower.pbx.status()).toEqual({ state: 'connected', role: 'follower', leaderNodeId: 'gw-a' });
  });

  it('sends with each event only the live calls that changed, though the adapter lists calls again as new objects', async () => {
    const hub = createLocalBusHub();
    const leader = gateway(hub, 'gw-a');
    const follower = gateway(hub, 'gw-b');
    const wire = createLocalBus<ClusterMessage>({ log: quiet, hub, nodeId: 'wire' });
    const sent: string[][] = [];
    wire.subscribe((message) => {
      if (message.kind === 'pbx-event') sent.push(message.changedCalls.map((call) => call.callId));
    });
    const pbx = scriptedAdapter();
    await lead(leader, pbx.adapter);
    const secondCall: PbxLiveCall = { ...ringingCall, callId: '1795337431.12', ringingAgents: ['102'] };
    const secondRinging: PbxEvent = { ...ringing, callId: secondCall.callId, agentExtension: '102' };
    const firstOnHold: PbxLiveCall = { ...ringingCall, phase: 'connected', ringingAgents: [], connectedAgents: ['101'], onHold: { agentExtension: '101', since: ringingCall.startedAt + 9_000 } };

    pbx.play(ringing, [ringingCall]);
    pbx.play(secondRinging, [{ ...ringingCall }, secondCall]);
    pbx.play({ ...secondRinging, at: secondRinging.at + 1 }, [firstOnHold, { ...secondCall }]);

    await expect.poll(() => sent).toEqual([[ringingCall.callId], [secondCall.callId], [ringingCall.callId]]);
    expect(follower.pbx.liveCalls()).toEqual([firstOnHold, secondCall]);
    await wire.close();
  });

  it("carries out a follower's click-to-call on the leader, and returns the leader's refusal with its code", async () => {
    const hub = createLocalBusHub();
    const leader = gateway(hub, 'gw-a');
    const follower = gateway(hub, 'gw-b');
    const pbx = scriptedAdapter();
    await lead(leader, pbx.adapter);
    await expect.poll(() => follower.pbx.status().leaderNodeId).toBe('gw-a');

    await follower.pbx.originateClickToCall({ agentExtension: '101', number: '0441234567', crmRequestId: 'req-1' });
    expect(pbx.originated).toEqual([{ agentExtension: '101', number: '0441234567', crmRequestId: 'req-1' }]);

    const refused = follower.pbx.originateClickToCall({ agentExtension: '101', number: '', crmRequestId: 'req-2' });
    await expect(refused).rejects.toBeInstanceOf(PbxAdapterError);
    await expect(refused).rejects.toMatchObject({ code: 'invalid-request', message: 'number: enter the number to call' });
  });

  it('refuses an action at once, saying why, when no gateway holds the PBX connection', async () => {
    const lonely = gateway(createLocalBusHub(), 'gw-b');
    await expect(lonely.pbx.hangup(ringingCall.callId)).rejects.toMatchObject({ code: 'not-connected', message: expect.stringContaining('no gateway holds the PBX connection') });
    expect(lonely.pbx.status()).toMatchObject({ state: 'disconnected', role: 'follower' });
  });

  it('times out, saying to check, when the leader goes silent with a request', async () => {
    const hub = createLocalBusHub();
    const leader = gateway(hub, 'gw-a');
    const follower = gateway(hub, 'gw-b');
    await lead(leader, scriptedAdapter().adapter);
    await expect.poll(() => follower.pbx.status().leaderNodeId).toBe('gw-a');
    leader.pbx.close();

    await expect(follower.pbx.hangup(ringingCall.callId)).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('check whether it happened') });
  });

  it('a new leader ends the calls that ended during the takeover, and keeps those the PBX still has', async () => {
    const hub = createLocalBusHub();
    const old = gateway(hub, 'gw-a');
    const heir = gateway(hub, 'gw-b');
    const bystander = gateway(hub, 'gw-c');
    const oldPbx = scriptedAdapter();
    await lead(old, oldPbx.adapter);
    const stillRinging: PbxLiveCall = { ...ringingCall, callId: '1795337424.9', ringingAgents: ['102'] };
    const answered: PbxEvent = { type: 'call.answered', callId: ringingCall.callId, agentExtension: '101', at: ringingCall.startedAt + 4000 };
    oldPbx.play(answered, [{ ...ringingCall, phase: 'connected', ringingAgents: [], connectedAgents: ['101'] }, stillRinging]);
    await expect.poll(() => heir.pbx.liveCalls()).toHaveLength(2);

    old.pbx.close();
    const newPbx = scriptedAdapter();
    newPbx.play({ type: 'agent.state', extension: '102', state: 'ringing', at: 0 }, [stillRinging]);
    await lead(heir, newPbx.adapter);

    const ended = { type: 'call.ended', call: { callId: ringingCall.callId, outcome: 'answered', answeredBy: '101', endedWhileUnobserved: true, waitSeconds: 4 } };
    await expect.poll(() => heir.heard).toContainEqual(expect.objectContaining({ ...ended, call: expect.objectContaining(ended.call) }));
    await expect.poll(() => bystander.heard).toContainEqual(expect.objectContaining({ ...ended, call: expect.objectContaining(ended.call) }));
    expect(heir.pbx.liveCalls()).toEqual([stillRinging]);
    await expect.poll(() => bystander.pbx.liveCalls()).toEqual([stillRinging]);
  });

  it("gives every gateway the agents' states the leader's adapter read at login, and then each change", async () => {
    const hub = createLocalBusHub();
    const leader = gateway(hub, 'gw-a');
    const follower = gateway(hub, 'gw-b');
    const pbx = scriptedAdapter({ state: 'connected' }, loggedInAgents);
    await lead(leader, pbx.adapter);

    await expect.poll(() => follower.pbx.agentStates()).toEqual(loggedInAgents);
    expect(leader.pbx.agentStates()).toEqual(loggedInAgents);
    // What the follower had not heard reaches its listeners (the live board) as it would from the adapter.
    expect(follower.heard).toEqual(loggedInAgents.map(({ extension, state, since }) => ({ type: 'agent.state', extension, state, at: since })));

    const latecomer = gateway(hub, 'gw-c');
    await expect.poll(() => latecomer.pbx.agentStates()).toEqual(loggedInAgents);

    const rings: PbxEvent = { type: 'agent.state', extension: '101', state: 'ringing', at: LOGIN + 60_000 };
    pbx.play(rings, [ringingCall]);
    const afterTheRing = [{ extension: '101', state: 'ringing', since: LOGIN + 60_000 }, { extension: '7002', state: 'unavailable', since: LOGIN }];
    await expect.poll(() => byExtension(latecomer.pbx.agentStates())).toEqual(afterTheRing);
    expect(byExtension(follower.pbx.agentStates())).toEqual(afterTheRing);
    expect(byExtension(leader.pbx.agentStates())).toEqual(afterTheRing);
  });

  it("a new leader shows the agents' states of the one before until its own adapter has logged in, then its adapter's", async () => {
    const hub = createLocalBusHub();
    const old = gateway(hub, 'gw-a');
    const heir = gateway(hub, 'gw-b');
    const bystander = gateway(hub, 'gw-c');
    await lead(old, scriptedAdapter({ state: 'connected' }, loggedInAgents).adapter);
    await expect.poll(() => heir.pbx.agentStates()).toEqual(loggedInAgents);

    old.pbx.close();
    const newPbx = scriptedAdapter({ state: 'connecting' });
    await lead(heir, newPbx.adapter);
    expect(heir.pbx.agentStates()).toEqual(loggedInAgents);

    const foundByTheHeir: PbxAgentState[] = [
      { extension: '101', state: 'busy', since: LOGIN + 90_000 },
      { extension: '7002', state: 'idle', since: LOGIN + 95_000 },
    ];
    newPbx.connect(foundByTheHeir);
    await expect.poll(() => heir.pbx.agentStates()).toEqual(foundByTheHeir);
    await expect.poll(() => bystander.pbx.agentStates()).toEqual(foundByTheHeir);
  });

  it('on the embedded database, the one gateway leads and its PBX works as the adapter does', async () => {
    const pbx = scriptedAdapter();
    const cluster = createPbxCluster({ database: { engine: 'pglite', url: 'unused' }, createAdapter: () => pbx.adapter, log: quiet });
    const heard: PbxEvent[] = [];
    cluster.pbx.on((event) => heard.push(event));
    await cluster.start();

    pbx.play(ringing, [ringingCall]);
    await cluster.pbx.originateClickToCall({ agentExtension: '101', number: '0441234567', crmRequestId: 'req-1' });
    expect(heard).toEqual([ringing]);
    expect(cluster.pbx.liveCalls()).toEqual([ringingCall]);
    expect(pbx.originated).toHaveLength(1);
    expect(cluster.pbx.status()).toMatchObject({ state: 'connected', role: 'leader' });
    await cluster.stop();
  });
});
