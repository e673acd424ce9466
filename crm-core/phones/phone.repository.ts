import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, PhoneKind, PhoneRow } from '../../db/schema.ts';
import type { ParsedPhone } from './phone-number.ts';

export interface NewPhone {
  readonly clientId: number;
  readonly contactPersonId: number | null;
  readonly parsed: ParsedPhone;
  readonly kind: PhoneKind;
}

export async function insertPhone(trx: Transaction<Database>, phone: NewPhone): Promise<number> {
  const row = await trx
    .insertInto('phones')
    .values({
      client_id: phone.clientId,
      contact_person_id: phone.contactPersonId,
      raw: phone.parsed.raw,
      e164: phone.parsed.e164,
      trailing_digits: phone.parsed.trailingDigits,
      extension: phone.parsed.extension,
      kind: phone.kind,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function selectPhoneForUpdate(trx: Transaction<Database>, id: number): Promise<PhoneRow | undefined> {
  return trx.selectFrom('phones').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function deletePhone(trx: Transaction<Database>, id: number): Promise<void> {
  await trx.deleteFrom('phones').where('id', '=', id).execute();
}

export async function selectPhonesOfClients(db: Kysely<Database>, clientIds: readonly number[]): Promise<PhoneRow[]> {
  if (clientIds.length === 0) return [];
  return db.selectFrom('phones').selectAll().where('client_id', 'in', clientIds).orderBy('id').execute();
}

export type PhoneMatchedBy = 'e164' | 'trailing-digits';

export interface PhoneMatchQuery {
  /** Null when the caller ID could not be read: only its trailing digits are compared. */
  readonly e164: string | null;
  /** Null to compare E.164 only (too few digits to match on their own). */
  readonly trailingDigits: string | null;
  /** A cap for numbers shared by a crowd (a switchboard, a placeholder typed everywhere). */
  readonly limit: number;
}

export type PhoneMatchRow = Awaited<ReturnType<typeof selectPhoneMatches>>[number];

/**
 * Phones of active clients and active contact persons whose E.164 or whose trailing digits equal
 * the query's, exact matches first, in one round trip. The two equalities are OR-ed so PostgreSQL
 * combines both indexes (BitmapOr): as fast to run as a UNION ALL of two branches and about half
 * as long to plan, which is most of the cost on this path. Each phone comes back once.
 */
export async function selectPhoneMatches(db: Kysely<Database>, query: PhoneMatchQuery) {
  const { e164, trailingDigits } = query;
  if (e164 === null && trailingDigits === null) return [];
  const matchedBy = e164 === null ? sql<PhoneMatchedBy>`'trailing-digits'::text` : sql<PhoneMatchedBy>`case when phones.e164 = ${e164} then 'e164' else 'trailing-digits' end`;
  return db
    .selectFrom('phones')
    .innerJoin('clients', 'clients.id', 'phones.client_id')
    .leftJoin('contact_persons', 'contact_persons.id', 'phones.contact_person_id')
    .where((eb) => {
      const conditions = [];
      if (e164 !== null) conditions.push(eb('phones.e164', '=', e164));
      if (trailingDigits !== null) conditions.push(eb('phones.trailing_digits', '=', trailingDigits));
      return eb.or(conditions);
    })
    .where('clients.archived_at', 'is', null)
    // A contact person who has left (archived) no longer pops, nor pops the organization by that phone.
    .where((eb) => eb.or([eb('phones.contact_person_id', 'is', null), eb('contact_persons.archived_at', 'is', null)]))
    .select([
      'phones.id as phone_id',
      'phones.raw as phone_raw',
      'phones.e164 as phone_e164',
      'phones.kind as phone_kind',
      'clients.id as client_id',
      'clients.kind as client_kind',
      'clients.full_name as client_full_name',
      'clients.short_name as client_short_name',
      'clients.relationship as client_relationship',
      'clients.manager_id as client_manager_id',
      'contact_persons.id as contact_person_id',
      'contact_persons.full_name as contact_person_full_name',
      'contact_persons.position as contact_person_position',
      matchedBy.as('matched_by'),
    ])
    // 'e164' sorts before 'trailing-digits'.
    .orderBy('matched_by')
    .orderBy('clients.id')
    .orderBy('contact_persons.id', (order) => order.asc().nullsFirst())
    .orderBy('phones.id')
    .limit(query.limit)
    .execute();
}

/** Some E.164 numbers of active clients, for the demo's simulated callers. */
export async function selectSampleClientNumbers(db: Kysely<Database>, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('phones')
    .innerJoin('clients', 'clients.id', 'phones.client_id')
    .select('phones.e164')
    .where('phones.e164', 'is not', null)
    .where('clients.archived_at', 'is', null)
    .orderBy('phones.id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.e164!);
}
