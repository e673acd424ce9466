/**
 * The gateways' message bus: what one gateway publishes reaches every other gateway.
 *
 * On PostgreSQL it is LISTEN/NOTIFY on one dedicated `pg` connection per gateway, outside the
 * Kysely pool: a pooled connection would drop the LISTEN whenever the pool recycles it. The same
 * connection publishes, so a gateway's messages leave in the order it published them (pooled
 * connections would commit in any order): one statement at a time, and what is published meanwhile
 * goes out together in the next one. When the
 * connection drops, the bus reconnects every `reconnectDelayMs` and keeps what is published
 * meanwhile (up to `backlogLimit` messages), sending it once connected again; a subscriber hears
 * of each (re)connection, since messages sent by others while it was away are gone (NOTIFY keeps
 * nothing for a listener that is not there).
 *
 * NOTIFY refuses payloads of 8000 bytes or more. A larger message is sent in chunks, base64 of its
 * UTF-8 JSON cut into pieces that fit, all in ONE statement: one transaction, so PostgreSQL
 * delivers all of them or none, together. The receiver reassembles by origin and message number.
 * No table is needed, and nothing has to be cleaned up.
 *
 * Every message carries its origin (the gateway's node id). A gateway hears its own NOTIFYs too and
 * drops them: the publisher acts on its own messages itself, at once, so nothing is handled twice.
 *
 * Embedded (PGlite, one process) there is nobody to tell, and LISTEN/NOTIFY does not cross
 * pglite-socket connections anyway: `createLocalBus` delivers in process, to the other buses on the
 * same hub (tests put several "gateways" on one hub).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';

export interface ClusterBus<Message> {
  /** This gateway's id, the origin of what it publishes. */
  readonly nodeId: string;
  /** Sends to every other gateway, in publishing order. Never throws: failures are logged and retried with the connection. */
  publish(message: Message): void;
  /** Messages from the other gateways (never this one's own); returns the unsubscribe function. */
  subscribe(listener: (message: Message, origin: string) => void): () => void;
  /** Called on every (re)connection: whatever others sent while this gateway was away was lost. */
  onConnected(listener: () => void): () => void;
  close(): Promise<void>;
}

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
export const NOTIFY_PAYLOAD_LIMIT_BYTES = 8000;
/** Room for the chunk's envelope (origin, numbers) around its piece of base64. */
const CHUNK_DATA_CHARS = 7000;
const DEFAULT_CHANNEL = 'dzvinok_cluster';
const DEFAULT_RECONNECT_DELAY_MS = 1000;
const DEFAULT_BACKLOG_LIMIT = 10_000;
/** A chunked message still incomplete after this long lost its other chunks with a connection. */
const INCOMPLETE_MESSAGE_TTL_MS = 60_000;

export function newNodeId(): string {
  return randomUUID().slice(0, 8);
}

interface Listeners<Message> {
  readonly messages: Set<(message: Message, origin: string) => void>;
  readonly connected: Set<() => void>;
}

function createListeners<Message>(log: Logger): Listeners<Message> & {
  deliver(message: Message, origin: string): void;
  announceConnected(): void;
} {
  const messages = new Set<(message: Message, origin: string) => void>();
  const connected = new Set<() => void>();
  const safely = (run: () => void): void => {
    try {
      run();
    } catch (error) {
      log.error({ err: error }, 'cluster bus listener failed');
    }
  };
  return {
    messages,
    connected,
    deliver: (message, origin) => messages.forEach((listener) => safely(() => listener(message, origin))),
    announceConnected: () => connected.forEach((listener) => safely(listener)),
  };
}

function subscribeTo<T>(set: Set<T>, listener: T): () => void {
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

/** Several in-process buses that hear one another, as gateways on one PostgreSQL would. */
export interface LocalBusHub {
  readonly buses: Set<{ readonly nodeId: string; receive(message: unknown, origin: string): void }>;
}

export function createLocalBusHub(): LocalBusHub {
  return { buses: new Set() };
}

/** The embedded bus: delivery in process, asynchronously like NOTIFY, in publishing order. */
export function createLocalBus<Message>(options: { readonly log: Logger; readonly hub?: LocalBusHub; readonly nodeId?: string }): ClusterBus<Message> {
  const log = options.log.child({ module: 'cluster-bus' });
  const hub = options.hub ?? createLocalBusHub();
  const nodeId = options.nodeId ?? newNodeId();
  const listeners = createListeners<Message>(log);
  const member = { nodeId, receive: (message: unknown, origin: string) => listeners.deliver(message as Message, origin) };
  hub.buses.add(member);
  queueMicrotask(() => listeners.announceConnected());
  return {
    nodeId,
    publish(message) {
      for (const bus of hub.buses) {
        if (bus !== member) queueMicrotask(() => hub.buses.has(bus) && bus.receive(message, nodeId));
      }
    },
    subscribe: (listener) => subscribeTo(listeners.messages, listener),
    onConnected: (listener) => subscribeTo(listeners.connected, listener),
    close: async () => {
      hub.buses.delete(member);
    },
  };
}

/** What travels in one NOTIFY: a whole message, or one chunk of a large one. */
type Notification =
  | { readonly o: string; readonly n: number; readonly m: unknown }
  | { readonly o: string; readonly c: { readonly id: number; readonly part: number; readonly of: number; readonly data: string } };

/** The NOTIFY payloads for one message: itself when it fits, else its chunks. */
export function encodeNotifications(message: unknown, origin: string, messageNumber: number): string[] {
  // The number keeps two equal messages apart: PostgreSQL delivers equal payloads of one transaction once.
  const whole = JSON.stringify({ o: origin, n: messageNumber, m: message } satisfies Notification);
  if (Buffer.byteLength(whole) < NOTIFY_PAYLOAD_LIMIT_BYTES) return [whole];
  const data = Buffer.from(JSON.stringify(message)).toString('base64');
  const of = Math.ceil(data.length / CHUNK_DATA_CHARS);
  return Array.from({ length: of }, (_, part) =>
    JSON.stringify({ o: origin, c: { id: messageNumber, part, of, data: data.slice(part * CHUNK_DATA_CHARS, (part + 1) * CHUNK_DATA_CHARS) } } satisfies Notification),
  );
}

/** Reassembles chunked messages; whole ones pass straight through. */
export function createNotificationDecoder(now: () => number = Date.now) {
  const incomplete = new Map<string, { parts: (string | undefined)[]; received: number; firstAt: number }>();

  function forgetAbandoned(): void {
    for (const [key, message] of incomplete) if (now() - message.firstAt > INCOMPLETE_MESSAGE_TTL_MS) incomplete.delete(key);
  }

  return {
    /** The message and its origin once complete; undefined for a chunk that is not the last one. */
    decode(payload: string): { readonly message: unknown; readonly origin: string } | undefined {
      const notification = JSON.parse(payload) as Notification;
      if ('m' in notification) return { message: notification.m, origin: notification.o };
      const { id, part, of, data } = notification.c;
      const key = `${notification.o}/${id}`;
      let message = incomplete.get(key);
      if (!message) {
        forgetAbandoned();
        message = { parts: new Array<string | undefined>(of), received: 0, firstAt: now() };
        incomplete.set(key, message);
      }
      if (message.parts[part] === undefined) message.received++;
      message.parts[part] = data;
      if (message.received < of) return undefined;
      incomplete.delete(key);
      const json = Buffer.from(message.parts.join(''), 'base64').toString('utf8');
      return { message: JSON.parse(json), origin: notification.o };
    },
    incompleteCount: () => incomplete.size,
  };
}

export interface PostgresBusOptions {
  readonly url: string;
  readonly log: Logger;
  readonly nodeId?: string;
  readonly channel?: string;
  readonly reconnectDelayMs?: number;
  /** Messages kept while disconnected; beyond it the oldest are dropped (and counted in the log). */
  readonly backlogLimit?: number;
}

export function createPostgresBus<Message>(options: PostgresBusOptions): ClusterBus<Message> {
  const nodeId = options.nodeId ?? newNodeId();
  const log = options.log.child({ module: 'cluster-bus', nodeId });
  const channel = options.channel ?? DEFAULT_CHANNEL;
  const reconnectDelayMs = options.reconnectDelayMs ?? DEFAULT_RECONNECT_DELAY_MS;
  const backlogLimit = options.backlogLimit ?? DEFAULT_BACKLOG_LIMIT;
  const listeners = createListeners<Message>(log);
  const decoder = createNotificationDecoder();
  /** Published and not sent yet: while a statement runs, or while disconnected (up to `backlogLimit`). */
  const waiting: string[][] = [];
  let sending = false;
  let messageNumber = 0;
  let droppedWhileDisconnected = 0;
  /** The connection being opened or in use. */
  let client: pg.Client | undefined;
  /** Set once that connection is listening: publishing goes to the backlog until then. */
  let listening: pg.Client | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let closed = false;

  function receive(payload: string | undefined): void {
    if (payload === undefined) return;
    try {
      const decoded = decoder.decode(payload);
      if (decoded && decoded.origin !== nodeId) listeners.deliver(decoded.message as Message, decoded.origin);
    } catch (error) {
      log.warn({ err: error, bytes: payload.length }, 'unreadable cluster message skipped');
    }
  }

  /**
   * One statement at a time on the connection (pg queues no more than that): what is published
   * while one is running goes out together in the next, in order, in one transaction.
   */
  function flush(): void {
    const connection = listening;
    if (!connection || sending || waiting.length === 0) return;
    const payloads = waiting.splice(0).flat();
    sending = true;
    connection
      .query('SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload', [channel, payloads])
      .catch((error: unknown) => log.warn({ err: error, messages: payloads.length }, 'cluster messages may not have been sent (the connection failed while sending)'))
      .finally(() => {
        sending = false;
        flush();
      });
  }

  function lost(connection: pg.Client, error?: unknown): void {
    if (connection !== client) return;
    client = undefined;
    listening = undefined;
    connection.end().catch(() => {});
    log.warn({ err: error }, 'cluster bus connection lost; reconnecting');
    scheduleReconnect();
  }

  function scheduleReconnect(): void {
    if (closed || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void connect();
    }, reconnectDelayMs);
  }

  async function connect(): Promise<void> {
    const connection = new pg.Client({ connectionString: options.url, application_name: `dzvinok-bus:${nodeId}`, keepAlive: true });
    connection.on('error', (error) => lost(connection, error));
    connection.on('end', () => lost(connection));
    connection.on('notification', (notification) => notification.channel === channel && receive(notification.payload));
    client = connection;
    try {
      await connection.connect();
      await connection.query(`LISTEN ${connection.escapeIdentifier(channel)}`);
    } catch (error) {
      lost(connection, error);
      return;
    }
    if (closed) {
      await connection.end().catch(() => {});
      return;
    }
    if (droppedWhileDisconnected > 0) log.warn({ dropped: droppedWhileDisconnected }, 'cluster messages dropped while disconnected');
    droppedWhileDisconnected = 0;
    listening = connection;
    flush();
    log.info({ channel }, 'cluster bus connected');
    listeners.announceConnected();
  }

  const connecting = connect();

  return {
    nodeId,
    publish(message) {
      const payloads = encodeNotifications(message, nodeId, messageNumber++);
      waiting.push(payloads);
      if (waiting.length > backlogLimit) {
        waiting.shift();
        droppedWhileDisconnected++;
      }
      flush();
    },
    subscribe: (listener) => subscribeTo(listeners.messages, listener),
    onConnected: (listener) => subscribeTo(listeners.connected, listener),
    async close() {
      closed = true;
      clearTimeout(reconnectTimer);
      await connecting;
      const connection = client;
      client = undefined;
      listening = undefined;
      await connection?.end().catch(() => {});
    },
  };
}
