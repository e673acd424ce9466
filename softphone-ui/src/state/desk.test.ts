import { describe, expect, it } from 'vitest';
import { browserCallPrefix, idleDesk, reduceDesk, type DeskCall, type DeskEvent } from './desk.ts';
import type { Pop } from './messages.ts';

function popOf(callId: string, overrides: Partial<Pop> = {}): Pop {
  return {
    callId,
    kind: 'unknown',
    direction: 'inbound',
    caller: { number: '+380671234567', e164: '+380671234567', display: '+380 67 123 4567', country: 'UA', region: 'Ukraine' },
    ringingSince: '2031-01-06T09:00:00.000Z',
    ...overrides,
  };
}

const reduceAll = (events: readonly DeskEvent[], from: DeskCall = idleDesk) => events.reduce(reduceDesk, from);

describe('the call on the desk', () => {
  it('rings with the pop, talks from the answer, and waits for the wrap-up after hang-up', () => {
    const pop = popOf('c1');
    const ringing = reduceDesk(idleDesk, { type: 'popped', pop, at: 1_000 });
    expect(ringing).toEqual({ kind: 'ringing', callId: 'c1', number: '+380671234567', since: 1_000, pop });

    const talking = reduceDesk(ringing, { type: 'answered', callId: 'c1', at: 5_000 });
    expect(talking).toEqual({ kind: 'talking', callId: 'c1', number: '+380671234567', since: 5_000, onHold: false, pop });
    expect(reduceDesk(talking, { type: 'hold-changed', callId: 'c1', onHold: true })).toMatchObject({ kind: 'talking', onHold: true });

    const wrappingUp = reduceDesk(talking, { type: 'ended', callId: 'c1', wrapUp: true });
    expect(wrappingUp).toEqual({ kind: 'wrap-up', callId: 'c1', number: '+380671234567', pop });
    expect(reduceDesk(wrappingUp, { type: 'dismissed' })).toEqual(idleDesk);
  });

  it('keeps a call the caller gave up on as missed, to call back; a call taken elsewhere just goes', () => {
    const ringing = reduceDesk(idleDesk, { type: 'popped', pop: popOf('c1'), at: 0 });
    expect(reduceDesk(ringing, { type: 'withdrawn', callId: 'c1', reason: 'caller-gave-up' })).toMatchObject({ kind: 'missed', callId: 'c1' });
    expect(reduceDesk(ringing, { type: 'withdrawn', callId: 'c1', reason: 'answered-elsewhere' })).toEqual(idleDesk);
    expect(reduceDesk(ringing, { type: 'withdrawn', callId: 'c1', reason: 'no-answer' })).toEqual(idleDesk);
    expect(reduceDesk(ringing, { type: 'ended', callId: 'c1', wrapUp: false })).toMatchObject({ kind: 'missed' });
  });

  it('never lets a new call push aside a call in progress or an unsaved wrap-up', () => {
    const talking = reduceAll([{ type: 'popped', pop: popOf('c1'), at: 0 }, { type: 'answered', callId: 'c1', at: 1 }]);
    expect(reduceDesk(talking, { type: 'popped', pop: popOf('c2'), at: 2 })).toBe(talking);
    const wrappingUp = reduceDesk(talking, { type: 'ended', callId: 'c1', wrapUp: true });
    expect(reduceDesk(wrappingUp, { type: 'popped', pop: popOf('c2'), at: 3 })).toBe(wrappingUp);
    expect(reduceDesk(wrappingUp, { type: 'rang', callId: 'sip:x', number: '102', at: 3 })).toBe(wrappingUp);
  });

  it('replaces a missed call with the next one that rings', () => {
    const missed = reduceAll([{ type: 'popped', pop: popOf('c1'), at: 0 }, { type: 'withdrawn', callId: 'c1', reason: 'caller-gave-up' }]);
    expect(reduceDesk(missed, { type: 'popped', pop: popOf('c2'), at: 9 })).toMatchObject({ kind: 'ringing', callId: 'c2', since: 9 });
  });

  it("ignores events about another call than the desk's", () => {
    const ringing = reduceDesk(idleDesk, { type: 'popped', pop: popOf('c1'), at: 0 });
    for (const event of [
      { type: 'answered', callId: 'c9', at: 1 },
      { type: 'withdrawn', callId: 'c9', reason: 'caller-gave-up' },
      { type: 'ended', callId: 'c9', wrapUp: true },
      { type: 'client-chosen', callId: 'c9', pop: popOf('c9') },
    ] as const) {
      expect(reduceDesk(ringing, event)).toBe(ringing);
    }
    expect(reduceDesk(idleDesk, { type: 'answered', callId: 'c1', at: 1 })).toBe(idleDesk);
    expect(reduceDesk(ringing, { type: 'dismissed' })).toBe(ringing);
  });

  it("shows the browser phone's call at once, and gives it the PBX's id and card when the pop arrives", () => {
    const rang = reduceDesk(idleDesk, { type: 'rang', callId: `${browserCallPrefix}abc`, number: '+380671234567', at: 100 });
    expect(rang).toEqual({ kind: 'ringing', callId: 'sip:abc', number: '+380671234567', since: 100, pop: null });
    const card = popOf('1700000000.42', { kind: 'client' });
    expect(reduceDesk(rang, { type: 'popped', pop: card, at: 150 })).toEqual({ kind: 'ringing', callId: '1700000000.42', number: '+380671234567', since: 100, pop: card });
  });

  it('offers no wrap-up for a browser-phone call the PBX never reported, and is free for the next call', () => {
    const rang = reduceDesk(idleDesk, { type: 'rang', callId: `${browserCallPrefix}abc`, number: '+380671234567', at: 100 });
    const talking = reduceDesk(rang, { type: 'answered', callId: 'sip:abc', at: 120 });
    expect(reduceDesk(talking, { type: 'ended', callId: 'sip:abc', wrapUp: true })).toBe(idleDesk);
  });

  it('updates the card of the same call: a new pop, or the client the operator chose', () => {
    const first = popOf('c1', { kind: 'choose' });
    const ringing = reduceDesk(idleDesk, { type: 'popped', pop: first, at: 0 });
    const chosen = popOf('c1', { kind: 'client', cardSource: 'chosen' });
    expect(reduceDesk(ringing, { type: 'client-chosen', callId: 'c1', pop: chosen })).toMatchObject({ kind: 'ringing', pop: chosen, since: 0 });
    const again = popOf('c1', { kind: 'client', cardSource: 'remembered-choice' });
    expect(reduceDesk(ringing, { type: 'popped', pop: again, at: 50 })).toMatchObject({ pop: again, since: 0 });
  });
});
