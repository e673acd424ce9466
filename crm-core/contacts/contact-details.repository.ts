/** Removing a phone. (Inserting and reading phones is in `phones/phone.repository.ts`.) */
import type { Transaction } from 'kysely';
import type { Database, PhoneRow } from '../../db/schema.ts';

export async function selectPhoneForUpdate(trx: Transaction<Database>, id: number): Promise<PhoneRow | undefined> {
  return trx.selectFrom('phones').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function deletePhone(trx: Transaction<Database>, id: number): Promise<void> {
  await trx.deleteFrom('phones').where('id', '=', id).execute();
}
