import { sql, type Kysely, type Transaction } from 'kysely';
import type { ContactPersonRow, Database } from '../../db/schema.ts';

export interface ContactPersonColumns {
  readonly full_name?: string;
  readonly position?: string | null;
  readonly birthday?: string | null;
  readonly notes?: string;
}

export async function insertContactPerson(
  trx: Transaction<Database>,
  clientId: number,
  columns: Required<ContactPersonColumns>,
): Promise<ContactPersonRow> {
  return trx
    .insertInto('contact_persons')
    .values({ client_id: clientId, ...columns })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function selectContactPersonForUpdate(trx: Transaction<Database>, id: number): Promise<ContactPersonRow | undefined> {
  return trx.selectFrom('contact_persons').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function selectContactPersonById(db: Kysely<Database>, id: number): Promise<ContactPersonRow | undefined> {
  return db.selectFrom('contact_persons').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The client a contact person belongs to, or undefined when there is no such person. */
export async function selectContactPersonClientId(db: Kysely<Database>, contactPersonId: number): Promise<number | undefined> {
  const row = await db.selectFrom('contact_persons').select('client_id').where('id', '=', contactPersonId).executeTakeFirst();
  return row?.client_id;
}

export async function selectActiveContactPersonsOfClients(db: Kysely<Database>, clientIds: readonly number[]): Promise<ContactPersonRow[]> {
  if (clientIds.length === 0) return [];
  return db
    .selectFrom('contact_persons')
    .selectAll()
    .where('client_id', 'in', clientIds)
    .where('archived_at', 'is', null)
    .orderBy('full_name')
    .orderBy('id')
    .execute();
}

export async function countActiveContactPersons(trx: Transaction<Database>, clientId: number): Promise<number> {
  const row = await trx
    .selectFrom('contact_persons')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('client_id', '=', clientId)
    .where('archived_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function updateContactPerson(trx: Transaction<Database>, id: number, columns: ContactPersonColumns): Promise<ContactPersonRow> {
  return trx
    .updateTable('contact_persons')
    .set({ ...columns, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setContactPersonArchived(trx: Transaction<Database>, id: number, archived: boolean): Promise<ContactPersonRow> {
  return trx
    .updateTable('contact_persons')
    .set({ archived_at: archived ? sql<Date>`now()` : null, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
