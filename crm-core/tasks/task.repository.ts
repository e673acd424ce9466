import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import type { Database, TaskRow, TasksTable } from '../../db/schema.ts';
import type { KeysetPosition } from '../shared/keyset-page.ts';
import { timestampSortKey } from '../shared/timestamp-sort-key.ts';
import { type TaskFilter, unfinishedStates } from './task.ts';

/** A row with its place in due-first order: `due_at` to the microsecond as ISO text, null last. */
export type SortedTaskRow = TaskRow & { readonly sort_key: string | null };

export type TaskQuery = Omit<TaskFilter, 'overdue' | 'limit' | 'cursor'> & {
  /** Unfinished tasks due before this instant. */
  readonly overdueAt?: Date;
  /** Only shared tasks and those the user wrote, is assigned or controls. */
  readonly visibleTo?: number;
};

export async function insertTask(trx: Transaction<Database>, row: Insertable<TasksTable>): Promise<TaskRow> {
  return trx.insertInto('tasks').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateTask(trx: Transaction<Database>, taskId: number, changes: Updateable<TasksTable>): Promise<TaskRow> {
  return trx.updateTable('tasks').set(changes).where('id', '=', taskId).returningAll().executeTakeFirstOrThrow();
}

export async function selectTaskById(db: Kysely<Database>, taskId: number): Promise<TaskRow | undefined> {
  return db.selectFrom('tasks').selectAll().where('id', '=', taskId).executeTakeFirst();
}

export async function selectTaskForUpdate(trx: Transaction<Database>, taskId: number): Promise<TaskRow | undefined> {
  return trx.selectFrom('tasks').selectAll().where('id', '=', taskId).forUpdate().executeTakeFirst();
}

/** After the previous page's last row, tasks due later come next, then those with no due time. */
export async function selectTasks(
  db: Kysely<Database>,
  filter: TaskQuery,
  after: KeysetPosition<string | null> | undefined,
  limit: number,
): Promise<SortedTaskRow[]> {
  let query = db.selectFrom('tasks').selectAll().select(timestampSortKey<string | null>('due_at').as('sort_key'));
  if (filter.assigneeId !== undefined) query = query.where('assignee_id', '=', filter.assigneeId);
  if (filter.authorId !== undefined) query = query.where('author_id', '=', filter.authorId);
  if (filter.controllerId !== undefined) query = query.where('controller_id', '=', filter.controllerId);
  if (filter.involvingUserId !== undefined) query = query.where(involving(filter.involvingUserId));
  if (filter.visibleTo !== undefined) {
    const userId = filter.visibleTo;
    query = query.where((eb) => eb.or([eb('shared', '=', true), involving(userId)]));
  }
  if (filter.clientId !== undefined) query = query.where('client_id', '=', filter.clientId);
  if (filter.contactPersonId !== undefined) query = query.where('contact_person_id', '=', filter.contactPersonId);
  if (filter.dealId !== undefined) query = query.where('deal_id', '=', filter.dealId);
  if (filter.interactionId !== undefined) query = query.where('interaction_id', '=', filter.interactionId);
  if (filter.types !== undefined && filter.types.length > 0) query = query.where('type', 'in', filter.types);
  if (filter.importances !== undefined && filter.importances.length > 0) query = query.where('importance', 'in', filter.importances);
  if (filter.shared !== undefined) query = query.where('shared', '=', filter.shared);
  if (filter.states !== undefined && filter.states.length > 0) query = query.where('state', 'in', filter.states);
  if (filter.dueFrom !== undefined) query = query.where('due_at', '>=', filter.dueFrom);
  if (filter.dueTo !== undefined) query = query.where('due_at', '<', filter.dueTo);
  if (filter.overdueAt !== undefined) {
    query = query.where('due_at', '<', filter.overdueAt).where('state', 'in', unfinishedStates);
  }
  if (after !== undefined) {
    query = query.where(
      after.key === null
        ? sql<boolean>`(due_at is null and id > ${after.id})`
        : sql<boolean>`((due_at, id) > (${after.key}::timestamptz, ${after.id}) or due_at is null)`,
    );
  }
  return query.orderBy(sql`due_at asc nulls last`).orderBy('id').limit(limit).execute();
}

function involving(userId: number) {
  return sql<boolean>`(author_id = ${userId} or assignee_id = ${userId} or controller_id = ${userId})`;
}
