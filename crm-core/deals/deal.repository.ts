import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import type { DealRow, DealsTable, DealStage, Database } from '../../db/schema.ts';
import type { KeysetPosition } from '../shared/keyset-page.ts';
import { timestampSortKey } from '../shared/timestamp-sort-key.ts';

/** A row with its place in newest-first order: `opened_at` to the microsecond as ISO text. */
export type SortedDealRow = DealRow & { readonly sort_key: string };

export async function insertDeal(trx: Transaction<Database>, row: Insertable<DealsTable>): Promise<DealRow> {
  return trx.insertInto('deals').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateDeal(trx: Transaction<Database>, dealId: number, changes: Updateable<DealsTable>): Promise<DealRow> {
  return trx.updateTable('deals').set(changes).where('id', '=', dealId).returningAll().executeTakeFirstOrThrow();
}

export async function selectDealById(db: Kysely<Database>, dealId: number): Promise<DealRow | undefined> {
  return db.selectFrom('deals').selectAll().where('id', '=', dealId).executeTakeFirst();
}

export async function selectDealForUpdate(trx: Transaction<Database>, dealId: number): Promise<DealRow | undefined> {
  return trx.selectFrom('deals').selectAll().where('id', '=', dealId).forUpdate().executeTakeFirst();
}

export async function dealExists(db: Kysely<Database>, dealId: number): Promise<boolean> {
  const row = await db.selectFrom('deals').select('id').where('id', '=', dealId).executeTakeFirst();
  return row !== undefined;
}

export async function selectClientDeals(db: Kysely<Database>, clientId: number): Promise<DealRow[]> {
  return db.selectFrom('deals').selectAll().where('client_id', '=', clientId).orderBy('opened_at', 'desc').orderBy('id', 'desc').execute();
}

export async function selectManagerDeals(
  db: Kysely<Database>,
  managerId: number,
  stages: readonly DealStage[] | undefined,
  after: KeysetPosition | undefined,
  limit: number,
): Promise<SortedDealRow[]> {
  let query = db.selectFrom('deals').selectAll().select(timestampSortKey('opened_at').as('sort_key')).where('manager_id', '=', managerId);
  if (stages !== undefined && stages.length > 0) query = query.where('stage', 'in', stages);
  if (after !== undefined) query = query.where(sql<boolean>`(opened_at, id) < (${after.key}::timestamptz, ${after.id})`);
  return query.orderBy('opened_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
