import { createConnection, type Socket } from 'node:net';
import createAsteriskManager from 'asterisk-manager';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { AmiMessage, AmiOutgoing } from '../ami/ami-message.ts';
import { createAmiParser } from '../ami/ami-parser.ts';
import { AMI_BANNER, createAmiServer, type AmiServer, type AmiServerOptions } from './ami-server.ts';
import type { AmiSessionReply, SimulatedPbx } from './simulated-pbx.ts';
import { loadTranscript } from './transcript-replay.ts';

const log = pino({ level: 'silent' });
const users = [{ username: 'crm', secret: 'crm-secret' }];
const servers: AmiServer[] = [];
const clients: Socket[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startServer(options: Partial<AmiServerOptions> = {}): Promise<AmiServer> {
  const server = await createAmiServer({ port: 0, users, log, authFailureDelayMs: 20, ...options });
  servers.push(server);
  return server;
}

/** A client that writes raw text and reads the server's bytes and parsed messages. */
interface RawClient {
  readonly bytes: () => Buffer;
  readonly messages: AmiMessage[];
  send(text: string): void;
  nextMessage(predicate?: (message: AmiMessage) => boolean): Promise<AmiMessage>;
  closed: Promise<void>;
}

function connectRaw(port: number): Promise<RawClient> {
  const socket = createConnection({ host: '127.0.0.1', port });
  clients.push(socket);
  const chunks: Buffer[] = [];
  const messages: AmiMessage[] = [];
  const waiters: { predicate: (message: AmiMessage) => boolean; resolve: (message: AmiMessage) => void }[] = [];
  const parser = createAmiParser({
    onMessage: (message) => {
      messages.push(message);
      for (const waiter of [...waiters]) {
        if (waiter.predicate(message)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(message);
        }
      }
    },
  });
  socket.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    parser.push(chunk, Date.now());
  });
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  return new Promise((resolve) =>
    socket.once('connect', () =>
      resolve({
        bytes: () => Buffer.concat(chunks),
        messages,
        send: (text) => socket.write(text),
        nextMessage: (predicate = () => true) =>
          new Promise((resolveMessage) => {
            const seen = messages.find(predicate);
            if (seen) {
              messages.splice(messages.indexOf(seen), 1);
              resolveMessage(seen);
              return;
            }
            waiters.push({
              predicate,
              resolve: (message) => {
                messages.splice(messages.indexOf(message), 1);
                resolveMessage(message);
              },
            });
          }),
        closed,
      }),
    ),
  );
}

const action = (...lines: string[]) => `${lines.map((line) => `${line}\r\n`).join('')}\r\n`;
const plain = (message: AmiMessage) => ({ ...message.fields });
const withEvent = (name: string) => (message: AmiMessage) => message.fields.Event === name;
const withActionId = (id: string) => (message: AmiMessage) => message.fields.ActionID === id;

async function loggedIn(port: number, ...extra: string[]): Promise<RawClient> {
  const client = await connectRaw(port);
  client.send(action('Action: Login', 'ActionID: login', 'Username: crm', 'Secret: crm-secret', ...extra));
  await client.nextMessage(withActionId('login'));
  return client;
}

/** A PBX whose events the test raises by hand and that answers CoreShowChannels with a list. */
function createTestPbx() {
  const listeners = new Set<(event: AmiOutgoing) => void>();
  const pbx: SimulatedPbx & { raise(event: AmiOutgoing): void; actions: AmiMessage[] } = {
    actions: [],
    handleAction(received: AmiMessage, session: AmiSessionReply) {
      pbx.actions.push(received);
      if (received.fields.Action !== 'CoreShowChannels') return false;
      const id = received.fields.ActionID ?? '';
      session.reply([['Response', 'Success'], ['ActionID', id], ['EventList', 'start'], ['Message', 'Channels will follow']]);
      session.reply([['Event', 'CoreShowChannel'], ['ActionID', id], ['Channel', 'PJSIP/7001-00000000']]);
      session.reply([['Event', 'CoreShowChannelsComplete'], ['ActionID', id], ['EventList', 'Complete'], ['ListItems', '1']]);
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    raise(event) {
      for (const listener of listeners) listener(event);
    },
  };
  return pbx;
}

const newchannel = (channel: string): AmiOutgoing => [
  ['Event', 'Newchannel'],
  ['Privilege', 'call,all'],
  ['Channel', channel],
  ['Uniqueid', `uid-${channel}`],
];
const peerStatus: AmiOutgoing = [['Event', 'PeerStatus'], ['Privilege', 'system,all'], ['Peer', 'PJSIP/7001'], ['PeerStatus', 'Reachable']];

describe('session basics', () => {
  it('greets with the AMI banner and answers Login as Asterisk 22 does', async () => {
    const server = await startServer();
    const client = await connectRaw(server.port);
    client.send(action('Action: Login', 'ActionID: a-1', 'Username: crm', 'Secret: crm-secret'));
    const booted = await client.nextMessage(withEvent('FullyBooted'));
    const auth = await client.nextMessage(withEvent('SuccessfulAuth'));

    const text = client.bytes().toString('utf8');
    expect(text.startsWith(`${AMI_BANNER}\r\nResponse: Success\r\nActionID: a-1\r\nMessage: Authentication accepted\r\n\r\nEvent: FullyBooted\r\n`)).toBe(true);
    expect(Object.keys(booted.fields)).toEqual(['Event', 'Privilege', 'Uptime', 'LastReload', 'Status']);
    expect(booted.fields.Privilege).toBe('system,all');
    expect(plain(auth)).toMatchObject({
      Privilege: 'security,all',
      Service: 'AMI',
      AccountID: 'crm',
      LocalAddress: `IPV4/TCP/127.0.0.1/${server.port}`,
      UsingPassword: '0',
    });
    expect(auth.fields.RemoteAddress).toMatch(/^IPV4\/TCP\/127\.0\.0\.1\/\d+$/);
    expect(auth.fields.EventTV).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
  });

  it('refuses a wrong secret with "Authentication failed" and closes the connection', async () => {
    const server = await startServer();
    const client = await connectRaw(server.port);
    client.send(action('Action: Login', 'ActionID: a-2', 'Username: crm', 'Secret: wrong'));
    client.send(action('Action: Ping', 'ActionID: a-3'));
    await client.closed;
    expect(client.messages.map(plain)).toEqual([{ Response: 'Error', ActionID: 'a-2', Message: 'Authentication failed' }]);
    expect(server.loggedInSessions).toBe(0);
  });

  it('answers actions before login with "Permission denied" and a message without Action with an error', async () => {
    const server = await startServer();
    const client = await connectRaw(server.port);
    client.send(action('Action: Ping', 'ActionID: early'));
    client.send(action('ActionID: nothing'));
    expect(plain(await client.nextMessage(withActionId('early')))).toEqual({ Response: 'Error', ActionID: 'early', Message: 'Permission denied' });
    expect(plain(await client.nextMessage(withActionId('nothing')))).toEqual({
      Response: 'Error',
      ActionID: 'nothing',
      Message: 'Missing action in request',
    });
  });

  it('answers Ping with Pong and a microsecond timestamp, echoing the ActionID only when given', async () => {
    const server = await startServer({ clock: { now: () => 1795337424035.5 } });
    const client = await loggedIn(server.port);
    client.send(action('Action: Ping', 'ActionID: p-1'));
    client.send('action: ping\n\n');
    const withId = await client.nextMessage(withActionId('p-1'));
    const withoutId = await client.nextMessage((message) => message.fields.Ping !== undefined);
    expect(Object.entries(withId.fields)).toEqual([
      ['Response', 'Success'],
      ['ActionID', 'p-1'],
      ['Ping', 'Pong'],
      ['Timestamp', '1795337424.035500'],
    ]);
    expect(Object.keys(withoutId.fields)).toEqual(['Response', 'Ping', 'Timestamp']);
  });

  it('says goodbye on Logoff and closes the connection', async () => {
    const server = await startServer();
    const client = await loggedIn(server.port);
    client.send(action('Action: Logoff', 'ActionID: bye'));
    await client.closed;
    expect(client.bytes().toString('utf8').endsWith('Response: Goodbye\r\nActionID: bye\r\nMessage: Thanks for all the fish.\r\n\r\n')).toBe(true);
  });

  it('answers an action nobody knows as Asterisk does', async () => {
    const server = await startServer({ pbx: createTestPbx() });
    const client = await loggedIn(server.port);
    client.send(action('Action: FlyToTheMoon', 'ActionID: moon'));
    expect(plain(await client.nextMessage(withActionId('moon')))).toEqual({
      Response: 'Error',
      ActionID: 'moon',
      Message: 'Invalid/unknown command: FlyToTheMoon. Use Action: ListCommands to show available commands.',
    });
  });
});

describe('the simulated PBX behind the server', () => {
  it('answers other actions through the PBX and sends its events to every logged-in client', async () => {
    const pbx = createTestPbx();
    const server = await startServer({ pbx });
    const first = await loggedIn(server.port);
    const second = await loggedIn(server.port);
    const anonymous = await connectRaw(server.port);

    first.send(action('Action: CoreShowChannels', 'ActionID: list-1'));
    const complete = await first.nextMessage(withEvent('CoreShowChannelsComplete'));
    expect(complete.fields.ListItems).toBe('1');
    expect(pbx.actions.map((received) => received.fields.ActionID)).toEqual(['list-1']);

    pbx.raise(newchannel('PJSIP/7001-00000001'));
    for (const client of [first, second]) {
      expect((await client.nextMessage(withEvent('Newchannel'))).fields.Channel).toBe('PJSIP/7001-00000001');
    }
    anonymous.send(action('Action: Ping', 'ActionID: anon'));
    await anonymous.nextMessage(withActionId('anon'));
    expect(anonymous.messages.some(withEvent('Newchannel'))).toBe(false);
  });

  it('keeps serving when the PBX throws or raises an event that cannot be written', async () => {
    const pbx = createTestPbx();
    const failing: SimulatedPbx = {
      subscribe: pbx.subscribe,
      handleAction(received, session) {
        if (received.fields.Action === 'Explode') throw new Error('boom\nat line 1');
        return pbx.handleAction(received, session);
      },
    };
    const server = await startServer({ pbx: failing });
    const client = await loggedIn(server.port);
    client.send(action('Action: Explode', 'ActionID: x-1'));
    expect(plain(await client.nextMessage(withActionId('x-1')))).toEqual({
      Response: 'Error',
      ActionID: 'x-1',
      Message: 'Simulated PBX failed: boom at line 1',
    });
    pbx.raise([['Event', 'Newchannel'], ['Privilege', 'call,all'], ['Channel', 'bad\r\nEvent: Injected']]);
    pbx.raise(newchannel('PJSIP/7001-00000009'));
    expect((await client.nextMessage(withEvent('Newchannel'))).fields.Channel).toBe('PJSIP/7001-00000009');
    expect(client.messages.some(withEvent('Injected'))).toBe(false);
  });
});

describe('event filtering', () => {
  async function eventsSeenBy(client: RawClient, pbx: ReturnType<typeof createTestPbx>, marker: string): Promise<string[]> {
    pbx.raise(newchannel('Local/101@agents-00000001;1'));
    pbx.raise(peerStatus);
    pbx.raise(newchannel('PJSIP/7001-00000002'));
    client.send(action('Action: Ping', `ActionID: ${marker}`));
    await client.nextMessage(withActionId(marker));
    const seen = client.messages.filter((message) => message.fields.Event === 'Newchannel' || message.fields.Event === 'PeerStatus');
    client.messages.length = 0;
    return seen.map((message) => `${message.fields.Event} ${message.fields.Channel ?? message.fields.Peer}`);
  }

  it('sends no events, not even FullyBooted, to a client that logged in with Events: off', async () => {
    const pbx = createTestPbx();
    const server = await startServer({ pbx });
    const client = await loggedIn(server.port, 'Events: off');
    client.send(action('Action: Ping', 'ActionID: m0'));
    await client.nextMessage(withActionId('m0'));
    expect(client.messages.map((message) => message.fields.Event)).toEqual([]);
    expect(await eventsSeenBy(client, pbx, 'm1')).toEqual([]);
  });

  it('switches classes with the Events action', async () => {
    const pbx = createTestPbx();
    const server = await startServer({ pbx });
    const client = await loggedIn(server.port);

    client.send(action('Action: Events', 'ActionID: e-1', 'EventMask: call'));
    expect(plain(await client.nextMessage(withActionId('e-1')))).toEqual({ Response: 'Success', ActionID: 'e-1', Events: 'On' });
    expect(await eventsSeenBy(client, pbx, 'm2')).toEqual(['Newchannel Local/101@agents-00000001;1', 'Newchannel PJSIP/7001-00000002']);

    client.send(action('Action: Events', 'ActionID: e-2', 'EventMask: off'));
    expect(plain(await client.nextMessage(withActionId('e-2')))).toEqual({ Response: 'Success', ActionID: 'e-2', Events: 'Off' });
    expect(await eventsSeenBy(client, pbx, 'm3')).toEqual([]);

    client.send(action('Action: Events', 'ActionID: e-3', 'EventMask: system'));
    await client.nextMessage(withActionId('e-3'));
    expect(await eventsSeenBy(client, pbx, 'm4')).toEqual(['PeerStatus PJSIP/7001']);
  });

  it('applies Filter actions: a regex to include, "!" to exclude, MatchCriteria on one header', async () => {
    const pbx = createTestPbx();
    const server = await startServer({ pbx });

    const includer = await loggedIn(server.port);
    includer.send(action('Action: Filter', 'ActionID: f-1', 'Operation: Add', 'Filter: Channel: Local/'));
    expect(plain(await includer.nextMessage(withActionId('f-1')))).toEqual({ Response: 'Success', ActionID: 'f-1', Message: 'Success' });
    expect(await eventsSeenBy(includer, pbx, 'i')).toEqual(['Newchannel Local/101@agents-00000001;1']);

    const excluder = await loggedIn(server.port);
    excluder.send(action('Action: Filter', 'ActionID: f-2', 'Operation: Add', 'Filter: !Event: PeerStatus'));
    await excluder.nextMessage(withActionId('f-2'));
    expect(await eventsSeenBy(excluder, pbx, 'x')).toEqual(['Newchannel Local/101@agents-00000001;1', 'Newchannel PJSIP/7001-00000002']);

    const byHeader = await loggedIn(server.port);
    byHeader.send(
      action('Action: Filter', 'ActionID: f-3', 'Operation: Add', 'MatchCriteria: name(Newchannel),header(Channel),method(starts_with)', 'Filter: PJSIP/'),
    );
    await byHeader.nextMessage(withActionId('f-3'));
    expect(await eventsSeenBy(byHeader, pbx, 'h')).toEqual(['Newchannel PJSIP/7001-00000002']);
  });

  it('refuses malformed filters and unknown operations with Asterisk\'s messages', async () => {
    const server = await startServer();
    const client = await loggedIn(server.port);
    client.send(action('Action: Filter', 'ActionID: bad-1', 'Operation: Add', 'Filter: ('));
    client.send(action('Action: Filter', 'ActionID: bad-2', 'Operation: Add', 'MatchCriteria: colour(red)', 'Filter: x'));
    client.send(action('Action: Filter', 'ActionID: bad-3', 'Operation: Remove', 'Filter: x'));
    expect((await client.nextMessage(withActionId('bad-1'))).fields.Message).toBe('Filter did not compile.  Check the syntax of the filter given.');
    expect((await client.nextMessage(withActionId('bad-2'))).fields.Message).toBe('Filter was formatted incorrectly.  Check the syntax of the filter given.');
    expect((await client.nextMessage(withActionId('bad-3'))).fields.Message).toBe('Unknown operation');
  });
});

describe('transcript replay', () => {
  it('plays a recorded transcript to a logged-in client byte for byte', async () => {
    const transcript = loadTranscript('inbound_answered_agent_hangup');
    const server = await startServer({ replay: { transcript, speed: 100 } });
    const client = await connectRaw(server.port);
    client.send(action('Action: Login', 'ActionID: inbound_answered_agent_h-001', 'Username: crm', 'Secret: crm-secret'));
    await client.nextMessage(withEvent('Cdr'));
    await client.nextMessage((message) => message.fields.Response === 'Goodbye');

    const recorded = Buffer.concat([transcript.banner, ...transcript.messages.map((message) => message.bytes)]);
    expect(client.bytes().equals(recorded)).toBe(true);
  });
});

describe('compatibility with the asterisk-manager client', () => {
  it('lets plain asterisk-manager log in, run an action and receive events', async () => {
    const pbx = createTestPbx();
    const server = await startServer({ pbx });
    const manager = createAsteriskManager(server.port, '127.0.0.1', 'crm', 'crm-secret', true);
    try {
      const events: string[] = [];
      manager.on('managerevent', (event) => events.push(String(event.event)));
      const pong = await new Promise<Record<string, unknown>>((resolve, reject) =>
        manager.action({ action: 'ping' }, (error, response) => (error ? reject(new Error(String(error.message))) : resolve(response))),
      );
      expect(pong).toMatchObject({ response: 'Success', ping: 'Pong' });

      const listed = new Promise<void>((resolve) => manager.on('coreshowchannelscomplete', () => resolve()));
      manager.action({ action: 'CoreShowChannels' });
      await listed;

      pbx.raise(newchannel('PJSIP/7001-00000003'));
      await expect.poll(() => events).toContain('Newchannel');
      expect(events).toContain('FullyBooted');
    } finally {
      manager.disconnect();
    }
  });
});
