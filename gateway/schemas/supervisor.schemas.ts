/**
 * The supervisors' live board (calls in progress and on hold, agent states with wrap-up, queue
 * waiting counts, who is listening to whom) and the listen / whisper / barge actions. The board
 * travels over the WebSocket as `board.snapshot` (the answer to `board.watch`) and `board.update`
 * (after every change, at most every 250 ms); `GET /api/supervisor/board` answers the same shape.
 */
import Type, { type Static } from 'typebox';
import { DateTimeSchema, ErrorResponseSchema, Nullable, authenticatedErrors, strict } from './common.schemas.ts';

export const SupervisionModeSchema = Type.Enum(['listen', 'whisper', 'barge']);
export type SupervisionMode = Static<typeof SupervisionModeSchema>;

export const BoardCallSchema = Type.Object({
  callId: Type.String(),
  direction: Type.Enum(['inbound', 'outbound', 'internal']),
  /** `queued`: waiting in a queue with no phone ringing; `dialling`: an outbound call not yet answered. */
  state: Type.Enum(['ringing', 'queued', 'dialling', 'talking']),
  /** The customer on inbound calls, the agent's extension on outbound ones. */
  from: Type.String(),
  to: Type.String(),
  queue: Nullable(Type.String()),
  ringingAgents: Type.Array(Type.String()),
  connectedAgents: Type.Array(Type.String()),
  startedAt: DateTimeSchema,
  /** When an agent answered; the talk time runs from here. */
  answeredAt: Nullable(DateTimeSchema),
  /** While an agent holds the caller: whose phone pressed hold, and since when. */
  onHold: Nullable(Type.Object({ agentExtension: Type.String(), since: DateTimeSchema })),
});

export const BoardAgentSchema = Type.Object({
  extension: Type.String(),
  /**
   * What the PBX says (`idle` … `paused`), except `on-hold` while the agent holds a caller, and
   * `wrap-up` after a call until its wrap-up is saved or the after-call-work time has passed.
   */
  state: Type.Enum(['idle', 'ringing', 'busy', 'on-hold', 'wrap-up', 'unavailable', 'paused']),
  since: DateTimeSchema,
});

export const BoardQueueSchema = Type.Object({
  queue: Type.String(),
  /** Callers in the queue whom nobody has answered yet. */
  waiting: Type.Integer(),
  oldestWaitingSince: Nullable(DateTimeSchema),
});

export const BoardSupervisionSchema = Type.Object({
  callId: Type.String({ description: 'The call listened to' }),
  agentExtension: Type.String(),
  mode: SupervisionModeSchema,
  supervisorId: Type.Integer(),
  supervisorName: Type.String(),
  supervisorExtension: Type.String(),
  startedAt: DateTimeSchema,
});

export const SupervisorBoardSchema = Type.Object({
  calls: Type.Array(BoardCallSchema),
  agents: Type.Array(BoardAgentSchema),
  queues: Type.Array(BoardQueueSchema),
  supervisions: Type.Array(BoardSupervisionSchema),
});

export type BoardCall = Static<typeof BoardCallSchema>;
export type BoardAgent = Static<typeof BoardAgentSchema>;
export type BoardQueue = Static<typeof BoardQueueSchema>;
export type BoardSupervision = Static<typeof BoardSupervisionSchema>;
export type SupervisorBoard = Static<typeof SupervisorBoardSchema>;

export const SuperviseBodySchema = Type.Object(
  { agentExtension: Type.String({ minLength: 1, maxLength: 40, description: "The extension of the agent whose call to join" }) },
  strict,
);

export type SuperviseBody = Static<typeof SuperviseBodySchema>;

export const SupervisionStartedSchema = Type.Object({
  spiedCallId: Type.String({ description: 'The call your phone joins once you answer it' }),
  agentExtension: Type.String(),
  mode: SupervisionModeSchema,
});

export const superviseResponses = {
  202: SupervisionStartedSchema,
  ...authenticatedErrors,
  409: ErrorResponseSchema,
  502: ErrorResponseSchema,
  503: ErrorResponseSchema,
  504: ErrorResponseSchema,
};
