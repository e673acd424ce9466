/**
 * SMS through Twilio: the rules that need no database. Statuses only move forward (Twilio's
 * callbacks arrive out of order), opt-out words as Twilio reads them, and what an error code means.
 */
import type { MailingRecipientState, MailingState, OptOutSource, SmsRuleKind, TwilioMessageStatus } from '../../db/schema.ts';

export type { MailingRecipientState, MailingState, OptOutSource, SmsRuleKind, TwilioMessageStatus };

export const twilioMessageStatuses: readonly TwilioMessageStatus[] = [
  'queued', 'accepted', 'scheduled', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'canceled', 'receiving', 'received',
];
export const mailingStates: readonly MailingState[] = ['draft', 'scheduled', 'sending', 'paused', 'cancelled', 'done'];
export const mailingRecipientStates: readonly MailingRecipientState[] = ['pending', 'claimed', 'submitted', 'failed', 'opted-out', 'cancelled'];
export const smsRuleKinds: readonly SmsRuleKind[] = ['missed-call', 'birthday', 'meeting-reminder'];

/**
 * What a mailing's totals count and its recipient list filters by. A recipient can be in several
 * at once: a delivered message was sent too, and a reply comes after delivery.
 */
export type MailingRecipientOutcome = 'pending' | 'sent' | 'delivered' | 'failed' | 'opted-out' | 'cancelled' | 'replied';
export const mailingRecipientOutcomes: readonly MailingRecipientOutcome[] = ['pending', 'sent', 'delivered', 'failed', 'opted-out', 'cancelled', 'replied'];

/** Twilio's lifecycle: queued (accepted, scheduled) → sending → sent → a final status. */
const statusRank: Record<TwilioMessageStatus, number> = {
  accepted: 0,
  scheduled: 0,
  queued: 1,
  receiving: 1,
  sending: 2,
  sent: 3,
  received: 4,
  delivered: 4,
  undelivered: 4,
  failed: 4,
  canceled: 4,
};

/** True when `next` is later in the lifecycle than `current`: a late `sent` never overwrites `delivered`. */
export function statusMovesForward(current: TwilioMessageStatus | null, next: TwilioMessageStatus): boolean {
  return current === null || statusRank[next] > statusRank[current];
}

export function isFinalStatus(status: TwilioMessageStatus): boolean {
  return statusRank[status] === 4;
}

export const finalStatuses: readonly TwilioMessageStatus[] = twilioMessageStatuses.filter(isFinalStatus);

export function isTwilioMessageStatus(value: unknown): value is TwilioMessageStatus {
  return twilioMessageStatuses.includes(value as TwilioMessageStatus);
}

export type KeywordEffect = 'opt-out' | 'opt-in' | 'help';

const keywordEffects: ReadonlyMap<string, KeywordEffect> = new Map([
  ...['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'].map((word) => [word, 'opt-out'] as const),
  ...['START', 'YES', 'UNSTOP'].map((word) => [word, 'opt-in'] as const),
  ...['HELP', 'INFO'].map((word) => [word, 'help'] as const),
]);

/** What a reply does when it is one of Twilio's opt-out words alone (any case, spaces and a final dot ignored). */
export function keywordEffect(body: string): KeywordEffect | undefined {
  const word = body.trim().replace(/[.!]+$/, '').toUpperCase();
  return keywordEffects.get(word);
}

/** Errors that say the message will never go through: retrying cannot help. */
const errorMeanings: ReadonlyMap<number, string> = new Map([
  [20003, 'Twilio refused the account credentials'],
  [20404, 'Twilio does not know this message'],
  [20429, 'Too many requests to Twilio at once'],
  [21211, 'The number is not a valid phone number'],
  [21212, 'The sender number is not valid'],
  [21408, 'Sending to this country or region is not enabled for the account'],
  [21602, 'The message has no text'],
  [21604, 'The message has no recipient number'],
  [21606, 'The sender number does not belong to the account or cannot send SMS'],
  [21610, 'The recipient replied STOP and has opted out of messages'],
  [21611, 'The sender has too many messages waiting in its queue'],
  [21612, 'Twilio cannot route a message to this number'],
  [21614, 'The number is not a mobile number'],
  [21617, 'The message is longer than 1600 characters'],
  [30001, 'The sender queue overflowed; the message was not sent'],
  [30002, 'The Twilio account is suspended'],
  [30003, 'The handset is unreachable (switched off or out of coverage)'],
  [30004, 'The message was blocked by the recipient or the carrier'],
  [30005, 'The number does not exist or is no longer in service'],
  [30006, 'The number is a landline or the carrier cannot be reached'],
  [30007, 'The carrier filtered the message as spam'],
  [30008, 'Delivery failed for an unknown reason'],
]);

export function explainTwilioError(code: number | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  return errorMeanings.get(code) ?? `Twilio error ${code}`;
}

/** 429 and 5xx (and 20429) mean "not now": the same request may be tried again later. */
export function isRetryableRefusal(httpStatus: number, code: number | undefined): boolean {
  return httpStatus === 429 || httpStatus >= 500 || code === 20429;
}

/** The error that means the recipient opted out: the number is recorded as such. */
export const optedOutErrorCode = 21610;
