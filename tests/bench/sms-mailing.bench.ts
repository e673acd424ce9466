/**
 * A 100,000-recipient SMS mailing through the real twilio client and the Twilio simulator:
 * seconds to enqueue (schedule: recipients resolved, texts rendered, rows written), the achieved
 * send rate against the configured one, and duplicates (numbers that got more than one message),
 * which must be 0.
 *
 * `npm run bench -- sms-mailing [--recipients N] [--rate N] [--dispatchers N] [--engine pglite|postgres]`
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pino from 'pino';
import { openDatabase, type OpenDatabase } from '../../db/connect.ts';
import { createMailingService } from '../../crm-core/sms/mailing.service.ts';
import { createSmsDispatcher } from '../../gateway/sms/sms-dispatcher.ts';
import { createTwilioTransport } from '../../gateway/sms/twilio-client.ts';
import { startTwilioSimulator } from '../../gateway/sms/twilio-simulator.ts';
import { onServer, serverDatabaseUrl } from '../support/test-database.ts';

const { values: args } = parseArgs({
  options: {
    recipients: { type: 'string', default: '100000' },
    rate: { type: 'string', default: '500' },
    dispatchers: { type: 'string', default: '1' },
    engine: { type: 'string', default: 'pglite' },
  },
});
const recipients = Number(args.recipients);
const rate = Number(args.rate);
const dispatcherCount = Number(args.dispatchers);
const engine = args.engine === 'postgres' ? 'postgres' : 'pglite';
const clock = { now: () => new Date() };
const log = pino({ level: 'warn' });

const database = await openScratchDatabase();
try {
  console.error(`${engine}: ${recipients.toLocaleString('en-US')} clients with mobile numbers`);
  await seedRecipients(database, recipients);

  const mailings = createMailingService({ db: database.db, clock, defaultCountry: 'UA', pricePerSegment: 0.05, currency: 'USD' });
  const mailing = await mailings.create({ name: 'Benchmark', template: 'Вітаємо, {{name}}! Знижка 10% для {{region}} до неділі.', filter: { regions: ['Bench'] } });
  const enqueueStarted = performance.now();
  await mailings.schedule(mailing.id, { sendAt: new Date(Date.now() + 3_600_000) });
  const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
  console.error(`enqueued in ${enqueueSeconds.toFixed(1)} s`);

  const simulator = await startTwilioSimulator({ autoProgress: false });
  const transport = createTwilioTransport({ accountSid: simulator.accountSid, authToken: simulator.authToken, from: '+15005550006', apiBaseUrl: simulator.url });
  const dispatchers = Array.from({ length: dispatcherCount }, () =>
    createSmsDispatcher({ db: database.db, transport, clock, log, statusCallbackUrl: 'https://crm.example.test/api/sms/twilio/status', ratePerSecond: rate / dispatcherCount, pollIntervalMs: 100 }),
  );

  // Scheduled an hour ahead so that only the send is timed; now it falls due.
  await database.db.updateTable('sms_mailings').set({ send_at: new Date() }).where('id', '=', mailing.id).execute();
  const sendStarted = performance.now();
  for (const dispatcher of dispatchers) dispatcher.start();
  let state = 'scheduled';
  while (state !== 'done') {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const current = await mailings.get(mailing.id);
    state = current.state;
    const elapsed = (performance.now() - sendStarted) / 1000;
    process.stderr.write(`\r${current.totals.sent.toLocaleString('en-US')} sent, ${(current.totals.sent / elapsed).toFixed(0)}/s   `);
  }
  const sendSeconds = (performance.now() - sendStarted) / 1000;
  process.stderr.write('\n');
  await Promise.all(dispatchers.map((dispatcher) => dispatcher.stop()));

  const { totals } = await mailings.get(mailing.id);
  const perNumber = new Map<string, number>();
  for (const message of simulator.messages()) perNumber.set(message.to, (perNumber.get(message.to) ?? 0) + 1);
  const duplicates = [...perNumber.values()].reduce((sum, count) => sum + count - 1, 0);
  const distinctSids = await database.db
    .selectFrom('sms_mailing_recipients')
    .select(sql<number>`count(DISTINCT twilio_sid)::integer`.as('sids'))
    .where('mailing_id', '=', mailing.id)
    .executeTakeFirstOrThrow();
  await simulator.close();
  console.log(
    `BENCH sms-mailing engine=${engine} recipients=${recipients} enqueue_s=${enqueueSeconds.toFixed(1)} configured_rate=${rate}` +
      ` achieved_rate=${(totals.sent / sendSeconds).toFixed(1)} send_s=${sendSeconds.toFixed(1)} dispatchers=${dispatcherCount}` +
      ` sent=${totals.sent} twilio_messages=${simulator.messages().length} recorded_sids=${distinctSids.sids} duplicates=${duplicates}`,
  );
  if (duplicates > 0 || totals.sent !== recipients) process.exitCode = 1;
} finally {
  await database.close();
}

/** Person clients in region Bench, each with one Ukrainian mobile number, written in bulk. */
async function seedRecipients(opened: OpenDatabase, count: number): Promise<void> {
  await sql`
    INSERT INTO clients (kind, full_name, region, search_text)
    SELECT 'person', 'Client ' || n, 'Bench', 'client ' || n FROM generate_series(1, ${count}) AS n`.execute(opened.db);
  await sql`
    INSERT INTO phones (client_id, raw, e164, trailing_digits, kind)
    SELECT id, '+38067' || lpad(id::text, 7, '0'), '+38067' || lpad(id::text, 7, '0'), '67' || lpad(id::text, 7, '0'), 'mobile' FROM clients`.execute(opened.db);
}

async function openScratchDatabase(): Promise<OpenDatabase> {
  if (engine === 'pglite') return openDatabase({ pgliteDataDir: 'memory://' });
  const name = `dzvinok_bench_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const opened = await openDatabase({ url: serverDatabaseUrl(name) });
  return {
    ...opened,
    close: async () => {
      await opened.close();
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
