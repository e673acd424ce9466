import { describe, expect, it } from 'vitest';
import { idle, reduceCall, type CallEvent, type CallState, type TerminationCause } from './call-state.ts';

const caller = { number: '+380441234567', displayName: 'Olena' };
const colleague = { number: '7002' };

const invited: CallEvent = { type: 'invited', callId: 'in-1', remote: caller, at: 1_000 };
const ringingIn: CallState = { kind: 'ringing-in', callId: 'in-1', remote: caller, ringingSince: 1_000 };
const answering: CallState = { kind: 'answering', callId: 'in-1', remote: caller };
const dialing: CallState = { kind: 'dialing', callId: 'out-1', remote: caller, ringback: false };
const talking: CallState = { kind: 'talking', callId: 'in-1', remote: caller, direction: 'inbound', answeredAt: 2_000, onHold: false, muted: false };
const consulting: CallState = { ...talking, onHold: true, consultation: { phase: 'dialing', callId: 'consult-1', remote: colleague } };
const consultTalking: CallState = { ...talking, onHold: true, consultation: { phase: 'talking', callId: 'consult-1', remote: colleague, answeredAt: 5_000 } };
const transferring: CallState = { ...talking, kind: 'transferring', target: colleague, method: 'blind' };
const attendedTransferring: CallState = { ...consultTalking, kind: 'transferring', target: colleague, method: 'attended' };

const byRemote: TerminationCause = { by: 'remote' };
const byUs: TerminationCause = { by: 'local' };

function terminated(callId: string, cause: TerminationCause = byRemote): CallEvent {
  return { type: 'terminated', callId, cause, at: 9_000 };
}

function run(state: CallState, ...events: CallEvent[]) {
  let current = state;
  const ended = [];
  for (const event of events) {
    const transition = reduceCall(current, event);
    current = transition.state;
    if (transition.ended) ended.push(transition.ended);
  }
  return { state: current, ended };
}

describe('an inbound call', () => {
  it('rings, is answered, talks and is hung up by the caller', () => {
    const { state, ended } = run(
      idle,
      invited,
      { type: 'answered', callId: 'in-1' },
      { type: 'established', callId: 'in-1', at: 2_000 },
      terminated('in-1'),
    );
    expect(state).toEqual(idle);
    expect(ended).toEqual([{ callId: 'in-1', remote: caller, direction: 'inbound', answeredAt: 2_000, endedAt: 9_000, reason: 'remote-hung-up' }]);
  });

  it('rings with the caller and the time it started ringing', () => {
    expect(reduceCall(idle, invited).state).toEqual(ringingIn);
  });

  it('is answering until media is up, then talking with the answer time', () => {
    expect(reduceCall(ringingIn, { type: 'answered', callId: 'in-1' }).state).toEqual(answering);
    expect(reduceCall(answering, { type: 'established', callId: 'in-1', at: 2_000 }).state).toEqual(talking);
  });

  it('is missed when the caller gives up, answered elsewhere when a colleague took it', () => {
    expect(run(ringingIn, terminated('in-1')).ended[0]).toMatchObject({ reason: 'missed', direction: 'inbound' });
    expect(run(ringingIn, terminated('in-1', { by: 'remote', answeredElsewhere: true })).ended[0]).toMatchObject({ reason: 'answered-elsewhere' });
    expect(run(answering, terminated('in-1')).ended[0]).toMatchObject({ reason: 'missed' });
  });

  it('is declined by the user', () => {
    const declining = reduceCall(ringingIn, { type: 'hanging-up', callId: 'in-1' }).state;
    expect(declining).toEqual({ kind: 'ending', callId: 'in-1', remote: caller, direction: 'inbound', by: 'decline' });
    const { state, ended } = run(declining, terminated('in-1', byUs));
    expect(state).toEqual(idle);
    expect(ended).toEqual([{ callId: 'in-1', remote: caller, direction: 'inbound', endedAt: 9_000, reason: 'declined' }]);
  });
});

describe('an outbound call', () => {
  it('dials, hears ringback, talks and is hung up here', () => {
    const { state, ended } = run(
      idle,
      { type: 'dialed', callId: 'out-1', remote: caller },
      { type: 'remote-ringing', callId: 'out-1' },
      { type: 'established', callId: 'out-1', at: 3_000 },
      { type: 'hanging-up', callId: 'out-1' },
      terminated('out-1', byUs),
    );
    expect(state).toEqual(idle);
    expect(ended).toEqual([{ callId: 'out-1', remote: caller, direction: 'outbound', answeredAt: 3_000, endedAt: 9_000, reason: 'hung-up' }]);
  });

  it('says ringback once the far end rings', () => {
    expect(reduceCall(dialing, { type: 'remote-ringing', callId: 'out-1' }).state).toEqual({ ...dialing, ringback: true });
  });

  it('is talking, outbound, from the moment it is answered', () => {
    expect(reduceCall(dialing, { type: 'established', callId: 'out-1', at: 3_000 }).state).toEqual({
      kind: 'talking',
      callId: 'out-1',
      remote: caller,
      direction: 'outbound',
      answeredAt: 3_000,
      onHold: false,
      muted: false,
    });
  });

  it.each([
    [486, 'busy'],
    [600, 'busy'],
    [404, 'not-found'],
    [484, 'not-found'],
    [480, 'no-answer'],
    [408, 'no-answer'],
    [403, 'rejected'],
  ] as const)('ends %i as %s', (statusCode, reason) => {
    expect(run(dialing, terminated('out-1', { by: 'remote', statusCode })).ended[0]).toMatchObject({ reason, direction: 'outbound' });
  });

  it('keeps the status code of a rejection it has no word for', () => {
    expect(run(dialing, terminated('out-1', { by: 'remote', statusCode: 403 })).ended[0]).toMatchObject({ reason: 'rejected', statusCode: 403 });
  });

  it('is hung up when cancelled before an answer', () => {
    expect(run(dialing, { type: 'hanging-up', callId: 'out-1' }, terminated('out-1', byUs)).ended[0]).toMatchObject({ reason: 'hung-up' });
  });
});

describe('while talking', () => {
  it('holds and resumes', () => {
    const held = reduceCall(talking, { type: 'hold-changed', callId: 'in-1', onHold: true }).state;
    expect(held).toEqual({ ...talking, onHold: true });
    expect(reduceCall(held, { type: 'hold-changed', callId: 'in-1', onHold: false }).state).toEqual(talking);
  });

  it('mutes and unmutes, on hold or not', () => {
    const muted = reduceCall(talking, { type: 'mute-changed', callId: 'in-1', muted: true }).state;
    expect(muted).toEqual({ ...talking, muted: true });
    expect(run(muted, { type: 'hold-changed', callId: 'in-1', onHold: true }).state).toEqual({ ...talking, muted: true, onHold: true });
  });

  it('loses the call with the connection, or to a failure', () => {
    expect(run(talking, terminated('in-1', { by: 'network' })).ended[0]).toMatchObject({ reason: 'connection-lost' });
    expect(run(talking, terminated('in-1', { by: 'failure' })).ended[0]).toMatchObject({ reason: 'failed' });
  });

  it('hangs up', () => {
    const endingCall = reduceCall(talking, { type: 'hanging-up', callId: 'in-1' }).state;
    expect(endingCall).toEqual({ kind: 'ending', callId: 'in-1', remote: caller, direction: 'inbound', answeredAt: 2_000, by: 'hang-up' });
    expect(run(endingCall, terminated('in-1', byRemote)).ended[0]).toMatchObject({ reason: 'hung-up', answeredAt: 2_000 });
  });
});

describe('a blind transfer', () => {
  it('is transferred once the far end leaves', () => {
    const asked = reduceCall(talking, { type: 'transfer-requested', callId: 'in-1', target: colleague, method: 'blind' }).state;
    expect(asked).toEqual(transferring);
    expect(run(asked, terminated('in-1', byUs))).toEqual({ state: idle, ended: [expect.objectContaining({ reason: 'transferred' })] });
  });

  it('goes back to talking when the PBX refuses it', () => {
    expect(reduceCall(transferring, { type: 'transfer-failed', callId: 'in-1' }).state).toEqual(talking);
  });

  it('is not started during a consultation', () => {
    expect(reduceCall(consultTalking, { type: 'transfer-requested', callId: 'in-1', target: colleague, method: 'blind' }).state).toBe(consultTalking);
  });
});

describe('an attended transfer', () => {
  it('consults a colleague while the caller is held', () => {
    const held = { ...talking, onHold: true };
    const dialed = reduceCall(held, { type: 'consultation-dialed', callId: 'in-1', consultationCallId: 'consult-1', remote: colleague }).state;
    expect(dialed).toEqual(consulting);
    expect(reduceCall(dialed, { type: 'established', callId: 'consult-1', at: 5_000 }).state).toEqual(consultTalking);
  });

  it('transfers once the colleague answered, and ends both calls as transferred', () => {
    const asked = reduceCall(consultTalking, { type: 'transfer-requested', callId: 'in-1', target: colleague, method: 'attended' }).state;
    expect(asked).toEqual(attendedTransferring);
    const { state, ended } = run(asked, terminated('in-1', byUs), terminated('consult-1'));
    expect(state).toEqual(idle);
    expect(ended.map((each) => [each.callId, each.reason])).toEqual([
      ['in-1', 'transferred'],
      ['consult-1', 'transferred'],
    ]);
  });

  it('counts the consultation as transferred when the colleague drops it first', () => {
    const { state, ended } = run(attendedTransferring, terminated('consult-1'));
    expect(state).toEqual({ ...transferring, onHold: true, method: 'attended' });
    expect(ended).toEqual([expect.objectContaining({ callId: 'consult-1', reason: 'transferred', answeredAt: 5_000 })]);
  });

  it('cannot transfer before the colleague answers', () => {
    expect(reduceCall(consulting, { type: 'transfer-requested', callId: 'in-1', target: colleague, method: 'attended' }).state).toBe(consulting);
  });

  it('returns to the held caller when the consultation ends', () => {
    const { state, ended } = run(consultTalking, terminated('consult-1', byUs));
    expect(state).toEqual({ ...talking, onHold: true });
    expect(ended).toEqual([expect.objectContaining({ callId: 'consult-1', direction: 'outbound', reason: 'hung-up' })]);
  });

  it('keeps the colleague when the held caller hangs up', () => {
    const { state, ended } = run(consultTalking, terminated('in-1'));
    expect(state).toEqual({ kind: 'talking', callId: 'consult-1', remote: colleague, direction: 'outbound', answeredAt: 5_000, onHold: false, muted: false });
    expect(ended).toEqual([expect.objectContaining({ callId: 'in-1', reason: 'remote-hung-up' })]);
    expect(run(consulting, terminated('in-1')).state).toEqual({ kind: 'dialing', callId: 'consult-1', remote: colleague, ringback: false });
  });

  it('goes back to both calls when the transfer fails', () => {
    expect(reduceCall(attendedTransferring, { type: 'transfer-failed', callId: 'in-1' }).state).toEqual(consultTalking);
  });

  it('does not hang up the held caller while a colleague is on the line', () => {
    expect(reduceCall(consultTalking, { type: 'hanging-up', callId: 'in-1' }).state).toBe(consultTalking);
  });
});

describe('being transferred', () => {
  it('follows a REFER: the old call ends as transferred and the new one dials', () => {
    const { state, ended } = run(talking, { type: 'referred', callId: 'in-1', newCallId: 'out-2', remote: colleague, at: 6_000 });
    expect(state).toEqual({ kind: 'dialing', callId: 'out-2', remote: colleague, ringback: false });
    expect(ended).toEqual([{ callId: 'in-1', remote: caller, direction: 'inbound', answeredAt: 2_000, endedAt: 6_000, reason: 'transferred' }]);
    expect(run(state, terminated('in-1', byUs))).toEqual({ state, ended: [] });
  });

  it('takes a caller who replaces the current call (attended transfer target)', () => {
    const { state, ended } = run(talking, { type: 'replaced', callId: 'in-1', newCallId: 'in-2', remote: colleague, at: 6_000 });
    expect(state).toEqual({ kind: 'answering', callId: 'in-2', remote: colleague });
    expect(ended).toEqual([expect.objectContaining({ callId: 'in-1', reason: 'transferred' })]);
  });
});

describe('impossible events change nothing', () => {
  const states: Record<string, CallState> = {
    idle,
    ringingIn,
    answering,
    dialing,
    talking,
    consulting,
    consultTalking,
    transferring,
    ending: { kind: 'ending', callId: 'in-1', remote: caller, direction: 'inbound', by: 'hang-up' },
  };

  const impossible: [string, CallEvent][] = [
    ['ringingIn', { type: 'invited', callId: 'in-2', remote: colleague, at: 1 }],
    ['talking', { type: 'dialed', callId: 'out-2', remote: colleague }],
    ['idle', { type: 'answered', callId: 'in-1' }],
    ['idle', { type: 'hanging-up', callId: 'in-1' }],
    ['idle', terminated('in-1')],
    ['talking', { type: 'answered', callId: 'in-1' }],
    ['talking', { type: 'established', callId: 'in-1', at: 1 }],
    ['talking', { type: 'remote-ringing', callId: 'in-1' }],
    ['talking', { type: 'transfer-failed', callId: 'in-1' }],
    ['ringingIn', { type: 'established', callId: 'in-1', at: 1 }],
    ['ringingIn', { type: 'hold-changed', callId: 'in-1', onHold: true }],
    ['ringingIn', { type: 'mute-changed', callId: 'in-1', muted: true }],
    ['ringingIn', { type: 'transfer-requested', callId: 'in-1', target: colleague, method: 'blind' }],
    ['dialing', { type: 'answered', callId: 'out-1' }],
    ['dialing', { type: 'consultation-dialed', callId: 'out-1', consultationCallId: 'c', remote: colleague }],
    ['dialing', { type: 'referred', callId: 'out-1', newCallId: 'x', remote: colleague, at: 1 }],
    ['answering', { type: 'replaced', callId: 'in-1', newCallId: 'x', remote: colleague, at: 1 }],
    ['consulting', { type: 'consultation-dialed', callId: 'in-1', consultationCallId: 'c2', remote: colleague }],
    ['consulting', { type: 'referred', callId: 'in-1', newCallId: 'x', remote: colleague, at: 1 }],
    ['consultTalking', { type: 'established', callId: 'consult-1', at: 9 }],
    ['transferring', { type: 'hold-changed', callId: 'in-1', onHold: true }],
    ['transferring', { type: 'mute-changed', callId: 'in-1', muted: true }],
    ['transferring', { type: 'transfer-requested', callId: 'in-1', target: colleague, method: 'blind' }],
    ['ending', { type: 'established', callId: 'in-1', at: 1 }],
    ['ending', { type: 'hold-changed', callId: 'in-1', onHold: true }],
  ];

  it.each(impossible)('%s ignores %j', (name, event) => {
    const state = states[name];
    if (!state) throw new Error(`no state ${name}`);
    expect(reduceCall(state, event)).toEqual({ state });
  });

  it.each(Object.entries(states).filter(([, state]) => state.kind !== 'idle'))('%s ignores events about another call', (_name, state) => {
    const others: CallEvent[] = [
      { type: 'remote-ringing', callId: 'other' },
      { type: 'answered', callId: 'other' },
      { type: 'established', callId: 'other', at: 1 },
      { type: 'hold-changed', callId: 'other', onHold: true },
      { type: 'mute-changed', callId: 'other', muted: true },
      { type: 'hanging-up', callId: 'other' },
      { type: 'transfer-failed', callId: 'other' },
      terminated('other'),
    ];
    for (const event of others) expect(reduceCall(state, event)).toEqual({ state });
  });
});
