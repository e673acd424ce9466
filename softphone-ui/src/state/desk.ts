/**
 * The operator's current call as the desk shows it (card, timer, wrap-up): one union moved by one
 * pure reducer, fed by the gateway's pops and by the browser phone, if there is one.
 */
import type { Pop, ServerMessageOf } from './messages.ts';

export type WithdrawReason = ServerMessageOf<'pop.withdraw'>['reason'];

export type DeskCall =
  | { readonly kind: 'idle' }
  | { readonly kind: 'ringing'; readonly callId: string; readonly number: string; readonly since: number; readonly pop: Pop | null }
  | { readonly kind: 'talking'; readonly callId: string; readonly number: string; readonly since: number; readonly onHold: boolean; readonly pop: Pop | null }
  | { readonly kind: 'wrap-up'; readonly callId: string; readonly number: string; readonly pop: Pop | null }
  /** Rang here and nobody answered: shown until dismissed, with the card to call back from. */
  | { readonly kind: 'missed'; readonly callId: string; readonly number: string; readonly pop: Pop | null };

export type DeskEvent =
  | { readonly type: 'rang'; readonly callId: string; readonly number: string; readonly at: number }
  | { readonly type: 'popped'; readonly pop: Pop; readonly at: number }
  /** The phone stopped ringing here: taken by someone else, declined, or the caller gave up. */
  | { readonly type: 'withdrawn'; readonly callId: string; readonly reason: WithdrawReason }
  | { readonly type: 'answered'; readonly callId: string; readonly at: number }
  | { readonly type: 'hold-changed'; readonly callId: string; readonly onHold: boolean }
  | { readonly type: 'ended'; readonly callId: string; readonly wrapUp: boolean }
  | { readonly type: 'client-chosen'; readonly callId: string; readonly pop: Pop }
  | { readonly type: 'dismissed' };

export const idleDesk: DeskCall = { kind: 'idle' };
export const browserCallPrefix = 'sip:';

export function reduceDesk(state: DeskCall, event: DeskEvent): DeskCall {
  if (event.type === 'dismissed') return state.kind === 'wrap-up' || state.kind === 'missed' ? idleDesk : state;
  if (event.type === 'rang') return ring(state, event.callId, event.number, event.at, null);
  if (event.type === 'popped') return ring(state, event.pop.callId, event.pop.caller.number, event.at, event.pop);
  if (state.kind === 'idle' || state.callId !== event.callId) return state;
  switch (event.type) {
    case 'withdrawn':
      if (state.kind !== 'ringing') return state;
      // Only a caller who gave up is a missed call; a queue that moved on still has the caller.
      return event.reason === 'caller-gave-up' ? { kind: 'missed', callId: state.callId, number: state.number, pop: state.pop } : idleDesk;
    case 'answered':
      return state.kind === 'ringing' ? { kind: 'talking', callId: state.callId, number: state.number, since: event.at, onHold: false, pop: state.pop } : state;
    case 'hold-changed':
      return state.kind === 'talking' ? { ...state, onHold: event.onHold } : state;
    case 'ended':
      if (state.kind === 'ringing' && !event.wrapUp) return { kind: 'missed', callId: state.callId, number: state.number, pop: state.pop };
      if (state.kind !== 'talking' && state.kind !== 'ringing') return state;
      // The PBX never reported this browser-phone call, so there is no logged call to wrap up.
      if (state.callId.startsWith(browserCallPrefix)) return idleDesk;
      return { kind: 'wrap-up', callId: state.callId, number: state.number, pop: state.pop };
    case 'client-chosen':
      return { ...state, pop: event.pop };
  }
}

function ring(state: DeskCall, callId: string, number: string, at: number, pop: Pop | null): DeskCall {
  if (state.kind !== 'idle' && state.callId === callId) return pop ? { ...state, pop } : state;
  // A call first seen by the browser phone takes the PBX's id when its pop arrives.
  if (state.kind !== 'idle' && pop && state.callId.startsWith(browserCallPrefix)) return { ...state, callId, pop };
  // A new call never pushes aside a call in progress or a wrap-up not yet saved.
  if (state.kind === 'talking' || state.kind === 'wrap-up' || state.kind === 'ringing') return state;
  return { kind: 'ringing', callId, number, since: at, pop };
}
