/**
 * Tasks as plain data: my day's order, who may change a task, where a reschedule moves its times,
 * and the journal's filters as the API's query. The screens live in components/Task*.svelte.
 */
import type { SessionUserBody } from '../../../gateway/schemas/auth.schemas.ts';
import type { NewTaskBody, Task, TaskChangesBody, TaskListQuery } from '../../../gateway/schemas/tasks.schemas.ts';
import { localInputValue } from '../parse-when.ts';
import { addDays, calendarSpanOf } from './calendar.ts';

export type { Task };
export type TaskState = Task['state'];
export type Importance = Task['importance'];

export const taskStates: readonly TaskState[] = ['open', 'in-progress', 'done', 'canceled'];
export const importances: readonly Importance[] = ['high', 'medium', 'low'];
/** The types this UI names in every language; any other type a task has shows as it is. */
export const knownTaskTypes = ['call', 'email', 'meeting', 'birthday', 'other'] as const;

export function isFinished(task: Pick<Task, 'state'>): boolean {
  return task.state === 'done' || task.state === 'canceled';
}

/** My day as the eye needs it: what is overdue first, then today's; each soonest due first, as the API sends them. */
export function splitMyDay(tasks: readonly Task[], now: Date): { overdue: Task[]; today: Task[] } {
  const isOverdue = (task: Task) => task.dueAt !== null && new Date(task.dueAt) < now;
  return { overdue: tasks.filter(isOverdue), today: tasks.filter((task) => !isOverdue(task)) };
}

/** As the gateway decides: the author, assignee or controller of a task, or a supervisor and above. */
export function mayChange(task: Pick<Task, 'authorId' | 'assigneeId' | 'controllerId'>, user: Pick<SessionUserBody, 'id' | 'role'>): boolean {
  return user.role === 'supervisor' || user.role === 'admin' || [task.authorId, task.assigneeId, task.controllerId].includes(user.id);
}

/**
 * Moves a task so that it starts (or, unplanned, is due) at `to`: its planned time keeps its
 * length, and its due and reminder times move by as much. A task with no time becomes due then.
 */
export function rescheduleChanges(task: Pick<Task, 'dueAt' | 'remindAt' | 'plannedStart' | 'plannedEnd'>, to: Date): TaskChangesBody {
  const span = calendarSpanOf(task);
  if (span === null) return { dueAt: to.toISOString() };
  const shift = to.getTime() - span.start.getTime();
  const moved = (instant: string | null) => (instant === null ? null : new Date(new Date(instant).getTime() + shift).toISOString());
  return { dueAt: moved(task.dueAt), remindAt: moved(task.remindAt), plannedStart: moved(task.plannedStart), plannedEnd: moved(task.plannedEnd) };
}

/** The journal's filters as the form holds them: empty means any. Days are `YYYY-MM-DD`, both included. */
export interface JournalFilters {
  text: string;
  state: TaskState | '';
  importance: Importance | '';
  type: string;
  assigneeId: number | '';
  authorId: number | '';
  controllerId: number | '';
  /** Tasks the user wrote, is assigned or controls: the user's journal. */
  userId: number | '';
  contactPersonId: number | '';
  dueFrom: string;
  dueTo: string;
}

export function emptyJournalFilters(): JournalFilters {
  return { text: '', state: '', importance: '', type: '', assigneeId: '', authorId: '', controllerId: '', userId: '', contactPersonId: '', dueFrom: '', dueTo: '' };
}

const startOfLocalDay = (day: string) => new Date(`${day}T00:00`);

export function journalQuery(filters: JournalFilters, fixed: Pick<TaskListQuery, 'clientId'> = {}, cursor?: string): TaskListQuery {
  return {
    ...fixed,
    ...(filters.text.trim() && { text: filters.text.trim() }),
    ...(filters.state && { state: [filters.state] }),
    ...(filters.importance && { importance: [filters.importance] }),
    ...(filters.type && { type: [filters.type] }),
    ...(filters.assigneeId !== '' && { assigneeId: filters.assigneeId }),
    ...(filters.authorId !== '' && { authorId: filters.authorId }),
    ...(filters.controllerId !== '' && { controllerId: filters.controllerId }),
    ...(filters.userId !== '' && { userId: filters.userId }),
    ...(filters.contactPersonId !== '' && { contactPersonId: filters.contactPersonId }),
    ...(filters.dueFrom && { dueFrom: startOfLocalDay(filters.dueFrom).toISOString() }),
    ...(filters.dueTo && { dueTo: addDays(startOfLocalDay(filters.dueTo), 1).toISOString() }),
    ...(cursor && { cursor }),
  };
}

const timeFields = ['dueAt', 'remindAt', 'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
const otherFields = ['title', 'description', 'type', 'state', 'importance', 'percentDone', 'assigneeId', 'controllerId', 'shared', 'clientId', 'contactPersonId', 'interactionId', 'dealId'] as const;
type TimeField = (typeof timeFields)[number];

/** A task as its form holds it: times as a datetime-local input does (`YYYY-MM-DDTHH:mm`, local; empty for none). */
export type TaskDraft = Pick<Task, (typeof otherFields)[number]> & Record<TimeField, string>;

/** What a new task starts from. */
export interface NewTaskDefaults {
  readonly assigneeId: number;
  readonly clientId?: number;
  readonly contactPersonId?: number;
}

export function draftOf(task: Task | null, defaults: NewTaskDefaults): TaskDraft {
  const times = Object.fromEntries(timeFields.map((field) => [field, inputValueOf(task?.[field] ?? null)])) as Record<TimeField, string>;
  if (task !== null) return { ...pick(task, otherFields), ...times };
  return {
    title: '',
    description: '',
    type: 'call',
    state: 'open',
    importance: 'medium',
    percentDone: 0,
    assigneeId: defaults.assigneeId,
    controllerId: null,
    shared: false,
    clientId: defaults.clientId ?? null,
    contactPersonId: defaults.contactPersonId ?? null,
    interactionId: null,
    dealId: null,
    ...times,
  };
}

/**
 * What to send: everything for a new task; for an existing one, only what the form changed. A time
 * is compared as the form shows it (to the minute), so saving never moves a time nobody touched,
 * and never re-arms a reminder that was already shown.
 */
export function draftChanges(task: Task | null, draft: TaskDraft): NewTaskBody | TaskChangesBody {
  const before = task === null ? null : draftOf(task, { assigneeId: 0 });
  const changes: Record<string, unknown> = {};
  for (const field of otherFields) if (before === null || before[field] !== draft[field]) changes[field] = draft[field];
  for (const field of timeFields) if (before === null ? draft[field] !== '' : before[field] !== draft[field]) changes[field] = instantOf(draft[field]);
  return changes as NewTaskBody | TaskChangesBody;
}

function inputValueOf(instant: string | null): string {
  return instant === null ? '' : localInputValue(new Date(instant));
}

function instantOf(inputValue: string): string | null {
  return inputValue === '' ? null : new Date(inputValue).toISOString();
}

function pick<T, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<T, K>;
}
