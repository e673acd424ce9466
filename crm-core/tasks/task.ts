import type { Priority, TaskState } from '../../db/schema.ts';
import { checkOneOf, checkOptionalDateTime, checkRequiredText, checkText } from '../shared/field-checks.ts';
import { checkPageLimit, type PageRequest } from '../shared/keyset-page.ts';
import { createIssueCollector } from '../shared/validation-error.ts';

export type { Priority, TaskState };

export const taskStates: readonly TaskState[] = ['open', 'in-progress', 'done', 'canceled'];
export const importances: readonly Priority[] = ['high', 'medium', 'low'];
/** States in which a task still asks for work, and can be overdue. */
export const unfinishedStates: readonly TaskState[] = ['open', 'in-progress'];

/** A task's own fields, as stored. */
export interface TaskFields {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  /** Free text (call back, send offer, ...); `other` when not given. */
  readonly type: string;
  readonly clientId: number | null;
  readonly contactPersonId: number | null;
  readonly interactionId: number | null;
  readonly dealId: number | null;
  readonly authorId: number | null;
  readonly assigneeId: number | null;
  /** The user who checks the result. */
  readonly controllerId: number | null;
  /** Shared tasks are visible to everyone; personal ones to their people only. */
  readonly shared: boolean;
  readonly importance: Priority;
  readonly percentDone: number;
  readonly state: TaskState;
  readonly dueAt: Date | null;
  readonly remindAt: Date | null;
  readonly plannedStart: Date | null;
  readonly plannedEnd: Date | null;
  readonly actualStart: Date | null;
  readonly actualEnd: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A task as people read it: with the names of the client and contact person it is linked to. */
export interface Task extends TaskFields {
  readonly clientName: string | null;
  readonly contactPersonName: string | null;
}

/** Fields left out stay as they are (or take their default); `null` clears an optional one. */
export interface TaskChanges {
  readonly title?: string;
  readonly description?: string;
  readonly type?: string;
  readonly clientId?: number | null;
  /** When given without `clientId`, the task is linked to that person's client. */
  readonly contactPersonId?: number | null;
  readonly interactionId?: number | null;
  readonly dealId?: number | null;
  readonly assigneeId?: number | null;
  readonly controllerId?: number | null;
  readonly shared?: boolean;
  readonly importance?: Priority;
  readonly percentDone?: number;
  readonly state?: TaskState;
  readonly dueAt?: Date | null;
  readonly remindAt?: Date | null;
  readonly plannedStart?: Date | null;
  readonly plannedEnd?: Date | null;
  readonly actualStart?: Date | null;
  readonly actualEnd?: Date | null;
}

/** A new task; the assignee defaults to its author (the acting user). */
export interface NewTask extends TaskChanges {
  readonly title: string;
}

export interface TaskFilter extends PageRequest {
  readonly assigneeId?: number;
  readonly authorId?: number;
  readonly controllerId?: number;
  /** Tasks the user wrote, is assigned or controls: a user's task journal. */
  readonly involvingUserId?: number;
  readonly clientId?: number;
  readonly contactPersonId?: number;
  readonly dealId?: number;
  readonly interactionId?: number;
  readonly types?: readonly string[];
  readonly importances?: readonly Priority[];
  readonly shared?: boolean;
  readonly states?: readonly TaskState[];
  /** Due at or after this instant. */
  readonly dueFrom?: Date;
  /** Due before this instant. */
  readonly dueTo?: Date;
  /** Only unfinished tasks whose due time has passed. */
  readonly overdue?: boolean;
  /**
   * On the calendar at or after this instant: planned (from a planned start) to end at or after
   * it, or, with no planned start, due at or after it.
   */
  readonly calendarFrom?: Date;
  /** On the calendar before this instant: planned to start, or (with no planned start) due, before it. */
  readonly calendarTo?: Date;
  /** Words in the title or the description, in any case. */
  readonly text?: string;
}

type Progress = Pick<Task, 'state' | 'percentDone' | 'actualStart' | 'actualEnd'>;

const maxTitleLength = 300;
const maxDescriptionLength = 20_000;
const maxTypeLength = 40;
const maxSearchTextLength = 200;
const dateFields = ['dueAt', 'remindAt', 'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;

/**
 * What a state change brings with it: finishing sets 100 % and the actual end (unless one is known),
 * starting sets the actual start, and reopening a finished task clears its actual end.
 */
export function applyStateRules(before: Progress | null, changes: TaskChanges, now: Date): TaskChanges {
  const from = before?.state ?? null;
  const to = changes.state;
  if (to === undefined || to === from) return changes;
  if (to === 'done') {
    return { ...changes, percentDone: 100, actualEnd: changes.actualEnd ?? before?.actualEnd ?? now };
  }
  const reopened = from === 'done' && unfinishedStates.includes(to) ? { actualEnd: changes.actualEnd ?? null } : {};
  const started = to === 'in-progress' ? { actualStart: changes.actualStart ?? before?.actualStart ?? now } : {};
  return { ...changes, ...reopened, ...started };
}

/** Checks the fields given, returning them with text trimmed; throws every problem at once. */
export function validateTaskChanges(changes: TaskChanges): TaskChanges {
  const issues = createIssueCollector();
  const tidied = {
    ...changes,
    title: changes.title === undefined ? undefined : checkRequiredText(changes.title, 'title', issues, maxTitleLength),
    description: changes.description === undefined ? undefined : checkText(changes.description, 'description', issues, maxDescriptionLength),
    type: changes.type === undefined ? undefined : checkRequiredText(changes.type, 'type', issues, maxTypeLength),
  };
  if (changes.importance !== undefined) checkOneOf(changes.importance, importances, 'importance', issues);
  if (changes.state !== undefined) checkOneOf(changes.state, taskStates, 'state', issues);
  if (changes.percentDone !== undefined && !(Number.isInteger(changes.percentDone) && changes.percentDone >= 0 && changes.percentDone <= 100)) {
    issues.add('percentDone', 'must be a whole number from 0 to 100');
  }
  for (const field of dateFields) checkOptionalDateTime(changes[field], field, issues);
  issues.throwIfAny();
  return tidied;
}

/** Ends must not come before starts, judged on the task as it will be after the change. */
export function validateSchedule(task: Pick<Task, 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd'>): void {
  const issues = createIssueCollector();
  if (task.plannedStart && task.plannedEnd && task.plannedEnd < task.plannedStart) issues.add('plannedEnd', 'must not be before plannedStart');
  if (task.actualStart && task.actualEnd && task.actualEnd < task.actualStart) issues.add('actualEnd', 'must not be before actualStart');
  issues.throwIfAny();
}

export function validateTaskFilter(filter: TaskFilter): { readonly limit: number } {
  const issues = createIssueCollector();
  filter.states?.forEach((state, index) => checkOneOf(state, taskStates, `states.${index}`, issues));
  filter.importances?.forEach((importance, index) => checkOneOf(importance, importances, `importances.${index}`, issues));
  checkOptionalDateTime(filter.dueFrom, 'dueFrom', issues);
  checkOptionalDateTime(filter.dueTo, 'dueTo', issues);
  checkOptionalDateTime(filter.calendarFrom, 'calendarFrom', issues);
  checkOptionalDateTime(filter.calendarTo, 'calendarTo', issues);
  if (filter.text !== undefined && filter.text.length > maxSearchTextLength) issues.add('text', `must be at most ${maxSearchTextLength} characters`);
  const limit = checkPageLimit(filter.limit, issues);
  issues.throwIfAny();
  return { limit };
}
