import { sql, type Kysely, type Selectable, type SqlBool, type Transaction, type Updateable } from 'kysely';
import type { Database, OptOutSource, SmsMessageRow, SmsMessagesTable, SmsOptOutsTable, SmsRuleKind, SmsRuleRow } from '../../db/schema.ts';
import { timestampSortKey } from '../shared/timestamp-sort-key.ts';

type NewSmsMessageRow = Omit<SmsMessageRow, 'id' | 'created_at' | 'updated_at'>;

export async function insertSmsMessage(trx: Transaction<Database>, row: NewSmsMessageRow): Promise<SmsMessageRow> {
  return trx.insertInto('sms_messages').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateSmsMessage(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<SmsMessagesTable>,
): Promise<SmsMessageRow> {
  return db
    .updateTable('sms_messages')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function selectSmsMessageById(db: Kysely<Database>, id: number): Promise<SmsMessageRow | undefined> {
  return db.selectFrom('sms_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function selectSmsMessageBySidForUpdate(trx: Transaction<Database>, sid: string): Promise<SmsMessageRow | undefined> {
  return trx.selectFrom('sms_messages').selectAll().where('twilio_sid', '=', sid).forUpdate().executeTakeFirst();
}

/** An outbound message whose send was never answered, so it has no sid yet. */
export async function selectUnansweredSmsMessageForUpdate(trx: Transaction<Database>, id: number): Promise<SmsMessageRow | undefined> {
  return trx.selectFrom('sms_messages').selectAll().where('id', '=', id).where('twilio_sid', 'is', null).forUpdate().executeTakeFirst();
}

/** The client of a message's interaction, that client's manager and the user who sent it. */
export async function selectSmsMessageParties(db: Kysely<Database>, interactionId: number) {
  return db
    .selectFrom('interactions')
    .leftJoin('clients', 'clients.id', 'interactions.client_id')
    .select(['interactions.client_id', 'interactions.user_id', 'clients.manager_id'])
    .where('interactions.id', '=', interactionId)
    .executeTakeFirst();
}

export async function smsMessageWithSidExists(db: Kysely<Database>, sid: string): Promise<boolean> {
  const row = await db.selectFrom('sms_messages').select('id').where('twilio_sid', '=', sid).executeTakeFirst();
  return row !== undefined;
}

export async function smsMessageWithRuleKeyExists(db: Kysely<Database>, ruleKey: string): Promise<boolean> {
  const row = await db.selectFrom('sms_messages').select('id').where('rule_key', '=', ruleKey).executeTakeFirst();
  return row !== undefined;
}

/** A client's messages, newest first, with the interaction each is logged as. */
export async function selectClientSmsMessages(db: Kysely<Database>, clientId: number, limit: number): Promise<SmsMessageRow[]> {
  return db
    .selectFrom('sms_messages')
    .innerJoin('interactions', 'interactions.id', 'sms_messages.interaction_id')
    .selectAll('sms_messages')
    .where('interactions.client_id', '=', clientId)
    .orderBy('sms_messages.id', 'desc')
    .limit(limit)
    .execute();
}

export async function insertOptOut(
  db: Kysely<Database>,
  phoneNumber: string,
  source: OptOutSource,
  at: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('sms_opt_outs')
    .values({ phone_number: phoneNumber, source, opted_out_at: at })
    .onConflict((conflict) => conflict.column('phone_number').doNothing())
    .returning('phone_number')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function deleteOptOut(db: Kysely<Database>, phoneNumber: string): Promise<boolean> {
  const deleted = await db.deleteFrom('sms_opt_outs').where('phone_number', '=', phoneNumber).returning('phone_number').executeTakeFirst();
  return deleted !== undefined;
}

export async function selectOptOut(db: Kysely<Database>, phoneNumber: string) {
  return db.selectFrom('sms_opt_outs').selectAll().where('phone_number', '=', phoneNumber).executeTakeFirst();
}

export async function selectOptedOutAmong(db: Kysely<Database>, numbers: readonly string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await db.selectFrom('sms_opt_outs').select('phone_number').where('phone_number', 'in', numbers).execute();
  return new Set(rows.map((row) => row.phone_number));
}

export type OptOutListRow = Selectable<SmsOptOutsTable> & { readonly sort_key: string };

/** Where a page of opted-out numbers ended: its last row's time (as a sort key) and number. */
export interface OptOutPosition {
  readonly at: string;
  readonly number: string;
}

/** Opted-out numbers, the latest first. */
export async function selectOptOutsPage(db: Kysely<Database>, query: { readonly after: OptOutPosition | null; readonly limit: number }): Promise<OptOutListRow[]> {
  let select = db.selectFrom('sms_opt_outs').selectAll().select(timestampSortKey('opted_out_at').as('sort_key'));
  if (query.after !== null) select = select.where(sql<SqlBool>`(opted_out_at, phone_number) < (${query.after.at}::timestamptz, ${query.after.number})`);
  return select.orderBy('opted_out_at', 'desc').orderBy('phone_number', 'desc').limit(query.limit).execute();
}

/** The current clients (and their contact persons' clients) whose phone is one of these numbers. */
export async function selectClientsWithNumbers(db: Kysely<Database>, numbers: readonly string[]) {
  if (numbers.length === 0) return [];
  return db
    .selectFrom('phones')
    .innerJoin('clients', 'clients.id', 'phones.client_id')
    .select(['phones.e164 as number', 'clients.id', 'clients.full_name'])
    .where('phones.e164', 'in', numbers)
    .where('clients.archived_at', 'is', null)
    .orderBy('clients.full_name')
    .execute();
}

export async function selectRules(db: Kysely<Database>): Promise<SmsRuleRow[]> {
  return db.selectFrom('sms_rules').selectAll().orderBy('kind').execute();
}

export async function selectRule(db: Kysely<Database>, kind: SmsRuleKind): Promise<SmsRuleRow | undefined> {
  return db.selectFrom('sms_rules').selectAll().where('kind', '=', kind).executeTakeFirst();
}

export async function updateRule(
  trx: Transaction<Database>,
  kind: SmsRuleKind,
  changes: { enabled: boolean; template: string; lead_minutes: number },
): Promise<SmsRuleRow> {
  return trx
    .updateTable('sms_rules')
    .set({ ...changes, updated_at: sql`now()` })
    .where('kind', '=', kind)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function selectRuleForUpdate(trx: Transaction<Database>, kind: SmsRuleKind): Promise<SmsRuleRow | undefined> {
  return trx.selectFrom('sms_rules').selectAll().where('kind', '=', kind).forUpdate().executeTakeFirst();
}

/** Clients (contact_person_id null) and contact persons whose birthday is this month and day, with a mobile number. */
export async function selectBirthdaysWithMobile(db: Kysely<Database>, month: number, day: number) {
  const ofClients = db
    .selectFrom('clients')
    .innerJoin('phones', (join) => join.onRef('phones.client_id', '=', 'clients.id').on('phones.contact_person_id', 'is', null))
    .select(['clients.id as client_id', sql<number | null>`NULL::integer`.as('contact_person_id'), 'clients.full_name', 'clients.short_name', 'phones.e164'])
    .where('clients.archived_at', 'is', null)
    .where('clients.birthday', 'is not', null)
    .where(sql<boolean>`extract(month FROM clients.birthday) = ${month} AND extract(day FROM clients.birthday) = ${day}`)
    .where('phones.kind', '=', 'mobile')
    .where('phones.e164', 'is not', null);
  const ofContactPersons = db
    .selectFrom('contact_persons')
    .innerJoin('phones', 'phones.contact_person_id', 'contact_persons.id')
    .select(['contact_persons.client_id', 'contact_persons.id as contact_person_id', 'contact_persons.full_name', sql<string | null>`NULL::text`.as('short_name'), 'phones.e164'])
    .where('contact_persons.archived_at', 'is', null)
    .where('contact_persons.birthday', 'is not', null)
    .where(sql<boolean>`extract(month FROM contact_persons.birthday) = ${month} AND extract(day FROM contact_persons.birthday) = ${day}`)
    .where('phones.kind', '=', 'mobile')
    .where('phones.e164', 'is not', null);
  return ofClients.unionAll(ofContactPersons).execute();
}

/** Planned meetings starting in [from, to) whose client has a mobile number: the first such number each. */
export async function selectPlannedMeetingsWithMobile(db: Kysely<Database>, from: Date, to: Date) {
  return db
    .selectFrom('interactions')
    .innerJoin('phones', (join) =>
      join
        .onRef('phones.client_id', '=', 'interactions.client_id')
        .on('phones.kind', '=', 'mobile')
        .on('phones.e164', 'is not', null)
        .on((eb) => eb.or([eb('phones.contact_person_id', 'is', null), eb('phones.contact_person_id', '=', eb.ref('interactions.contact_person_id'))])),
    )
    .distinctOn('interactions.id')
    .select(['interactions.id', 'interactions.client_id', 'interactions.contact_person_id', 'interactions.started_at', 'phones.e164'])
    .where('interactions.channel', '=', 'meeting')
    .where('interactions.status', '=', 'planned')
    .where('interactions.started_at', '>=', from)
    .where('interactions.started_at', '<', to)
    .orderBy('interactions.id')
    .orderBy(sql`phones.contact_person_id IS NULL`)
    .orderBy('phones.id')
    .execute();
}
