import type { Kysely, Transaction } from 'kysely';
import type { Database, InteractionRow } from '../../db/schema.ts';

export interface PendingWrapUpRow {
  readonly pbx_call_id: string;
  readonly user_id: number;
  readonly wrap_up: Record<string, unknown>;
  readonly follow_up: Record<string, unknown> | null;
}

/** The latest wrap-up for a call replaces an earlier one that is still waiting. */
export async function upsertPendingWrapUp(db: Kysely<Database>, row: PendingWrapUpRow): Promise<void> {
  const values = { pbx_call_id: row.pbx_call_id, user_id: row.user_id, wrap_up: JSON.stringify(row.wrap_up), follow_up: row.follow_up === null ? null : JSON.stringify(row.follow_up) };
  await db
    .insertInto('pending_wrap_ups')
    .values(values)
    .onConflict((conflict) => conflict.column('pbx_call_id').doUpdateSet({ user_id: values.user_id, wrap_up: values.wrap_up, follow_up: values.follow_up, received_at: new Date() }))
    .execute();
}

/** Takes the waiting wrap-up off the list: whoever deletes it applies it, exactly once. */
export async function takePendingWrapUp(trx: Transaction<Database>, pbxCallId: string): Promise<PendingWrapUpRow | undefined> {
  return trx.deleteFrom('pending_wrap_ups').where('pbx_call_id', '=', pbxCallId).returning(['pbx_call_id', 'user_id', 'wrap_up', 'follow_up']).executeTakeFirst();
}

export async function selectCallForUpdate(trx: Transaction<Database>, pbxCallId: string): Promise<InteractionRow | undefined> {
  return trx.selectFrom('interactions').selectAll().where('pbx_call_id', '=', pbxCallId).forUpdate().executeTakeFirst();
}

/** Waiting wrap-ups whose call has been logged since. */
export async function selectReadyWrapUpCallIds(db: Kysely<Database>, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('pending_wrap_ups')
    .innerJoin('interactions', 'interactions.pbx_call_id', 'pending_wrap_ups.pbx_call_id')
    .select('pending_wrap_ups.pbx_call_id')
    .orderBy('pending_wrap_ups.received_at')
    .limit(limit)
    .execute();
  return rows.map((row) => row.pbx_call_id);
}
