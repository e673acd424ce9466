/** Tasks (personal and shared), reminders and birthdays. */
import Type, { type Static } from 'typebox';
import { CalendarDateSchema, DateTimeSchema, Nullable, PageOf, PageQueryProperties, strict } from './common.schemas.ts';

export const TaskStateSchema = Type.Enum(['open', 'in-progress', 'done', 'canceled']);
export const ImportanceSchema = Type.Enum(['high', 'medium', 'low']);

export const TaskSchema = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  description: Type.String(),
  /** Free text such as `call`, `offer`, `birthday`; `other` when not given. */
  type: Type.String(),
  clientId: Nullable(Type.Integer()),
  clientName: Nullable(Type.String()),
  contactPersonId: Nullable(Type.Integer()),
  contactPersonName: Nullable(Type.String()),
  interactionId: Nullable(Type.Integer()),
  dealId: Nullable(Type.Integer()),
  authorId: Nullable(Type.Integer()),
  assigneeId: Nullable(Type.Integer()),
  /** Who checks the result. */
  controllerId: Nullable(Type.Integer()),
  /** Shared tasks are visible to everyone; personal ones to their author, assignee and controller (and supervisors). */
  shared: Type.Boolean(),
  importance: ImportanceSchema,
  percentDone: Type.Integer({ minimum: 0, maximum: 100 }),
  state: TaskStateSchema,
  dueAt: Nullable(DateTimeSchema),
  remindAt: Nullable(DateTimeSchema),
  plannedStart: Nullable(DateTimeSchema),
  plannedEnd: Nullable(DateTimeSchema),
  actualStart: Nullable(DateTimeSchema),
  actualEnd: Nullable(DateTimeSchema),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});

export type Task = Static<typeof TaskSchema>;

export const TaskPageSchema = PageOf(TaskSchema);
export type TaskPage = Static<typeof TaskPageSchema>;

const taskFields = {
  title: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  type: Type.Optional(Type.String()),
  clientId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  /** Given without `clientId`, the task is linked to that person's client too. */
  contactPersonId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  interactionId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  dealId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  assigneeId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  controllerId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  shared: Type.Optional(Type.Boolean()),
  importance: Type.Optional(ImportanceSchema),
  percentDone: Type.Optional(Type.Integer()),
  /** Done sets 100 % and the actual end; in progress sets the actual start. */
  state: Type.Optional(TaskStateSchema),
  dueAt: Type.Optional(Nullable(DateTimeSchema)),
  /** Moving it re-arms a reminder that was already delivered. */
  remindAt: Type.Optional(Nullable(DateTimeSchema)),
  plannedStart: Type.Optional(Nullable(DateTimeSchema)),
  plannedEnd: Type.Optional(Nullable(DateTimeSchema)),
  actualStart: Type.Optional(Nullable(DateTimeSchema)),
  actualEnd: Type.Optional(Nullable(DateTimeSchema)),
};

/** The assignee is the signed-in user when left out. */
export const NewTaskBodySchema = Type.Object({ ...taskFields, title: Type.String() }, strict);
export type NewTaskBody = Static<typeof NewTaskBodySchema>;

export const TaskChangesBodySchema = Type.Object(taskFields, strict);
export type TaskChangesBody = Static<typeof TaskChangesBodySchema>;

/**
 * Filters, all optional and combined with AND; soonest due first, undated last. A calendar asks
 * for `calendarFrom`/`calendarTo` of its week or month; a journal for `clientId`, `contactPersonId` or `userId`.
 */
export const TaskListQuerySchema = Type.Object(
  {
    assigneeId: Type.Optional(Type.Integer({ minimum: 1 })),
    authorId: Type.Optional(Type.Integer({ minimum: 1 })),
    controllerId: Type.Optional(Type.Integer({ minimum: 1 })),
    /** Tasks the user wrote, is assigned or controls. */
    userId: Type.Optional(Type.Integer({ minimum: 1 })),
    clientId: Type.Optional(Type.Integer({ minimum: 1 })),
    contactPersonId: Type.Optional(Type.Integer({ minimum: 1 })),
    dealId: Type.Optional(Type.Integer({ minimum: 1 })),
    interactionId: Type.Optional(Type.Integer({ minimum: 1 })),
    type: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 })),
    importance: Type.Optional(Type.Array(ImportanceSchema)),
    state: Type.Optional(Type.Array(TaskStateSchema)),
    shared: Type.Optional(Type.Boolean()),
    /** Due at or after. */
    dueFrom: Type.Optional(DateTimeSchema),
    /** Due before. */
    dueTo: Type.Optional(DateTimeSchema),
    /** Only unfinished tasks past their due time. */
    overdue: Type.Optional(Type.Boolean()),
    /** On the calendar at or after: planned to end then or later, or, with no planned start, due then or later. */
    calendarFrom: Type.Optional(DateTimeSchema),
    /** On the calendar before: planned to start, or (with no planned start) due, before it. */
    calendarTo: Type.Optional(DateTimeSchema),
    /** Words in the title or description, in any case. */
    text: Type.Optional(Type.String({ maxLength: 200 })),
    ...PageQueryProperties,
  },
  strict,
);
export type TaskListQuery = Static<typeof TaskListQuerySchema>;

export const PageOnlyQuerySchema = Type.Object(PageQueryProperties, strict);

/** A task whose reminder time has come, as the reminder toast shows it. */
export const ReminderSchema = Type.Object({
  taskId: Type.Integer(),
  userId: Type.Integer(),
  title: Type.String(),
  type: Type.String(),
  importance: ImportanceSchema,
  remindAt: DateTimeSchema,
  dueAt: Nullable(DateTimeSchema),
  clientId: Nullable(Type.Integer()),
  clientName: Nullable(Type.String()),
  contactPersonId: Nullable(Type.Integer()),
});
export type Reminder = Static<typeof ReminderSchema>;

export const RemindersSchema = Type.Object({ items: Type.Array(ReminderSchema) });

export const BirthdayQuerySchema = Type.Object({ range: Type.Enum(['today', 'week'], { description: 'week: today and the six days after' }) }, strict);
export type BirthdayQuery = Static<typeof BirthdayQuerySchema>;

export const BirthdaySchema = Type.Object({
  clientId: Type.Integer(),
  /** Null when the client (a person) has the birthday. */
  contactPersonId: Nullable(Type.Integer()),
  fullName: Type.String(),
  clientName: Type.String(),
  managerId: Nullable(Type.Integer()),
  birthDate: CalendarDateSchema,
  /** 28 February in a common year for someone born on 29 February. */
  celebratedOn: CalendarDateSchema,
  turnsAge: Type.Integer(),
  /** The person's own number (a mobile first), else their client's; null when neither has one. */
  phone: Nullable(Type.Object({ id: Type.Integer(), number: Type.String({ description: 'E.164 when it could be read, else as typed' }) })),
});
export type Birthday = Static<typeof BirthdaySchema>;

export const BirthdaysSchema = Type.Object({ items: Type.Array(BirthdaySchema) });
