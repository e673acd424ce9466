/**
 * Every recorded Asterisk transcript (../shared/fixtures/ami) replayed at its recorded pace through
 * the real TCP path: the AMI simulator plays the bytes to a live socket, and the adapter (its AMI
 * connection, the call tracker) turns them into calls. The expected calls are written from the
 * fixture README's scenario table and the actions files, not from our output. Durations are the
 * nominal ones; a simulated Local handset talks about 0.5 s longer, well within the second allowed.
 *
 * All files run at once, each on its own server port, so the file takes as long as the longest
 * recording. The 197 s load fixture is replayed ten times faster, on an adapter clock that runs ten
 * times faster too, so its calls keep their recorded durations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { beforeAll, describe, it, type ExpectStatic } from 'vitest';
import { FIXTURE_DIRECTORY, recordedScenarios } from './call-state/recorded-fixtures.ts';
import { createPbxAdapter } from './pbx-adapter.ts';
import { RECORDED_SITE_DIALPLAN } from './pbx-actions.ts';
import type { CallHeld, CallOutcome, CallResumed, CallSummary, PbxEvent } from './pbx-events.ts';
import { createAmiServer } from './simulator/ami-server.ts';
import { loadTranscript } from './simulator/transcript-replay.ts';

const CALLER = '+380441234567';
const DID_AGENT_101 = '+380445550100';
const DID_QUEUE = '+380445550200';
const DID_SOFTPHONE = '+380445550700';
const CUSTOMER = '0501234567';
/** The 200-call recording lasts 197 s; it replays at its own pace alongside the others. */
const LOAD_REPLAY_TIMEOUT_MS = 240_000;
const quiet = pino({ level: 'silent' });

interface ExpectedCall {
  readonly direction: CallSummary['direction'];
  readonly from: string;
  readonly to: string;
  readonly agentsRung: readonly string[];
  readonly answeredBy?: string;
  readonly outcome: CallOutcome;
  readonly queue?: string;
  readonly transferredTo?: string;
  readonly isSupervision?: boolean;
  /** Seconds from the first ring to the answer (to the end, when nobody answered). */
  readonly wait: number;
  /** Seconds talked; left out where the README gives no figure for it. */
  readonly talk?: number;
  /** Where the README gives only the parts of the conversation, not the pauses between them. */
  readonly talkAtLeast?: number;
  /** Who put the caller on hold, in order, and for how long where the README says. */
  readonly holds?: readonly { readonly agent: string; readonly seconds?: number }[];
}

const inbound = (to: string, agent: string, wait: number, talk: number): ExpectedCall => ({
  direction: 'inbound',
  from: CALLER,
  to,
  agentsRung: [agent],
  answeredBy: agent,
  outcome: 'answered',
  wait,
  talk,
});

const missed = (direction: ExpectedCall['direction'], from: string, to: string, agent: string, wait: number): ExpectedCall => ({
  direction,
  from,
  to,
  agentsRung: [agent],
  outcome: 'missed',
  wait,
  talk: 0,
});

const clickToCall = (agent: string, wait: number, talk: number): ExpectedCall => ({
  direction: 'outbound',
  from: agent,
  to: CUSTOMER,
  agentsRung: [agent],
  answeredBy: agent,
  outcome: 'answered',
  wait,
  talk,
});

const transferred = (firstAgent: string): ExpectedCall => ({
  ...inbound(firstAgent === '101' ? DID_AGENT_101 : DID_SOFTPHONE, firstAgent, 2, 3 + 2 + 4),
  agentsRung: [firstAgent, '102'],
  transferredTo: '102',
  outcome: 'transferred',
});

const queued = (agentsRung: readonly string[], wait: number, talk: number): ExpectedCall => ({
  ...inbound(DID_QUEUE, '202', wait, talk),
  agentsRung,
  queue: 'support',
});

/** The supervisor 7002 answers after 1 s, listens 5 s; the agent's call goes on 2 s after that. */
const supervised: ExpectedCall[] = [
  inbound(DID_SOFTPHONE, '7001', 2, 2 + 1 + 5 + 2),
  { direction: 'internal', from: '7002', to: '7001', agentsRung: ['7002'], answeredBy: '7002', outcome: 'answered', isSupervision: true, wait: 1, talk: 5 },
];

/** The calls of every single-scenario transcript, in the order they started. */
const SCENARIOS: Readonly<Record<string, readonly ExpectedCall[]>> = {
  inbound_answered_agent_hangup: [inbound(DID_AGENT_101, '101', 3, 5)],
  'inbound_answered_agent_hangup.timestamped': [inbound(DID_AGENT_101, '101', 3, 5)],
  inbound_answered_caller_hangup: [inbound(DID_AGENT_101, '101', 3, 4)],
  inbound_missed: [missed('inbound', CALLER, DID_AGENT_101, '101', 8)],
  click_to_call_answered: [clickToCall('101', 2 + 3, 6)],
  click_to_call_agent_noanswer: [missed('outbound', '101', CUSTOMER, '101', 8)],
  queue_ringall: [queued(['201', '202'], 3, 5)],
  'queue_ringall.timestamped': [queued(['201', '202'], 3, 5)],
  blind_transfer: [transferred('101')],
  redirect_transfer: [transferred('101')],
  // The agent answers after 2 s; the far end is busy after 1 s; the agent's leg plays Busy(2).
  outbound_busy: [{ ...clickToCall('101', 2 + 1 + 2, 0), to: '0509999999', outcome: 'busy' }],
  webrtc_register: [],
  webrtc_inbound_answered: [inbound(DID_SOFTPHONE, '7001', 2, 5)],
  webrtc_click_to_call: [clickToCall('7001', 2 + 3, 6)],
  webrtc_outbound_from_softphone: [{ ...clickToCall('7001', 3, 4), agentsRung: [] }],
  webrtc_inbound_rejected: [missed('inbound', CALLER, DID_SOFTPHONE, '7001', 2)],
  resync_mid_call: [inbound(DID_AGENT_101, '101', 2, 10)],
  hold_unhold: [{ ...inbound(DID_SOFTPHONE, '7001', 2, 2 + 4 + 3), holds: [{ agent: '7001', seconds: 4 }] }],
  chanspy_listen: supervised,
  chanspy_whisper: supervised,
  chanspy_barge: supervised,
  queue_member_pause: [queued(['202'], 2, 4)],
  agent_states: [inbound(DID_AGENT_101, '101', 2, 4), inbound(DID_SOFTPHONE, '7001', 2, 4)],
  softphone_blind_transfer: [transferred('7001')],
  // 7001 answers after 2 s and consults 7002, who answers after 2 s: the consultation is a call of
  // its own until the REFER 3 s later; 7002 then talks to the caller for 4 s.
  softphone_attended_transfer: [
    {
      ...inbound(DID_SOFTPHONE, '7001', 2, 0),
      agentsRung: ['7001', '7002'],
      transferredTo: '7002',
      outcome: 'transferred',
      talk: undefined,
      holds: [{ agent: '7001' }],
    },
    { direction: 'internal', from: '7001', to: '7002', agentsRung: ['7002'], answeredBy: '7002', outcome: 'answered', wait: 2, talk: 3 },
  ],
  // 2 s of talk, then 1, 2, 3 as SIP INFO 0.7 s apart, then (after a pause the README does not give)
  // 4, 5, 6 as RFC 4733 (260 ms each), and BYE 3 s later.
  dtmf_from_softphone: [{ ...inbound(DID_SOFTPHONE, '7001', 2, 0), talk: undefined, talkAtLeast: 2 + 1.4 + 0.78 + 3 }],
  // Both Originates fail before any channel exists; nobody asked for them, so no call appears.
  originate_failure_unregistered: [],
};

/** Plays one transcript at its recorded pace to a fresh adapter over TCP and collects what the adapter emitted. */
async function replayOverTcp(scenario: string): Promise<PbxEvent[]> {
  const transcript = loadTranscript(scenario);
  const server = await createAmiServer({ port: 0, users: [{ username: 'crm', secret: 'crm-secret' }], log: quiet, replay: { transcript } });
  const adapter = createPbxAdapter({
    ami: { host: '127.0.0.1', port: server.port, username: 'crm', secret: 'crm-secret' },
    dialplan: RECORDED_SITE_DIALPLAN,
    log: quiet,
  });
  const events: PbxEvent[] = [];
  adapter.on((event) => events.push(event));
  try {
    await adapter.start();
    const first = transcript.messages[0]?.offsetSeconds ?? 0;
    const last = transcript.messages.at(-1)?.offsetSeconds ?? 0;
    await new Promise((resolve) => setTimeout(resolve, (last - first) * 1000 + 500));
    return events;
  } finally {
    await adapter.stop();
    await server.close();
  }
}

const holdEventsOf = (events: readonly PbxEvent[], callId?: string): (CallHeld | CallResumed)[] =>
  events.filter((event): event is CallHeld | CallResumed => (event.type === 'call.held' || event.type === 'call.resumed') && (callId === undefined || event.callId === callId));

const endedCalls = (events: readonly PbxEvent[]): CallSummary[] =>
  events.flatMap((event) => (event.type === 'call.ended' ? [event.call] : [])).sort((a, b) => a.startedAt - b.startedAt);

function expectAbout(expect: ExpectStatic, label: string, actual: number, expected: number): void {
  expect(Math.abs(actual - expected), `${label}: ${actual} s, README says ${expected} s`).toBeLessThan(1);
}

function expectCall(expect: ExpectStatic, call: CallSummary, expected: ExpectedCall): void {
  expect({
    direction: call.direction,
    from: call.from,
    to: call.to,
    agentsRung: [...call.agentsRung].sort(),
    answeredBy: call.answeredBy,
    outcome: call.outcome,
    queue: call.queue,
    transferredTo: call.transferredTo,
    isSupervision: call.isSupervision ?? false,
  }).toEqual({
    direction: expected.direction,
    from: expected.from,
    to: expected.to,
    agentsRung: [...expected.agentsRung].sort(),
    answeredBy: expected.answeredBy,
    outcome: expected.outcome,
    queue: expected.queue,
    transferredTo: expected.transferredTo,
    isSupervision: expected.isSupervision ?? false,
  });
  expectAbout(expect, 'wait', call.waitSeconds, expected.wait);
  if (expected.talk !== undefined) expectAbout(expect, 'talk', call.talkSeconds, expected.talk);
  if (expected.talkAtLeast !== undefined) expect(call.talkSeconds).toBeGreaterThan(expected.talkAtLeast);
}

/** Each hold of the call is one `call.held` and then one `call.resumed` of the same agent. */
function expectHolds(expect: ExpectStatic, events: readonly PbxEvent[], call: CallSummary, expected: ExpectedCall): void {
  const holds = holdEventsOf(events, call.callId);
  const wanted = expected.holds ?? [];
  expect(holds.map((event) => [event.type, event.agentExtension])).toEqual(wanted.flatMap(({ agent }) => [['call.held', agent], ['call.resumed', agent]]));
  wanted.forEach(({ seconds }, index) => {
    if (seconds !== undefined) expectAbout(expect, 'hold', (holds[2 * index + 1]!.at - holds[2 * index]!.at) / 1000, seconds);
  });
}

describe.concurrent('recorded transcripts replayed over TCP', () => {
  // Started all at once here rather than per test: vitest runs at most five tests of a file at a time.
  const replays = new Map<string, Promise<PbxEvent[]>>();
  beforeAll(() => {
    for (const scenario of Object.keys(SCENARIOS)) replays.set(scenario, replayOverTcp(scenario));
    replays.set('load_busy_center', replayOverTcp('load_busy_center'));
    // A test left out by a filter still awaits nothing; its failure must not surface as unhandled.
    for (const replay of replays.values()) replay.catch(() => undefined);
  });

  it('every transcript in the fixtures has its expected calls here', ({ expect }) => {
    expect(recordedScenarios().filter((scenario) => !scenario.startsWith('load_'))).toEqual(Object.keys(SCENARIOS).sort());
  });

  it.for(Object.entries(SCENARIOS))('%s, at its recorded pace', async ([scenario, expected], { expect }) => {
    const events = await replays.get(scenario)!;
    const calls = endedCalls(events);
    expect(calls).toHaveLength(expected.length);
    calls.forEach((call, index) => expectCall(expect, call, expected[index]!));
    calls.forEach((call, index) => expectHolds(expect, events, call, expected[index]!));
    expect(holdEventsOf(events)).toHaveLength(calls.reduce((count, _call, index) => count + 2 * (expected[index]!.holds?.length ?? 0), 0));
    expect(new Set(calls.map((call) => call.callId)).size).toBe(calls.length);
    if (scenario === 'softphone_attended_transfer') {
      const [main, consultation] = calls;
      expectAbout(expect, 'caller with 7002 after the consultation was answered', (main!.endedAt - consultation!.answeredAt!) / 1000, 3 + 4);
      expect(consultation?.mergedInto).toBe(main?.callId);
    }
  });

  it('load_busy_center: 200 overlapping calls at their recorded pace match the truth file', { timeout: LOAD_REPLAY_TIMEOUT_MS }, async ({ expect }) => {
    const events = await replays.get('load_busy_center')!;
    const calls = endedCalls(events);
    // Its 14 blind transfers each bring a stray Unhold for the transferer (README, point 11).
    expect(holdEventsOf(events)).toEqual([]);
    const [header, ...rows] = readFileSync(join(FIXTURE_DIRECTORY, 'load_busy_center.truth.csv'), 'utf8').trim().split('\n');
    expect(header).toBe('caller_number,kind,did_or_dialled,agents_rung,answered_by,outcome,transfer_to,cdr_billsec_total');
    expect(calls).toHaveLength(200);
    expect(new Set(calls.map((call) => call.callId)).size).toBe(200);
    const byOutsideNumber = new Map(calls.map((call) => [call.direction === 'inbound' ? call.from : call.to, call]));
    for (const row of rows) {
      const [number = '', kind = '', didOrDialled = '', agentsRung = '', answeredBy = '', outcome = '', transferTo = ''] = row.split(',');
      const call = byOutsideNumber.get(number);
      const isInbound = !kind.startsWith('click_to_call') && kind !== 'outbound_busy';
      expect({ number, direction: call?.direction, to: call?.to, agentsRung: call?.agentsRung.join(' '), answeredBy: call?.answeredBy ?? '', outcome: call?.outcome, transferTo: call?.transferredTo ?? '' }).toEqual({
        number,
        direction: isInbound ? 'inbound' : 'outbound',
        to: didOrDialled,
        agentsRung,
        answeredBy,
        outcome,
        transferTo,
      });
      // README, Calls table: a caller hangs up 4 s or more after the answer; every other answered call talks 5 s or more.
      const shortestTalk = kind === 'inbound_answered_caller_hangup' ? 4 : 5;
      if (outcome === 'answered' || outcome === 'transferred') expect(call?.talkSeconds).toBeGreaterThan(shortestTalk - 1);
    }
    const outcomes = new Map<string, number>();
    for (const call of calls) outcomes.set(call.outcome, (outcomes.get(call.outcome) ?? 0) + 1);
    expect(Object.fromEntries(outcomes)).toEqual({
      answered: 112,
      transferred: 28,
      missed: 32,
      abandoned: 14,
      busy: 14,
    });
  });
});
