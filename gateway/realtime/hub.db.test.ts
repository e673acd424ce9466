/**
 * The WebSocket stream through the real app: who may connect, what each user receives, numbering
 * and resuming after a reconnect, bad messages, heartbeats and ended sessions.
 */
import { describe, expect, it, vi } from 'vitest';
import { updateUser } from '../../crm-core/users/user.repository.ts';
import { buildTestApp, connectSocket, signIn } from '../../tests/support/gateway.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { openWebSocket } from '../../tests/support/websocket-client.ts';
import { SESSION_ENDED_CLOSE_CODE } from './hub.ts';

const OPEN = 1;

const database = useTestDatabase();

const withdraw = (callId: string) => ({ type: 'pop.withdraw', callId, reason: 'caller-gave-up' }) as const;

describe('the WebSocket stream', () => {
  it('refuses a socket without a session before the upgrade', async () => {
    const app = await buildTestApp(database.db);
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `${address.replace('http', 'ws')}/ws`;
    await expect(openWebSocket(url)).rejects.toThrow('refused with 401');
    await expect(openWebSocket(url, { cookie: 'dzvinok_session=forged' })).rejects.toThrow('refused with 401');
    const { cookie } = await signIn(app, database.db);
    const accepted = await openWebSocket(url, { cookie });
    accepted.close();
  });

  it("pushes a user's messages to every socket of that user and to nobody else, numbered in order", async () => {
    const app = await buildTestApp(database.db);
    const anna = await signIn(app, database.db);
    const boris = await signIn(app, database.db);
    const annaDesk = await connectSocket(app, anna.cookie);
    const annaLaptop = await connectSocket(app, anna.cookie);
    const borisDesk = await connectSocket(app, boris.cookie);

    app.hub.sendToUser(anna.user.id, withdraw('c-1'));
    app.hub.sendToUsers([anna.user.id], withdraw('c-2'));
    for (const socket of [annaDesk, annaLaptop]) {
      const first = await socket.next('pop.withdraw');
      const second = await socket.next('pop.withdraw');
      expect([first.callId, second.callId]).toEqual(['c-1', 'c-2']);
      expect(second.seq).toBe(first.seq + 1);
      expect(first).toMatchObject({ v: 1, at: expect.any(String) });
    }
    borisDesk.send({ type: 'ping', id: 'p1' });
    await borisDesk.next('pong');
    expect(borisDesk.messages.map((message) => message.type)).toEqual(['welcome', 'pong']);
    expect(app.hub.connectedUsers()).toEqual(
      expect.arrayContaining([expect.objectContaining({ user: expect.objectContaining({ id: anna.user.id }), sockets: 2 })]),
    );
  });

  it('reaches every user of a role and above through sendToRole, in slices, and nobody below it', async () => {
    const app = await buildTestApp(database.db, { realtime: { sliceSize: 2 } });
    const supervisors = [];
    for (let count = 0; count < 5; count++) supervisors.push(await signIn(app, database.db, { role: 'supervisor' }));
    const admin = await signIn(app, database.db, { role: 'admin' });
    const operator = await signIn(app, database.db);
    const sockets = await Promise.all([...supervisors, admin].map((user) => connectSocket(app, user.cookie)));
    const operatorSocket = await connectSocket(app, operator.cookie);

    app.hub.sendToRole('supervisor', withdraw('board'), { replay: false });
    app.hub.sendToUser(operator.user.id, withdraw('pop'));
    for (const socket of sockets) expect((await socket.next('pop.withdraw')).callId).toBe('board');
    expect((await operatorSocket.next('pop.withdraw')).callId).toBe('pop');
    operatorSocket.send({ type: 'ping' });
    await operatorSocket.next('pong');
    expect(operatorSocket.messages.filter((message) => message.type === 'pop.withdraw')).toHaveLength(1);
  });

  it('gives a reconnecting socket what it missed, in order, and asks it to reload beyond the window', async () => {
    const app = await buildTestApp(database.db, { realtime: { replayWindow: { maxMessages: 3, maxAgeMs: 60_000 } } });
    const { user, cookie } = await signIn(app, database.db);
    const first = await connectSocket(app, cookie);
    app.hub.sendToUser(user.id, withdraw('seen'));
    const seen = await first.next('pop.withdraw');
    const { stream } = first.messages[0] as { stream: string };
    first.close();
    await new Promise((resolve) => setTimeout(resolve, 20));

    app.hub.sendToUser(user.id, withdraw('missed-1'));
    app.hub.sendToUser(user.id, withdraw('missed-2'));
    const resumed = await connectSocket(app, cookie, { hello: { stream, lastSeq: seen.seq } });
    expect(resumed.messages[0]).toMatchObject({ type: 'welcome', resumed: true, seq: seen.seq });
    const missed = [await resumed.next('pop.withdraw'), await resumed.next('pop.withdraw')];
    expect(missed.map((message) => [message.callId, message.seq])).toEqual([['missed-1', seen.seq + 1], ['missed-2', seen.seq + 2]]);

    for (const callId of ['a', 'b', 'c', 'd']) app.hub.sendToUser(user.id, withdraw(callId));
    const tooLate = await connectSocket(app, cookie, { hello: { stream, lastSeq: seen.seq } });
    expect((await tooLate.next('resync.required')).reason).toBe('missed-too-much');
    const otherStream = await connectSocket(app, cookie, { hello: { stream: 'from-before-a-restart', lastSeq: 2 } });
    expect((await otherStream.next('resync.required')).reason).toBe('unknown-stream');
    app.hub.sendToUser(user.id, withdraw('live'));
    expect((await tooLate.next('pop.withdraw')).callId).toBe('live');
  });

  it('does not lose what arrives between the upgrade and hello', async () => {
    const app = await buildTestApp(database.db);
    const { user, cookie } = await signIn(app, database.db);
    const socket = await connectSocket(app, cookie, { hello: false });
    app.hub.sendToUser(user.id, withdraw('early'));
    expect(socket.messages).toEqual([]);
    socket.send({ type: 'hello' });
    expect((await socket.next('pop.withdraw')).callId).toBe('early');
  });

  it('answers a bad message with an error naming the field, and keeps the socket open', async () => {
    const app = await buildTestApp(database.db);
    const { cookie } = await signIn(app, database.db);
    const socket = await connectSocket(app, cookie);
    socket.send('not json');
    expect((await socket.next('error')).fields).toEqual([{ field: '(message)', message: 'is not a JSON object' }]);
    socket.send({ type: 'pop.teleport' });
    expect((await socket.next('error')).fields).toEqual([{ field: 'type', message: 'is not a known message type' }]);
    socket.send({ type: 'draft.notes', id: 'n1', callId: 'c-1' });
    const missingNotes = await socket.next('error');
    expect(missingNotes).toMatchObject({ code: 'bad-message', replyTo: 'n1', fields: [{ field: 'notes', message: expect.stringContaining('notes') }] });
    socket.send({ type: 'pop.choose', callId: 'c-1', clientId: 'seven' });
    expect((await socket.next('error')).fields).toEqual([{ field: 'clientId', message: expect.any(String) }]);
    socket.send({ type: 'ping' });
    await socket.next('pong');
  });

  it("refuses an operator's message of a supervisor-only type", async () => {
    const app = await buildTestApp(database.db);
    const { cookie } = await signIn(app, database.db);
    const socket = await connectSocket(app, cookie);
    socket.send({ type: 'pop.peek', id: 'x', extension: '101' });
    expect(await socket.next('error')).toMatchObject({ code: 'forbidden', replyTo: 'x', message: 'Only a supervisor or above may send pop.peek' });
  });

  it('checks every socket at the heartbeat: the one whose session ended closes, the others stay open and their sessions stay alive', async () => {
    let now = new Date('2026-11-24T09:00:00Z');
    const app = await buildTestApp(database.db, { clock: { now: () => now }, realtime: { heartbeatMs: 50 } });
    const staying = await signIn(app, database.db);
    const leaving = await signIn(app, database.db);
    const stayingSocket = await connectSocket(app, staying.cookie);
    const leavingSocket = await connectSocket(app, leaving.cookie);
    now = new Date('2026-11-24T09:05:00Z');
    await database.db.deleteFrom('sessions').where('user_id', '=', leaving.user.id).execute();

    expect(await leavingSocket.closed()).toBe(SESSION_ENDED_CLOSE_CODE);
    const lastSeen = () => database.db.selectFrom('sessions').select('last_seen_at').where('user_id', '=', staying.user.id).executeTakeFirstOrThrow();
    await expect.poll(async () => new Date((await lastSeen()).last_seen_at).toISOString()).toBe(now.toISOString());
    app.hub.sendToUser(staying.user.id, withdraw('1795337424.7'));
    expect(await stayingSocket.next('pop.withdraw')).toMatchObject({ callId: '1795337424.7' });
  });

  it("closes a deactivated user's sockets at the next heartbeat, and drops a socket that stops answering pings", async () => {
    const app = await buildTestApp(database.db, { realtime: { heartbeatMs: 50 } });
    const { user, cookie } = await signIn(app, database.db);
    const socket = await connectSocket(app, cookie);
    await database.db.transaction().execute((trx) => updateUser(trx, user.id, { active: false }));
    expect(await socket.closed()).toBe(SESSION_ENDED_CLOSE_CODE);

    const silent = await signIn(app, database.db);
    const deaf = await app.injectWS('/ws', { headers: { cookie: silent.cookie } }, { onInit: (ws) => ((ws as { pong: () => void }).pong = () => {}) });
    const closed = new Promise<number>((resolve) => deaf.on('close', resolve));
    await expect(closed).resolves.toBeGreaterThan(0);
  });

  it('pings many sockets a slice at a time, and each one that answers stays open', async () => {
    const app = await buildTestApp(database.db, { realtime: { heartbeatMs: 50, sliceSize: 2 } });
    const { cookie } = await signIn(app, database.db);
    const url = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('http', 'ws');
    const sockets = await Promise.all(Array.from({ length: 5 }, () => openWebSocket(`${url}/ws`, { cookie })));
    const pingsPerSocket = sockets.map(() => 0);
    sockets.forEach((socket, index) => socket.on('ping', () => pingsPerSocket[index]!++));
    await vi.waitFor(() => expect(Math.min(...pingsPerSocket)).toBeGreaterThanOrEqual(4), { timeout: 5_000 });
    expect(sockets.map((socket) => socket.readyState)).toEqual(sockets.map(() => OPEN));
    for (const socket of sockets) socket.terminate();
  });

  it('spreads the heartbeat: each group of sockets has its own turn, and every socket is pinged once a heartbeat', async () => {
    const app = await buildTestApp(database.db, { realtime: { heartbeatMs: 1_500, heartbeatGroups: 3 } });
    const { cookie } = await signIn(app, database.db);
    const url = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('http', 'ws');
    const sockets = await Promise.all(Array.from({ length: 6 }, () => openWebSocket(`${url}/ws`, { cookie })));
    const pingTimes = sockets.map((): number[] => []);
    sockets.forEach((socket, index) => socket.on('ping', () => pingTimes[index]!.push(performance.now())));
    await vi.waitFor(() => expect(Math.min(...pingTimes.map((times) => times.length))).toBeGreaterThanOrEqual(3), { timeout: 10_000 });

    // The second round, when every socket is surely in: three turns, a third of a heartbeat apart.
    const secondPings = pingTimes.map((times) => times[1]!).sort((a, b) => a - b);
    const turnStarts = secondPings.filter((time, index) => index === 0 || time - secondPings[index - 1]! > 250);
    expect(turnStarts).toHaveLength(3);
    for (const times of pingTimes) expect(times[2]! - times[1]!).toBeGreaterThan(1_000);
    expect(sockets.map((socket) => socket.readyState)).toEqual(sockets.map(() => OPEN));
    for (const socket of sockets) socket.terminate();
  });
});
