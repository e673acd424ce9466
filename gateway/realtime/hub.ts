/**
 * The realtime hub: every open `/ws` socket of this gateway process, grouped by user.
 *
 * The rest of the gateway pushes with `sendToUser`, `sendToUsers` and `sendToRole` and listens with
 * `onClientMessage`. A message to one user is numbered in that user's stream and written at once;
 * a message for many sockets goes out in slices with `setImmediate` between them, so a screen-pop
 * never waits behind a broadcast to thousands of sockets. Heartbeats find dead sockets; the session
 * is checked again on each heartbeat and each `hello`, so a signed-out or deactivated user's sockets
 * close.
 *
 * Per-user state lives in this process. With several gateways every gateway receives every call
 * event (through the cluster bus) and pushes to its own sockets.
 */
import type { Logger } from 'pino';
import { Compile } from 'typebox/compile';
import type { Validator } from 'typebox/compile';
import type { SessionService, SessionUser } from '../../crm-core/sessions/session.service.ts';
import { NotFoundError, ValidationError } from '../../crm-core/shared/validation-error.ts';
import type { UserRole } from '../../crm-core/users/user.ts';
import { HttpError } from '../http-errors.ts';
import { hasRole } from '../plugins/auth.ts';
import {
  clientMessages,
  PROTOCOL_VERSION,
  type ClientMessageOf,
  type ClientMessageType,
  type OutgoingMessage,
  type ServerMessageOf,
} from '../schemas/ws.schemas.ts';
import { defaultReplayWindow, UserStream, type ReplayWindow } from './user-stream.ts';

/** The part of a `ws` WebSocket the hub uses. */
export interface HubSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(text: string): void;
  ping(): void;
  terminate(): void;
  close(code?: number, reason?: string): void;
  on(event: 'message', listener: (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => void): unknown;
  on(event: 'pong' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface ClientContext {
  readonly user: SessionUser;
  /** Answers this socket only; the answer does not take a number in the user's stream. */
  reply(message: OutgoingMessage): void;
}

export type ClientMessageHandler<T extends ClientMessageType> = (message: ClientMessageOf<T>, context: ClientContext) => void | Promise<void>;

export interface SendOptions {
  /**
   * False for feeds that the next update redraws anyway (a live board): they take a number but are
   * not kept for a reconnecting socket. Default true.
   */
  readonly replay?: boolean;
}

export interface ConnectedUser {
  readonly user: SessionUser;
  readonly sockets: number;
}

export interface Hub {
  sendToUser(userId: number, message: OutgoingMessage): void;
  sendToUsers(userIds: Iterable<number>, message: OutgoingMessage, options?: SendOptions): void;
  /** Every connected user with at least this role. */
  sendToRole(leastRole: UserRole, message: OutgoingMessage, options?: SendOptions): void;
  /** Whether any user with at least this role has a socket open. */
  anyoneConnected(leastRole: UserRole): boolean;
  /** One handler per type; returns the function that removes it. */
  onClientMessage<T extends ClientMessageType>(type: T, handler: ClientMessageHandler<T>): () => void;
  connectedUsers(): ConnectedUser[];
  /** Told after each `hello` is answered, when the socket starts receiving pushes; returns the function that removes it. */
  onHello(listener: (user: SessionUser) => void): () => void;
  /** Takes a socket whose upgrade request was authenticated; call it before any `await`. */
  accept(socket: HubSocket, session: { readonly user: SessionUser; readonly token: string }): void;
  close(): void;
}

export interface HubOptions {
  readonly sessions: Pick<SessionService, 'resolve' | 'resolveMany'>;
  readonly log: Logger;
  /** A ping every so often; a socket that misses two pongs is dropped. Default 30 s. */
  readonly heartbeatMs?: number;
  /**
   * Sockets are pinged and their sessions checked in this many groups, one group after another
   * across the heartbeat. Default: a group a second, so 2,000 agents cost a steady trickle of
   * pings, pongs and small session reads instead of one burst every heartbeat.
   */
  readonly heartbeatGroups?: number;
  readonly replayWindow?: ReplayWindow;
  /**
   * Sockets written per event-loop turn for a message to many. Default 25: a write costs 20–40 µs
   * here, so a pop waits at most about a millisecond behind a slice.
   */
  readonly sliceSize?: number;
  /** A socket this far behind in reading is dropped; it resumes when it reconnects. Default 8 MB. */
  readonly maxBufferedBytes?: number;
  readonly now?: () => number;
}

export const SESSION_ENDED_CLOSE_CODE = 4401;
export const TOO_SLOW_CLOSE_CODE = 4008;
const OPEN = 1;

interface Connection {
  readonly socket: HubSocket;
  readonly token: string;
  readonly member: Member;
  user: SessionUser;
  /** Pushes start after `hello`; until then the stream keeps what arrives. */
  live: boolean;
  /** The stream's number when the socket opened: a fresh `hello` replays from here. */
  readonly seqAtOpen: number;
  deliveredSeq: number;
  missedHeartbeats: number;
  /** Client messages are handled one after another, in the order they came. */
  handling: Promise<void>;
  /** The heartbeat group this socket is pinged with. */
  readonly group: Set<Connection>;
}

interface Member {
  user: SessionUser;
  readonly stream: UserStream;
  readonly connections: Set<Connection>;
  lastLeftAt: number;
}

interface Broadcast {
  readonly body: string;
  readonly members: readonly Member[];
  readonly replay: boolean;
  next: number;
}

const validators = new Map<string, Validator>(Object.entries(clientMessages).map(([type, { schema }]) => [type, Compile(schema)]));

export function createHub(options: HubOptions): Hub {
  const log = options.log.child({ module: 'realtime' });
  const now = options.now ?? Date.now;
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const window = options.replayWindow ?? defaultReplayWindow;
  const sliceSize = options.sliceSize ?? 25;
  const maxBufferedBytes = options.maxBufferedBytes ?? 8 * 1024 * 1024;
  const members = new Map<number, Member>();
  const handlers = new Map<ClientMessageType, ClientMessageHandler<never>>();
  const helloListeners = new Set<(user: SessionUser) => void>();
  const broadcasts: Broadcast[] = [];
  let pumping = false;
  const heartbeatGroups = Array.from({ length: options.heartbeatGroups ?? Math.max(1, Math.floor(heartbeatMs / 1_000)) }, () => new Set<Connection>());
  let acceptedCount = 0;
  let beatCount = 0;

  const heartbeat = setInterval(beat, heartbeatMs / heartbeatGroups.length);
  heartbeat.unref();

  function serialize(message: OutgoingMessage): string {
    const { type, ...payload } = message;
    return JSON.stringify({ type, at: new Date(now()).toISOString(), ...payload });
  }

  function write(connection: Connection, text: string, seq: number): void {
    const { socket } = connection;
    if (socket.readyState !== OPEN) return;
    if (socket.bufferedAmount > maxBufferedBytes) {
      log.warn({ userId: connection.user.id, bufferedBytes: socket.bufferedAmount }, 'socket too slow; dropped');
      socket.close(TOO_SLOW_CLOSE_CODE, 'too slow to read');
      return;
    }
    socket.send(text);
    connection.deliveredSeq = seq;
  }

  function deliver(member: Member, body: string, replay: boolean): void {
    const text = member.stream.next(body, now(), replay);
    const seq = member.stream.seq;
    for (const connection of member.connections) if (connection.live) write(connection, text, seq);
  }

  function reply(connection: Connection, message: OutgoingMessage): void {
    if (connection.socket.readyState !== OPEN) return;
    connection.socket.send(JSON.stringify({ v: PROTOCOL_VERSION, seq: connection.deliveredSeq, at: new Date(now()).toISOString(), ...message }));
  }

  function sendToMembers(targets: Member[], message: OutgoingMessage, options: SendOptions): void {
    if (targets.length === 0) return;
    const body = serialize(message);
    const replay = options.replay ?? true;
    let sockets = 0;
    for (const member of targets) sockets += member.connections.size;
    if (sockets <= sliceSize) {
      for (const member of targets) deliver(member, body, replay);
      return;
    }
    broadcasts.push({ body, members: targets, replay, next: 0 });
    if (!pumping) {
      pumping = true;
      setImmediate(pump);
    }
  }

  /** Writes one slice of the queued broadcasts, then yields so that pops go out in between. */
  function pump(): void {
    let budget = sliceSize;
    while (budget > 0 && broadcasts.length > 0) {
      const broadcast = broadcasts[0]!;
      while (budget > 0 && broadcast.next < broadcast.members.length) {
        const member = broadcast.members[broadcast.next++]!;
        deliver(member, broadcast.body, broadcast.replay);
        budget -= Math.max(1, member.connections.size);
      }
      if (broadcast.next >= broadcast.members.length) broadcasts.shift();
    }
    if (broadcasts.length > 0) setImmediate(pump);
    else pumping = false;
  }

  function accept(socket: HubSocket, session: { user: SessionUser; token: string }): void {
    const member = memberFor(session.user);
    const connection: Connection = {
      socket,
      token: session.token,
      member,
      user: session.user,
      live: false,
      seqAtOpen: member.stream.seq,
      deliveredSeq: member.stream.seq,
      missedHeartbeats: 0,
      handling: Promise.resolve(),
      group: heartbeatGroups[acceptedCount++ % heartbeatGroups.length]!,
    };
    member.connections.add(connection);
    connection.group.add(connection);
    socket.on('message', (data, isBinary) => {
      connection.missedHeartbeats = 0;
      connection.handling = connection.handling.then(() => handleMessage(connection, data, isBinary));
    });
    socket.on('pong', () => (connection.missedHeartbeats = 0));
    socket.on('error', (error) => log.debug({ err: error, userId: connection.user.id }, 'socket error'));
    socket.on('close', () => {
      member.connections.delete(connection);
      connection.group.delete(connection);
      member.lastLeftAt = now();
    });
  }

  function memberFor(user: SessionUser): Member {
    const existing = members.get(user.id);
    if (existing) {
      existing.user = user;
      return existing;
    }
    const member: Member = { user, stream: new UserStream(window), connections: new Set(), lastLeftAt: now() };
    members.set(user.id, member);
    return member;
  }

  async function handleMessage(connection: Connection, data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): Promise<void> {
    const parsed = isBinary ? undefined : parseJson(data);
    if (parsed === undefined || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return refuse(connection, undefined, 'bad-message', 'A message is a JSON object with a `type`', [{ field: '(message)', message: 'is not a JSON object' }]);
    }
    const { type, id } = parsed as { type?: unknown; id?: unknown };
    const replyTo = typeof id === 'string' ? id.slice(0, 64) : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(clientMessages, type)) {
      return refuse(connection, replyTo, 'bad-message', 'Unknown message type', [{ field: 'type', message: 'is not a known message type' }]);
    }
    const messageType = type as ClientMessageType;
    const { access } = clientMessages[messageType];
    if (!hasRole(connection.user, access)) {
      return refuse(connection, replyTo, 'forbidden', `Only a ${access} or above may send ${messageType}`);
    }
    const validator = validators.get(messageType)!;
    if (!validator.Check(parsed)) {
      const fields = fieldIssues(validator, parsed);
      return refuse(connection, replyTo, 'bad-message', fields.map((issue) => `${issue.field}: ${issue.message}`).join('; '), fields);
    }
    try {
      await dispatch(connection, messageType, parsed as ClientMessageOf<ClientMessageType>, replyTo);
    } catch (error) {
      answerFailure(connection, messageType, replyTo, error);
    }
  }

  async function dispatch(connection: Connection, type: ClientMessageType, message: ClientMessageOf<ClientMessageType>, replyTo: string | undefined) {
    // A ping is answered at once: the heartbeat checks each socket's session already, in batches.
    if (type === 'ping') return reply(connection, { type: 'pong', ...(replyTo !== undefined && { replyTo }) });
    if (type === 'hello') {
      if (!(await sessionStillValid(connection))) return;
      return hello(connection, message as ClientMessageOf<'hello'>, replyTo);
    }
    const handler = handlers.get(type) as ClientMessageHandler<typeof type> | undefined;
    if (handler === undefined) return refuse(connection, replyTo, 'bad-message', `${type} is not handled here`, [{ field: 'type', message: 'is not handled here' }]);
    await handler(message as never, { user: connection.user, reply: (answer) => reply(connection, { ...answer, ...(replyTo !== undefined && { replyTo }) } as OutgoingMessage) });
  }

  function hello(connection: Connection, message: ClientMessageOf<'hello'>, replyTo: string | undefined): void {
    const { stream } = connection.member;
    const resuming = message.lastSeq !== undefined;
    const from = message.lastSeq ?? connection.seqAtOpen;
    const resume = stream.resume(resuming ? message.stream : stream.id, from, now());
    const replayed = resume.kind === 'replay';
    connection.deliveredSeq = replayed ? from : stream.seq;
    reply(connection, {
      type: 'welcome',
      stream: stream.id,
      user: connection.user,
      resumed: replayed && resuming,
      heartbeatSeconds: heartbeatMs / 1000,
      ...(replyTo !== undefined && { replyTo }),
    } satisfies Omit<ServerMessageOf<'welcome'>, 'v' | 'seq' | 'at'>);
    if (resume.kind === 'resync') reply(connection, { type: 'resync.required', reason: resume.reason });
    else for (const text of resume.missed) connection.socket.send(text);
    connection.deliveredSeq = stream.seq;
    connection.live = true;
    for (const listener of helloListeners) listener(connection.user);
  }

  function refuse(connection: Connection, replyTo: string | undefined, code: ServerMessageOf<'error'>['code'], message: string, fields?: { field: string; message: string }[]): void {
    reply(connection, { type: 'error', code, message, ...(fields && { fields }), ...(replyTo !== undefined && { replyTo }) });
  }

  function answerFailure(connection: Connection, type: ClientMessageType, replyTo: string | undefined, error: unknown): void {
    if (error instanceof ValidationError) return refuse(connection, replyTo, 'bad-message', error.message, [...error.issues]);
    if (error instanceof NotFoundError) return refuse(connection, replyTo, 'not-found', error.message);
    if (error instanceof HttpError && error.statusCode === 403) return refuse(connection, replyTo, 'forbidden', error.message);
    if (error instanceof HttpError && error.statusCode < 500) return refuse(connection, replyTo, 'bad-message', error.message);
    log.error({ err: error, type, userId: connection.user.id }, 'client message failed');
    refuse(connection, replyTo, 'failed', 'Internal error; try again');
  }

  async function sessionStillValid(connection: Connection): Promise<boolean> {
    const user = await options.sessions.resolve(connection.token);
    if (user === null) {
      connection.socket.close(SESSION_ENDED_CLOSE_CODE, 'session ended');
      return false;
    }
    connection.user = user;
    connection.member.user = user;
    return true;
  }

  /**
   * One group's turn: each of its sockets is pinged, in slices like broadcasts, and their sessions
   * are checked in one read. Every socket has its turn once per heartbeat.
   */
  function beat(): void {
    const group = heartbeatGroups[beatCount++ % heartbeatGroups.length]!;
    if (beatCount % heartbeatGroups.length === 0) forgetIdleMembers();
    const tokens = new Map<string, Connection[]>();
    const pinged: Connection[] = [];
    for (const connection of group) {
      if (connection.missedHeartbeats >= 2) {
        log.info({ userId: connection.user.id }, 'socket missed two heartbeats; dropped');
        connection.socket.terminate();
        continue;
      }
      pinged.push(connection);
      tokens.set(connection.token, [...(tokens.get(connection.token) ?? []), connection]);
    }
    pingInSlices(pinged, 0);
    if (tokens.size > 0) void recheckSessions(tokens);
  }

  function forgetIdleMembers(): void {
    for (const [userId, member] of members) {
      if (member.connections.size === 0 && now() - member.lastLeftAt > window.maxAgeMs) members.delete(userId);
    }
  }

  function pingInSlices(connections: readonly Connection[], from: number): void {
    const to = Math.min(connections.length, from + sliceSize);
    for (const connection of connections.slice(from, to)) {
      connection.missedHeartbeats++;
      if (connection.socket.readyState === OPEN) connection.socket.ping();
    }
    if (to < connections.length) setImmediate(() => pingInSlices(connections, to));
  }

  /** Every socket's session in a few batched statements, so the check never crowds the pops' queries. */
  async function recheckSessions(tokens: Map<string, Connection[]>): Promise<void> {
    let users: Map<string, SessionUser>;
    try {
      users = await options.sessions.resolveMany([...tokens.keys()]);
    } catch (error) {
      log.warn({ err: error }, 'session check failed; kept the sockets');
      return;
    }
    for (const [token, connections] of tokens) {
      const user = users.get(token);
      for (const connection of connections) {
        if (user === undefined) connection.socket.close(SESSION_ENDED_CLOSE_CODE, 'session ended');
        else connection.user = connection.member.user = user;
      }
    }
  }

  return {
    sendToUser(userId, message) {
      const member = members.get(userId);
      if (member) deliver(member, serialize(message), true);
    },
    sendToUsers(userIds, message, sendOptions = {}) {
      const targets = [...new Set(userIds)].map((id) => members.get(id)).filter((member): member is Member => member !== undefined);
      sendToMembers(targets, message, sendOptions);
    },
    sendToRole(leastRole, message, sendOptions = {}) {
      const targets = [...members.values()].filter((member) => member.connections.size > 0 && hasRole(member.user, leastRole));
      sendToMembers(targets, message, sendOptions);
    },
    anyoneConnected(leastRole) {
      for (const member of members.values()) if (member.connections.size > 0 && hasRole(member.user, leastRole)) return true;
      return false;
    },
    onClientMessage(type, handler) {
      if (type === 'hello' || type === 'ping') throw new Error(`${type} is answered by the hub itself`);
      if (handlers.has(type)) throw new Error(`${type} already has a handler`);
      handlers.set(type, handler as ClientMessageHandler<never>);
      return () => handlers.delete(type);
    },
    connectedUsers() {
      return [...members.values()].filter((member) => member.connections.size > 0).map((member) => ({ user: member.user, sockets: member.connections.size }));
    },
    onHello(listener) {
      helloListeners.add(listener);
      return () => helloListeners.delete(listener);
    },
    accept,
    close() {
      clearInterval(heartbeat);
      broadcasts.length = 0;
      for (const member of members.values()) for (const connection of member.connections) connection.socket.close(1001, 'server shutting down');
    },
  };
}

function parseJson(data: Buffer | ArrayBuffer | Buffer[]): unknown {
  const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** TypeBox's errors, one per field, named as the API names fields (`followUp.title`). */
function fieldIssues(validator: Validator, value: unknown): { field: string; message: string }[] {
  const issues = new Map<string, string>();
  for (const error of validator.Errors(value)) {
    const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const params = error.params as { requiredProperties?: string[]; additionalProperties?: string[] };
    const named = params.requiredProperties ?? params.additionalProperties;
    if (error.keyword === 'boolean') continue;
    if (named) for (const property of named) issues.set(path ? `${path}.${property}` : property, error.message);
    else if (!issues.has(path || '(message)')) issues.set(path || '(message)', error.message);
  }
  return [...issues].map(([field, message]) => ({ field, message }));
}
