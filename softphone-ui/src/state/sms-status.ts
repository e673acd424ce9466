/** An SMS status pushed by the gateway (`sms.status`) laid over the messages a card has loaded. */
import type { SmsMessageBody } from '../../../gateway/schemas/sms.schemas.ts';
import type { ServerMessageOf } from './messages.ts';

export type SmsStatusUpdate = Pick<ServerMessageOf<'sms.status'>, 'messageId' | 'status' | 'errorCode' | 'errorMessage'>;
type SmsStatus = SmsMessageBody['status'];

/** Twilio's lifecycle, as the gateway orders it: a late `sent` never hides `delivered`. */
const statusRank: Record<SmsStatus, number> = {
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

/** The message with the latest of its loaded status and the pushed one; other messages as they are. */
export function withLiveStatus<M extends Pick<SmsMessageBody, 'id' | 'status' | 'errorCode' | 'errorMessage'>>(message: M, updates: ReadonlyMap<number, SmsStatusUpdate>): M {
  const update = updates.get(message.id);
  if (update === undefined || statusRank[update.status] <= statusRank[message.status]) return message;
  return { ...message, status: update.status, errorCode: update.errorCode, errorMessage: update.errorMessage };
}

/** Keeps the furthest status pushed for each message. */
export function rememberUpdate(updates: ReadonlyMap<number, SmsStatusUpdate>, update: SmsStatusUpdate): Map<number, SmsStatusUpdate> {
  const known = updates.get(update.messageId);
  const next = new Map(updates);
  if (known === undefined || statusRank[update.status] > statusRank[known.status]) next.set(update.messageId, update);
  return next;
}
