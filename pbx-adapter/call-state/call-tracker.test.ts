/**
 * Every recorded Asterisk scenario (../shared/fixtures/ami) replayed through the tracker. The expected
 * calls are written from the fixture README's scenario table and actions files, not from our output:
 * ring and talk times are the scenario's nominal ones (a simulated Local handset adds 0.5 s of talk).
 */
import { describe, expect, it } from 'vitest';
import type { AmiMessage } from '../ami/ami-message.ts';
import type { CallSummary, PbxEvent } from '../pbx-events.ts';
import { createCallTracker, type CallTracker } from './call-tracker.ts';
import { loadRecordedMessages, recordedActionOffsets, recordedScenarios } from './recorded-fixtures.ts';

const EPOCH = Date.UTC(2031, 0, 1);
const CALLER = '+380441234567';
const DID_AGENT_101 = '+380445550100';
const DID_QUEUE = '+380445550200';
const DID_SOFTPHONE = '+380445550700';
const CUSTOMER = '0501234567';

interface Replay {
  readonly tracker: CallTracker;
  readonly events: readonly PbxEvent[];
  readonly ended: readonly CallSummary[];
}

function replayMessages(messages: readonly AmiMessage[], tracker = createCallTracker()): Replay {
  const events: PbxEvent[] = [];
  for (const message of messages) events.push(...tracker.ingest(message));
  const ended = events.flatMap((event) => (event.type === 'call.ended' ? [event.call] : []));
  return { tracker, events, ended };
}

function replay(scenario: string, prepare?: (tracker: CallTracker) => void): Replay {
  const tracker = createCallTracker();
  prepare?.(tracker);
  return replayMessages(loadRecordedMessages(scenario, EPOCH), tracker);
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

function ofType<T extends PbxEvent['type']>(events: readonly PbxEvent[], type: T): Extract<PbxEvent, { type: T }>[] {
  return events.filter((event): event is Extract<PbxEvent, { type: T }> => event.type === type);
}

/** Seconds since the recording's TCP connect. */
const offset = (at: number): number => (at - EPOCH) / 1000;

function expectAbout(actual: number, expected: number): void {
  expect(actual).toBeGreaterThan(expected - 1);
  expect(actual).toBeLessThan(expected + 1);
}

function agentStates(events: readonly PbxEvent[], extension: string): string[] {
  return ofType(events, 'agent.state')
    .filter((event) => event.extension === extension)
    .map((event) => event.state);
}

describe('every recorded scenario', () => {
  const scenarios = recordedScenarios().filter((scenario) => !scenario.startsWith('load_'));

  it("covers the README's 25 scenarios and 2 timestamped variants (the load fixture has its own test)", () => {
    expect(scenarios).toHaveLength(27);
  });

  it.each(scenarios)('%s: every call ends exactly once and every ringing phone is answered or stopped', (scenario) => {
    const { tracker, events, ended } = replay(scenario);
    expect(tracker.liveCalls()).toEqual([]);
    const endedIds = ended.map((call) => call.callId);
    expect(new Set(endedIds).size).toBe(endedIds.length);
    for (const ringing of ofType(events, 'call.ringing')) {
      expect(endedIds).toContain(ringing.callId);
      const settled = events.filter(
        (event) =>
          (event.type === 'call.answered' || event.type === 'call.ringing-stopped') &&
          event.callId === ringing.callId &&
          event.agentExtension === ringing.agentExtension,
      );
      expect(settled.length, `${ringing.agentExtension} in ${ringing.callId}`).toBe(1);
    }
    for (const call of ended) expect(call.waitSeconds + call.talkSeconds).toBeCloseTo(call.totalSeconds, 2);
  });
});

describe('inbound calls to an agent', () => {
  it('inbound_answered_agent_hangup: 101 rings 3 s, answers and talks 5 s', () => {
    const { events, ended } = replay('inbound_answered_agent_hangup');
    const ringing = only(ofType(events, 'call.ringing'));
    expect(ringing).toMatchObject({ agentExtension: '101', from: CALLER, to: DID_AGENT_101, direction: 'inbound' });
    expect(ringing.queue).toBeUndefined();
    const answered = only(ofType(events, 'call.answered'));
    expect(answered.agentExtension).toBe('101');
    expectAbout(offset(answered.at) - offset(ringing.at), 3);
    const call = only(ended);
    expect(call).toMatchObject({
      callId: ringing.callId,
      direction: 'inbound',
      from: CALLER,
      to: DID_AGENT_101,
      agentsRung: ['101'],
      answeredBy: '101',
      outcome: 'answered',
      hangupCause: 16,
    });
    expectAbout(call.waitSeconds, 3);
    expectAbout(call.talkSeconds, 5.5);
    expect(agentStates(events, '101')).toEqual(['ringing', 'busy', 'idle']);
  });

  it('inbound_answered_caller_hangup: the caller hangs up 4 s after 101 answered', () => {
    const call = only(replay('inbound_answered_caller_hangup').ended);
    expect(call).toMatchObject({ direction: 'inbound', from: CALLER, to: DID_AGENT_101, answeredBy: '101', outcome: 'answered' });
    expectAbout(call.waitSeconds, 3);
    expectAbout(call.talkSeconds, 4);
  });

  it('inbound_missed: 101 rings until the caller gives up after 8 s', () => {
    const { events, ended } = replay('inbound_missed');
    expect(ofType(events, 'call.answered')).toEqual([]);
    expect(only(ofType(events, 'call.ringing-stopped'))).toMatchObject({ agentExtension: '101', reason: 'caller-gave-up' });
    const call = only(ended);
    expect(call).toMatchObject({ direction: 'inbound', from: CALLER, agentsRung: ['101'], outcome: 'missed', hangupCause: 19, talkSeconds: 0 });
    expect(call.answeredBy).toBeUndefined();
    expectAbout(call.waitSeconds, 8);
  });

  it('webrtc_inbound_answered: softphone 7001 answers after 2 s and hangs up 5 s later', () => {
    const { events, ended } = replay('webrtc_inbound_answered');
    expect(only(ofType(events, 'call.ringing'))).toMatchObject({ agentExtension: '7001', from: CALLER, to: DID_SOFTPHONE });
    const call = only(ended);
    expect(call).toMatchObject({ direction: 'inbound', answeredBy: '7001', outcome: 'answered' });
    expectAbout(call.waitSeconds, 2);
    expectAbout(call.talkSeconds, 5);
  });

  it('webrtc_inbound_rejected: the agent declines after ringing 2 s', () => {
    const { events, ended } = replay('webrtc_inbound_rejected');
    expect(only(ofType(events, 'call.ringing-stopped'))).toMatchObject({ agentExtension: '7001', reason: 'declined' });
    const call = only(ended);
    expect(call).toMatchObject({ direction: 'inbound', from: CALLER, outcome: 'missed', hangupCause: 17, agentsRung: ['7001'] });
    expectAbout(call.totalSeconds, 2);
  });

  it('hold_unhold: holding the caller keeps the call answered for its whole 9 s', () => {
    const call = only(replay('hold_unhold').ended);
    expect(call).toMatchObject({ direction: 'inbound', answeredBy: '7001', outcome: 'answered' });
    expectAbout(call.waitSeconds, 2);
    expectAbout(call.talkSeconds, 2 + 4 + 3);
  });

  it('dtmf_from_softphone: digits do not disturb the call', () => {
    const call = only(replay('dtmf_from_softphone').ended);
    expect(call).toMatchObject({ direction: 'inbound', from: CALLER, answeredBy: '7001', outcome: 'answered' });
    expectAbout(call.waitSeconds, 2);
    // 2 s, three INFO digits 0.7 s apart, three RFC 4733 digits of 160 + 100 ms, 3 s.
    expect(call.talkSeconds).toBeGreaterThan(2 + 1.4 + 0.78 + 3);
    expect(call.talkSeconds).toBeLessThan(2 + 1.4 + 0.78 + 3 + 1.5);
  });

  it('resync_mid_call: the list actions in the middle change nothing', () => {
    const call = only(replay('resync_mid_call').ended);
    expect(call).toMatchObject({ direction: 'inbound', answeredBy: '101', outcome: 'answered' });
    expectAbout(call.waitSeconds, 2);
    expectAbout(call.talkSeconds, 10.5);
  });
});

describe('queues', () => {
  it('queue_ringall: 201 and 202 ring together, 202 answers after 3 s, 201 stops once', () => {
    const { events, ended } = replay('queue_ringall');
    const ringing = ofType(events, 'call.ringing');
    expect(ringing.map((event) => event.agentExtension).sort()).toEqual(['201', '202']);
    for (const event of ringing) expect(event).toMatchObject({ queue: 'support', from: CALLER, to: DID_QUEUE, direction: 'inbound' });
    expect(only(ofType(events, 'call.answered')).agentExtension).toBe('202');
    expect(only(ofType(events, 'call.ringing-stopped'))).toMatchObject({ agentExtension: '201', reason: 'answered-elsewhere' });
    const call = only(ended);
    expect(call).toMatchObject({ direction: 'inbound', queue: 'support', answeredBy: '202', outcome: 'answered' });
    expect([...call.agentsRung].sort()).toEqual(['201', '202']);
    expectAbout(call.waitSeconds, 3);
    expectAbout(call.talkSeconds, 5.5);
  });

  it('queue_member_pause: paused 201 is not rung and shows paused until unpaused', () => {
    const { events, ended } = replay('queue_member_pause');
    const call = only(ended);
    expect(call).toMatchObject({ queue: 'support', agentsRung: ['202'], answeredBy: '202', outcome: 'answered' });
    expectAbout(call.waitSeconds, 2);
    expectAbout(call.talkSeconds, 4.5);
    expect(agentStates(events, '201')).toEqual(['idle', 'paused', 'idle']);
    const pausedAt = ofType(events, 'agent.state').find((event) => event.extension === '201' && event.state === 'paused');
    const actions = recordedActionOffsets('queue_member_pause');
    expectAbout(offset(pausedAt?.at ?? 0), actions.get('queue_member_pause-003') ?? NaN);
  });

  it('queue_member_pause: while 201 is paused, the current states say so and since when', () => {
    const actions = recordedActionOffsets('queue_member_pause');
    const unpausedAt = EPOCH + (actions.get('queue_member_pause-007') ?? NaN) * 1000;
    const { tracker } = replayMessages(loadRecordedMessages('queue_member_pause', EPOCH).filter((message) => message.receivedAt < unpausedAt));
    const states = tracker.agentStates();
    expect(states.get('201')?.state).toBe('paused');
    expectAbout(offset(states.get('201')?.since ?? NaN), actions.get('queue_member_pause-003') ?? NaN);
    // 202 is rung 2 s after the Originate, answers 2 s later and talks 4 s (a Local handset 0.5 s more).
    expect(states.get('202')?.state).toBe('idle');
    expectAbout(offset(states.get('202')?.since ?? NaN), (actions.get('queue_member_pause-005') ?? NaN) + 2 + 4.5);
  });
});

describe('click-to-call and outbound', () => {
  it('click_to_call_answered: agent 101 answers after 2 s, the customer rings 3 s and talks 6 s', () => {
    const { events, ended } = replay('click_to_call_answered');
    expect(only(ofType(events, 'call.ringing'))).toMatchObject({ agentExtension: '101', from: '101', to: CUSTOMER, direction: 'outbound' });
    const call = only(ended);
    expect(call).toMatchObject({ direction: 'outbound', from: '101', to: CUSTOMER, agentsRung: ['101'], answeredBy: '101', outcome: 'answered' });
    expectAbout(call.waitSeconds, 2 + 3);
    expectAbout(call.talkSeconds, 6.5);
  });

  it('click_to_call_agent_noanswer: the agent never answers and the customer is never dialled', () => {
    const { events, ended } = replay('click_to_call_agent_noanswer');
    expect(only(ofType(events, 'call.ringing-stopped'))).toMatchObject({ agentExtension: '101', reason: 'no-answer' });
    const call = only(ended);
    expect(call).toMatchObject({ direction: 'outbound', from: '101', to: CUSTOMER, outcome: 'missed', talkSeconds: 0 });
    expect(call.legs?.some((leg) => leg.role === 'outbound-trunk')).toBe(false);
    expectAbout(call.totalSeconds, 8);
  });

  it('outbound_busy: the agent answers, the customer is busy', () => {
    const call = only(replay('outbound_busy').ended);
    expect(call).toMatchObject({ direction: 'outbound', from: '101', to: '0509999999', answeredBy: '101', outcome: 'busy', hangupCause: 17, talkSeconds: 0 });
    expect(call.legs?.find((leg) => leg.role === 'outbound-trunk')).toMatchObject({ number: '0509999999', dialStatus: 'BUSY' });
  });

  it('webrtc_click_to_call: softphone 7001 answers after 2 s, the customer after 3 s more', () => {
    const { events, ended } = replay('webrtc_click_to_call');
    expect(only(ofType(events, 'call.ringing'))).toMatchObject({ agentExtension: '7001', to: CUSTOMER, direction: 'outbound' });
    const call = only(ended);
    expect(call).toMatchObject({ direction: 'outbound', from: '7001', to: CUSTOMER, answeredBy: '7001', outcome: 'answered' });
    expectAbout(call.waitSeconds, 2 + 3);
    expectAbout(call.talkSeconds, 6.5);
  });

  it('webrtc_outbound_from_softphone: the agent dials out, nobody of ours rings', () => {
    const { events, ended } = replay('webrtc_outbound_from_softphone');
    expect(ofType(events, 'call.ringing')).toEqual([]);
    const call = only(ended);
    expect(call).toMatchObject({ direction: 'outbound', from: '7001', to: CUSTOMER, agentsRung: [], answeredBy: '7001', outcome: 'answered' });
    expectAbout(call.waitSeconds, 3);
    expectAbout(call.talkSeconds, 4);
    expect(agentStates(events, '7001')).toEqual(['busy', 'idle']);
  });
});

describe('transfers', () => {
  function expectTransferredCall(scenario: string, kind: string, firstAgent: string): void {
    const { events, ended } = replay(scenario);
    const transfer = only(ofType(events, 'call.transferred'));
    expect(transfer).toMatchObject({ fromExtension: firstAgent, toExtension: '102', kind });
    const ringing102 = ofType(events, 'call.ringing').find((event) => event.agentExtension === '102');
    expect(ringing102).toMatchObject({ callId: transfer.callId, from: CALLER, direction: 'inbound' });
    const answered = ofType(events, 'call.answered').map((event) => event.agentExtension);
    expect(answered).toEqual([firstAgent, '102']);
    const call = only(ended);
    expect(call).toMatchObject({ callId: transfer.callId, from: CALLER, agentsRung: [firstAgent, '102'], answeredBy: firstAgent, transferredTo: '102', outcome: 'transferred' });
    // Answer after 2 s, transfer 3 s later, 102 rings 2 s and talks 4 s.
    expectAbout(call.waitSeconds, 2);
    expectAbout(offset(transfer.at) - offset(call.startedAt), 2 + 3);
    expectAbout(call.talkSeconds, 3 + 2 + 4.5);
  }

  it('blind_transfer: the AMI BlindTransfer of 101 to 102', () => expectTransferredCall('blind_transfer', 'blind', '101'));
  it('redirect_transfer: an AMI Redirect of the caller to 102, which sends no transfer event', () =>
    expectTransferredCall('redirect_transfer', 'redirect', '101'));
  it('softphone_blind_transfer: 7001 sends REFER to 102', () => expectTransferredCall('softphone_blind_transfer', 'blind', '7001'));

  it('softphone_attended_transfer: 7001 consults 7002 on a call of its own, then hands the caller over', () => {
    const { events, ended } = replay('softphone_attended_transfer');
    const transfer = only(ofType(events, 'call.transferred'));
    expect(transfer).toMatchObject({ fromExtension: '7001', toExtension: '7002', kind: 'attended' });
    const main = ended.find((call) => call.callId === transfer.callId);
    const consultation = ended.find((call) => call.callId !== transfer.callId);
    expect(ended).toHaveLength(2);
    expect(main).toMatchObject({ direction: 'inbound', from: CALLER, to: DID_SOFTPHONE, answeredBy: '7001', transferredTo: '7002', outcome: 'transferred' });
    expect(consultation).toMatchObject({ direction: 'internal', from: '7001', to: '7002', answeredBy: '7002', mergedInto: transfer.callId });
    // 7001 answers after 2 s, holds 2 s later, 7002 answers 2 s after the consultation dial, REFER 3 s later,
    // and 7002 hangs up 4 s after that.
    expectAbout(main?.waitSeconds ?? NaN, 2);
    expectAbout(offset(transfer.at) - offset(main?.startedAt ?? NaN), 10.1);
    expectAbout(main?.totalSeconds ?? NaN, 14.1);
    expectAbout(consultation?.waitSeconds ?? NaN, 2);
    expect(agentStates(events, '7002')).toEqual(['ringing', 'busy', 'idle']);
  });
});

describe('hold', () => {
  const holdEvents = (events: readonly PbxEvent[]) => events.filter((event) => event.type === 'call.held' || event.type === 'call.resumed');

  it('hold_unhold: 7001 holds the caller 2 s after answering and resumes 4 s later; the live call shows the hold meanwhile', () => {
    const messages = loadRecordedMessages('hold_unhold', EPOCH);
    const unhold = messages.findIndex((message) => message.fields.Event === 'Unhold');
    const beforeUnhold = replayMessages(messages.slice(0, unhold));
    const { tracker } = beforeUnhold;
    const answered = only(ofType(beforeUnhold.events, 'call.answered'));
    const held = only(ofType(beforeUnhold.events, 'call.held'));
    expect(held).toMatchObject({ callId: answered.callId, agentExtension: '7001' });
    expectAbout(offset(held.at) - offset(answered.at), 2);
    expect(only(tracker.liveCalls()).onHold).toEqual({ agentExtension: '7001', since: held.at });

    const atUnhold = replayMessages(messages.slice(unhold, unhold + 1), tracker);
    const resumed = only(ofType(atUnhold.events, 'call.resumed'));
    expect(resumed).toMatchObject({ callId: answered.callId, agentExtension: '7001' });
    expectAbout(offset(resumed.at) - offset(held.at), 4);
    expect(only(tracker.liveCalls()).onHold).toBeUndefined();

    const rest = replayMessages(messages.slice(unhold + 1), tracker);
    expect(holdEvents(rest.events)).toEqual([]);
    expect(only(rest.ended)).toMatchObject({ callId: answered.callId, outcome: 'answered' });
  });

  it('hold_unhold: a live call is listed as the same object until a message about it comes, then as a new one showing it', () => {
    const messages = loadRecordedMessages('hold_unhold', EPOCH);
    const unhold = messages.findIndex((message) => message.fields.Event === 'Unhold');
    const { tracker } = replayMessages(messages.slice(0, unhold));
    const held = only(tracker.liveCalls());
    expect(only(tracker.liveCalls())).toBe(held);

    replayMessages(messages.slice(unhold, unhold + 1), tracker);
    const resumed = only(tracker.liveCalls());
    expect(resumed).not.toBe(held);
    expect(held.onHold).toBeDefined();
    expect(resumed.onHold).toBeUndefined();
  });

  it("softphone_attended_transfer: the held caller is resumed as the transfer happens; the consultation's Unhold resumes nothing", () => {
    const { events } = replay('softphone_attended_transfer');
    const transfer = only(ofType(events, 'call.transferred'));
    const holds = holdEvents(events);
    expect(holds.map((event) => [event.type, event.callId, event.agentExtension])).toEqual([
      ['call.held', transfer.callId, '7001'],
      ['call.resumed', transfer.callId, '7001'],
    ]);
    expect(events.indexOf(holds[1]!)).toBeLessThan(events.indexOf(transfer));
    expectAbout(offset(transfer.at) - offset(holds[1]!.at), 0);
  });

  it.each(['blind_transfer', 'softphone_blind_transfer'])('%s: the Unhold Asterisk sends for the transferer resumes nothing', (scenario) => {
    const messages = loadRecordedMessages(scenario, EPOCH);
    expect(messages.filter((message) => message.fields.Event === 'Unhold')).toHaveLength(1);
    expect(holdEvents(replayMessages(messages).events)).toEqual([]);
  });

  it('no other recording puts anyone on hold', () => {
    const holding = new Set(['hold_unhold', 'softphone_attended_transfer']);
    for (const scenario of recordedScenarios().filter((name) => !holding.has(name))) {
      expect(holdEvents(replay(scenario).events), scenario).toEqual([]);
    }
  });
});

describe('supervision', () => {
  it.each(['chanspy_listen', 'chanspy_whisper', 'chanspy_barge'])('%s: the supervisor is a call of its own, flagged', (scenario) => {
    const { ended } = replay(scenario);
    expect(ended).toHaveLength(2);
    const customerCall = ended.find((call) => !call.isSupervision);
    const supervision = ended.find((call) => call.isSupervision);
    expect(customerCall).toMatchObject({ direction: 'inbound', from: CALLER, agentsRung: ['7001'], answeredBy: '7001', outcome: 'answered' });
    expect(customerCall?.spiedCallId).toBeUndefined();
    expect(supervision).toMatchObject({ direction: 'internal', from: '7002', to: '7001', spiedCallId: customerCall?.callId, outcome: 'answered' });
    // The supervisor answers after 1 s and hangs up 5 s later; the agent 2 s after that.
    expectAbout(supervision?.waitSeconds ?? NaN, 1);
    expectAbout(supervision?.talkSeconds ?? NaN, 5);
    const originateAt = recordedActionOffsets(scenario).get(`${scenario}-003`) ?? NaN;
    expectAbout(offset(customerCall?.endedAt ?? NaN), originateAt + 1 + 5 + 2);
  });
});

describe('agent presence', () => {
  it('agent_states: hints, rings and calls of Local and PJSIP agents', () => {
    const { events, ended } = replay('agent_states');
    expect(ended.map((call) => call.answeredBy)).toEqual(['101', '7001']);
    expectAbout(ended[0]?.talkSeconds ?? NaN, 4.5);
    expectAbout(ended[1]?.talkSeconds ?? NaN, 4);
    expect(agentStates(events, '101')).toEqual(['idle', 'ringing', 'busy', 'idle']);
    expect(agentStates(events, '7001')).toEqual(['idle', 'ringing', 'busy', 'idle']);
    expect(agentStates(events, '7002')).toEqual(['unavailable']);
  });

  it('agent_states: the current states, each since it began; the second hint list restarts no one', () => {
    const { tracker } = replay('agent_states');
    const actions = recordedActionOffsets('agent_states');
    const firstList = actions.get('agent_states-002') ?? NaN;
    const current = [...tracker.agentStates()].map(([extension, { state, since }]) => ({ extension, state, since: offset(since) }));
    // README: 102, 201 and 7002 report Unavailable; 101 and 7001 are idle again after their calls
    // (2 s of ringing, then 4 s of talk; a Local handset talks 0.5 s longer).
    expect(current.sort((a, b) => a.extension.localeCompare(b.extension))).toEqual([
      { extension: '101', state: 'idle', since: expect.closeTo((actions.get('agent_states-004') ?? NaN) + 2 + 4.5, 0) },
      { extension: '102', state: 'unavailable', since: expect.closeTo(firstList, 1) },
      { extension: '201', state: 'unavailable', since: expect.closeTo(firstList, 1) },
      { extension: '202', state: 'idle', since: expect.closeTo(firstList, 1) },
      { extension: '7001', state: 'idle', since: expect.closeTo((actions.get('agent_states-005') ?? NaN) + 2 + 4, 0) },
      { extension: '7002', state: 'unavailable', since: expect.closeTo(firstList, 1) },
    ]);
  });

  it('webrtc_register: registering a phone is not a call', () => {
    const { events } = replay('webrtc_register');
    expect(events.filter((event) => event.type !== 'agent.state')).toEqual([]);
  });
});

describe('timestamped variants', () => {
  it.each([
    ['inbound_answered_agent_hangup', 3, 5.5],
    ['queue_ringall', 3, 5.5],
  ])('%s.timestamped: the same call, timed by the PBX Timestamp', (scenario, wait, talk) => {
    const plain = only(replay(scenario).ended);
    // Arrival times that are far off: the durations must come from `Timestamp` all the same.
    const messages = loadRecordedMessages(`${scenario}.timestamped`, 0);
    const stamped = only(replayMessages(messages).ended);
    const pick = ({ direction, from, to, agentsRung, answeredBy, outcome, queue }: CallSummary) => ({
      direction,
      from,
      to,
      agentsRung: [...agentsRung].sort(),
      answeredBy,
      outcome,
      queue,
    });
    expect(pick(stamped)).toEqual(pick(plain));
    const firstChannel = messages.find((message) => message.fields.Event === 'Newchannel');
    expectAbout(stamped.startedAt / 1000, Number(firstChannel?.fields.Timestamp));
    expectAbout(stamped.waitSeconds, wait);
    expectAbout(stamped.talkSeconds, talk);
  });
});

describe('click-to-call requests from the CRM', () => {
  it('originate_failure_unregistered: both failed Originates end as failed calls of their request', () => {
    const { events } = replay('originate_failure_unregistered', (tracker) => {
      tracker.expectOriginate({ actionId: 'originate_failure_unregi-003', crmRequestId: 'req-async', agentExtension: '7002', to: CUSTOMER, at: EPOCH + 1002 });
      tracker.expectOriginate({ actionId: 'originate_failure_unregi-004', crmRequestId: 'req-sync', agentExtension: '7002', to: CUSTOMER, at: EPOCH + 4003 });
    });
    const ended = ofType(events, 'call.ended').map((event) => event.call);
    expect(ended.map((call) => [call.crmRequestId, call.outcome, call.direction, call.from, call.to])).toEqual([
      ['req-async', 'failed', 'outbound', '7002', CUSTOMER],
      ['req-sync', 'failed', 'outbound', '7002', CUSTOMER],
    ]);
    expect(ofType(events, 'call.ringing')).toEqual([]);
  });

  it('originate_failure_unregistered: an Originate nobody registered surfaces nothing', () => {
    const { events } = replay('originate_failure_unregistered');
    expect(events.filter((event) => event.type !== 'agent.state')).toEqual([]);
  });

  it('click_to_call_agent_noanswer: the CRM_REQUEST_ID variable tags the ringing, the missed call is not also a failed one', () => {
    const messages = loadRecordedMessages('click_to_call_agent_noanswer', EPOCH);
    const agentVarSet = messages.findIndex((message) => message.fields.Event === 'VarSet' && message.fields.Uniqueid === message.fields.Linkedid);
    const template = messages[agentVarSet];
    if (!template) throw new Error('the fixture has no VarSet on its first channel');
    const tagged: AmiMessage = { ...template, fields: { ...template.fields, Variable: '__CRM_REQUEST_ID', Value: 'req-42' } };
    const tracker = createCallTracker();
    tracker.expectOriginate({ actionId: 'click_to_call_agent_noan-002', crmRequestId: 'req-42', agentExtension: '101', to: CUSTOMER, at: EPOCH });
    const { events, ended } = replayMessages([...messages.slice(0, agentVarSet), tagged, ...messages.slice(agentVarSet)], tracker);
    expect(only(ofType(events, 'call.ringing')).crmRequestId).toBe('req-42');
    expect(only(ended)).toMatchObject({ crmRequestId: 'req-42', outcome: 'missed' });
  });

  it('click_to_call_answered: the OriginateResponse links the registered request to its call', () => {
    const { ended } = replay('click_to_call_answered', (tracker) =>
      tracker.expectOriginate({ actionId: 'click_to_call_answered-002', crmRequestId: 'req-9', agentExtension: '101', to: CUSTOMER, at: EPOCH }),
    );
    expect(only(ended)).toMatchObject({ crmRequestId: 'req-9', outcome: 'answered' });
  });
});
