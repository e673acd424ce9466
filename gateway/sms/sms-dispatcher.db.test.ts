import { beforeAll, describe, expect, it } from 'vitest';
import { insertOptOut } from '../../crm-core/sms/sms.repository.ts';
import { newClient } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import {
  mailingServiceFor,
  newMobileClients,
  sendsPerNumber,
  silentLog,
  startSimulatedTwilio,
  statusCallbackUrl,
  testClock,
  type TestClock,
} from '../../tests/support/sms.ts';
import { createSmsDispatcher, type SmsDispatcher, type SmsDispatcherOptions } from './sms-dispatcher.ts';
import type { TwilioSimulator } from './twilio-simulator.ts';
import type { SmsTransport } from '../../crm-core/sms/sms-transport.ts';

const database = useTestDatabase();

describe('the SMS dispatcher', () => {
  let simulator: TwilioSimulator;
  let transport: SmsTransport;
  let clock: TestClock;

  beforeAll(async () => {
    ({ simulator, transport } = await startSimulatedTwilio({ autoProgress: false }));
    // Noon in Kyiv: no quiet hours are on unless a test moves the clock.
    clock = testClock(new Date());
  });

  function dispatcher(overrides: Partial<SmsDispatcherOptions> = {}): SmsDispatcher {
    return createSmsDispatcher({ db: database.db, transport, clock, log: silentLog, statusCallbackUrl, ratePerSecond: 1000, retryBaseMs: 20, ...overrides });
  }

  async function startedMailing(region: string, count: number, extra: { quietHours?: { start: string; end: string }; numbers?: string[] } = {}) {
    const clients = await newMobileClients(database.db, count, region, extra.numbers);
    const mailings = mailingServiceFor(database.db, clock);
    const mailing = await mailings.create({ name: `To ${region}`, template: 'Hello {{name}}, our shop in {{region}} is open.', filter: { regions: [region] }, quietHours: extra.quietHours ?? null });
    await mailings.schedule(mailing.id);
    return { mailing, clients, mailings, numbers: clients.map((client) => client.phones[0]!.e164!) };
  }

  async function runUntilDone(mailingId: number, dispatchers: readonly SmsDispatcher[], rounds = 200) {
    const mailings = mailingServiceFor(database.db, clock);
    for (let round = 0; round < rounds; round++) {
      await Promise.all(dispatchers.map((each) => each.runOnce()));
      // Retries wait on the clock.
      clock.advance(1_000);
      const { state } = await mailings.get(mailingId);
      if (state === 'done') return mailings.get(mailingId);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`mailing ${mailingId} did not finish`);
  }

  function sendsTo(numbers: readonly string[]) {
    const counts = sendsPerNumber(simulator);
    return numbers.map((number) => counts.get(number) ?? 0);
  }

  it('sends every recipient their own text exactly once and marks the mailing done', async () => {
    const { mailing, numbers, clients } = await startedMailing('Sumy', 12);
    const finished = await runUntilDone(mailing.id, [dispatcher()]);
    expect(sendsTo(numbers)).toEqual(numbers.map(() => 1));
    expect(finished.totals).toMatchObject({ recipients: 12, sent: 12, failed: 0, pending: 0 });
    const first = simulator.messages().find((message) => message.to === numbers[0]);
    expect(first?.body).toBe(`Hello ${clients[0]!.fullName}, our shop in Sumy is open.`);
    expect(first?.statusCallback).toMatch(/^https:\/\/crm\.example\.test\/api\/sms\/twilio\/status\?recipient=\d+$/);
  });

  it('killed between the API call and the write, then restarted, delivers to every recipient exactly once', async () => {
    const { mailing, numbers } = await startedMailing('Poltava', 20);
    let sent = 0;
    const doomed = dispatcher({
      concurrency: 1,
      afterSend: () => {
        sent += 1;
        if (sent === 7) throw new Error('process killed');
      },
    });
    await doomed.runOnce();
    expect(doomed.crashed).toBe(true);
    // The seventh message reached Twilio but was never recorded: its row is still claimed.
    expect(sendsTo(numbers).filter((count) => count === 1)).toHaveLength(7);
    const mailings = mailingServiceFor(database.db, clock);
    const claimed = await mailings.listRecipients(mailing.id, { state: 'claimed' });
    expect(claimed.items.length).toBeGreaterThanOrEqual(1);

    // A new process; once the dead one's claims outlive the lease, they are settled from Twilio's list.
    clock.advance(10 * 60_000);
    const restarted = dispatcher();
    const finished = await runUntilDone(mailing.id, [restarted]);
    expect(sendsTo(numbers)).toEqual(numbers.map(() => 1));
    expect(finished.totals).toMatchObject({ recipients: 20, sent: 20, pending: 0 });
    expect(restarted.progress().reconciled).toBe(1);
    // Each recipient holds the sid of the one message Twilio has for its number, the reconciled one included.
    const recorded = await database.db.selectFrom('sms_mailing_recipients').select(['to_number', 'twilio_sid']).where('mailing_id', '=', mailing.id).execute();
    const twilioSids = new Map(simulator.messages().map((message) => [message.to, message.sid]));
    expect(recorded.map((row) => row.twilio_sid)).toEqual(recorded.map((row) => twilioSids.get(row.to_number)));
  });

  it('with two dispatchers at once, never sends to anyone twice', async () => {
    const { mailing, numbers } = await startedMailing('Lviv', 60);
    const first = dispatcher({ ratePerSecond: 25 });
    const second = dispatcher({ ratePerSecond: 25 });
    await runUntilDone(mailing.id, [first, second]);
    expect(sendsTo(numbers)).toEqual(numbers.map(() => 1));
    expect(first.progress().submitted + second.progress().submitted).toBe(60);
    expect(first.progress().submitted).toBeGreaterThan(0);
    expect(second.progress().submitted).toBeGreaterThan(0);
  });

  it('retries 429 and 5xx answers with backoff and still sends once', async () => {
    const { mailing, numbers } = await startedMailing('Rivne', 10);
    simulator.failNextCreates(3, 503);
    const busy = dispatcher();
    const finished = await runUntilDone(mailing.id, [busy]);
    expect(sendsTo(numbers)).toEqual(numbers.map(() => 1));
    expect(busy.progress().retried).toBe(3);
    expect(finished.totals).toMatchObject({ sent: 10, failed: 0 });
  });

  it('backs off when Twilio answers 429 above its rate, and still sends each message once', async () => {
    const { mailing, numbers } = await startedMailing('Chernihiv', 15);
    const limited = await startSimulatedTwilio({ autoProgress: false, ratePerSecond: 5 });
    const tooFast = dispatcher({ transport: limited.transport, ratePerSecond: 100 });
    const finished = await runUntilDone(mailing.id, [tooFast], 2_000);
    const counts = sendsPerNumber(limited.simulator);
    expect(numbers.map((number) => counts.get(number) ?? 0)).toEqual(numbers.map(() => 1));
    expect(tooFast.progress().retried).toBeGreaterThan(0);
    expect(finished.totals).toMatchObject({ sent: 15, failed: 0 });
  });

  it("records Twilio's permanent refusals with their meaning, and 21610 opts the number out", async () => {
    const { mailing } = await startedMailing('Volyn', 3, { numbers: ['+15005550001', '+15005550004', '+15005550009'] });
    const finished = await runUntilDone(mailing.id, [dispatcher()]);
    expect(finished.totals).toMatchObject({ recipients: 3, sent: 0, failed: 2, optedOut: 1 });
    const recipients = (await mailingServiceFor(database.db, clock).listRecipients(mailing.id)).items;
    const outcome = Object.fromEntries(recipients.map((recipient) => [recipient.to, [recipient.state, recipient.errorCode, recipient.errorMessage]]));
    expect(outcome).toEqual({
      '+15005550001': ['failed', 21211, 'The number is not a valid phone number'],
      '+15005550004': ['opted-out', 21610, 'The recipient replied STOP and has opted out of messages'],
      '+15005550009': ['failed', 21614, 'The number is not a mobile number'],
    });
    const optOut = await database.db.selectFrom('sms_opt_outs').selectAll().where('phone_number', '=', '+15005550004').executeTakeFirst();
    expect(optOut?.source).toBe('carrier');
  });

  it('skips numbers that opted out', async () => {
    const clients = await newMobileClients(database.db, 3, 'Odesa');
    const optedOut = clients[1]!.phones[0]!.e164!;
    await insertOptOut(database.db, optedOut, 'keyword', clock.now());
    const mailings = mailingServiceFor(database.db, clock);
    const mailing = await mailings.create({ name: 'Odesa', template: 'Sale!', filter: { regions: ['Odesa'] } });
    await mailings.schedule(mailing.id);
    const finished = await runUntilDone(mailing.id, [dispatcher()]);
    expect(finished.totals).toMatchObject({ sent: 2, optedOut: 1 });
    expect(sendsPerNumber(simulator).get(optedOut)).toBeUndefined();
  });

  it("waits out the recipient's quiet hours in their own time zone", async () => {
    // 22:30 in Kyiv (UTC+2 in winter): inside 21:00–09:00 there, but 20:30 in London.
    clock.set('2026-01-15T20:30:00Z');
    const kyiv = await newMobileClients(database.db, 2, 'Quiet', ['+380671112233', '+380671112244']);
    const london = await newClient(database.db, { kind: 'person', fullName: 'London friend', region: 'Quiet', phones: [{ number: '+447700900123', kind: 'mobile' }] });
    const mailings = mailingServiceFor(database.db, clock);
    const mailing = await mailings.create({ name: 'Night', template: 'Good morning!', filter: { regions: ['Quiet'] }, quietHours: { start: '21:00', end: '09:00' } });
    await mailings.schedule(mailing.id);
    const quiet = dispatcher();
    await quiet.runOnce();
    await quiet.runOnce();
    const counts = sendsPerNumber(simulator);
    expect(counts.get(london.phones[0]!.e164!)).toBe(1);
    expect(kyiv.map((client) => counts.get(client.phones[0]!.e164!) ?? 0)).toEqual([0, 0]);
    expect(quiet.progress().deferredForQuietHours).toBe(2);

    clock.set('2026-01-16T06:59:00Z'); // 08:59 in Kyiv
    await quiet.runOnce();
    expect(kyiv.map((client) => sendsPerNumber(simulator).get(client.phones[0]!.e164!) ?? 0)).toEqual([0, 0]);
    clock.set('2026-01-16T07:00:00Z'); // 09:00 in Kyiv
    await runUntilDone(mailing.id, [quiet]);
    expect(kyiv.map((client) => sendsPerNumber(simulator).get(client.phones[0]!.e164!) ?? 0)).toEqual([1, 1]);
  });
});
