/**
 * pglite-socket serves every connection from one PGlite session and queues their protocol
 * messages one by one, so the messages of two connections' extended-protocol exchanges
 * (Parse, Bind, Describe, Execute … Sync) can interleave, and one connection's Bind then meets
 * the other's unnamed statement ("bind message supplies 3 parameters, but prepared statement \"\"
 * requires 2"). Holding a connection's messages until the one that ends its exchange, and queueing
 * them as one, keeps each exchange whole.
 */

/** The queue's `enqueue(handlerId, message, onData)`: resolves with the bytes PGlite answered. */
export type Enqueue = (handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void) => Promise<number>;

/** Parse, Bind, Describe, Execute and Close: PostgreSQL answers them at the Sync (or Flush) that follows. */
const heldMessageTypes = new Set([...'PBDEC'].map((letter) => letter.charCodeAt(0)));

export function enqueueWholeExchanges(enqueue: Enqueue): Enqueue {
  const held = new Map<number, Uint8Array[]>();
  return (handlerId, message, onData) => {
    const waiting = held.get(handlerId) ?? [];
    if (heldMessageTypes.has(message[0]!)) {
      held.set(handlerId, [...waiting, message]);
      return Promise.resolve(0);
    }
    held.delete(handlerId);
    return enqueue(handlerId, waiting.length === 0 ? message : concatenate([...waiting, message]), onData);
  };
}

function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}
