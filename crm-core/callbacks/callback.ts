/**
 * Missed-call callbacks: a customer who called and was not answered gets one callback task. The
 * task names the number to call back; while it is open, further missed calls from that number join
 * it. It closes itself once the customer is reached (an answered call out to them) or calls again
 * and is answered.
 */
import type { CallOutcome, Direction } from '../../db/schema.ts';
import { formatPhoneForDisplay } from '../phones/phone-number.ts';

export const callbackTaskType = 'callback';

/** A call as the CRM logged it, with what a callback needs to know. */
export interface FinishedCall {
  readonly pbxCallId: string;
  readonly direction: Direction | null;
  readonly outcome: CallOutcome;
  /** The customer's number as stored on the interaction (E.164 where it parses); null when withheld. */
  readonly customerNumber: string | null;
  readonly queue: string | null;
  readonly clientId: number | null;
  readonly contactPersonId: number | null;
  readonly interactionId: number;
  readonly startedAt: Date;
  readonly endedAt: Date;
}

/** What a finished call means for callbacks. */
export type CallbackEffect =
  | { readonly kind: 'missed'; readonly number: string }
  | { readonly kind: 'reached'; readonly number: string; readonly reason: CallbackCloseReason }
  | { readonly kind: 'none' };

export type CallbackCloseReason = 'customer-reached' | 'customer-called-back';

const unanswered: readonly CallOutcome[] = ['missed', 'abandoned'];
/** A transferred call was answered first, then handed on. */
const talkedTo: readonly CallOutcome[] = ['answered', 'transferred'];

export function callbackEffectOf(call: FinishedCall): CallbackEffect {
  const number = call.customerNumber;
  if (!number || call.direction === null) return { kind: 'none' };
  if (call.direction === 'in' && unanswered.includes(call.outcome)) return { kind: 'missed', number };
  if (talkedTo.includes(call.outcome)) {
    return { kind: 'reached', number, reason: call.direction === 'out' ? 'customer-reached' : 'customer-called-back' };
  }
  return { kind: 'none' };
}

export function callbackTitle(number: string): string {
  return `Call back ${formatPhoneForDisplay(number)}`;
}

export function callbackDescription(call: FinishedCall): string {
  const where = call.queue ? ` in the queue ${call.queue}` : '';
  return `Missed call at ${call.startedAt.toISOString()}${where}.`;
}

/** Why a callback cannot be taken by this user. */
export class CallbackUnavailableError extends Error {
  constructor(
    readonly taskId: number,
    readonly reason: 'taken' | 'closed',
  ) {
    super(reason === 'taken' ? `Callback ${taskId} has already been taken by someone else` : `Callback ${taskId} is already closed`);
    this.name = 'CallbackUnavailableError';
  }
}
