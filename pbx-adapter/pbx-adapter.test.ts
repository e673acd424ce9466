/**
 * The adapter against the scripted PBX behind the AMI simulator, over real TCP on loopback. The PBX
 * and the adapter share a manual clock, so a call of minutes plays in milliseconds; the PBX stamps
 * every event (`timestampevents = yes`), so times don't depend on when the bytes were read.
 */
import pino, { type Logger } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { AmiMessage, AmiOutgoing } from './ami/ami-message.ts';
import { createPbxAdapter, type PbxAdapter, type PbxAgentState } from './pbx-adapter.ts';
import { PbxAdapterError, RECORDED_SITE_DIALPLAN, type SupervisionMode } from './pbx-actions.ts';
import type { CallEnded, PbxEvent } from './pbx-events.ts';
import { createAmiServer, type AmiServer } from './simulator/ami-server.ts';
import { RECORDED_SITE, createScriptedPbx, type ScriptedPbx, type ScriptedPbxConfig } from './simulator/scripted-pbx.ts';
import { createManualScheduler, type ManualScheduler } from './simulator/scripted-scheduler.ts';
import type { AmiSessionReply, SimulatedPbx } from './simulator/simulated-pbx.ts';

const START = Date.UTC(2031, 0, 6, 9);
const CALLER = '+380441234567';
const DID_AGENT_101 = '+380445550100';
const DID_QUEUE = '+380445550200';
const DID_SOFTPHONE = '+380445550700';
const CUSTOMER = '0501234567';
const quiet = pino({ level: 'silent' });
const cleanups: (() => Promise<unknown> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface SiteOptions {
  readonly site?: ScriptedPbxConfig;
  readonly secret?: string;
  readonly log?: Logger;
  readonly staleCallSeconds?: number;
  /** Actions this PBX does not offer (answered as unknown commands). */
  readonly unsupported?: readonly string[];
}

interface Site {
  readonly scheduler: ManualScheduler;
  readonly pbx: ScriptedPbx;
  readonly server: AmiServer;
  readonly adapter: PbxAdapter;
  /** Every action the PBX was asked to carry out, Login, Ping and Logoff aside. */
  readonly actions: AmiMessage[];
  readonly events: PbxEvent[];
  /** While muted, the PBX's events are lost on the way, as if its event queue overflowed. */
  mute(muted: boolean): void;
}

/**
 * Asterisk answers `Status` with `Variables: NAME` by adding `Variable: NAME=value` to every item;
 * the scripted PBX leaves the line out, so this stand-in adds it from the VarSets the PBX raised.
 */
function answerStatusVariables(pbx: ScriptedPbx): (action: AmiMessage, session: AmiSessionReply) => AmiSessionReply {
  const variables = new Map<string, Map<string, string>>();
  const field = (lines: AmiOutgoing, key: string) => lines.find(([name]) => name === key)?.[1] ?? '';
  pbx.subscribe((event) => {
    if (field(event, 'Event') !== 'VarSet') return;
    const ofChannel = variables.get(field(event, 'Uniqueid')) ?? new Map<string, string>();
    variables.set(field(event, 'Uniqueid'), ofChannel.set(field(event, 'Variable').replace(/^_+/, ''), field(event, 'Value')));
  });
  return (action, session) => {
    const asked = action.fields.Action === 'Status' ? (action.fields.Variables?.split(',') ?? []) : [];
    if (asked.length === 0) return session;
    return {
      reply(lines) {
        if (field(lines, 'Event') !== 'Status') return session.reply(lines);
        const ofChannel = variables.get(field(lines, 'Uniqueid'));
        session.reply([...lines, ...asked.map((name): [string, string] => ['Variable', `${name}=${ofChannel?.get(name) ?? ''}`])]);
      },
    };
  };
}

async function startSite(options: SiteOptions = {}): Promise<Site> {
  const scheduler = createManualScheduler(START);
  const pbx = createScriptedPbx({ scheduler, log: quiet, timestampEvents: true, ...(options.site && { site: options.site }) });
  const actions: AmiMessage[] = [];
  let muted = false;
  const statusVariables = answerStatusVariables(pbx);
  const observed: SimulatedPbx = {
    handleAction(action, session) {
      actions.push(action);
      return !options.unsupported?.includes(action.fields.Action ?? '') && pbx.handleAction(action, statusVariables(action, session));
    },
    subscribe: (listener) => pbx.subscribe((event) => muted || listener(event)),
  };
  const server = await createAmiServer({ port: 0, users: [{ username: 'crm', secret: 'crm-secret' }], pbx: observed, log: quiet, clock: scheduler, authFailureDelayMs: 10 });
  const adapter = createPbxAdapter({
    ami: { host: '127.0.0.1', port: server.port, username: 'crm', secret: options.secret ?? 'crm-secret', timing: { reconnectInitialDelayMs: 20, reconnectMaxDelayMs: 40 } },
    dialplan: RECORDED_SITE_DIALPLAN,
    log: options.log ?? quiet,
    clock: scheduler,
    ...(options.staleCallSeconds !== undefined && { staleCallSeconds: options.staleCallSeconds }),
  });
  const events: PbxEvent[] = [];
  adapter.on((event) => events.push(event));
  cleanups.push(async () => {
    await adapter.stop();
    await server.close();
    pbx.close();
  });
  return { scheduler, pbx, server, adapter, actions, events, mute: (value) => (muted = value) };
}

function siteWith(extension: string, change: object): ScriptedPbxConfig {
  return { ...RECORDED_SITE, agents: { ...RECORDED_SITE.agents, [extension]: { ...RECORDED_SITE.agents[extension]!, ...change } } };
}

type EventOf<T extends PbxEvent['type']> = Extract<PbxEvent, { type: T }>;

function callIdOf(event: PbxEvent): string | undefined {
  if (event.type === 'call.ended') return event.call.callId;
  return event.type === 'agent.state' ? undefined : event.callId;
}

function eventsOf<T extends PbxEvent['type']>(site: Site, type: T, callId?: string): EventOf<T>[] {
  return site.events.filter((event): event is EventOf<T> => event.type === type && (callId === undefined || callIdOf(event) === callId));
}

async function nextEvent<T extends PbxEvent['type']>(site: Site, type: T, callId?: string): Promise<EventOf<T>> {
  await expect.poll(() => eventsOf(site, type, callId).length).toBeGreaterThan(0);
  return eventsOf(site, type, callId)[0]!;
}

async function callEnded(site: Site, callId: string): Promise<CallEnded['call']> {
  return (await nextEvent(site, 'call.ended', callId)).call;
}

function lastAction(site: Site, name: string): AmiMessage {
  const action = site.actions.findLast((each) => each.fields.Action === name);
  if (!action) throw new Error(`the PBX got no ${name}`);
  return action;
}

function expectAbout(actual: number, expected: number): void {
  expect(actual).toBeGreaterThan(expected - 1);
  expect(actual).toBeLessThan(expected + 1);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('click-to-call', () => {
  it("rings the agent first, tags the ringing with the CRM's request, then dials the customer", async () => {
    const site = await startSite();
    await site.adapter.start();

    await site.adapter.originateClickToCall({ agentExtension: '101', number: '050 123-45-67', crmRequestId: 'req-1' });
    const originate = lastAction(site, 'Originate');
    expect(originate.fields).toMatchObject({
      Channel: 'Local/101@agents/n',
      Context: 'outbound',
      Exten: CUSTOMER,
      Priority: '1',
      CallerID: `"CRM: ${CUSTOMER}" <${CUSTOMER}>`,
      Async: 'true',
    });
    expect(originate.repeated?.Variable).toEqual(['__CRM_REQUEST_ID=req-1', 'CRM_CALLER_ID=+380445550100']);

    site.scheduler.advanceBy(1_000);
    const ringing = await nextEvent(site, 'call.ringing');
    expect(ringing).toMatchObject({ agentExtension: '101', from: '101', to: CUSTOMER, direction: 'outbound', crmRequestId: 'req-1' });
    expect(site.adapter.liveCalls()).toEqual([expect.objectContaining({ callId: ringing.callId, phase: 'waiting', ringingAgents: ['101'], crmRequestId: 'req-1' })]);

    site.scheduler.advanceBy(120_000);
    const call = await callEnded(site, ringing.callId);
    expect(call).toMatchObject({ direction: 'outbound', from: '101', to: CUSTOMER, answeredBy: '101', outcome: 'answered', crmRequestId: 'req-1' });
    const agentLeg = call.legs?.find((leg) => leg.role === 'agent');
    const customerLeg = call.legs?.find((leg) => leg.role === 'outbound-trunk');
    expect(customerLeg?.rangAt).toBeGreaterThanOrEqual(agentLeg?.answeredAt ?? Infinity);
    // Agent 101 rings 3 s, the customer 3 s and talks 6 s (RECORDED_SITE).
    expectAbout(call.waitSeconds, 3 + 3);
    expectAbout(call.talkSeconds, 6);
    expect(site.adapter.liveCalls()).toEqual([]);
  });

  it('refuses at once when the hints say the softphone is not registered', async () => {
    const site = await startSite({ site: siteWith('7002', { registered: false }) });
    await site.adapter.start();

    const refused = site.adapter.originateClickToCall({ agentExtension: '7002', number: CUSTOMER, crmRequestId: 'req-2' });
    await expect(refused).rejects.toBeInstanceOf(PbxAdapterError);
    await expect(refused).rejects.toMatchObject({ code: 'agent-unavailable', message: expect.stringMatching(/7002 is unavailable.*sign in/) });
    expect(site.actions.filter((action) => action.fields.Action === 'Originate')).toEqual([]);
  });

  it('on a PBX without hints, an Originate to an unregistered softphone ends as a failed call of its request', async () => {
    const site = await startSite({ site: siteWith('7002', { registered: false }), unsupported: ['ExtensionStateList'] });
    await site.adapter.start();

    await site.adapter.originateClickToCall({ agentExtension: '7002', number: CUSTOMER, crmRequestId: 'req-3' });
    expect(lastAction(site, 'Originate').fields.Channel).toBe('PJSIP/7002');
    await expect.poll(() => eventsOf(site, 'call.ended').length).toBe(1);
    expect(eventsOf(site, 'call.ended')[0]!.call).toMatchObject({ crmRequestId: 'req-3', outcome: 'failed', direction: 'outbound', from: '7002', to: CUSTOMER });
    expect(eventsOf(site, 'call.ringing')).toEqual([]);
  });

  it('names the field and the problem of a request it cannot send', async () => {
    const site = await startSite();
    await expect(site.adapter.originateClickToCall({ agentExtension: '101', number: CUSTOMER, crmRequestId: 'r' })).rejects.toMatchObject({
      code: 'not-started',
    });
    await site.adapter.start();
    await expect(site.adapter.originateClickToCall({ agentExtension: '101', number: 'call me', crmRequestId: 'r' })).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/^number: "call me" is not a phone number/),
    });
    await expect(site.adapter.originateClickToCall({ agentExtension: '101@evil', number: CUSTOMER, crmRequestId: 'r' })).rejects.toMatchObject({
      message: expect.stringMatching(/^agentExtension: /),
    });
    await expect(site.adapter.originateClickToCall({ agentExtension: '101', number: CUSTOMER, crmRequestId: 'a,b=c' })).rejects.toMatchObject({
      message: expect.stringMatching(/^crmRequestId: /),
    });
    expect(site.actions.filter((action) => action.fields.Action === 'Originate')).toEqual([]);
  });
});

describe('actions on a call in progress', () => {
  async function answeredInboundCall(site: Site, did = DID_AGENT_101): Promise<string> {
    const { linkedid } = site.pbx.placeInboundCall({ from: CALLER, did, talkSeconds: 60 });
    site.scheduler.advanceBy(5_000);
    await nextEvent(site, 'call.answered', linkedid);
    return linkedid;
  }

  it('hangup hangs up the caller, which ends the whole call', async () => {
    const site = await startSite();
    await site.adapter.start();
    const callId = await answeredInboundCall(site);

    await site.adapter.hangup(callId);
    expect(lastAction(site, 'Hangup').fields).toEqual(
      expect.objectContaining({ Channel: expect.stringMatching(/^Local\/\+380445550100@from-pstn-[0-9a-f]{8};2$/) }),
    );
    site.scheduler.advanceBy(5_000);
    const call = await callEnded(site, callId);
    expect(call).toMatchObject({ from: CALLER, answeredBy: '101', outcome: 'answered' });
    // Answered after 3 s and hung up 2 s later, instead of talking for 60 s.
    expectAbout(call.talkSeconds, 2);
    await expect(site.adapter.hangup(callId)).rejects.toMatchObject({ code: 'unknown-call' });
  });

  it('transfer redirects the caller to the other extension, which answers the call', async () => {
    const site = await startSite();
    await site.adapter.start();
    const callId = await answeredInboundCall(site);

    await site.adapter.transfer({ callId, toExtension: '102' });
    expect(lastAction(site, 'Redirect').fields).toMatchObject({
      Channel: expect.stringMatching(/^Local\/\+380445550100@from-pstn-[0-9a-f]{8};2$/),
      Context: 'internal',
      Exten: '102',
      Priority: '1',
    });
    site.scheduler.advanceBy(60_000);
    expect(await nextEvent(site, 'call.transferred', callId)).toMatchObject({ kind: 'redirect', fromExtension: '101', toExtension: '102' });
    expect(await callEnded(site, callId)).toMatchObject({ agentsRung: ['101', '102'], answeredBy: '101', transferredTo: '102', outcome: 'transferred' });
  });

  it.each<[SupervisionMode, string]>([
    ['listen', 'qE'],
    ['whisper', 'qwE'],
    ['barge', 'qBE'],
  ])("supervise %s rings the supervisor into ChanSpy on the agent's call", async (mode, options) => {
    const site = await startSite();
    await site.adapter.start();
    const callId = await answeredInboundCall(site, DID_SOFTPHONE);

    await expect(site.adapter.supervise({ supervisorExtension: '7002', agentExtension: '7001', mode })).resolves.toEqual({ spiedCallId: callId });
    expect(lastAction(site, 'Originate').fields).toMatchObject({
      Channel: 'PJSIP/7002',
      Application: 'ChanSpy',
      Data: `PJSIP/7001,${options}`,
      Async: 'true',
    });
    site.scheduler.advanceBy(120_000);
    await expect.poll(() => eventsOf(site, 'call.ended').length).toBe(2);
    const supervision = eventsOf(site, 'call.ended').find((event) => event.call.isSupervision)?.call;
    expect(supervision).toMatchObject({ direction: 'internal', from: '7002', to: '7001', spiedCallId: callId, outcome: 'answered' });
    expect(await callEnded(site, callId)).toMatchObject({ answeredBy: '7001', outcome: 'answered' });
  });

  it('says why it cannot act: no such call, an agent who is not talking, a call with nobody to transfer', async () => {
    const site = await startSite();
    await site.adapter.start();
    await expect(site.adapter.hangup('1795337424.3')).rejects.toMatchObject({ code: 'unknown-call' });
    await expect(site.adapter.supervise({ supervisorExtension: '7002', agentExtension: '7001', mode: 'listen' })).rejects.toMatchObject({
      code: 'agent-not-on-call',
    });
    await site.adapter.originateClickToCall({ agentExtension: '101', number: CUSTOMER, crmRequestId: 'req-4' });
    site.scheduler.advanceBy(1_000);
    const ringing = await nextEvent(site, 'call.ringing');
    await expect(site.adapter.transfer({ callId: ringing.callId, toExtension: '102' })).rejects.toMatchObject({ code: 'not-transferable' });
  });
});

describe('the AMI link', () => {
  it('dropped mid-call and restored: no call lost, none duplicated, the one that ended meanwhile flagged', async () => {
    // Four calls: one ends while the link is down, one outlives the outage, one starts during it,
    // and a click-to-call is queued just before it (the CRM must still learn which request it was).
    const site = await startSite({ site: { ...RECORDED_SITE, customer: { ringSeconds: 3, talkSeconds: 120 } } });
    await site.adapter.start();
    const endsWhileDown = site.pbx.placeInboundCall({ from: '+380441111111', did: DID_AGENT_101, talkSeconds: 20 }).linkedid;
    const outlivesTheDrop = site.pbx.placeInboundCall({ from: '+380442222222', did: DID_SOFTPHONE, talkSeconds: 120 }).linkedid;
    site.scheduler.advanceBy(5_000);
    await nextEvent(site, 'call.answered', endsWhileDown);
    await nextEvent(site, 'call.answered', outlivesTheDrop);

    await site.adapter.originateClickToCall({ agentExtension: '102', number: CUSTOMER, crmRequestId: 'req-in-flight' });

    // Everything the PBX does before the adapter is back in goes unseen.
    site.server.dropConnections();
    site.scheduler.advanceBy(10_000);
    const startsWhileDown = site.pbx.placeQueueCall({ from: '+380443333333', did: DID_QUEUE, answeredBy: '202', ringSeconds: 3, talkSeconds: 60 }).linkedid;
    site.scheduler.advanceBy(20_000);

    const ended = await callEnded(site, endsWhileDown);
    expect(ended).toMatchObject({ from: '+380441111111', answeredBy: '101', outcome: 'answered', endedWhileUnobserved: true });
    expect(site.server.acceptedConnections).toBe(2);
    await expect.poll(() => site.adapter.liveCalls().length).toBe(3);
    expect(site.adapter.liveCalls().find((call) => call.callId === startsWhileDown)).toMatchObject({
      phase: 'connected',
      direction: 'inbound',
      from: '+380443333333',
      connectedAgents: ['202'],
    });
    await expect.poll(() => site.adapter.liveCalls().find((call) => call.crmRequestId === 'req-in-flight')).toMatchObject({
      direction: 'outbound',
      from: '102',
      connectedAgents: ['102'],
    });
    const clickToCall = site.adapter.liveCalls().find((call) => call.crmRequestId === 'req-in-flight')!.callId;
    expect(site.adapter.liveCalls().map((call) => call.callId).sort()).toEqual([outlivesTheDrop, startsWhileDown, clickToCall].sort());

    site.scheduler.advanceBy(300_000);
    await expect.poll(() => eventsOf(site, 'call.ended').length).toBe(4);
    const summaries = eventsOf(site, 'call.ended').map((event) => event.call);
    expect(summaries.map((call) => call.callId).sort()).toEqual([endsWhileDown, outlivesTheDrop, startsWhileDown, clickToCall].sort());
    expect(summaries.find((call) => call.callId === outlivesTheDrop)).toMatchObject({ answeredBy: '7001', outcome: 'answered' });
    expect(summaries.find((call) => call.callId === startsWhileDown)).toMatchObject({ from: '+380443333333', answeredBy: '202', outcome: 'answered' });
    expect(summaries.find((call) => call.callId === clickToCall)).toMatchObject({ crmRequestId: 'req-in-flight', answeredBy: '102', outcome: 'answered' });
    expect(summaries.filter((call) => call.endedWhileUnobserved).map((call) => call.callId)).toEqual([endsWhileDown]);
    expect(eventsOf(site, 'call.ringing', outlivesTheDrop)).toHaveLength(1);
    expect(eventsOf(site, 'call.answered', outlivesTheDrop)).toHaveLength(1);
    expect(site.adapter.liveCalls()).toEqual([]);
  });

  it('wrong credentials: one clear error and no reconnect storm', async () => {
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const site = await startSite({ secret: 'not-the-secret', log });

    await expect(site.adapter.start()).rejects.toMatchObject({ code: 'auth-failed', message: expect.stringMatching(/AMI_USERNAME and AMI_SECRET/) });
    await sleep(200);
    expect(site.server.acceptedConnections).toBe(1);
    expect(site.adapter.status()).toEqual({ state: 'auth-failed', error: 'Authentication failed' });
    expect(lines.filter((line) => line.level >= 50).map((line) => line.msg)).toEqual([expect.stringMatching(/AMI_USERNAME and AMI_SECRET/)]);
  });

  it('a call whose hangup was lost is checked against the PBX once quiet for the stale-call time, and closed', async () => {
    const site = await startSite({ staleCallSeconds: 60 });
    await site.adapter.start();
    const lost = site.pbx.placeInboundCall({ from: '+380441111111', did: DID_AGENT_101, talkSeconds: 20 }).linkedid;
    const quietButAlive = site.pbx.placeInboundCall({ from: '+380442222222', did: DID_SOFTPHONE, talkSeconds: 600 }).linkedid;
    site.scheduler.advanceBy(5_000);
    await nextEvent(site, 'call.answered', lost);
    await nextEvent(site, 'call.answered', quietButAlive);
    const answeredAt = site.scheduler.now() - 2_000;

    site.mute(true);
    site.scheduler.advanceBy(30_000);
    site.mute(false);
    site.scheduler.advanceBy(answeredAt + 55_000 - site.scheduler.now());
    await sleep(100);
    expect(site.adapter.liveCalls().map((call) => call.callId).sort()).toEqual([lost, quietButAlive].sort());

    site.scheduler.advanceBy(20_000);
    const closed = await callEnded(site, lost);
    expect(closed).toMatchObject({ answeredBy: '101', outcome: 'answered', endedWhileUnobserved: true });
    expect(closed.endedAt - answeredAt).toBeGreaterThanOrEqual(60_000);
    expect(site.adapter.liveCalls().map((call) => call.callId)).toEqual([quietButAlive]);
  });
});

describe('agent states', () => {
  const byExtension = (states: readonly PbxAgentState[]) => [...states].sort((a, b) => a.extension.localeCompare(b.extension));

  it('holds every agent the PBX reported at login for whoever subscribes later, a call in progress included, and keeps them current', async () => {
    const site = await startSite({ site: siteWith('7002', { registered: false }) });
    const callId = site.pbx.placeInboundCall({ from: CALLER, did: DID_AGENT_101, talkSeconds: 30 }).linkedid;
    site.scheduler.advanceBy(5_000);
    await site.adapter.start();
    const loggedInAt = site.scheduler.now();

    const states = byExtension(site.adapter.agentStates());
    expect(states).toEqual([
      { extension: '101', state: 'busy', since: expect.any(Number) },
      { extension: '102', state: 'idle', since: loggedInAt },
      { extension: '201', state: 'idle', since: loggedInAt },
      { extension: '202', state: 'idle', since: loggedInAt },
      { extension: '7001', state: 'idle', since: loggedInAt },
      { extension: '7002', state: 'unavailable', since: loggedInAt },
    ]);
    // Busy from before the login: since when, the PBX's channel list says.
    expect(states[0]!.since).toBeGreaterThanOrEqual(START);
    expect(states[0]!.since).toBeLessThan(loggedInAt);

    site.scheduler.advanceBy(60_000);
    const call = await callEnded(site, callId);
    await expect.poll(() => site.adapter.agentStates().find((agent) => agent.extension === '101')?.state).toBe('idle');
    expectAbout((site.adapter.agentStates().find((agent) => agent.extension === '101')!.since - call.endedAt) / 1000, 0);
  });
});
