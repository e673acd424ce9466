/** Interactions: every contact with a client (calls, SMS, emails, meetings, notes), and their types. */
import Type, { type Static } from 'typebox';
import { DateTimeSchema, Nullable, PageOf, PageQueryProperties, strict } from './common.schemas.ts';

export const ChannelSchema = Type.Enum(['call', 'sms', 'email', 'meeting', 'note']);
export const DirectionSchema = Type.Enum(['in', 'out']);
export const PrioritySchema = Type.Enum(['high', 'medium', 'low']);
export const InteractionStateSchema = Type.Enum(['no-review', 'not-done', 'done', 'partially-done']);
export const InteractionStatusSchema = Type.Enum(['held', 'planned', 'canceled']);
export const CallOutcomeSchema = Type.Enum(['answered', 'missed', 'busy', 'failed', 'abandoned', 'transferred']);
const typeCode = Type.String({ description: 'A code from `GET /api/interaction-types`' });

export const InteractionSchema = Type.Object({
  id: Type.Integer(),
  channel: ChannelSchema,
  /** Null for notes and internal calls. */
  direction: Nullable(DirectionSchema),
  startedAt: DateTimeSchema,
  endedAt: Nullable(DateTimeSchema),
  durationSeconds: Nullable(Type.Integer()),
  priority: PrioritySchema,
  type: typeCode,
  state: InteractionStateSchema,
  status: InteractionStatusSchema,
  subject: Type.String(),
  notes: Type.String(),
  adSource: Nullable(Type.String()),
  clientId: Nullable(Type.Integer()),
  contactPersonId: Nullable(Type.Integer()),
  /** The user who handled it. */
  userId: Nullable(Type.Integer()),
  fromNumber: Nullable(Type.String()),
  toNumber: Nullable(Type.String()),
  /** PBX calls only. */
  pbxCallId: Nullable(Type.String()),
  callOutcome: Nullable(CallOutcomeSchema),
  waitSeconds: Nullable(Type.Integer()),
  talkSeconds: Nullable(Type.Integer()),
  queue: Nullable(Type.String()),
  recordingRef: Nullable(Type.String()),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});

export type Interaction = Static<typeof InteractionSchema>;

export const InteractionPageSchema = PageOf(InteractionSchema);

export type InteractionPage = Static<typeof InteractionPageSchema>;

const wrapUpFields = {
  type: Type.Optional(typeCode),
  state: Type.Optional(InteractionStateSchema),
  subject: Type.Optional(Type.String()),
  notes: Type.Optional(Type.String()),
  priority: Type.Optional(PrioritySchema),
};

/** A meeting, a note, an email, an SMS or a call made outside the PBX. */
export const NewInteractionBodySchema = Type.Object(
  {
    channel: ChannelSchema,
    direction: Type.Optional(Nullable(DirectionSchema)),
    startedAt: DateTimeSchema,
    endedAt: Type.Optional(Nullable(DateTimeSchema)),
    /** Computed from `startedAt` and `endedAt` when left out. */
    durationSeconds: Type.Optional(Nullable(Type.Integer({ minimum: 0 }))),
    status: Type.Optional(InteractionStatusSchema),
    ...wrapUpFields,
    adSource: Type.Optional(Nullable(Type.String())),
    clientId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
    /** Without `clientId`, the interaction goes to this person's client. */
    contactPersonId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
    /** Who handled it; the signed-in user when left out. Only a supervisor or above may name someone else. */
    userId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
    fromNumber: Type.Optional(Nullable(Type.String())),
    toNumber: Type.Optional(Nullable(Type.String())),
  },
  strict,
);

export type NewInteractionBody = Static<typeof NewInteractionBodySchema>;

/** What an operator fills in after a call, or at any time. */
export const WrapUpBodySchema = Type.Object(wrapUpFields, strict);

export type WrapUpBody = Static<typeof WrapUpBodySchema>;

/**
 * Newest first. Below supervisor, a list is a client's history (`clientId`) or the user's own
 * work (`userId` left out or the user's own).
 */
export const InteractionListQuerySchema = Type.Object(
  {
    clientId: Type.Optional(Type.Integer({ minimum: 1 })),
    channel: Type.Optional(Type.Array(ChannelSchema)),
    direction: Type.Optional(DirectionSchema),
    userId: Type.Optional(Type.Integer({ minimum: 1 })),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'Started at or after this instant' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Started before this instant' })),
    ...PageQueryProperties,
  },
  strict,
);

export type InteractionListQuery = Static<typeof InteractionListQuerySchema>;

export const InteractionTypeSchema = Type.Object({ code: Type.String(), name: Type.String() });

export type InteractionType = Static<typeof InteractionTypeSchema>;

export const InteractionTypeListSchema = Type.Object({ items: Type.Array(InteractionTypeSchema) });

export const NewInteractionTypeBodySchema = Type.Object(
  { code: Type.String({ description: 'Lower-case letters, digits or -, starting with a letter' }), name: Type.String() },
  strict,
);

export type NewInteractionTypeBody = Static<typeof NewInteractionTypeBodySchema>;
