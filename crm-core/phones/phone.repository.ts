import { type CompiledQuery, type InferResult, type Kysely, sql, type Transaction } from 'kysely';
import { prepared, withValues } from '../../db/prepared-statements.ts';
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

export async function selectPhoneById(db: Kysely<Database>, id: number): Promise<PhoneRow | undefined> {
  return db.selectFrom('phones').selectAll().where('id', '=', id).executeTakeFirst();
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

/**
 * Phones of active clients and active contact persons whose E.164 or whose trailing digits equal
 * the query's, exact matches first, in one round trip. The two equalities are OR-ed so PostgreSQL
 * combines both indexes (BitmapOr): as fast to run as a UNION ALL of two branches and about half
 * as long to plan. This is the screen-pop path, where building and planning the query took longer
 * than running it: the SQL is built once per shape and sent as a prepared statement. Each phone
 * comes back once.
 */
export async function selectPhoneMatches(db: Kysely<Database>, query: PhoneMatchQuery): Promise<PhoneMatchRow[]> {
  const { e164, trailingDigits, limit } = query;
  if (e164 === null && trailingDigits === null) return [];
  const compiled = compiledMatchQuery(db, { byE164: e164 !== null, byTrailingDigits: trailingDigits !== null });
  const values = new Map<unknown, unknown>([
    [slots.e164, e164],
    [slots.trailingDigits, trailingDigits],
    [slots.limit, limit],
  ]);
  const { rows } = await db.executeQuery(prepared(withValues(compiled, values)));
  return rows;
}

/** Stand-ins the match query is compiled with, swapped for the caller's values on each lookup. */
const slots = { e164: '\u0000e164', trailingDigits: '\u0000trailing-digits', limit: -1 } as const;
export const phoneMatchSlots = slots;

export interface MatchShape {
  readonly byE164: boolean;
  readonly byTrailingDigits: boolean;
}

/** Every database here speaks PostgreSQL, so one compilation per shape serves them all. */
const compiledMatchQueries = new Map<string, CompiledQuery<PhoneMatchRow>>();

function compiledMatchQuery(db: Kysely<Database>, shape: MatchShape): CompiledQuery<PhoneMatchRow> {
  const key = `${shape.byE164}:${shape.byTrailingDigits}`;
  const cached = compiledMatchQueries.get(key);
  if (cached) return cached;
  const compiled = phoneMatchQuery(db, shape).compile();
  compiledMatchQueries.set(key, compiled);
  return compiled;
}

export type PhoneMatchRow = InferResult<ReturnType<typeof phoneMatchQuery>>[number];

/** The match query of one shape, compiled with stand-ins (`phoneMatchSlots`), for statements built around it. */
export function phoneMatchQuery(db: Kysely<Database>, { byE164, byTrailingDigits }: MatchShape) {
  const matchedBy = byE164
    ? sql<PhoneMatchedBy>`case when phones.e164 = ${slots.e164} then 'e164' else 'trailing-digits' end`
    : sql<PhoneMatchedBy>`'trailing-digits'::text`;
  return (
    db
      .selectFrom('phones')
      .innerJoin('clients', 'clients.id', 'phones.client_id')
      .leftJoin('contact_persons', 'contact_persons.id', 'phones.contact_person_id')
      .where((eb) => {
        const conditions = [];
        if (byE164) conditions.push(eb('phones.e164', '=', slots.e164));
        if (byTrailingDigits) conditions.push(eb('phones.trailing_digits', '=', slots.trailingDigits));
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
      .limit(slots.limit)
  );
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
