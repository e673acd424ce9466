import { createServer, type Server, type Socket } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createAmiServer, type AmiServer, type AmiServerOptions } from '../simulator/ami-server.ts';
import type { AmiSessionReply, SimulatedPbx } from '../simulator/simulated-pbx.ts';
import { loadTranscript } from '../simulator/transcript-replay.ts';
import { AmiActionError, createAmiConnection, type AmiConnection, type AmiConnectionOptions, type AmiConnectionStatus } from './ami-connection.ts';
import { formatAmiMessage } from './ami-format.ts';
import type { AmiMessage, AmiOutgoing } from './ami-message.ts';
import { createAmiParser } from './ami-parser.ts';

const users = [{ username: 'crm', secret: 'crm-secret' }];
const quiet = pino({ level: 'silent' });
const cleanups: (() => Promise<unknown> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function captureLog() {
  const lines: { level: number; msg: string; [key: string]: unknown }[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { log, lines, warnings: () => lines.filter((line) => line.level === 40), errors: () => lines.filter((line) => line.level === 50) };
}

async function startServer(options: Partial<AmiServerOptions> = {}): Promise<AmiServer> {
  const server = await createAmiServer({ port: 0, users, log: quiet, authFailureDelayMs: 10, ...options });
  cleanups.push(() => server.close());
  return server;
}

interface Watched {
  connection: AmiConnection;
  events: AmiMessage[];
  statuses: AmiConnectionStatus[];
}

function connect(port: number, options: Partial<AmiConnectionOptions> = {}): Watched {
  const events: AmiMessage[] = [];
  const statuses: AmiConnectionStatus[] = [];
  const connection = createAmiConnection({
    host: '127.0.0.1',
    port,
    username: 'crm',
    secret: 'crm-secret',
    log: quiet,
    clock: Date,
    onEvent: (event) => events.push(event),
    onStatus: (status) => statuses.push(status),
    ...options,
    timing: { reconnectInitialDelayMs: 10, reconnectMaxDelayMs: 40, ...options.timing },
  });
  cleanups.push(() => connection.close());
  return { connection, events, statuses };
}

async function connected(watched: Watched): Promise<void> {
  await expect.poll(() => watched.connection.status.state).toBe('connected');
}

/** A PBX that raises events on demand, answers CoreShowChannels with a live event inside the list, and never answers Hold. */
function createTestPbx() {
  const listeners = new Set<(event: AmiOutgoing) => void>();
  const raise = (event: AmiOutgoing) => listeners.forEach((listener) => listener(event));
  const pbx: SimulatedPbx & { raise: typeof raise } = {
    raise,
    handleAction(action: AmiMessage, session: AmiSessionReply) {
      const id = action.fields.ActionID ?? '';
      if (action.fields.Action === 'Hold') return true;
      if (action.fields.Action !== 'CoreShowChannels') return false;
      session.reply([['Response', 'Success'], ['ActionID', id], ['EventList', 'start'], ['Message', 'Channels will follow']]);
      session.reply([['Event', 'CoreShowChannel'], ['ActionID', id], ['Channel', 'Local/101@agents-00000001;1']]);
      raise(hangup('live-1'));
      session.reply([['Event', 'CoreShowChannel'], ['ActionID', id], ['Channel', 'Local/101@agents-00000001;2']]);
      session.reply([['Event', 'CoreShowChannelsComplete'], ['ActionID', id], ['EventList', 'Complete'], ['ListItems', '2']]);
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return pbx;
}

const hangup = (uniqueid: string): AmiOutgoing => [['Event', 'Hangup'], ['Privilege', 'call,all'], ['Uniqueid', uniqueid], ['Cause', '16']];

/** A bare TCP server speaking just enough AMI for the failure cases: banner, Login and Logoff; the rest is up to the test. */
async function startRawServer(onLoggedIn: (socket: Socket) => void): Promise<{ port: number; connections: () => number }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.write('Asterisk Call Manager/11.0.0\r\n');
    const parser = createAmiParser({
      onMessage: (action) => {
        const id = action.fields.ActionID ?? '';
        if (action.fields.Action === 'Logoff') {
          socket.end(formatAmiMessage([['Response', 'Goodbye'], ['ActionID', id], ['Message', 'Thanks for all the fish.']]));
        }
        if (action.fields.Action !== 'Login') return;
        socket.write(formatAmiMessage([['Response', 'Success'], ['ActionID', id], ['Message', 'Authentication accepted']]));
        onLoggedIn(socket);
      },
    });
    socket.on('data', (chunk: Buffer) => parser.push(chunk, Date.now()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise((resolve) => server.close(resolve));
  });
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, connections: () => connections };
}

describe('a connected AMI link', () => {
  it('logs in and hands every event on in stream order', async () => {
    const pbx = createTestPbx();
    const server = await startServer({ pbx });
    const watched = connect(server.port);
    await connected(watched);
    await expect.poll(() => watched.events.map((event) => event.fields.Event)).toEqual(['FullyBooted', 'SuccessfulAuth']);

    for (const id of ['1', '2', '3']) pbx.raise(hangup(id));
    await expect.poll(() => watched.events.slice(2).map((event) => event.fields.Uniqueid)).toEqual(['1', '2', '3']);
    expect(watched.statuses.map((status) => status.state)).toEqual(['connecting', 'connected']);
  });

  it('matches each response to its action by ActionID', async () => {
    const server = await startServer();
    const { connection } = connect(server.port);
    await connected({ connection, events: [], statuses: [] });
    const pongs = await Promise.all([1, 2, 3].map(() => connection.action([['Action', 'Ping']])));
    expect(pongs.map((pong) => pong.fields.Ping)).toEqual(['Pong', 'Pong', 'Pong']);
    expect(new Set(pongs.map((pong) => pong.fields.ActionID)).size).toBe(3);
  });

  it('uses an ActionID the caller chose, and refuses one already in use', async () => {
    const server = await startServer({ pbx: createTestPbx() });
    const watched = connect(server.port);
    await connected(watched);
    const held = watched.connection.action([['Action', 'Hold'], ['ActionID', 'crm-42']]);
    await expect(watched.connection.action([['Action', 'Ping'], ['ActionID', 'crm-42']])).rejects.toThrow(/in use/);
    expect((await watched.connection.action([['Action', 'Ping'], ['ActionID', 'crm-43']])).fields.ActionID).toBe('crm-43');
    await watched.connection.close();
    await expect(held).rejects.toMatchObject({ code: 'connection-lost' });
  });

  it('reads a list on the event stream: items to the caller, the live event between them to onEvent', async () => {
    const server = await startServer({ pbx: createTestPbx() });
    const watched = connect(server.port);
    await connected(watched);

    const list = await watched.connection.list([['Action', 'CoreShowChannels']]);
    expect(list.response.fields.EventList).toBe('start');
    expect(list.items.map((item) => item.fields.Channel)).toEqual(['Local/101@agents-00000001;1', 'Local/101@agents-00000001;2']);
    expect(list.complete?.fields.ListItems).toBe('2');
    expect(watched.events.map((event) => event.fields.Event)).toEqual(['FullyBooted', 'SuccessfulAuth', 'Hangup']);
  });

  it('takes in the whole recorded load transcript replayed over TCP: every event, nothing malformed', async () => {
    const transcript = loadTranscript('load_busy_center');
    const server = await startServer({ replay: { transcript, speed: Infinity } });
    const watched = connect(server.port);
    const recordedEvents = transcript.messages.filter((message) => message.kind.startsWith('Event:'));
    await expect.poll(() => watched.events.length, { timeout: 20_000 }).toBe(recordedEvents.length);
    expect(watched.events.map((event) => event.fields.Event)).toEqual(recordedEvents.map((message) => message.kind.slice('Event:'.length)));
    expect(watched.connection.stats.malformedLines).toBe(0);
  });

  it('rejects an action Asterisk refuses, with Asterisk\'s message', async () => {
    const server = await startServer();
    const watched = connect(server.port);
    await connected(watched);
    const refused = watched.connection.action([['Action', 'FlyToTheMoon']]);
    await expect(refused).rejects.toBeInstanceOf(AmiActionError);
    await expect(refused).rejects.toMatchObject({ code: 'rejected', message: expect.stringContaining('Invalid/unknown command: FlyToTheMoon') });
  });

  it('refuses to write a value with a line break, which could smuggle in a second action', async () => {
    const server = await startServer();
    const watched = connect(server.port);
    await connected(watched);
    await expect(watched.connection.action([['Action', 'Ping'], ['CallerID', 'x\r\nAction: Hangup']])).rejects.toThrow(/line break/);
  });
});

describe('failures', () => {
  it('stops after a refused login and reports one clear error', async () => {
    const server = await startServer();
    const { log, errors } = captureLog();
    const watched = connect(server.port, { secret: 'wrong', log });
    await expect.poll(() => watched.connection.status.state).toBe('auth-failed');
    await new Promise((resolve) => setTimeout(resolve, 150));

    expect(server.acceptedConnections).toBe(1);
    expect(watched.statuses).toEqual([{ state: 'connecting' }, { state: 'auth-failed', error: 'Authentication failed' }]);
    expect(errors()).toHaveLength(1);
    expect(errors()[0]!.msg).toMatch(/AMI_USERNAME and AMI_SECRET/);
    await expect(watched.connection.action([['Action', 'Ping']])).rejects.toMatchObject({ code: 'not-connected' });
  });

  it('fails actions in flight when the link drops, then reconnects and works again', async () => {
    const server = await startServer({ pbx: createTestPbx() });
    const watched = connect(server.port);
    await connected(watched);

    const unanswered = watched.connection.action([['Action', 'Hold']]);
    server.dropConnections();
    await expect(unanswered).rejects.toMatchObject({ code: 'connection-lost' });
    await expect(watched.connection.action([['Action', 'Ping']])).rejects.toMatchObject({ code: 'not-connected' });

    await connected(watched);
    expect((await watched.connection.action([['Action', 'Ping']])).fields.Ping).toBe('Pong');
    expect(server.acceptedConnections).toBe(2);
    expect(watched.statuses.map((status) => status.state)).toEqual(['connecting', 'connected', 'disconnected', 'connecting', 'connected']);
    expect(watched.statuses[2]!.retryInMs).toBeGreaterThan(0);
    expect(watched.connection.stats.reconnects).toBe(1);
  });

  it('drops a link that stops answering Ping and connects again', async () => {
    const raw = await startRawServer(() => {});
    const { log, warnings } = captureLog();
    connect(raw.port, { log, timing: { pingIntervalMs: 20, pingTimeoutMs: 40 } });
    await expect.poll(() => raw.connections()).toBeGreaterThanOrEqual(2);
    expect(warnings().map((line) => line.msg)).toContain('no Pong from Asterisk: dropping the dead AMI link');
  });

  it('backs off exponentially, with jitter, while Asterisk is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    await new Promise((resolve) => closed.close(resolve));
    const port = typeof address === 'object' && address ? address.port : 0;

    const watched = connect(port, { random: () => 0.5, timing: { reconnectInitialDelayMs: 8, reconnectMaxDelayMs: 40 } });
    await expect.poll(() => watched.statuses.filter((status) => status.state === 'disconnected').length).toBeGreaterThanOrEqual(5);
    const delays = watched.statuses.filter((status) => status.state === 'disconnected').map((status) => status.retryInMs);
    // Ceilings 8, 16, 32, 40, 40; with jitter in [half, whole] and random 0.5 that is three quarters of each.
    expect(delays.slice(0, 5)).toEqual([6, 12, 24, 30, 30]);
  });

  it('counts malformed lines, logs them with an excerpt, and keeps the events around them', async () => {
    const raw = await startRawServer((socket) => {
      socket.write('Event: Newstate\r\nthis is no header\r\nUniqueid: 1\r\n\r\n');
      socket.write(Buffer.from([0x00, 0xff, 0x01, 0x0d, 0x0a]));
      socket.write('Event: Hangup\r\nUniqueid: 1\r\n\r\n');
    });
    const { log, warnings } = captureLog();
    const watched = connect(raw.port, { log });
    await expect.poll(() => watched.events.map((event) => event.fields.Event)).toEqual(['Newstate', 'Hangup']);
    expect(watched.connection.stats.malformedLines).toBe(2);
    expect(warnings().map((line) => [line.reason, line.excerpt])).toEqual([
      ['no-separator', 'this is no header'],
      ['binary', '???'],
    ]);
  });

  it('logs off on close and does not come back', async () => {
    const server = await startServer();
    const watched = connect(server.port);
    await connected(watched);
    await watched.connection.close();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(watched.connection.status).toEqual({ state: 'disconnected' });
    expect(server.acceptedConnections).toBe(1);
    expect(server.loggedInSessions).toBe(0);
  });
});
