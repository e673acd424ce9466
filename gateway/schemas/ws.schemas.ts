/**
 * The WebSocket protocol at `GET /ws`, version 1. The UI imports these types.
 *
 * Server → client: every message is `{ v: 1, seq, type, at, ...payload }`. `seq` numbers the
 * messages of one user's stream (all of that user's sockets see the same numbers); a reply meant
 * for one socket only (`welcome`, `pong`, `error`, `resync.required`, acknowledgements) repeats
 * the number of the last message that socket has received instead of taking a new one.
 *
 * Client → server: `{ type, id?, ...payload }`; `id` comes back as `replyTo` in the answer.
 * The first message of a socket is `hello`: nothing is pushed to a socket before it. A client that
 * reconnects sends the `stream` from its last `welcome` and the last `seq` it saw, and receives
 * what it missed in order; when that is no longer kept it gets `resync.required` and reloads.
 */
import Type, { type Static, type TSchema } from 'typebox';
import { SessionUserSchema } from './auth.schemas.ts';
import { UserRoleSchema } from './common.schemas.ts';
import { TwilioMessageStatusSchema } from './sms.schemas.ts';
import { SupervisorBoardSchema } from './supervisor.schemas.ts';
import { ReminderSchema } from './tasks.schemas.ts';

export const PROTOCOL_VERSION = 1;

const CallIdSchema = Type.String({ minLength: 1, maxLength: 64, description: "The PBX call id (Asterisk's Linkedid)" });
const ReplyToSchema = Type.Optional(Type.String({ maxLength: 64, description: 'The `id` of the client message this answers' }));
const MessageIdSchema = Type.Optional(Type.String({ minLength: 1, maxLength: 64 }));
const DateTimeSchema = Type.String({ format: 'date-time' });

// ── Client → server ────────────────────────────────────────────────────────────────────────────

function clientMessage<Name extends string, Payload extends Record<string, TSchema>>(type: Name, payload: Payload) {
  return Type.Object({ type: Type.Literal(type), id: MessageIdSchema, ...payload }, { additionalProperties: false });
}

export const HelloSchema = clientMessage('hello', {
  stream: Type.Optional(Type.String({ maxLength: 64, description: 'From the last `welcome`, to resume' })),
  lastSeq: Type.Optional(Type.Integer({ minimum: 0, description: 'The last `seq` received, to resume' })),
});

export const PingSchema = clientMessage('ping', {});

export const PopChooseSchema = clientMessage('pop.choose', {
  callId: CallIdSchema,
  clientId: Type.Integer({ minimum: 1 }),
  contactPersonId: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const DraftNotesSchema = clientMessage('draft.notes', {
  callId: CallIdSchema,
  notes: Type.String({ maxLength: 10_000 }),
});

export const InteractionStateSchema = Type.Union([Type.Literal('no-review'), Type.Literal('not-done'), Type.Literal('done'), Type.Literal('partially-done')]);
export const PrioritySchema = Type.Union([Type.Literal('high'), Type.Literal('medium'), Type.Literal('low')]);

export const FollowUpTaskSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    dueAt: Type.Optional(DateTimeSchema),
    description: Type.Optional(Type.String({ maxLength: 10_000 })),
  },
  { additionalProperties: false },
);

export const WrapUpSaveSchema = clientMessage('wrapup.save', {
  callId: CallIdSchema,
  interactionType: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'An interaction type code (sale, consultation, …)' })),
  state: Type.Optional(InteractionStateSchema),
  subject: Type.Optional(Type.String({ maxLength: 200 })),
  notes: Type.Optional(Type.String({ maxLength: 10_000 })),
  priority: Type.Optional(PrioritySchema),
  followUp: Type.Optional(FollowUpTaskSchema),
});

/** A supervisor looks at the cards an agent has on screen right now. */
export const PopPeekSchema = clientMessage('pop.peek', {
  extension: Type.String({ minLength: 1, maxLength: 32 }),
});

/** The pops this user has on screen now (after a page load, say), sent again as `pop.show`. */
export const PopCurrentSchema = clientMessage('pop.current', {});

/** A supervisor opens the live board: answered with `board.snapshot`; `board.update`s follow every change. */
export const BoardWatchSchema = clientMessage('board.watch', {});

/**
 * Every client message type, its schema and the least role that may send it. A type missing here
 * is refused; a handler registers with `hub.onClientMessage(type, handler)`.
 */
export const clientMessages = {
  hello: { schema: HelloSchema, access: 'operator' },
  ping: { schema: PingSchema, access: 'operator' },
  'pop.choose': { schema: PopChooseSchema, access: 'operator' },
  'draft.notes': { schema: DraftNotesSchema, access: 'operator' },
  'wrapup.save': { schema: WrapUpSaveSchema, access: 'operator' },
  'pop.current': { schema: PopCurrentSchema, access: 'operator' },
  'pop.peek': { schema: PopPeekSchema, access: 'supervisor' },
  'board.watch': { schema: BoardWatchSchema, access: 'supervisor' },
} as const satisfies Record<string, { schema: TSchema; access: Static<typeof UserRoleSchema> }>;

export type ClientMessageType = keyof typeof clientMessages;
export type ClientMessageOf<T extends ClientMessageType> = Static<(typeof clientMessages)[T]['schema']>;
export type ClientMessage = { [T in ClientMessageType]: ClientMessageOf<T> }[ClientMessageType];

// ── Server → client ────────────────────────────────────────────────────────────────────────────

function serverMessage<Name extends string, Payload extends Record<string, TSchema>>(type: Name, payload: Payload) {
  return Type.Object({
    v: Type.Literal(PROTOCOL_VERSION),
    seq: Type.Integer({ minimum: 0 }),
    type: Type.Literal(type),
    at: DateTimeSchema,
    ...payload,
  });
}

export const WelcomeMessageSchema = serverMessage('welcome', {
  stream: Type.String({ description: 'Send it back in `hello` to resume after a reconnect' }),
  user: SessionUserSchema,
  resumed: Type.Boolean({ description: 'True when the missed messages follow; false for a fresh start' }),
  heartbeatSeconds: Type.Number(),
  replyTo: ReplyToSchema,
});

export const PongMessageSchema = serverMessage('pong', { replyTo: ReplyToSchema });

export const ErrorMessageSchema = serverMessage('error', {
  code: Type.Union([Type.Literal('bad-message'), Type.Literal('forbidden'), Type.Literal('not-found'), Type.Literal('failed')]),
  message: Type.String(),
  fields: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  replyTo: ReplyToSchema,
});

export const ResyncRequiredMessageSchema = serverMessage('resync.required', {
  reason: Type.Union([Type.Literal('missed-too-much'), Type.Literal('unknown-stream')]),
});

const PhoneDisplaySchema = Type.Object({
  number: Type.String({ description: 'As the PBX sent it' }),
  e164: Type.Union([Type.String(), Type.Null()]),
  display: Type.String({ description: 'Formatted for people' }),
  country: Type.Union([Type.String(), Type.Null()], { description: 'ISO 3166 code' }),
  region: Type.Union([Type.String(), Type.Null()], { description: 'The country or region in words' }),
});

export const ClientCardSummarySchema = Type.Object({
  client: Type.Object({
    id: Type.Integer(),
    kind: Type.Union([Type.Literal('organization'), Type.Literal('person')]),
    fullName: Type.String(),
    shortName: Type.Union([Type.String(), Type.Null()]),
    relationship: Type.String(),
    notes: Type.String(),
  }),
  /** The person whose phone rang, when it is a contact person's: `client` is then their organization. */
  contactPerson: Type.Union([Type.Object({ id: Type.Integer(), fullName: Type.String(), position: Type.Union([Type.String(), Type.Null()]), notes: Type.String() }), Type.Null()]),
  manager: Type.Union([Type.Object({ id: Type.Integer(), displayName: Type.String() }), Type.Null()]),
  segments: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
  keyProperties: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String(), value: Type.Union([Type.String(), Type.Number(), Type.Boolean()]) })),
  lastInteractions: Type.Array(
    Type.Object({
      id: Type.Integer(),
      channel: Type.String(),
      direction: Type.Union([Type.Literal('in'), Type.Literal('out'), Type.Null()]),
      startedAt: DateTimeSchema,
      type: Type.String(),
      subject: Type.String(),
      notes: Type.String(),
      callOutcome: Type.Union([Type.String(), Type.Null()]),
      userName: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  openTasks: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      state: Type.String(),
      importance: Type.String(),
      dueAt: Type.Union([DateTimeSchema, Type.Null()]),
      assigneeName: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

export const PopChoiceSchema = Type.Object({
  clientId: Type.Integer(),
  clientName: Type.String(),
  kind: Type.Union([Type.Literal('organization'), Type.Literal('person')]),
  contactPerson: Type.Union([Type.Object({ id: Type.Integer(), fullName: Type.String(), position: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  lastContactAt: Type.Union([DateTimeSchema, Type.Null()]),
});

export const PopShowMessageSchema = serverMessage('pop.show', {
  callId: CallIdSchema,
  /** `client`: one card; `unknown`: nobody has the number; `choose`: several clients do. */
  kind: Type.Union([Type.Literal('client'), Type.Literal('unknown'), Type.Literal('choose')]),
  direction: Type.Union([Type.Literal('inbound'), Type.Literal('outbound'), Type.Literal('internal')]),
  caller: PhoneDisplaySchema,
  queue: Type.Optional(Type.String()),
  card: Type.Optional(ClientCardSummarySchema),
  /** With `choose`, and with a card picked from a remembered choice: the other matches, one click away. */
  choices: Type.Optional(Type.Array(PopChoiceSchema)),
  /** Why this card: the caller's only match, the operator's earlier choice, or the click-to-call request. */
  cardSource: Type.Optional(Type.Union([Type.Literal('only-match'), Type.Literal('remembered-choice'), Type.Literal('chosen'), Type.Literal('click-to-call')])),
  transferredFrom: Type.Optional(Type.Object({ extension: Type.String(), userId: Type.Union([Type.Integer(), Type.Null()]), displayName: Type.Union([Type.String(), Type.Null()]) })),
  /** Draft notes carried over with a transfer. */
  notes: Type.Optional(Type.String()),
  ringingSince: DateTimeSchema,
});

export const PopWithdrawMessageSchema = serverMessage('pop.withdraw', {
  callId: CallIdSchema,
  reason: Type.Union([Type.Literal('answered-elsewhere'), Type.Literal('caller-gave-up'), Type.Literal('declined'), Type.Literal('no-answer'), Type.Literal('transferred-away')]),
});

export const PopAnsweredMessageSchema = serverMessage('pop.answered', { callId: CallIdSchema });

export const PopEndedMessageSchema = serverMessage('pop.ended', {
  callId: CallIdSchema,
  outcome: Type.String(),
  /** Open the wrap-up form; save it with `wrapup.save` for this call id. */
  wrapUp: Type.Boolean(),
});

export const WrapUpSavedMessageSchema = serverMessage('wrapup.saved', {
  callId: CallIdSchema,
  /** Null while the call is still being logged: the wrap-up is kept and applied once it is. */
  interactionId: Type.Union([Type.Integer(), Type.Null()]),
  followUpTaskId: Type.Union([Type.Integer(), Type.Null()]),
  replyTo: ReplyToSchema,
});

export const PopPeekedMessageSchema = serverMessage('pop.peeked', {
  extension: Type.String(),
  pops: Type.Array(Type.Omit(PopShowMessageSchema, ['v', 'seq', 'at', 'type'])),
  replyTo: ReplyToSchema,
});

/** The whole live board (see supervisor.schemas.ts), to one socket in answer to `board.watch`. */
export const BoardSnapshotMessageSchema = serverMessage('board.snapshot', { ...SupervisorBoardSchema.properties, replyTo: ReplyToSchema });

/** The whole live board again after a change, to every supervisor; not replayed after a reconnect. */
export const BoardUpdateMessageSchema = serverMessage('board.update', SupervisorBoardSchema.properties);

/** A task's reminder time has come: to its assignee, once (at its time, or at their next `hello` if they were away). */
export const ReminderMessageSchema = serverMessage('reminder', { reminder: ReminderSchema });

/** An SMS changed (sent, delivered, failed, received): to the client's manager, its sender and supervisors. */
export const SmsStatusMessageSchema = serverMessage('sms.status', {
  messageId: Type.Integer(),
  /** Null for a message from a number that matches no client. */
  clientId: Type.Union([Type.Integer(), Type.Null()]),
  direction: Type.Union([Type.Literal('in'), Type.Literal('out')]),
  status: TwilioMessageStatusSchema,
  errorCode: Type.Union([Type.Integer(), Type.Null()], { description: "Twilio's error code; the UI translates by code" }),
  errorMessage: Type.Union([Type.String(), Type.Null()], { description: 'The code explained in English' }),
});

export const ServerMessageSchema = Type.Union([
  WelcomeMessageSchema,
  PongMessageSchema,
  ErrorMessageSchema,
  ResyncRequiredMessageSchema,
  PopShowMessageSchema,
  PopWithdrawMessageSchema,
  PopAnsweredMessageSchema,
  PopEndedMessageSchema,
  WrapUpSavedMessageSchema,
  PopPeekedMessageSchema,
  BoardSnapshotMessageSchema,
  BoardUpdateMessageSchema,
  ReminderMessageSchema,
  SmsStatusMessageSchema,
]);

export type ServerMessage = Static<typeof ServerMessageSchema>;
export type ServerMessageType = ServerMessage['type'];
export type ServerMessageOf<T extends ServerMessageType> = Extract<ServerMessage, { type: T }>;
/** What a sender gives the hub: the hub adds `v`, `seq` and `at`. */
export type OutgoingMessage = ServerMessage extends infer M ? (M extends ServerMessage ? Omit<M, 'v' | 'seq' | 'at'> : never) : never;
export type ClientCardSummary = Static<typeof ClientCardSummarySchema>;
export type PopChoice = Static<typeof PopChoiceSchema>;
