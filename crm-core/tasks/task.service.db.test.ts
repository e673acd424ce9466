import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/schema.ts';
import { allPages } from '../../tests/support/all-pages.ts';
import { newClient, newContactPerson, newUser, validationIssues } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { selectAuditTrail } from '../audit/audit.repository.ts';
import type { Task, TaskFilter } from './task.ts';
import { createTaskService, type TaskService } from './task.service.ts';

const database = useTestDatabase();
let db: Kysely<Database>;
let tasks: TaskService;
let now = new Date('2026-03-10T12:00:00.000Z');
const clock = { now: () => now };

beforeAll(() => {
  db = database.db;
  tasks = createTaskService({ db, clock });
});

describe('task service', () => {
  it('creates a task assigned to its author unless told otherwise, and audits it', async () => {
    const { id: authorId } = await newUser(db, { login: 'author', role: 'manager' });
    const { id: colleagueId } = await newUser(db, { login: 'colleague', role: 'manager' });
    const { id: clientId } = await newClient(db, { fullName: 'Agro Trade' });
    const { id: contactPersonId } = await newContactPerson(db, clientId, { fullName: 'Ivan' });

    const own = await tasks.create({ title: ' Call back about the offer ', contactPersonId }, { userId: authorId });
    expect(own).toMatchObject({ title: 'Call back about the offer', authorId, assigneeId: authorId, clientId, state: 'open', percentDone: 0 });
    const delegated = await tasks.create({ title: 'Prepare contract', assigneeId: colleagueId, controllerId: authorId, shared: true }, { userId: authorId });
    expect(delegated).toMatchObject({ authorId, assigneeId: colleagueId, controllerId: authorId, shared: true });
    expect((await selectAuditTrail(db, 'task', own.id)).map((entry) => entry.action)).toEqual(['create']);
  });

  it('reads with the names of its client and contact person', async () => {
    const { id: clientId } = await newClient(db, { fullName: 'Named Client' });
    const { id: contactPersonId } = await newContactPerson(db, clientId, { fullName: 'Olena' });
    const task = await tasks.create({ title: 'Greet', contactPersonId });
    expect(task).toMatchObject({ clientName: 'Named Client', contactPersonName: 'Olena' });
    expect(await tasks.update(task.id, { contactPersonId: null })).toMatchObject({ clientName: 'Named Client', contactPersonName: null });
    expect((await tasks.list({ clientId })).items).toEqual([expect.objectContaining({ clientName: 'Named Client', contactPersonName: null })]);
  });

  it('names every missing link and invalid field', async () => {
    const linkIssues = await validationIssues(
      tasks.create({ title: 'Ghost', clientId: 999_999, assigneeId: 999_999, dealId: 999_999, interactionId: 999_999 }),
    );
    expect(linkIssues.map((issue) => issue.field).sort()).toEqual(['assigneeId', 'clientId', 'dealId', 'interactionId']);
    const scheduleIssues = await validationIssues(
      tasks.create({ title: 'Backwards', plannedStart: new Date('2026-03-12T10:00:00Z'), plannedEnd: new Date('2026-03-11T10:00:00Z') }),
    );
    expect(scheduleIssues).toEqual([{ field: 'plannedEnd', message: 'must not be before plannedStart' }]);
  });

  it('marks a finished task 100 % done with its actual end, and clears the end when reopened', async () => {
    const { id: userId } = await newUser(db, { login: 'finisher', role: 'manager' });
    const task = await tasks.create({ title: 'Send invoice', percentDone: 30 }, { userId });

    now = new Date('2026-03-10T13:00:00.000Z');
    const started = await tasks.update(task.id, { state: 'in-progress' }, { userId });
    expect(started).toMatchObject({ state: 'in-progress', actualStart: now, actualEnd: null, percentDone: 30 });

    now = new Date('2026-03-10T15:30:00.000Z');
    const done = await tasks.update(task.id, { state: 'done' }, { userId });
    expect(done).toMatchObject({ state: 'done', percentDone: 100, actualStart: started.actualStart, actualEnd: now });

    const reopened = await tasks.update(task.id, { state: 'open' }, { userId });
    expect(reopened).toMatchObject({ state: 'open', actualEnd: null });

    const knownEnd = new Date('2026-03-10T14:00:00.000Z');
    expect(await tasks.update(task.id, { state: 'done', actualEnd: knownEnd })).toMatchObject({ percentDone: 100, actualEnd: knownEnd });

    const trail = await selectAuditTrail(db, 'task', task.id);
    expect(trail[2]?.changes).toEqual({
      state: { from: 'in-progress', to: 'done' },
      percentDone: { from: 30, to: 100 },
      actualEnd: { from: null, to: '2026-03-10T15:30:00.000Z' },
    });
  });

  it('rejects an actual end before the actual start known from earlier', async () => {
    const { id: userId } = await newUser(db, { login: 'early-bird', role: 'manager' });
    now = new Date('2026-03-10T16:00:00.000Z');
    const task = await tasks.create({ title: 'Visit', state: 'in-progress' }, { userId });
    expect(await validationIssues(tasks.update(task.id, { state: 'done', actualEnd: new Date('2026-03-10T15:00:00Z') }))).toEqual([
      { field: 'actualEnd', message: 'must not be before actualStart' },
    ]);
    expect((await tasks.get(task.id)).state).toBe('in-progress');
  });

  describe('lists', () => {
    let assigneeId: number;
    let clientId: number;
    const day = (hour: number) => new Date(`2026-04-01T${String(hour).padStart(2, '0')}:00:00.000Z`);

    beforeAll(async () => {
      assigneeId = (await newUser(db, { login: 'busy-manager', role: 'manager' })).id;
      clientId = (await newClient(db, { fullName: 'Busy Client' })).id;
      now = new Date('2026-04-01T12:00:00.000Z');
      const dueTimes = [day(9), day(9), day(11), null, day(14), day(9), null, day(18), day(11), null, day(20)];
      const states = ['open', 'in-progress', 'done', 'open', 'canceled', 'open', 'in-progress', 'open', 'open', 'done', 'open'] as const;
      for (const [index, dueAt] of dueTimes.entries()) {
        await tasks.create(
          { title: `Task ${index}`, dueAt, state: states[index] ?? 'open', clientId: index % 2 === 0 ? clientId : null },
          { userId: assigneeId },
        );
      }
    });

    async function paged(filter: TaskFilter, limit: number): Promise<string[]> {
      const items = await allPages((cursor) => tasks.list({ ...filter, limit, ...(cursor ? { cursor } : {}) }));
      return items.map((task) => task.title);
    }

    async function expected(keep: (task: Task) => boolean): Promise<string[]> {
      const everything = (await tasks.list({ assigneeId, limit: 200 })).items.filter(keep);
      return everything.map((task) => task.title);
    }

    it('pages soonest due first, undated last, without skipping or repeating', async () => {
      const all = await expected(() => true);
      expect(all).toHaveLength(11);
      const dueOrder = (await tasks.list({ assigneeId, limit: 200 })).items.map((task) => task.dueAt?.getTime() ?? Infinity);
      expect(dueOrder).toEqual([...dueOrder].sort((a, b) => a - b));
      for (const limit of [1, 2, 3, 4, 11]) expect(await paged({ assigneeId }, limit)).toEqual(all);
    });

    it('filters by client, state, due range and overdue', async () => {
      expect(await paged({ assigneeId, clientId }, 2)).toEqual(await expected((task) => task.clientId === clientId));
      expect(await paged({ assigneeId, states: ['done', 'canceled'] }, 2)).toEqual(
        await expected((task) => task.state === 'done' || task.state === 'canceled'),
      );
      expect(await paged({ assigneeId, dueFrom: day(11), dueTo: day(18) }, 2)).toEqual(
        await expected((task) => task.dueAt !== null && task.dueAt >= day(11) && task.dueAt < day(18)),
      );
      const overdue = await paged({ assigneeId, overdue: true }, 2);
      expect(overdue).toEqual(await expected((task) => task.dueAt !== null && task.dueAt < now && ['open', 'in-progress'].includes(task.state)));
      expect(overdue).toHaveLength(4);
    });

    it('gives my open tasks and the tasks of a client', async () => {
      const mine = await allPages((cursor) => tasks.listOpenByAssignee(assigneeId, { limit: 3, ...(cursor ? { cursor } : {}) }));
      expect(mine.map((task) => task.title)).toEqual(await expected((task) => task.state === 'open' || task.state === 'in-progress'));
      const ofClient = await tasks.listByClient(clientId);
      expect(ofClient.items.map((task) => task.title)).toEqual(await expected((task) => task.clientId === clientId));
    });

    it('finds tasks by words of their title or description, in any case', async () => {
      const { id: writerId } = await newUser(db, { login: 'writer', role: 'manager' });
      await tasks.create({ title: 'Надіслати ПРОПОЗИЦІЮ', description: '' }, { userId: writerId });
      await tasks.create({ title: 'Call', description: 'about the пропозиція_2 (50% off)' }, { userId: writerId });
      await tasks.create({ title: 'Unrelated' }, { userId: writerId });
      const found = async (text: string) => (await tasks.list({ assigneeId: writerId, text })).items.map((task) => task.title).sort();
      expect(await found('пропозиці')).toEqual(['Call', 'Надіслати ПРОПОЗИЦІЮ']);
      expect(await found('50% off')).toEqual(['Call']);
      expect(await found('_2')).toEqual(['Call']);
    });

    it('rejects a cursor it did not issue', async () => {
      expect(await validationIssues(tasks.list({ cursor: 'WyJ4IiwxXQ' }))).toEqual([{ field: 'cursor', message: 'is not a cursor this server issued' }]);
    });
  });

  describe('on a calendar', () => {
    let plannerId: number;
    const at = (day: number, hour: number) => new Date(Date.UTC(2026, 4, day, hour));
    const week = { calendarFrom: at(4, 0), calendarTo: at(11, 0) };

    beforeAll(async () => {
      plannerId = (await newUser(db, { login: 'planner', role: 'manager' })).id;
      const plan = (title: string, times: Partial<Pick<Task, 'dueAt' | 'plannedStart' | 'plannedEnd'>>) => tasks.create({ title, ...times }, { userId: plannerId });
      await plan('Due inside', { dueAt: at(5, 10) });
      await plan('Due after', { dueAt: at(11, 0) });
      await plan('Due just before', { dueAt: at(3, 23) });
      await plan('Planned inside, due later', { plannedStart: at(6, 9), plannedEnd: at(6, 10), dueAt: at(20, 9) });
      await plan('Planned before, due inside', { plannedStart: at(1, 9), plannedEnd: at(1, 10), dueAt: at(5, 9) });
      await plan('Planned across the start', { plannedStart: at(2, 9), plannedEnd: at(4, 12) });
      await plan('Planned across the whole week', { plannedStart: at(1, 9), plannedEnd: at(15, 9) });
      await plan('Planned start only, inside', { plannedStart: at(10, 23) });
      await plan('Unscheduled', {});
    });

    it('shows tasks planned in the period by their planned time, and the others by their due time', async () => {
      const shown = (await tasks.list({ assigneeId: plannerId, ...week })).items.map((task) => task.title).sort();
      expect(shown).toEqual(['Due inside', 'Planned across the start', 'Planned across the whole week', 'Planned inside, due later', 'Planned start only, inside'].sort());
    });

    it('pages through the period like any list', async () => {
      const all = (await tasks.list({ assigneeId: plannerId, ...week })).items.map((task) => task.title);
      const paged = await allPages((cursor) => tasks.list({ assigneeId: plannerId, ...week, limit: 2, ...(cursor ? { cursor } : {}) }));
      expect(paged.map((task) => task.title)).toEqual(all);
    });
  });
});
