/**
 * What the SMS services need from Twilio, so that crm-core never imports the gateway: the gateway
 * implements it with the real `twilio` package (gateway/sms/twilio-client.ts).
 */
import type { TwilioMessageStatus } from '../../db/schema.ts';

export interface OutgoingSms {
  /** E.164. */
  readonly to: string;
  readonly body: string;
  /** Where Twilio posts status changes; it also names the row the message belongs to. */
  readonly statusCallback: string;
}

/** Twilio took the message: it has a sid now, whatever happens next. */
export interface AcceptedSms {
  readonly sid: string;
  readonly status: TwilioMessageStatus;
  readonly segments: number;
}

/** A message as Twilio's message list shows it. */
export interface ListedSms {
  readonly sid: string;
  readonly to: string;
  readonly body: string;
  readonly status: TwilioMessageStatus;
  readonly createdAt: Date;
  readonly segments: number;
  readonly errorCode: number | null;
}

/** Twilio answered and refused the message (`code` is Twilio's error code, when it gave one). */
export class SmsRefusedError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'SmsRefusedError';
  }
}

export interface SmsTransport {
  /** The sender as the message log shows it: the From number, or the Messaging Service sid. */
  readonly sender: string;
  /** Throws SmsRefusedError when Twilio refuses; any other error leaves unknown whether it was sent. */
  send(message: OutgoingSms): Promise<AcceptedSms>;
  /** Messages sent to `to` created at or after `since`, newest first. */
  listSentTo(to: string, since: Date): Promise<ListedSms[]>;
}
