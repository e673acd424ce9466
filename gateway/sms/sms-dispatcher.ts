/**
 * Sends mailing recipients at the configured rate, never one twice. Each row is claimed in a
 * transaction (skipping rows another dispatcher holds) before its API call; the outcome is written
 * after. A dispatcher that stops between the two leaves the row claimed: once the claim is older
 * than the lease, any dispatcher looks the message up in Twilio's message list and records it, or,
 * when Twilio never got it, puts it back to send. Several gateway processes may each run one.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { maskPhone } from '../../crm-core/phones/phone-number.ts';
import type { Clock } from '../../crm-core/shared/clock.ts';
import {
  claimDueRecipients,
  claimStaleRecipients,
  countRecipientsOfSendingMailings,
  finishDrainedMailings,
  releaseRecipients,
  selectRecordedSids,
  settleClaimedRecipient,
  startDueMailings,
  type ClaimedRecipientRow,
} from '../../crm-core/sms/mailing.repository.ts';
import { isInQuietHours, quietHoursEnd, type QuietHours } from '../../crm-core/sms/quiet-hours.ts';
import { explainTwilioError, isRetryableRefusal, optedOutErrorCode } from '../../crm-core/sms/sms.ts';
import { insertOptOut } from '../../crm-core/sms/sms.repository.ts';
import { SmsRefusedError, type SmsTransport } from '../../crm-core/sms/sms-transport.ts';

export interface SmsDispatcherOptions {
  readonly db: Kysely<Database>;
  readonly transport: SmsTransport;
  readonly clock: Clock;
  readonly log: Logger;
  /** The public URL of the status callback route; each recipient adds its id as a query parameter. */
  readonly statusCallbackUrl: string;
  /** Messages per second across all mailings of this dispatcher. */
  readonly ratePerSecond: number;
  /** Requests to Twilio at once. */
  readonly concurrency?: number;
  /** A claim older than this is presumed abandoned; it must exceed the API timeout by a wide margin. */
  readonly claimLeaseMs?: number;
  readonly pollIntervalMs?: number;
  /** First retry delay after 429 or 5xx; doubled on each further attempt. */
  readonly retryBaseMs?: number;
  readonly maxAttempts?: number;
  /** Called after Twilio accepted a message and before it is recorded; throwing stops the dispatcher dead (tests). */
  readonly afterSend?: (recipientId: number) => void;
}

export interface DispatcherProgress {
  readonly claimed: number;
  readonly submitted: number;
  readonly failed: number;
  readonly optedOut: number;
  readonly retried: number;
  readonly deferredForQuietHours: number;
  readonly reconciled: number;
  readonly requeued: number;
}

export interface SmsDispatcher {
  readonly owner: string;
  start(): void;
  /** Finishes the requests in flight, puts claimed but unsent rows back, and stops. */
  stop(): Promise<void>;
  /** One round: start due mailings, reconcile abandoned claims, send one batch. Returns how many rows it claimed. */
  runOnce(): Promise<number>;
  progress(): DispatcherProgress;
  /** Set when `afterSend` threw: the dispatcher stopped without writing anything more. */
  readonly crashed: boolean;
}

const defaults = { concurrency: 20, claimLeaseMs: 120_000, pollIntervalMs: 1_000, retryBaseMs: 1_000, maxAttempts: 10 };
const maxRetryDelayMs = 5 * 60_000;
const maxBatch = 500;
const reconcileBatch = 50;
/** Twilio's dates are whole seconds, and its clock is not ours. */
const listSkewMs = 5 * 60_000;
const progressLogIntervalMs = 10_000;

class DispatcherCrash extends Error {}

export function createSmsDispatcher(options: SmsDispatcherOptions): SmsDispatcher {
  const settings = { ...defaults, ...definedOnly(options) };
  const owner = `dispatcher-${randomBytes(6).toString('hex')}`;
  const log = options.log.child({ module: 'sms-dispatcher', owner });
  const pacer = createPacer(options.ratePerSecond);
  const mailingPacers = new Map<number, Pacer>();
  const counters = { claimed: 0, submitted: 0, failed: 0, optedOut: 0, retried: 0, deferredForQuietHours: 0, reconciled: 0, requeued: 0 };
  let crashed = false;
  let running: Promise<void> | undefined;
  let stopping = false;
  let lastProgressLog = 0;

  const settle = (id: number, changes: Parameters<typeof settleClaimedRecipient>[3]) =>
    crashed ? Promise.resolve(false) : settleClaimedRecipient(options.db, id, owner, changes);

  function pacerFor(row: ClaimedRecipientRow): Pacer | undefined {
    if (row.rate_per_second === null || row.rate_per_second >= options.ratePerSecond) return undefined;
    let mailingPacer = mailingPacers.get(row.mailing_id);
    if (!mailingPacer) mailingPacers.set(row.mailing_id, (mailingPacer = createPacer(row.rate_per_second)));
    return mailingPacer;
  }

  async function sendOne(row: ClaimedRecipientRow): Promise<void> {
    const attempt = row.attempts + 1;
    try {
      const accepted = await options.transport.send({ to: row.to_number, body: row.body, statusCallback: `${options.statusCallbackUrl}?recipient=${row.id}` });
      try {
        options.afterSend?.(row.id);
      } catch (error) {
        throw new DispatcherCrash(String(error));
      }
      const recorded = await settle(row.id, { state: 'submitted', twilio_sid: accepted.sid, twilio_status: accepted.status, segments: accepted.segments, submitted_at: options.clock.now(), attempts: attempt });
      if (recorded) counters.submitted++;
    } catch (error) {
      if (error instanceof DispatcherCrash) throw error;
      if (crashed) return;
      await recordFailure(row, attempt, error);
    }
  }

  async function recordFailure(row: ClaimedRecipientRow, attempt: number, error: unknown): Promise<void> {
    if (!(error instanceof SmsRefusedError)) {
      // No answer: Twilio may or may not have the message. The claim stays until the lease runs
      // out and the message list says which.
      log.warn({ err: error, recipientId: row.id, to: maskPhone(row.to_number) }, 'no answer from Twilio; the message list will settle it');
      return;
    }
    const tooFast = error.httpStatus === 429;
    if (tooFast || (isRetryableRefusal(error.httpStatus, error.code) && attempt < settings.maxAttempts)) {
      // 429 says only that we went faster than Twilio takes: it slows everyone down and uses up no attempt.
      const attempts = tooFast ? row.attempts : attempt;
      const delay = Math.min(settings.retryBaseMs * 2 ** Math.max(attempts - 1, 0), maxRetryDelayMs) * (1 + Math.random() * 0.2);
      if (tooFast) pacer.pause(settings.retryBaseMs);
      await settle(row.id, { state: 'pending', claim_owner: null, claimed_at: null, attempts, next_attempt_at: new Date(options.clock.now().getTime() + delay), error_code: error.code ?? null });
      counters.retried++;
      return;
    }
    if (error.code === optedOutErrorCode) {
      await insertOptOut(options.db, row.to_number, 'carrier', options.clock.now());
      await settle(row.id, { state: 'opted-out', attempts: attempt, error_code: error.code });
      counters.optedOut++;
      return;
    }
    await settle(row.id, { state: 'failed', attempts: attempt, error_code: error.code ?? null });
    counters.failed++;
    log.info({ recipientId: row.id, to: maskPhone(row.to_number), code: error.code, meaning: explainTwilioError(error.code) }, 'Twilio refused a mailing message');
  }

  /** Rows whose dispatcher vanished: recorded from Twilio's list when Twilio has them, otherwise sent again. */
  async function reconcileAbandonedClaims(): Promise<void> {
    const now = options.clock.now();
    const stale = await options.db
      .transaction()
      .execute((trx) => claimStaleRecipients(trx, { owner, now, staleBefore: new Date(now.getTime() - settings.claimLeaseMs), limit: reconcileBatch }));
    for (const row of stale) {
      const listed = await options.transport.listSentTo(row.to_number, new Date(row.previously_claimed_at.getTime() - listSkewMs)).catch((error: unknown) => {
        log.warn({ err: error, recipientId: row.id }, 'cannot read Twilio message list; will try again');
        return undefined;
      });
      if (listed === undefined) continue;
      const candidates = listed.filter((message) => message.body === row.body);
      const recorded = await selectRecordedSids(options.db, candidates.map((message) => message.sid));
      const match = candidates.find((message) => !recorded.has(message.sid));
      if (match) {
        await settle(row.id, { state: 'submitted', twilio_sid: match.sid, twilio_status: match.status, segments: match.segments, submitted_at: match.createdAt, error_code: match.errorCode });
        counters.reconciled++;
      } else {
        await releaseRecipients(options.db, [row.id], owner, now);
        counters.requeued++;
      }
      log.info({ recipientId: row.id, to: maskPhone(row.to_number), foundAtTwilio: match !== undefined }, 'abandoned claim settled');
    }
  }

  /** Opted-out numbers are skipped; recipients in their quiet hours wait for the morning. */
  async function sortClaimed(rows: readonly ClaimedRecipientRow[]): Promise<ClaimedRecipientRow[]> {
    const now = options.clock.now();
    const sendable: ClaimedRecipientRow[] = [];
    const waits = new Map<number, number[]>();
    for (const row of rows) {
      if (row.opted_out) {
        await settle(row.id, { state: 'opted-out' });
        counters.optedOut++;
        continue;
      }
      const quiet = quietHoursOf(row);
      if (quiet && isInQuietHours(now, row.time_zone, quiet)) {
        const until = quietHoursEnd(now, row.time_zone, quiet).getTime();
        waits.set(until, [...(waits.get(until) ?? []), row.id]);
        continue;
      }
      sendable.push(row);
    }
    for (const [until, ids] of waits) {
      await releaseRecipients(options.db, ids, owner, new Date(until));
      counters.deferredForQuietHours += ids.length;
    }
    return sendable.sort((a, b) => a.id - b.id);
  }

  async function sendBatch(): Promise<number> {
    const now = options.clock.now();
    const batchSize = Math.max(1, Math.min(maxBatch, Math.ceil(options.ratePerSecond)));
    const claimed = await options.db.transaction().execute((trx) => claimDueRecipients(trx, { owner, now, limit: batchSize }));
    counters.claimed += claimed.length;
    const sendable = await sortClaimed(claimed);
    const inFlight = new Set<Promise<void>>();
    let index = 0;
    for (; index < sendable.length && !stopping && !crashed; index++) {
      const row = sendable[index]!;
      await Promise.all([pacer.take(), pacerFor(row)?.take()]);
      if (crashed) break;
      const sending = sendOne(row).catch((error: unknown) => {
        if (error instanceof DispatcherCrash) crashed = true;
        else log.error({ err: error, recipientId: row.id }, 'recording a mailing message failed');
      });
      inFlight.add(sending);
      void sending.finally(() => inFlight.delete(sending));
      if (inFlight.size >= settings.concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (!crashed && index < sendable.length) await releaseRecipients(options.db, sendable.slice(index).map((row) => row.id), owner, now);
    return claimed.length;
  }

  async function logProgress(force: boolean): Promise<void> {
    const now = performance.now();
    if (!force && now - lastProgressLog < progressLogIntervalMs) return;
    lastProgressLog = now;
    const rows = await countRecipientsOfSendingMailings(options.db);
    const byMailing: Record<number, Record<string, number>> = {};
    for (const row of rows) (byMailing[row.mailing_id] ??= {})[row.state] = row.count;
    if (rows.length > 0) log.info({ mailings: byMailing, dispatcher: counters }, 'mailing progress');
  }

  async function runOnce(): Promise<number> {
    if (crashed) return 0;
    const now = options.clock.now();
    const started = await startDueMailings(options.db, now);
    if (started.length > 0) log.info({ mailings: started }, 'mailings started');
    await reconcileAbandonedClaims();
    const claimed = await sendBatch();
    if (crashed) return claimed;
    const finished = await finishDrainedMailings(options.db, options.clock.now());
    if (finished.length > 0) log.info({ mailings: finished }, 'mailings done');
    await logProgress(finished.length > 0);
    return claimed;
  }

  async function loop(): Promise<void> {
    while (!stopping && !crashed) {
      const claimed = await runOnce().catch((error: unknown) => {
        log.error({ err: error }, 'dispatcher round failed');
        return 0;
      });
      if (claimed === 0 && !stopping) await sleep(settings.pollIntervalMs);
    }
  }

  return {
    owner,
    start() {
      stopping = false;
      running ??= loop().finally(() => (running = undefined));
    },
    async stop() {
      stopping = true;
      await running;
    },
    runOnce,
    progress: () => ({ ...counters }),
    get crashed() {
      return crashed;
    },
  };
}

function quietHoursOf(row: ClaimedRecipientRow): QuietHours | undefined {
  return row.quiet_hours_start === null || row.quiet_hours_end === null ? undefined : { start: row.quiet_hours_start, end: row.quiet_hours_end };
}

interface Pacer {
  take(): Promise<void>;
  /** No slot for `ms` from now. */
  pause(ms: number): void;
}

/** Evenly spaced slots, `rate` per second; a slot not taken in time is not saved up beyond one second. */
function createPacer(rate: number): Pacer {
  const interval = 1000 / rate;
  let next = performance.now();
  return {
    async take() {
      const now = performance.now();
      next = Math.max(next, now - 1000) + interval;
      const wait = next - interval - now;
      if (wait > 0) await sleep(wait);
    },
    pause(ms) {
      next = Math.max(next, performance.now() + ms + interval);
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
