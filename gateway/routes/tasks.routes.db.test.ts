import { beforeAll, describe, expect, it } from 'vitest';
import { newClient, newContactPerson } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn, type SignedInUser } from '../../tests/support/gateway.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import type { GatewayApp } from '../app.ts';

const database = useTestDatabase();
let now = new Date('2026-03-10T08:00:00.000Z'); // 10:00 in Kyiv
let app: GatewayApp;
let alice: SignedInUser;
let bob: SignedInUser;
let supervisor: SignedInUser;

beforeAll(async () => {
  app = await buildTestApp(database.db, { clock: { now: () => now } });
  alice = await signIn(app, database.db, { role: 'operator' });
  bob = await signIn(app, database.db, { role: 'operator' });
  supervisor = await signIn(app, database.db, { role: 'supervisor' });
});

const as = (who: SignedInUser) => ({
  get: (url: string) => app.inject({ method: 'GET', url, headers: { cookie: who.cookie } }),
  post: (url: string, payload?: object) => app.inject({ method: 'POST', url, headers: { cookie: who.cookie }, ...(payload && { payload }) }),
  patch: (url: string, payload: object) => app.inject({ method: 'PATCH', url, headers: { cookie: who.cookie }, payload }),
});
const titles = (response: { json(): { items: { title: string }[] } }) => response.json().items.map((task) => task.title);

describe('task routes', () => {
  it('create, filter and page tasks for the day, a calendar range and a client journal', async () => {
    const client = await newClient(database.db, { fullName: 'Agro Trade' });
    const contact = await newContactPerson(database.db, client.id, { fullName: 'Ivan' });
    const created = await as(alice).post('/api/tasks', { title: 'Call back', contactPersonId: contact.id, dueAt: '2026-03-10T15:00:00.000Z', importance: 'high', type: 'call' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ title: 'Call back', clientId: client.id, contactPersonId: contact.id, assigneeId: alice.user.id, authorId: alice.user.id, state: 'open' });
    await as(alice).post('/api/tasks', { title: 'Overdue', dueAt: '2026-03-09T09:00:00.000Z' });
    // 22:30 UTC is already tomorrow in Kyiv: not in today's list.
    await as(alice).post('/api/tasks', { title: 'Tomorrow', dueAt: '2026-03-10T22:30:00.000Z', clientId: client.id });
    await as(alice).post('/api/tasks', { title: 'Next week', dueAt: '2026-03-17T09:00:00.000Z', state: 'in-progress' });
    await as(bob).post('/api/tasks', { title: "Bob's", dueAt: '2026-03-10T09:00:00.000Z' });

    expect(titles(await as(alice).get('/api/tasks/my-day'))).toEqual(['Overdue', 'Call back']);
    expect(titles(await as(alice).get('/api/tasks?dueFrom=2026-03-09T22:00:00.000Z&dueTo=2026-03-16T22:00:00.000Z&assigneeId=' + alice.user.id))).toEqual(['Call back', 'Tomorrow']);
    expect(titles(await as(alice).get(`/api/tasks?clientId=${client.id}`))).toEqual(['Call back', 'Tomorrow']);
    expect(titles(await as(alice).get(`/api/tasks?contactPersonId=${contact.id}&importance=high&type=call`))).toEqual(['Call back']);
    expect(titles(await as(alice).get(`/api/tasks?userId=${alice.user.id}&state=in-progress`))).toEqual(['Next week']);
    expect(titles(await as(alice).get(`/api/tasks?userId=${alice.user.id}&text=CALL`))).toEqual(['Call back']);
    expect((await as(alice).get(`/api/tasks?clientId=${client.id}`)).json().items[0]).toMatchObject({ clientName: 'Agro Trade', contactPersonName: 'Ivan' });
    const firstPage = await as(alice).get(`/api/tasks?userId=${alice.user.id}&limit=2`);
    expect(titles(firstPage)).toEqual(['Overdue', 'Call back']);
    expect(titles(await as(alice).get(`/api/tasks?userId=${alice.user.id}&limit=2&cursor=${firstPage.json().nextCursor}`))).toEqual(['Tomorrow', 'Next week']);
  });

  it('place tasks on a calendar by their planned time, else their due time', async () => {
    const planner = await signIn(app, database.db, { role: 'manager' });
    await as(planner).post('/api/tasks', { title: 'Planned Wednesday, due next month', plannedStart: '2026-05-06T09:00:00.000Z', plannedEnd: '2026-05-06T10:00:00.000Z', dueAt: '2026-06-01T09:00:00.000Z' });
    await as(planner).post('/api/tasks', { title: 'Due Thursday', dueAt: '2026-05-07T09:00:00.000Z' });
    await as(planner).post('/api/tasks', { title: 'Planned last week, due Thursday', plannedStart: '2026-04-28T09:00:00.000Z', dueAt: '2026-05-07T12:00:00.000Z' });
    const week = await as(planner).get(`/api/tasks?assigneeId=${planner.user.id}&calendarFrom=2026-05-04T00:00:00.000Z&calendarTo=2026-05-11T00:00:00.000Z`);
    expect(titles(week)).toEqual(['Due Thursday', 'Planned Wednesday, due next month']);
    expect((await as(planner).get('/api/tasks?calendarFrom=Monday')).json().fields).toEqual([expect.objectContaining({ field: expect.stringContaining('calendarFrom') })]);
  });

  it("keep personal tasks to their people and supervisors; shared ones are everyone's", async () => {
    const personal = (await as(alice).post('/api/tasks', { title: 'Private note' })).json();
    const shared = (await as(alice).post('/api/tasks', { title: 'Team task', shared: true })).json();
    expect((await as(bob).get(`/api/tasks/${personal.id}`)).statusCode).toBe(404);
    expect(titles(await as(bob).get(`/api/tasks?authorId=${alice.user.id}&dueFrom=2000-01-01T00:00:00Z`))).toEqual([]);
    expect((await as(bob).get(`/api/tasks/${shared.id}`)).statusCode).toBe(200);
    expect((await as(bob).patch(`/api/tasks/${shared.id}`, { percentDone: 50 })).statusCode).toBe(403);
    expect((await as(supervisor).get(`/api/tasks/${personal.id}`)).statusCode).toBe(200);
    const delegated = await as(alice).patch(`/api/tasks/${personal.id}`, { assigneeId: bob.user.id, state: 'in-progress' });
    expect(delegated.json()).toMatchObject({ assigneeId: bob.user.id, state: 'in-progress', actualStart: now.toISOString() });
    expect((await as(bob).patch(`/api/tasks/${personal.id}`, { state: 'done' })).json()).toMatchObject({ state: 'done', percentDone: 100 });
  });

  it('name the bad field', async () => {
    const response = await as(alice).post('/api/tasks', { title: ' ', percentDone: 120, importance: 'urgent' });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.map((issue: { field: string }) => issue.field)).toContain('importance');
    const invalid = await as(alice).post('/api/tasks', { title: ' ', percentDone: 120 });
    expect(invalid.json().fields).toEqual([
      { field: 'title', message: 'is required' },
      { field: 'percentDone', message: 'must be a whole number from 0 to 100' },
    ]);
  });

  it("hand a user's due reminders out once, also to a user who was away when they fell due", async () => {
    const task = (await as(bob).post('/api/tasks', { title: 'Remind me', remindAt: '2026-03-10T09:00:00.000Z' })).json();
    expect((await as(bob).post('/api/reminders/take')).json().items).toEqual([]);
    now = new Date('2026-03-10T13:00:00.000Z');
    const taken = (await as(bob).post('/api/reminders/take')).json().items;
    expect(taken).toEqual([expect.objectContaining({ taskId: task.id, userId: bob.user.id, title: 'Remind me', remindAt: '2026-03-10T09:00:00.000Z' })]);
    expect((await as(bob).post('/api/reminders/take')).json().items).toEqual([]);
    expect((await as(alice).post('/api/reminders/take')).json().items).toEqual([]);
  });

  it('list birthdays for managers, and not for operators', async () => {
    const manager = await signIn(app, database.db, { role: 'manager' });
    await newClient(database.db, { kind: 'person', fullName: 'Olena', birthday: '1990-03-12', managerId: manager.user.id });
    await newClient(database.db, { kind: 'person', fullName: 'Someone Else', birthday: '1990-03-12' });
    expect((await as(alice).get('/api/birthdays?range=week')).statusCode).toBe(403);
    const week = await as(manager).get('/api/birthdays?range=week');
    expect(week.json().items).toEqual([expect.objectContaining({ fullName: 'Olena', celebratedOn: '2026-03-12', turnsAge: 36, birthDate: '1990-03-12', phone: null })]);
    expect((await as(supervisor).get('/api/birthdays?range=week')).json().items).toHaveLength(2);
    expect((await as(manager).get('/api/birthdays?range=month')).statusCode).toBe(400);
  });
});
