/**
 * A TCP server that speaks AMI the way Asterisk 22's main/manager.c does: the banner, Login
 * (a wrong secret is answered after one second and the connection closed), FullyBooted and
 * SuccessfulAuth after login, Ping, Logoff, the Events and Filter actions, ActionID echoed.
 * Every other action goes to a pluggable SimulatedPbx; with a transcript, each client that logs
 * in gets the recorded stream played back instead. The demo and the tests run on it.
 */
import { isIPv4, createServer, type Server, type Socket } from 'node:net';
import type { Logger } from 'pino';
import { amiHeader, formatAmiMessage } from '../ami/ami-format.ts';
import {
  ALL_EVENT_CLASSES,
  SYSTEM_EVENT_CLASS,
  eventClassAllowed,
  eventClassOf,
  filtersAllow,
  parseEventFilter,
  parseEventMask,
  type EventFilter,
} from '../ami/ami-event-filter.ts';
import type { AmiMessage, AmiOutgoing } from '../ami/ami-message.ts';
import { createAmiParser } from '../ami/ami-parser.ts';
import type { SimulatedPbx } from './simulated-pbx.ts';
import { replayTranscript, type Transcript, type TranscriptReplay } from './transcript-replay.ts';

/** The AMI protocol version Asterisk 22 announces (not the Asterisk version). */
export const AMI_BANNER = 'Asterisk Call Manager/11.0.0';

export interface AmiServerUser {
  readonly username: string;
  readonly secret: string;
}

export interface AmiServerOptions {
  /** Loopback unless told otherwise. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly users: readonly AmiServerUser[];
  readonly pbx?: SimulatedPbx;
  readonly log: Logger;
  /** Each client that logs in gets this recording played back (responses to its own actions still come live). */
  readonly replay?: { readonly transcript: Transcript; readonly speed?: number };
  /** Wall clock for Ping timestamps and SuccessfulAuth times. */
  readonly clock?: { now(): number };
  /** Asterisk sleeps one second before refusing a login. */
  readonly authFailureDelayMs?: number;
}

export interface AmiServer {
  readonly port: number;
  /** Sessions that are logged in. */
  readonly loggedInSessions: number;
  /** TCP connections accepted since the start. */
  readonly acceptedConnections: number;
  /** Cuts every client connection, as an Asterisk restart or a network failure would. */
  dropConnections(): void;
  close(): Promise<void>;
}

interface Session {
  readonly socket: Socket;
  readonly sessionId: string;
  username?: string;
  eventMask: number;
  filters: EventFilter[];
  /** After Logoff or a refused Login: input is ignored until the socket closes. */
  ending: boolean;
  replay?: TranscriptReplay;
}

const AUTH_FAILURE_DELAY_MS = 1000;
const ACTIONS_ALLOWED_BEFORE_LOGIN = new Set(['login', 'logoff', 'challenge']);

function withActionId(action: AmiMessage, lines: AmiOutgoing): AmiOutgoing {
  const actionId = amiHeader(action, 'ActionID');
  if (!actionId) return lines;
  const [first, ...rest] = lines;
  return first ? [first, ['ActionID', actionId], ...rest] : lines;
}

/** astman_send_response_full: Response, ActionID, Message. */
function response(action: AmiMessage, result: string, message?: string): AmiOutgoing {
  return withActionId(action, message === undefined ? [['Response', result]] : [['Response', result], ['Message', message]]);
}

/** Asterisk's EventTV / SessionTV: local time with milliseconds and zone; we keep UTC. */
function eventTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

function pingTimestamp(ms: number): string {
  return `${Math.floor(ms / 1000)}.${String(Math.round((ms % 1000) * 1000)).padStart(6, '0')}`;
}

function addressOf(address: string | undefined, port: number | undefined): string {
  const family = address !== undefined && isIPv4(address) ? 'IPV4' : 'IPV6';
  return `${family}/TCP/${address ?? ''}/${port ?? 0}`;
}

export async function createAmiServer(options: AmiServerOptions): Promise<AmiServer> {
  const log = options.log.child({ module: 'ami-server' });
  const clock = options.clock ?? Date;
  const startedAt = clock.now();
  const authFailureDelayMs = options.authFailureDelayMs ?? AUTH_FAILURE_DELAY_MS;
  const sessions = new Set<Session>();
  let sessionCount = 0;

  function write(session: Session, message: AmiOutgoing): void {
    if (!session.socket.writable) return;
    try {
      session.socket.write(formatAmiMessage(message));
    } catch (error) {
      // A client's own ActionID with a stray CR, say: dropped, as Asterisk never echoes line breaks.
      log.warn({ err: error, sessionId: session.sessionId }, 'AMI reply cannot be written; dropped');
    }
  }

  function publish(event: AmiOutgoing): void {
    let text: string;
    try {
      text = formatAmiMessage(event);
    } catch (error) {
      log.error({ err: error, event }, 'simulated PBX raised an event that cannot be written; dropped');
      return;
    }
    const eventName = event.find(([key]) => key === 'Event')?.[1] ?? '';
    const eventClass = eventClassOf(event.find(([key]) => key === 'Privilege')?.[1]);
    for (const session of sessions) {
      if (session.username === undefined || session.ending || !session.socket.writable) continue;
      if (!eventClassAllowed(eventClass, session.eventMask)) continue;
      if (session.filters.length > 0 && !filtersAllow(session.filters, eventName, text)) continue;
      session.socket.write(text);
    }
  }

  function end(session: Session): void {
    session.ending = true;
    session.replay?.stop();
    session.socket.end();
  }

  function refuseLogin(session: Session, action: AmiMessage): void {
    session.ending = true;
    const timer = setTimeout(() => {
      write(session, response(action, 'Error', 'Authentication failed'));
      end(session);
    }, authFailureDelayMs);
    session.socket.once('close', () => clearTimeout(timer));
  }

  function acceptLogin(session: Session, action: AmiMessage, username: string): void {
    session.username = username;
    session.eventMask = parseEventMask(amiHeader(action, 'Events')) ?? session.eventMask;
    write(session, response(action, 'Success', 'Authentication accepted'));
    log.debug({ username, sessionId: session.sessionId }, 'AMI client logged in');
    if (options.replay) {
      const { transcript, speed } = options.replay;
      session.replay = replayTranscript(transcript, {
        speed,
        clock,
        write: (bytes) => {
          if (session.socket.writable) session.socket.write(bytes);
        },
      });
      return;
    }
    const now = clock.now();
    if (eventClassAllowed(SYSTEM_EVENT_CLASS, session.eventMask)) {
      const uptime = String(Math.floor((now - startedAt) / 1000));
      write(session, [
        ['Event', 'FullyBooted'],
        ['Privilege', 'system,all'],
        ['Uptime', uptime],
        ['LastReload', uptime],
        ['Status', 'Fully Booted'],
      ]);
    }
    publish([
      ['Event', 'SuccessfulAuth'],
      ['Privilege', 'security,all'],
      ['EventTV', eventTime(now)],
      ['Severity', 'Informational'],
      ['Service', 'AMI'],
      ['EventVersion', '1'],
      ['AccountID', username],
      ['SessionID', session.sessionId],
      ['LocalAddress', addressOf(session.socket.localAddress, session.socket.localPort)],
      ['RemoteAddress', addressOf(session.socket.remoteAddress, session.socket.remotePort)],
      ['UsingPassword', '0'],
      ['SessionTV', eventTime(now)],
    ]);
  }

  function login(session: Session, action: AmiMessage): void {
    if (session.username !== undefined) {
      write(session, response(action, 'Success', 'Already authenticated'));
      return;
    }
    const username = amiHeader(action, 'Username') ?? '';
    const user = options.users.find((candidate) => candidate.username.toLowerCase() === username.toLowerCase());
    if (username === '' || !user || amiHeader(action, 'Secret') !== user.secret) {
      log.info({ username, remote: session.socket.remoteAddress }, 'AMI login refused');
      refuseLogin(session, action);
      return;
    }
    acceptLogin(session, action, username);
  }

  function events(session: Session, action: AmiMessage): void {
    const mask = parseEventMask(amiHeader(action, 'EventMask'));
    if (mask === undefined) {
      write(session, response(action, 'Error', 'Invalid event mask'));
      return;
    }
    session.eventMask = mask;
    write(session, withActionId(action, [['Response', 'Success'], ['Events', mask > 0 ? 'On' : 'Off']]));
  }

  function filter(session: Session, action: AmiMessage): void {
    if (amiHeader(action, 'Operation')?.toLowerCase() !== 'add') {
      write(session, response(action, 'Error', 'Unknown operation'));
      return;
    }
    const parsed = parseEventFilter(amiHeader(action, 'MatchCriteria'), amiHeader(action, 'Filter') ?? '');
    if ('error' in parsed) {
      write(session, response(action, 'Error', parsed.error));
      return;
    }
    session.filters.push(parsed.filter);
    write(session, response(action, 'Success', 'Success'));
  }

  function ping(session: Session, action: AmiMessage): void {
    write(session, withActionId(action, [['Response', 'Success'], ['Ping', 'Pong'], ['Timestamp', pingTimestamp(clock.now())]]));
  }

  function delegate(session: Session, action: AmiMessage, name: string): void {
    let handled: boolean | undefined;
    try {
      handled = session.username !== undefined && options.pbx?.handleAction(action, { reply: (message) => write(session, message) });
    } catch (error) {
      log.error({ err: error, action: name }, 'simulated PBX failed on an action');
      const reason = error instanceof Error ? error.message : String(error);
      write(session, response(action, 'Error', `Simulated PBX failed: ${reason.replace(/[\r\n]+/g, ' ')}`));
      return;
    }
    if (!handled) {
      write(session, response(action, 'Error', `Invalid/unknown command: ${name}. Use Action: ListCommands to show available commands.`));
    }
  }

  function handleAction(session: Session, action: AmiMessage): void {
    if (session.ending) return;
    const name = amiHeader(action, 'Action') ?? '';
    if (name === '') {
      write(session, response(action, 'Error', 'Missing action in request'));
      return;
    }
    const verb = name.toLowerCase();
    if (session.username === undefined && !ACTIONS_ALLOWED_BEFORE_LOGIN.has(verb)) {
      write(session, response(action, 'Error', 'Permission denied'));
      return;
    }
    switch (verb) {
      case 'login':
        return login(session, action);
      case 'logoff':
        write(session, response(action, 'Goodbye', 'Thanks for all the fish.'));
        return end(session);
      case 'ping':
        return ping(session, action);
      case 'events':
        return events(session, action);
      case 'filter':
        return filter(session, action);
      default:
        return delegate(session, action, name);
    }
  }

  function accept(socket: Socket): void {
    sessionCount++;
    const session: Session = {
      socket,
      sessionId: `0x${(0x7f0000000000 + sessionCount * 0x1d50).toString(16)}`,
      eventMask: ALL_EVENT_CLASSES,
      filters: [],
      ending: false,
    };
    sessions.add(session);
    socket.setNoDelay(true);
    const parser = createAmiParser({
      onMessage: (action) => handleAction(session, action),
      onMalformed: (line) => log.debug({ sessionId: session.sessionId, ...line }, 'malformed line from AMI client'),
    });
    socket.on('data', (chunk: Buffer) => parser.push(chunk, clock.now()));
    socket.on('error', (error) => log.debug({ sessionId: session.sessionId, err: error }, 'AMI client socket error'));
    socket.on('close', () => {
      session.replay?.stop();
      sessions.delete(session);
    });
    socket.write(`${AMI_BANNER}\r\n`);
  }

  const unsubscribe = options.pbx?.subscribe(publish);
  const server: Server = createServer(accept);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  log.info({ port }, 'AMI simulator listening');

  return {
    port,
    get acceptedConnections() {
      return sessionCount;
    },
    get loggedInSessions() {
      return [...sessions].filter((session) => session.username !== undefined && !session.ending).length;
    },
    dropConnections() {
      for (const session of sessions) session.socket.destroy();
    },
    close() {
      unsubscribe?.();
      for (const session of sessions) {
        session.replay?.stop();
        session.socket.destroy();
      }
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
