/** Calls: click-to-call, the call log (and its CSV export), missed-call callbacks. */
import Type, { type Static } from 'typebox';
import { DateTimeSchema, ErrorResponseSchema, Nullable, PageQueryProperties, authenticatedErrors, strict } from './common.schemas.ts';
import { CallOutcomeSchema, DirectionSchema, InteractionSchema } from './interactions.schemas.ts';

export const ClickToCallBodySchema = Type.Object(
  {
    phoneId: Type.Optional(Type.Integer({ minimum: 1, description: "A phone on a client's card: the call is logged on that client" })),
    number: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'A number typed in, in any usual spelling' })),
  },
  { ...strict, description: 'Exactly one of `phoneId` and `number`' },
);

export type ClickToCallBody = Static<typeof ClickToCallBodySchema>;

export const PlacedCallSchema = Type.Object({
  crmRequestId: Type.String({ description: 'Carried by the call through the PBX; the screen-pop and the call log know the call by it' }),
  number: Type.String({ description: 'The number dialled, E.164' }),
  clientId: Nullable(Type.Integer()),
  contactPersonId: Nullable(Type.Integer()),
});

export type PlacedCall = Static<typeof PlacedCallSchema>;

const pbxErrors = { 502: ErrorResponseSchema, 503: ErrorResponseSchema, 504: ErrorResponseSchema };

export const clickToCallResponses = { 202: PlacedCallSchema, ...authenticatedErrors, 404: ErrorResponseSchema, 409: ErrorResponseSchema, ...pbxErrors };

const callLogFilterProperties = {
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Calls that started at or after this instant' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Calls that started before this instant' })),
  userId: Type.Optional(Type.Integer({ minimum: 1, description: 'The agent who took or made the call' })),
  direction: Type.Optional(DirectionSchema),
  outcome: Type.Optional(CallOutcomeSchema),
  clientId: Type.Optional(Type.Integer({ minimum: 1 })),
  number: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Either party: numbers ending with these digits' })),
};

export const CallLogQuerySchema = Type.Object({ ...callLogFilterProperties, ...PageQueryProperties }, strict);
export type CallLogQuery = Static<typeof CallLogQuerySchema>;

export const CallLogExportQuerySchema = Type.Object(callLogFilterProperties, strict);
export type CallLogExportQuery = Static<typeof CallLogExportQuerySchema>;

export const CallLogEntrySchema = Type.Object({
  ...InteractionSchema.properties,
  clientName: Nullable(Type.String()),
  agentName: Nullable(Type.String()),
});

export type CallLogEntry = Static<typeof CallLogEntrySchema>;

export const CallLogTotalsSchema = Type.Object({
  calls: Type.Integer(),
  talkSeconds: Type.Integer(),
  waitSeconds: Type.Integer(),
  byOutcome: Type.Object({
    answered: Type.Integer(),
    missed: Type.Integer(),
    busy: Type.Integer(),
    failed: Type.Integer(),
    abandoned: Type.Integer(),
    transferred: Type.Integer(),
  }),
});

export type CallLogTotals = Static<typeof CallLogTotalsSchema>;

export const CallLogPageSchema = Type.Object({
  items: Type.Array(CallLogEntrySchema),
  nextCursor: Type.Optional(Type.String()),
  /** Over every call the filters match; on the first page only (no cursor). */
  totals: Type.Optional(CallLogTotalsSchema),
});

export type CallLogPage = Static<typeof CallLogPageSchema>;

export const CallbackSchema = Type.Object({
  taskId: Type.Integer(),
  title: Type.String(),
  number: Type.String({ description: 'The number to call back, E.164 where it could be read' }),
  clientId: Nullable(Type.Integer()),
  contactPersonId: Nullable(Type.Integer()),
  interactionId: Nullable(Type.Integer({ description: 'The first missed call' })),
  assigneeId: Nullable(Type.Integer({ description: 'Null while nobody holds it: any agent may take it' })),
  shared: Type.Boolean(),
  state: Type.Enum(['open', 'in-progress', 'done', 'canceled']),
  dueAt: Nullable(DateTimeSchema),
  createdAt: DateTimeSchema,
});

export type Callback = Static<typeof CallbackSchema>;

export const OpenCallbackSchema = Type.Object({
  ...CallbackSchema.properties,
  missedCalls: Type.Integer(),
  lastMissedAt: Nullable(DateTimeSchema),
});

export type OpenCallback = Static<typeof OpenCallbackSchema>;

export const OpenCallbacksSchema = Type.Object({ items: Type.Array(OpenCallbackSchema) });

export const takeCallbackResponses = { 200: CallbackSchema, ...authenticatedErrors, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
