/**
 * Tasks, the reminders due to the signed-in user, and birthdays. Everyone from operator up works
 * with tasks; personal tasks are seen and changed only by their author, assignee and controller
 * (supervisors and admins see all); shared tasks are seen by everyone.
 */
import type { Clock } from '../../crm-core/shared/clock.ts';
import type { Page } from '../../crm-core/shared/keyset-page.ts';
import { NotFoundError } from '../../crm-core/shared/validation-error.ts';
import type { ListedBirthday, Reminder, ReminderService } from '../../crm-core/reminders/reminder.service.ts';
import type { Task, TaskChanges, TaskService } from '../../crm-core/tasks/task.service.ts';
import type { GatewayApp } from '../app.ts';
import { httpError } from '../http-errors.ts';
import { authenticatedErrors, ErrorResponseSchema, IdParamsSchema } from '../schemas/common.schemas.ts';
import * as Schemas from '../schemas/tasks.schemas.ts';

export interface TaskRouteDependencies {
  readonly tasks: TaskService;
  readonly reminders: ReminderService;
  readonly clock: Clock;
}

const withNotFound = { ...authenticatedErrors, 404: ErrorResponseSchema };

export function registerTaskRoutes(app: GatewayApp, { tasks, reminders, clock }: TaskRouteDependencies): void {
  app.get(
    '/api/tasks',
    { config: { access: 'operator' }, schema: { tags: ['tasks'], summary: 'Tasks by any field: calendars, journals, filters', querystring: Schemas.TaskListQuerySchema, response: { 200: Schemas.TaskPageSchema, ...authenticatedErrors } } },
    async (request) => {
      const { userId, type, importance, state, dueFrom, dueTo, calendarFrom, calendarTo, ...rest } = request.query;
      const page = await tasks.list(
        {
          ...rest,
          ...(userId !== undefined && { involvingUserId: userId }),
          ...(type !== undefined && { types: type }),
          ...(importance !== undefined && { importances: importance }),
          ...(state !== undefined && { states: state }),
          ...(dueFrom !== undefined && { dueFrom: new Date(dueFrom) }),
          ...(dueTo !== undefined && { dueTo: new Date(dueTo) }),
          ...(calendarFrom !== undefined && { calendarFrom: new Date(calendarFrom) }),
          ...(calendarTo !== undefined && { calendarTo: new Date(calendarTo) }),
        },
        request.actor,
      );
      return taskPageBody(page);
    },
  );

  app.get(
    '/api/tasks/my-day',
    { config: { access: 'operator' }, schema: { tags: ['tasks'], summary: "The signed-in user's unfinished tasks due by the end of today, overdue ones included", querystring: Schemas.PageOnlyQuerySchema, response: { 200: Schemas.TaskPageSchema, ...authenticatedErrors } } },
    async (request) => taskPageBody(await tasks.listMyDay(request.user.id, request.query)),
  );

  app.get(
    '/api/tasks/:id',
    { config: { access: 'operator' }, schema: { tags: ['tasks'], summary: 'One task', params: IdParamsSchema, response: { 200: Schemas.TaskSchema, ...withNotFound } } },
    async (request) => {
      const task = await tasks.get(request.params.id);
      if (!tasks.canSee(task, request.actor)) throw new NotFoundError('task', request.params.id);
      return taskBody(task);
    },
  );

  app.post(
    '/api/tasks',
    { config: { access: 'operator' }, schema: { tags: ['tasks'], summary: 'Create a task (assigned to yourself unless told otherwise)', body: Schemas.NewTaskBodySchema, response: { 201: Schemas.TaskSchema, ...authenticatedErrors } } },
    async (request, reply) => {
      const task = await tasks.create({ ...taskChanges(request.body), title: request.body.title }, request.actor);
      return reply.status(201).send(taskBody(task));
    },
  );

  app.patch(
    '/api/tasks/:id',
    { config: { access: 'operator' }, schema: { tags: ['tasks'], summary: 'Change a task', params: IdParamsSchema, body: Schemas.TaskChangesBodySchema, response: { 200: Schemas.TaskSchema, ...withNotFound } } },
    async (request) => {
      const task = await tasks.get(request.params.id);
      if (!tasks.canSee(task, request.actor)) throw new NotFoundError('task', request.params.id);
      if (!tasks.canChange(task, request.actor)) throw httpError(403, 'Only the author, assignee or controller of a task (or a supervisor) may change it');
      return taskBody(await tasks.update(task.id, taskChanges(request.body), request.actor));
    },
  );

  app.post(
    '/api/reminders/take',
    {
      config: { access: 'operator' },
      schema: {
        tags: ['tasks'],
        summary: "The signed-in user's due reminders not yet shown, now marked shown (the WebSocket pushes the same ones; each arrives once)",
        response: { 200: Schemas.RemindersSchema, ...authenticatedErrors },
      },
    },
    async (request) => ({ items: (await reminders.takeDueReminders(request.user.id, clock.now())).map(reminderBody) }),
  );

  app.get(
    '/api/birthdays',
    { config: { access: 'manager' }, schema: { tags: ['tasks'], summary: "Birthdays today or this week (a manager's own clients; everyone's for supervisors)", querystring: Schemas.BirthdayQuerySchema, response: { 200: Schemas.BirthdaysSchema, ...authenticatedErrors } } },
    async (request) => ({ items: (await reminders.birthdays(request.query.range, request.actor)).map(birthdayBody) }),
  );
}

type TaskBodyFields = Omit<Schemas.TaskChangesBody, 'title'> & { title?: string };

function taskChanges(body: TaskBodyFields): TaskChanges {
  const { dueAt, remindAt, plannedStart, plannedEnd, actualStart, actualEnd, ...rest } = body;
  const instant = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value));
  return {
    ...rest,
    dueAt: instant(dueAt),
    remindAt: instant(remindAt),
    plannedStart: instant(plannedStart),
    plannedEnd: instant(plannedEnd),
    actualStart: instant(actualStart),
    actualEnd: instant(actualEnd),
  };
}

function iso(instant: Date | null): string | null {
  return instant === null ? null : instant.toISOString();
}

export function taskBody(task: Task): Schemas.Task {
  return {
    ...task,
    dueAt: iso(task.dueAt),
    remindAt: iso(task.remindAt),
    plannedStart: iso(task.plannedStart),
    plannedEnd: iso(task.plannedEnd),
    actualStart: iso(task.actualStart),
    actualEnd: iso(task.actualEnd),
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}

function taskPageBody(page: Page<Task>): Schemas.TaskPage {
  return { items: page.items.map(taskBody), ...(page.nextCursor !== undefined && { nextCursor: page.nextCursor }) };
}

export function reminderBody(reminder: Reminder): Schemas.Reminder {
  return { ...reminder, remindAt: reminder.remindAt.toISOString(), dueAt: iso(reminder.dueAt) };
}

function birthdayBody(birthday: ListedBirthday): Schemas.Birthday {
  return { ...birthday };
}
