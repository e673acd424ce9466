import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Transaction, type Updateable } from 'kysely';
import type {
  Database,
  MailingRecipientState,
  SmsMailingRecipientRow,
  SmsMailingRecipientsTable,
  SmsMailingRow,
  SmsMailingsTable,
  TwilioMessageStatus,
} from '../../db/schema.ts';
import { finalStatuses, type MailingRecipientOutcome } from './sms.ts';

export type NewMailingRow = Pick<
  SmsMailingRow,
  'name' | 'template' | 'quiet_hours_start' | 'quiet_hours_end' | 'rate_per_second' | 'created_by'
> & { recipient_filter: string };

export interface NewRecipientRow {
  readonly client_id: number;
  readonly contact_person_id: number | null;
  readonly to_number: string;
  readonly time_zone: string;
  readonly body: string;
  readonly segments: number;
}

export async function insertMailing(db: Kysely<Database>, row: NewMailingRow): Promise<SmsMailingRow> {
  return db.insertInto('sms_mailings').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateMailing(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<SmsMailingsTable>,
): Promise<SmsMailingRow> {
  return db
    .updateTable('sms_mailings')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function selectMailingById(db: Kysely<Database>, id: number): Promise<SmsMailingRow | undefined> {
  return db.selectFrom('sms_mailings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function selectMailingForUpdate(trx: Transaction<Database>, id: number): Promise<SmsMailingRow | undefined> {
  return trx.selectFrom('sms_mailings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function selectMailings(db: Kysely<Database>, limit: number): Promise<SmsMailingRow[]> {
  return db.selectFrom('sms_mailings').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

export async function deleteDraftMailing(db: Kysely<Database>, id: number): Promise<boolean> {
  const deleted = await db.deleteFrom('sms_mailings').where('id', '=', id).where('state', '=', 'draft').returning('id').executeTakeFirst();
  return deleted !== undefined;
}

/** Adds recipients in one statement (column arrays unnested); a client already on the mailing is skipped. */
export async function insertRecipients(
  trx: Transaction<Database>,
  mailingId: number,
  rows: readonly NewRecipientRow[],
  at: Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  const column = <K extends keyof NewRecipientRow>(key: K) => rows.map((row) => row[key]);
  const result = await sql`
    INSERT INTO sms_mailing_recipients (mailing_id, client_id, contact_person_id, to_number, time_zone, body, segments, next_attempt_at)
    SELECT ${mailingId}, client_id, contact_person_id, to_number, time_zone, body, segments, ${at}::timestamptz
    FROM unnest(${column('client_id')}::integer[], ${column('contact_person_id')}::integer[], ${column('to_number')}::text[],
                ${column('time_zone')}::text[], ${column('body')}::text[], ${column('segments')}::integer[])
      AS recipient (client_id, contact_person_id, to_number, time_zone, body, segments)
    ON CONFLICT (mailing_id, client_id) DO NOTHING`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/** One condition per outcome: the totals count with them and the recipient list filters by them. */
const outcomeConditions: Record<MailingRecipientOutcome, (eb: ExpressionBuilder<Database, 'sms_mailing_recipients'>) => Expression<SqlBool>> = {
  pending: (eb) => eb('state', 'in', ['pending', 'claimed']),
  sent: (eb) => eb('state', '=', 'submitted'),
  delivered: (eb) => eb('twilio_status', '=', 'delivered'),
  failed: (eb) => eb.or([eb('state', '=', 'failed'), eb('twilio_status', 'in', ['undelivered', 'failed'])]),
  'opted-out': (eb) => eb('state', '=', 'opted-out'),
  cancelled: (eb) => eb('state', '=', 'cancelled'),
  replied: (eb) => eb('replied_at', 'is not', null),
};

/** Handed to Twilio, and Twilio has not yet reported a final status. */
const unconfirmed = (eb: ExpressionBuilder<Database, 'sms_mailing_recipients'>) =>
  eb.and([eb('state', '=', 'submitted'), eb.or([eb('twilio_status', 'is', null), eb('twilio_status', 'not in', finalStatuses)])]);

export interface RecipientTotalsRow {
  readonly mailing_id: number;
  readonly recipients: number;
  readonly pending: number;
  readonly sent: number;
  readonly delivered: number;
  readonly failed: number;
  readonly opted_out: number;
  readonly cancelled: number;
  readonly replied: number;
  readonly unconfirmed: number;
  /** Of the messages handed to Twilio. */
  readonly segments: number;
}

/** The totals of each mailing that has recipients. */
export async function countRecipientOutcomes(db: Kysely<Database>, mailingIds: readonly number[]): Promise<RecipientTotalsRow[]> {
  if (mailingIds.length === 0) return [];
  return db
    .selectFrom('sms_mailing_recipients')
    .select('mailing_id')
    .select((eb) => {
      const counted = (condition: (eb: ExpressionBuilder<Database, 'sms_mailing_recipients'>) => Expression<SqlBool>) => eb.fn.countAll<number>().filterWhere(condition);
      return [
        eb.fn.countAll<number>().as('recipients'),
        counted(outcomeConditions.pending).as('pending'),
        counted(outcomeConditions.sent).as('sent'),
        counted(outcomeConditions.delivered).as('delivered'),
        counted(outcomeConditions.failed).as('failed'),
        counted(outcomeConditions['opted-out']).as('opted_out'),
        counted(outcomeConditions.cancelled).as('cancelled'),
        counted(outcomeConditions.replied).as('replied'),
        counted(unconfirmed).as('unconfirmed'),
        sql<number>`coalesce(sum(segments) filter (where state = 'submitted'), 0)::integer`.as('segments'),
      ];
    })
    .where('mailing_id', 'in', mailingIds)
    .groupBy('mailing_id')
    .execute();
}

export type RecipientListRow = SmsMailingRecipientRow & { readonly client_name: string | null };

export async function selectRecipientsPage(
  db: Kysely<Database>,
  mailingId: number,
  query: { readonly state?: MailingRecipientState; readonly outcome?: MailingRecipientOutcome; readonly afterId: number | null; readonly limit: number },
): Promise<RecipientListRow[]> {
  let select = db
    .selectFrom('sms_mailing_recipients')
    .selectAll()
    .select((eb) => eb.selectFrom('clients').select('clients.full_name').whereRef('clients.id', '=', 'sms_mailing_recipients.client_id').as('client_name'))
    .where('mailing_id', '=', mailingId);
  if (query.state !== undefined) select = select.where('state', '=', query.state);
  if (query.outcome !== undefined) select = select.where(outcomeConditions[query.outcome]);
  if (query.afterId !== null) select = select.where('id', '>', query.afterId);
  return select.orderBy('id').limit(query.limit).execute();
}

export async function cancelPendingRecipients(trx: Transaction<Database>, mailingId: number): Promise<number> {
  const result = await trx
    .updateTable('sms_mailing_recipients')
    .set({ state: 'cancelled', updated_at: sql`now()` })
    .where('mailing_id', '=', mailingId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Recipients of the mailings being sent, counted per mailing and state. */
export async function countRecipientsOfSendingMailings(db: Kysely<Database>) {
  return db
    .selectFrom('sms_mailing_recipients as r')
    .innerJoin('sms_mailings as m', 'm.id', 'r.mailing_id')
    .select(['r.mailing_id', 'r.state'])
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('m.state', '=', 'sending')
    .groupBy(['r.mailing_id', 'r.state'])
    .execute();
}

/** Scheduled mailings whose time has come start sending. */
export async function startDueMailings(db: Kysely<Database>, now: Date): Promise<number[]> {
  const rows = await db
    .updateTable('sms_mailings')
    .set({ state: 'sending', started_at: now, updated_at: sql`now()` })
    .where('state', '=', 'scheduled')
    .where('send_at', '<=', now)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Sending mailings with no recipient left to send or being sent are done. */
export async function finishDrainedMailings(db: Kysely<Database>, now: Date): Promise<number[]> {
  const rows = await db
    .updateTable('sms_mailings')
    .set({ state: 'done', finished_at: now, updated_at: sql`now()` })
    .where('state', '=', 'sending')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('sms_mailing_recipients')
            .select('id')
            .whereRef('sms_mailing_recipients.mailing_id', '=', 'sms_mailings.id')
            .where('sms_mailing_recipients.state', 'in', ['pending', 'claimed']),
        ),
      ),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** A claimed recipient with what sending needs: its mailing's quiet hours and rate, and whether the number opted out. */
export interface ClaimedRecipientRow {
  readonly id: number;
  readonly mailing_id: number;
  readonly to_number: string;
  readonly body: string;
  readonly time_zone: string;
  readonly attempts: number;
  readonly claimed_at: Date;
  readonly quiet_hours_start: number | null;
  readonly quiet_hours_end: number | null;
  readonly rate_per_second: number | null;
  readonly opted_out: boolean;
}

/**
 * Claims up to `limit` due recipients of sending mailings for `owner`, oldest first. Rows another
 * dispatcher holds locked are skipped, so concurrent dispatchers claim disjoint rows.
 */
export async function claimDueRecipients(
  trx: Transaction<Database>,
  claim: { readonly owner: string; readonly now: Date; readonly limit: number },
): Promise<ClaimedRecipientRow[]> {
  const due = await trx
    .selectFrom('sms_mailing_recipients as r')
    .innerJoin('sms_mailings as m', 'm.id', 'r.mailing_id')
    .select('r.id')
    .where('m.state', '=', 'sending')
    .where('r.state', '=', 'pending')
    .where('r.next_attempt_at', '<=', claim.now)
    .orderBy('r.mailing_id')
    .orderBy('r.next_attempt_at')
    .orderBy('r.id')
    .limit(claim.limit)
    .forUpdate('r')
    .skipLocked()
    .execute();
  return claimRows(trx, due.map((row) => row.id), claim);
}

/**
 * Claims recipients whose claim is older than `staleBefore`: their dispatcher stopped between
 * claiming and recording the outcome, so whether Twilio has them is only known from its message list.
 */
export async function claimStaleRecipients(
  trx: Transaction<Database>,
  claim: { readonly owner: string; readonly now: Date; readonly staleBefore: Date; readonly limit: number },
): Promise<(ClaimedRecipientRow & { readonly previously_claimed_at: Date })[]> {
  const stale = await trx
    .selectFrom('sms_mailing_recipients')
    .select(['id', 'claimed_at'])
    .where('state', '=', 'claimed')
    .where('claimed_at', '<', claim.staleBefore)
    .orderBy('claimed_at')
    .limit(claim.limit)
    .forUpdate()
    .skipLocked()
    .execute();
  const previously = new Map(stale.map((row) => [row.id, row.claimed_at as Date]));
  const claimed = await claimRows(trx, [...previously.keys()], claim);
  return claimed.map((row) => ({ ...row, previously_claimed_at: previously.get(row.id)! }));
}

async function claimRows(
  trx: Transaction<Database>,
  ids: readonly number[],
  claim: { readonly owner: string; readonly now: Date },
): Promise<ClaimedRecipientRow[]> {
  if (ids.length === 0) return [];
  return trx
    .updateTable('sms_mailing_recipients as r')
    .from('sms_mailings as m')
    .set({ state: 'claimed', claim_owner: claim.owner, claimed_at: claim.now, updated_at: sql`now()` })
    .whereRef('m.id', '=', 'r.mailing_id')
    .where('r.id', 'in', ids)
    .returning([
      'r.id',
      'r.mailing_id',
      'r.to_number',
      'r.body',
      'r.time_zone',
      'r.attempts',
      'r.claimed_at',
      'm.quiet_hours_start',
      'm.quiet_hours_end',
      'm.rate_per_second',
      sql<boolean>`EXISTS (SELECT 1 FROM sms_opt_outs o WHERE o.phone_number = r.to_number)`.as('opted_out'),
    ])
    .execute() as Promise<ClaimedRecipientRow[]>;
}

/** Writes what happened to a claimed recipient, unless another dispatcher has taken the claim over. */
export async function settleClaimedRecipient(
  db: Kysely<Database>,
  id: number,
  owner: string,
  changes: Updateable<SmsMailingRecipientsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('sms_mailing_recipients')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('state', '=', 'claimed')
    .where('claim_owner', '=', owner)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Puts claimed recipients back to wait until `at` (quiet hours, a retry, a paused mailing). */
export async function releaseRecipients(db: Kysely<Database>, ids: readonly number[], owner: string, at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('sms_mailing_recipients')
    .set({ state: 'pending', claim_owner: null, claimed_at: null, next_attempt_at: at, updated_at: sql`now()` })
    .where('id', 'in', ids)
    .where('state', '=', 'claimed')
    .where('claim_owner', '=', owner)
    .execute();
}

/** Which of these sids are already recorded against a recipient or a message. */
export async function selectRecordedSids(db: Kysely<Database>, sids: readonly string[]): Promise<Set<string>> {
  if (sids.length === 0) return new Set();
  const rows = await db
    .selectFrom('sms_mailing_recipients')
    .select('twilio_sid as sid')
    .where('twilio_sid', 'in', sids)
    .unionAll(db.selectFrom('sms_messages').select('twilio_sid as sid').where('twilio_sid', 'in', sids))
    .execute();
  return new Set(rows.map((row) => row.sid).filter((sid): sid is string => sid !== null));
}

export async function selectRecipientBySidForUpdate(trx: Transaction<Database>, sid: string): Promise<SmsMailingRecipientRow | undefined> {
  return trx.selectFrom('sms_mailing_recipients').selectAll().where('twilio_sid', '=', sid).forUpdate().executeTakeFirst();
}

/** Records the sid of a claimed recipient whose dispatcher stopped before it could. */
export async function adoptClaimedRecipient(
  trx: Transaction<Database>,
  id: number,
  report: { sid: string; status: TwilioMessageStatus; errorCode: number | null; at: Date },
): Promise<boolean> {
  const result = await trx
    .updateTable('sms_mailing_recipients')
    .set({ twilio_sid: report.sid, twilio_status: report.status, error_code: report.errorCode, state: 'submitted', submitted_at: report.at, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('twilio_sid', 'is', null)
    .where('state', '=', 'claimed')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function updateRecipientStatus(
  trx: Transaction<Database>,
  id: number,
  changes: { twilio_status: TwilioMessageStatus; error_code?: number | null; price?: string | null },
): Promise<void> {
  await trx.updateTable('sms_mailing_recipients').set({ ...changes, updated_at: sql`now()` }).where('id', '=', id).execute();
}

/** A reply from the number counts for the mailings sent to it within `since`. */
export async function markRecipientsReplied(db: Kysely<Database>, number: string, since: Date, at: Date): Promise<number> {
  const result = await db
    .updateTable('sms_mailing_recipients')
    .set({ replied_at: at })
    .where('to_number', '=', number)
    .where('submitted_at', '>=', since)
    .where('submitted_at', '<=', at)
    .where('replied_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
