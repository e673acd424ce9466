import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import type { Database, TaskRow, TasksTable } from '../../db/schema.ts';
import { escapeLikePattern } from '../clients/client-search.ts';
import type { KeysetPosition } from '../shared/keyset-page.ts';
import { timestampSortKey } from '../shared/timestamp-sort-key.ts';
import { type TaskFilter, unfinishedStates } from './task.ts';

/** A row with the names of the client and contact person it is linked to. */
export type NamedTaskRow = TaskRow & { readonly client_name: string | null; readonly contact_person_name: string | null };

/** A row with its place in due-first order: `due_at` to the microsecond as ISO text, null last. */
export type SortedTaskRow = NamedTaskRow & { readonly sort_key: string | null };

export type TaskQuery = Omit<TaskFilter, 'overdue' | 'limit' | 'cursor'> & {
  /** Unfinished tasks due before this instant. */
  readonly overdueAt?: Date;
  /** Only shared tasks and those the user wrote, is assigned or controls. */
  readonly visibleTo?: number;
};

export async function insertTask(trx: Transaction<Database>, row: Insertable<TasksTable>): Promise<TaskRow> {
  return trx.insertInto('tasks').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateTask(trx: Transaction<Database>, taskId: number, changes: Updateable<TasksTable>): Promise<void> {
  await trx.updateTable('tasks').set(changes).where('id', '=', taskId).execute();
}

/** Tasks with the names of their client and contact person, looked up per row (no join, so no column is ambiguous). */
function selectNamedTasks(db: Kysely<Database>) {
  return db
    .selectFrom('tasks')
    .selectAll('tasks')
    .select((eb) => [
      eb.selectFrom('clients').select('clients.full_name').whereRef('clients.id', '=', 'tasks.client_id').as('client_name'),
      eb.selectFrom('contact_persons').select('contact_persons.full_name').whereRef('contact_persons.id', '=', 'tasks.contact_person_id').as('contact_person_name'),
    ]);
}

export async function selectTaskById(db: Kysely<Database>, taskId: number): Promise<NamedTaskRow | undefined> {
  return selectNamedTasks(db).where('tasks.id', '=', taskId).executeTakeFirst();
}

/** The task just written in this transaction, as it reads now. */
export async function selectWrittenTask(trx: Transaction<Database>, taskId: number): Promise<NamedTaskRow> {
  return selectNamedTasks(trx).where('tasks.id', '=', taskId).executeTakeFirstOrThrow();
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
  let query = selectNamedTasks(db).select(timestampSortKey<string | null>('tasks.due_at').as('sort_key'));
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
  if (filter.calendarFrom !== undefined) {
    query = query.where(sql<boolean>`(case when planned_start is null then due_at else coalesce(planned_end, planned_start) end) >= ${filter.calendarFrom}`);
  }
  if (filter.calendarTo !== undefined) query = query.where(sql<boolean>`coalesce(planned_start, due_at) < ${filter.calendarTo}`);
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const pattern = `%${escapeLikePattern(filter.text.trim())}%`;
    query = query.where((eb) => eb.or([eb('title', 'ilike', pattern), eb('description', 'ilike', pattern)]));
  }
  if (filter.overdueAt !== undefined) {
    query = query.where('due_at', '<', filter.overdueAt).where('state', 'in', unfinishedStates);
  }
  if (after !== undefined) {
    query = query.where(
      after.key === null
        ? sql<boolean>`(tasks.due_at is null and tasks.id > ${after.id})`
        : sql<boolean>`((tasks.due_at, tasks.id) > (${after.key}::timestamptz, ${after.id}) or tasks.due_at is null)`,
    );
  }
  return query.orderBy(sql`tasks.due_at asc nulls last`).orderBy('tasks.id').limit(limit).execute();
}

function involving(userId: number) {
  return sql<boolean>`(author_id = ${userId} or assignee_id = ${userId} or controller_id = ${userId})`;
}
