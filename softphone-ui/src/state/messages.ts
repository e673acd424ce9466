/** The WebSocket protocol as the UI reads it: the gateway's own types (gateway/schemas/ws.schemas.ts). */
import type { ClientMessage, ServerMessageOf } from '../../../gateway/schemas/ws.schemas.ts';

export type { ClientCardSummary, PopChoice, ServerMessage } from '../../../gateway/schemas/ws.schemas.ts';
export type { ClientMessage, ServerMessageOf };

/** What the card area shows for a call: the `pop.show` message without its envelope. */
export type Pop = Omit<ServerMessageOf<'pop.show'>, 'v' | 'seq' | 'at' | 'type'>;

/** A client message without `id`: the connection numbers requests itself. */
export type Outgoing = ClientMessage extends infer M ? (M extends ClientMessage ? Omit<M, 'id'> : never) : never;
