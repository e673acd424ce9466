import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import type { Database, TaskRow, TasksTable } from '../../db/schema.ts';
import { unfinishedStates } from '../tasks/task.ts';
import { callbackTaskType } from './callback.ts';

/** Counts the missed call for the callback task once; false when it was counted already. */
export async function insertMissedCall(
  trx: Transaction<Database>,
  missed: { readonly pbxCallId: string; readonly taskId: number; readonly missedAt: Date },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('callback_missed_calls')
    .values({ pbx_call_id: missed.pbxCallId, task_id: missed.taskId, missed_at: missed.missedAt })
    .onConflict((conflict) => conflict.column('pbx_call_id').doNothing())
    .returning('pbx_call_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function missedCallCounted(db: Kysely<Database>, pbxCallId: string): Promise<boolean> {
  const row = await db.selectFrom('callback_missed_calls').select('pbx_call_id').where('pbx_call_id', '=', pbxCallId).executeTakeFirst();
  return row !== undefined;
}

/**
 * Inserts the callback task unless the number has an open one already (undefined then). The unique
 * index makes a concurrent insert for the same number wait for this one, then find it.
 */
export async function insertCallbackTaskUnlessOpen(trx: Transaction<Database>, row: Insertable<TasksTable>): Promise<TaskRow | undefined> {
  return trx
    .insertInto('tasks')
    .values(row)
    .onConflict((conflict) => conflict.column('callback_number').where('state', 'in', unfinishedStates).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function selectOpenCallbackForUpdate(trx: Transaction<Database>, number: string): Promise<TaskRow | undefined> {
  return trx
    .selectFrom('tasks')
    .selectAll()
    .where('callback_number', '=', number)
    .where('state', 'in', unfinishedStates)
    .forUpdate()
    .executeTakeFirst();
}

/** Whether the customer has talked to us since `since`: an answered call from them, or out to them. */
export async function answeredCallWithNumberSince(db: Kysely<Database>, number: string, since: Date): Promise<boolean> {
  const row = await db
    .selectFrom('interactions')
    .select('id')
    .where('channel', '=', 'call')
    .where('call_outcome', 'in', ['answered', 'transferred'])
    .where('started_at', '>', since)
    .where((eb) => eb.or([eb.and([eb('direction', '=', 'in'), eb('from_number', '=', number)]), eb.and([eb('direction', '=', 'out'), eb('to_number', '=', number)])]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Open callbacks for the number, or for the client reached on any of its numbers, that a call
 * started at `answeredCallStartedAt` answers: their first missed call came before it.
 */
export async function selectOpenCallbacksOfCustomerForUpdate(
  trx: Transaction<Database>,
  customer: { readonly number: string; readonly clientId: number | null; readonly answeredCallStartedAt: Date },
): Promise<TaskRow[]> {
  const { number, clientId, answeredCallStartedAt } = customer;
  return trx
    .selectFrom('tasks')
    .selectAll()
    .where('type', '=', callbackTaskType)
    .where('callback_number', 'is not', null)
    .where('state', 'in', unfinishedStates)
    .where((eb) => (clientId === null ? eb('callback_number', '=', number) : eb.or([eb('callback_number', '=', number), eb('client_id', '=', clientId)])))
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('callback_missed_calls').select('pbx_call_id').whereRef('callback_missed_calls.task_id', '=', 'tasks.id').where('callback_missed_calls.missed_at', '<', answeredCallStartedAt)),
    )
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function closeCallbackTask(trx: Transaction<Database>, taskId: number, now: Date): Promise<TaskRow> {
  return trx
    .updateTable('tasks')
    .set({ state: 'done', percent_done: 100, actual_end: now, updated_at: now })
    .where('id', '=', taskId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Claims an open callback for the user in one statement: only while nobody else holds it, so of
 * two agents taking it at once one gets it and the other gets undefined.
 */
export async function claimCallbackTask(trx: Transaction<Database>, taskId: number, userId: number, now: Date): Promise<TaskRow | undefined> {
  return trx
    .updateTable('tasks')
    .set({ assignee_id: userId, state: 'in-progress', actual_start: sql`coalesce(actual_start, ${now})`, updated_at: now })
    .where('id', '=', taskId)
    .where('type', '=', callbackTaskType)
    .where('state', '=', 'open')
    .where((eb) => eb.or([eb('assignee_id', 'is', null), eb('assignee_id', '=', userId)]))
    .returningAll()
    .executeTakeFirst();
}

export async function selectCallbackTask(db: Kysely<Database>, taskId: number): Promise<TaskRow | undefined> {
  return db.selectFrom('tasks').selectAll().where('id', '=', taskId).where('type', '=', callbackTaskType).executeTakeFirst();
}

/** The client's responsible manager, if they can still work on it. */
export async function selectActiveClientManager(db: Kysely<Database>, clientId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('clients')
    .innerJoin('users', 'users.id', 'clients.manager_id')
    .select('users.id')
    .where('clients.id', '=', clientId)
    .where('users.active', '=', true)
    .executeTakeFirst();
  return row?.id;
}

export interface OpenCallbackRow extends TaskRow {
  readonly missed_calls: number;
  readonly last_missed_at: Date | null;
}

/** Open callbacks a user may work on: their own and the shared ones, oldest first. */
export async function selectOpenCallbacksFor(db: Kysely<Database>, userId: number, limit: number): Promise<OpenCallbackRow[]> {
  return db
    .selectFrom('tasks')
    .selectAll('tasks')
    .select((eb) => [
      eb.selectFrom('callback_missed_calls').select((missed) => missed.fn.countAll<number>().as('count')).whereRef('callback_missed_calls.task_id', '=', 'tasks.id').as('missed_calls'),
      eb.selectFrom('callback_missed_calls').select((missed) => missed.fn.max('missed_at').as('max')).whereRef('callback_missed_calls.task_id', '=', 'tasks.id').as('last_missed_at'),
    ])
    .where('type', '=', callbackTaskType)
    .where('state', 'in', unfinishedStates)
    .where((eb) => eb.or([eb('assignee_id', '=', userId), eb.and([eb('shared', '=', true), eb('assignee_id', 'is', null)])]))
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute() as Promise<OpenCallbackRow[]>;
}
