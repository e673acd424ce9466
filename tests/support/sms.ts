/**
 * SMS tests: the Twilio simulator with the real `twilio` client pointed at it, a clock the test
 * moves, and clients with mobile numbers.
 */
import type { Kysely } from 'kysely';
import pino from 'pino';
import { afterAll } from 'vitest';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../crm-core/shared/clock.ts';
import { createMailingService } from '../../crm-core/sms/mailing.service.ts';
import { createTwilioTransport } from '../../gateway/sms/twilio-client.ts';
import { startTwilioSimulator, type TwilioSimulator, type TwilioSimulatorOptions } from '../../gateway/sms/twilio-simulator.ts';
import { newClient } from './crm-factories.ts';

export const senderNumber = '+15005550006';
export const publicUrl = 'https://crm.example.test';
export const statusCallbackUrl = `${publicUrl}/api/sms/twilio/status`;
export const inboundWebhookUrl = `${publicUrl}/api/sms/twilio/inbound`;
export const silentLog = pino({ level: 'silent' });

export interface TestClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
}

export function testClock(start: Date | string = new Date()): TestClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => (current = new Date(at)),
    advance: (ms) => (current = new Date(current.getTime() + ms)),
  };
}

/** A simulator (closed after the file's tests) and the real twilio client talking to it. */
export async function startSimulatedTwilio(options: TwilioSimulatorOptions = {}) {
  const simulator = await startTwilioSimulator({ statusStepMs: 5, ...options });
  afterAll(() => simulator.close());
  const transport = createTwilioTransport({ accountSid: simulator.accountSid, authToken: simulator.authToken, from: senderNumber, apiBaseUrl: simulator.url });
  return { simulator, transport };
}

/** How many messages the simulator took for each number: exactly-once means every count is 1. */
export function sendsPerNumber(simulator: TwilioSimulator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of simulator.messages()) {
    if (message.direction === 'outbound-api') counts.set(message.to, (counts.get(message.to) ?? 0) + 1);
  }
  return counts;
}

let nextMobile = 0;

/** A Ukrainian mobile number no other test client has. */
export function uniqueMobile(): string {
  nextMobile += 1;
  return `+38067${String(1_000_000 + nextMobile)}`;
}

/** `count` person clients in one region (so a mailing can select exactly them), each with a mobile number. */
export async function newMobileClients(db: Kysely<Database>, count: number, region: string, numbers: readonly string[] = []) {
  const clients = [];
  for (let index = 0; index < count; index++) {
    const number = numbers[index] ?? uniqueMobile();
    clients.push(await newClient(db, { kind: 'person', fullName: `Recipient ${region} ${index}`, region, phones: [{ number, kind: 'mobile' }] }));
  }
  return clients;
}

export function mailingServiceFor(db: Kysely<Database>, clock: Clock) {
  return createMailingService({ db, clock, defaultCountry: 'UA', pricePerSegment: 0.05, currency: 'USD' });
}
