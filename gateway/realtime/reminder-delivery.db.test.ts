import { beforeAll, describe, expect, it } from 'vitest';
import type { GatewayApp } from '../app.ts';
import { newClient } from '../../tests/support/crm-factories.ts';
import { buildTestApp, connectSocket, signIn, type SignedInUser, type TestSocket } from '../../tests/support/gateway.ts';
import { testClock } from '../../tests/support/sms.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';

const database = useTestDatabase();

describe('task reminders over the WebSocket', () => {
  const clock = testClock('2026-03-10T08:00:00Z');
  let app: GatewayApp;

  beforeAll(async () => {
    // The timer never fires during the tests: they move the clock and run the round themselves.
    app = await buildTestApp(database.db, { clock, reminderDelivery: { pollMs: 3600_000 } });
  });

  async function newTask(user: SignedInUser, body: Record<string, unknown>): Promise<{ id: number }> {
    const response = await app.inject({ method: 'POST', url: '/api/tasks', headers: { cookie: user.cookie }, payload: body });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  /** Everything the server pushed before this returns has reached the socket: a ping's pong comes after it. */
  async function settled(socket: TestSocket): Promise<void> {
    const id = `settle-${Math.random()}`;
    socket.send({ type: 'ping', id });
    await socket.next('pong', (pong) => pong.replyTo === id);
  }

  const remindersOf = (socket: TestSocket) => socket.messages.filter((message) => message.type === 'reminder');

  it('reminds a connected user once, at the reminder time, and nobody else', async () => {
    const operator = await signIn(app, database.db);
    const colleague = await signIn(app, database.db);
    const client = await newClient(database.db, { fullName: 'Agro Trade' });
    const task = await newTask(operator, { title: 'Call back about the offer', clientId: client.id, remindAt: '2026-03-10T09:00:00Z', dueAt: '2026-03-10T09:30:00Z' });
    const socket = await connectSocket(app, operator.cookie);
    const colleagueSocket = await connectSocket(app, colleague.cookie);

    clock.set('2026-03-10T08:59:59Z');
    await app.reminderDelivery.tick();
    await settled(socket);
    expect(remindersOf(socket)).toEqual([]);

    clock.set('2026-03-10T09:00:10Z');
    await app.reminderDelivery.tick();
    const reminder = await socket.next('reminder');
    expect(reminder.reminder).toEqual({
      taskId: task.id,
      userId: operator.user.id,
      title: 'Call back about the offer',
      type: 'other',
      importance: 'medium',
      remindAt: '2026-03-10T09:00:00.000Z',
      dueAt: '2026-03-10T09:30:00.000Z',
      clientId: client.id,
      clientName: 'Agro Trade',
      contactPersonId: null,
    });

    clock.advance(60_000);
    await app.reminderDelivery.tick();
    await settled(socket);
    await settled(colleagueSocket);
    expect(remindersOf(socket)).toHaveLength(1);
    expect(remindersOf(colleagueSocket)).toEqual([]);
    socket.close();
    colleagueSocket.close();
  });

  it('shows a reminder that came due while its user was away at their next connection, and only then', async () => {
    clock.set('2026-03-11T08:00:00Z');
    const away = await signIn(app, database.db);
    const colleague = await signIn(app, database.db);
    const task = await newTask(away, { title: 'Send the contract', remindAt: '2026-03-11T09:00:00Z' });
    const colleagueSocket = await connectSocket(app, colleague.cookie);

    clock.set('2026-03-11T09:30:00Z');
    await app.reminderDelivery.tick();

    clock.set('2026-03-11T10:00:00Z');
    const socket = await connectSocket(app, away.cookie);
    const reminder = await socket.next('reminder');
    expect(reminder.reminder).toMatchObject({ taskId: task.id, userId: away.user.id, title: 'Send the contract', remindAt: '2026-03-11T09:00:00.000Z', dueAt: null });

    await app.reminderDelivery.tick();
    socket.close();
    const again = await connectSocket(app, away.cookie);
    await settled(again);
    await settled(colleagueSocket);
    expect(remindersOf(again)).toEqual([]);
    expect(remindersOf(colleagueSocket)).toEqual([]);
    again.close();
    colleagueSocket.close();
  });

  it('makes birthday reminders and hands them to the manager', async () => {
    clock.set('2026-05-19T06:00:00Z');
    const manager = await signIn(app, database.db, { role: 'manager' });
    await newClient(database.db, { kind: 'person', fullName: 'Iryna Bondar', birthday: '1985-05-22', managerId: manager.user.id });
    const socket = await connectSocket(app, manager.cookie);

    // Three days ahead (the default lead time), at 9:00 in Kyiv (UTC+3 in May).
    clock.set('2026-05-19T06:00:10Z');
    await app.reminderDelivery.tick();
    const reminder = await socket.next('reminder');
    expect(reminder.reminder).toMatchObject({ userId: manager.user.id, title: 'Iryna Bondar', type: 'birthday', remindAt: '2026-05-19T06:00:00.000Z', dueAt: '2026-05-22T06:00:00.000Z' });
    socket.close();
  });
});
