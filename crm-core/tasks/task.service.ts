import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Database, TaskRow, TasksTable } from '../../db/schema.ts';
import { auditedValues, describeChanges, insertAuditEntry } from '../audit/audit.repository.ts';
import { checkClientAndContactPerson } from '../contacts/contact-person.service.ts';
import { dealExists } from '../deals/deal.repository.ts';
import { interactionExists } from '../interactions/interaction.repository.ts';
import { type Actor, systemActor } from '../shared/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { decodeCursor, foreignCursor, type KeysetPosition, type Page, type PageRequest, toPage } from '../shared/keyset-page.ts';
import { isTimestampSortKey } from '../shared/timestamp-sort-key.ts';
import { createIssueCollector, NotFoundError } from '../shared/validation-error.ts';
import { userExists } from '../users/user.repository.ts';
import { selectCrmSettings } from '../settings/crm-settings.repository.ts';
import { addDays, localDate, startOfLocalDay } from '../shared/time-zone.ts';
import {
  applyStateRules,
  type NewTask,
  type Task,
  type TaskChanges,
  type TaskFields,
  type TaskFilter,
  unfinishedStates,
  validateSchedule,
  validateTaskChanges,
  validateTaskFilter,
} from './task.ts';
import { insertTask, type NamedTaskRow, selectTaskById, selectTaskForUpdate, selectTasks, selectWrittenTask, updateTask } from './task.repository.ts';

export type { NewTask, Task, TaskChanges, TaskFilter } from './task.ts';

export type TaskService = ReturnType<typeof createTaskService>;

export function createTaskService({ db, clock }: { db: Kysely<Database>; clock: Clock }) {
  /** With a `viewer` below supervisor, only shared tasks and the viewer's own (written, assigned or controlled). */
  async function list(filter: TaskFilter, viewer?: Actor): Promise<Page<Task>> {
    const { limit } = validateTaskFilter(filter);
    const after = filter.cursor === undefined ? undefined : positionFromCursor(filter.cursor);
    const overdueAt = filter.overdue ? clock.now() : undefined;
    const visibleTo = viewer === undefined || seesAllTasks(viewer) ? undefined : (viewer.userId ?? undefined);
    const rows = await selectTasks(db, { ...filter, overdueAt, visibleTo }, after, limit + 1);
    return toPage(rows, limit, taskFromRow, (row) => [row.sort_key, row.id]);
  }

  return {
    async create(input: NewTask, actor: Actor = systemActor): Promise<Task> {
      const now = clock.now();
      const wanted = applyStateRules(null, validateTaskChanges(input), now);
      const task = { assigneeId: actor.userId, ...withoutUndefined(wanted) };
      validateSchedule(scheduleOf(task));
      const row = await db.transaction().execute(async (trx) => {
        const linked = await checkLinks(trx, task, null);
        const inserted = await insertTask(trx, {
          ...toColumns(linked),
          title: input.title.trim(),
          author_id: actor.userId,
          created_at: now,
          updated_at: now,
        });
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'task', entityId: inserted.id, action: 'create', changes: auditedValues(taskFieldsFromRow(inserted)) });
        return selectWrittenTask(trx, inserted.id);
      });
      return taskFromRow(row);
    },

    /** Changes the fields given; a state change brings its rules (see `applyStateRules`). */
    async update(taskId: number, changes: TaskChanges, actor: Actor = systemActor): Promise<Task> {
      const validated = validateTaskChanges(changes);
      const row = await db.transaction().execute(async (trx) => {
        const beforeRow = await selectTaskForUpdate(trx, taskId);
        if (beforeRow === undefined) throw new NotFoundError('task', taskId);
        const before = taskFieldsFromRow(beforeRow);
        const now = clock.now();
        const wanted = applyStateRules(before, validated, now);
        validateSchedule(scheduleOf({ ...before, ...withoutUndefined(wanted) }));
        const linked = await checkLinks(trx, wanted, before);
        const changed = describeChanges(before, linked);
        if (Object.keys(changed).length > 0) {
          await updateTask(trx, taskId, { ...toColumns(linked), updated_at: now });
          await insertAuditEntry(trx, { userId: actor.userId, entity: 'task', entityId: taskId, action: 'update', changes: changed });
        }
        return selectWrittenTask(trx, taskId);
      });
      return taskFromRow(row);
    },

    async get(taskId: number): Promise<Task> {
      const row = await selectTaskById(db, taskId);
      if (row === undefined) throw new NotFoundError('task', taskId);
      return taskFromRow(row);
    },

    /** Tasks soonest due first, those with no due time last. */
    list,

    /**
     * The user's day: their unfinished tasks due by the end of today (in the CRM's zone), the
     * overdue ones included, soonest due first.
     */
    async listMyDay(userId: number, page: PageRequest = {}): Promise<Page<Task>> {
      const { time_zone: timeZone } = await selectCrmSettings(db);
      const endOfToday = startOfLocalDay(addDays(localDate(clock.now(), timeZone), 1), timeZone);
      return list({ ...page, assigneeId: userId, states: unfinishedStates, dueTo: endOfToday });
    },

    /** Whether the actor may see the task (shared, theirs, or they supervise). */
    canSee(task: Task, actor: Actor): boolean {
      return task.shared || canChange(task, actor);
    },

    /** Whether the actor may change the task: its author, assignee or controller, or a supervisor. */
    canChange,

    /** A user's open and in-progress tasks, soonest due first. */
    async listOpenByAssignee(assigneeId: number, page: PageRequest = {}): Promise<Page<Task>> {
      return list({ ...page, assigneeId, states: unfinishedStates });
    },

    /** A client's tasks, soonest due first. */
    async listByClient(clientId: number, page: PageRequest = {}): Promise<Page<Task>> {
      return list({ ...page, clientId });
    },
  };
}

function seesAllTasks(actor: Actor): boolean {
  return actor.userId === null || actor.role === 'supervisor' || actor.role === 'admin';
}

function canChange(task: Task, actor: Actor): boolean {
  if (seesAllTasks(actor)) return true;
  return [task.authorId, task.assigneeId, task.controllerId].includes(actor.userId);
}

/**
 * Checks that every link being set exists and that the contact person belongs to the task's
 * client; a contact person given without a client brings their client along.
 */
async function checkLinks(trx: Transaction<Database>, changes: TaskChanges, current: TaskFields | null): Promise<TaskChanges> {
  const issues = createIssueCollector();
  const clientId = changes.clientId === undefined ? (current?.clientId ?? null) : changes.clientId;
  const contactPersonId = changes.contactPersonId === undefined ? (current?.contactPersonId ?? null) : changes.contactPersonId;
  const clientOrContactChanges = changes.clientId !== undefined || changes.contactPersonId !== undefined;
  const linkedClientId = clientOrContactChanges ? await checkClientAndContactPerson(trx, { clientId, contactPersonId }, issues) : clientId;
  if (changes.interactionId != null && !(await interactionExists(trx, changes.interactionId))) {
    issues.add('interactionId', 'is not a known interaction');
  }
  if (changes.dealId != null && !(await dealExists(trx, changes.dealId))) issues.add('dealId', 'is not a known deal');
  for (const field of ['assigneeId', 'controllerId'] as const) {
    const userId = changes[field];
    if (userId != null && !(await userExists(trx, userId))) issues.add(field, 'is not a known user');
  }
  issues.throwIfAny();
  return linkedClientId === clientId ? changes : { ...changes, clientId: linkedClientId };
}

function scheduleOf(task: TaskChanges) {
  return {
    plannedStart: task.plannedStart ?? null,
    plannedEnd: task.plannedEnd ?? null,
    actualStart: task.actualStart ?? null,
    actualEnd: task.actualEnd ?? null,
  };
}

function withoutUndefined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Tasks with no due time sort last, so their cursor holds null for it. */
function positionFromCursor(cursor: string): KeysetPosition<string | null> {
  const [dueAt, id, ...rest] = decodeCursor(cursor);
  if (!(dueAt === null || isTimestampSortKey(dueAt)) || !Number.isSafeInteger(id) || rest.length > 0) throw foreignCursor();
  return { key: dueAt, id: id as number };
}

function toColumns(changes: TaskChanges): Updateable<TasksTable> {
  return {
    title: changes.title,
    description: changes.description,
    type: changes.type,
    client_id: changes.clientId,
    contact_person_id: changes.contactPersonId,
    interaction_id: changes.interactionId,
    deal_id: changes.dealId,
    assignee_id: changes.assigneeId,
    controller_id: changes.controllerId,
    shared: changes.shared,
    importance: changes.importance,
    percent_done: changes.percentDone,
    state: changes.state,
    due_at: changes.dueAt,
    remind_at: changes.remindAt,
    // A new reminder time is a new reminder, to be delivered again.
    reminded_at: changes.remindAt === undefined ? undefined : null,
    planned_start: changes.plannedStart,
    planned_end: changes.plannedEnd,
    actual_start: changes.actualStart,
    actual_end: changes.actualEnd,
  };
}

function taskFromRow(row: NamedTaskRow): Task {
  return { ...taskFieldsFromRow(row), clientName: row.client_name, contactPersonName: row.contact_person_name };
}

function taskFieldsFromRow(row: TaskRow): TaskFields {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    type: row.type,
    clientId: row.client_id,
    contactPersonId: row.contact_person_id,
    interactionId: row.interaction_id,
    dealId: row.deal_id,
    authorId: row.author_id,
    assigneeId: row.assignee_id,
    controllerId: row.controller_id,
    shared: row.shared,
    importance: row.importance,
    percentDone: row.percent_done,
    state: row.state,
    dueAt: row.due_at,
    remindAt: row.remind_at,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    actualStart: row.actual_start,
    actualEnd: row.actual_end,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
