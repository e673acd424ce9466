import type { Kysely, Transaction } from 'kysely';
import type { Database, EmailKind, EmailRow } from '../../db/schema.ts';

export interface NewEmail {
  readonly clientId: number;
  readonly contactPersonId: number | null;
  readonly address: string;
  readonly kind: EmailKind;
}

export async function insertEmail(trx: Transaction<Database>, email: NewEmail): Promise<number> {
  const row = await trx
    .insertInto('emails')
    .values({ client_id: email.clientId, contact_person_id: email.contactPersonId, address: email.address, kind: email.kind })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function selectEmailsOfClients(db: Kysely<Database>, clientIds: readonly number[]): Promise<EmailRow[]> {
  if (clientIds.length === 0) return [];
  return db.selectFrom('emails').selectAll().where('client_id', 'in', clientIds).orderBy('id').execute();
}

export async function selectEmailForUpdate(trx: Transaction<Database>, id: number): Promise<EmailRow | undefined> {
  return trx.selectFrom('emails').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function deleteEmail(trx: Transaction<Database>, id: number): Promise<void> {
  await trx.deleteFrom('emails').where('id', '=', id).execute();
}
