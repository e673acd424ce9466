import { describe, expect, it } from 'vitest';
import { draftChanges, draftOf, emptyJournalFilters, journalQuery, mayChange, rescheduleChanges, splitMyDay, type Task } from './tasks.ts';

function task(id: number, overrides: Partial<Task> = {}): Task {
  return {
    id,
    title: `Task ${id}`,
    description: '',
    type: 'call',
    clientId: null,
    clientName: null,
    contactPersonId: null,
    contactPersonName: null,
    interactionId: null,
    dealId: null,
    authorId: 1,
    assigneeId: 2,
    controllerId: 3,
    shared: false,
    importance: 'medium',
    percentDone: 0,
    state: 'open',
    dueAt: null,
    remindAt: null,
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    ...overrides,
  };
}

describe('my day', () => {
  it('puts the overdue tasks first and keeps each group in the order served', () => {
    const now = new Date('2026-03-10T12:00:00.000Z');
    const served = [
      task(1, { dueAt: '2026-03-08T09:00:00.000Z' }),
      task(2, { dueAt: '2026-03-10T11:59:00.000Z' }),
      task(3, { dueAt: '2026-03-10T12:00:00.000Z' }),
      task(4, { dueAt: '2026-03-10T17:00:00.000Z' }),
    ];
    const { overdue, today } = splitMyDay(served, now);
    expect(overdue.map((item) => item.id)).toEqual([1, 2]);
    expect(today.map((item) => item.id)).toEqual([3, 4]);
  });
});

describe('who may change a task', () => {
  it('lets its author, assignee and controller, and supervisors and admins, but no other operator or manager', () => {
    const shared = task(1, { shared: true });
    expect([1, 2, 3].map((id) => mayChange(shared, { id, role: 'operator' }))).toEqual([true, true, true]);
    expect(mayChange(shared, { id: 9, role: 'manager' })).toBe(false);
    expect(mayChange(shared, { id: 9, role: 'supervisor' })).toBe(true);
    expect(mayChange(shared, { id: 9, role: 'admin' })).toBe(true);
  });
});

describe('rescheduling', () => {
  const to = new Date('2026-03-12T10:00:00.000Z');

  it('moves the planned time keeping its length, and the due and reminder times by as much', () => {
    const planned = task(1, {
      plannedStart: '2026-03-10T09:00:00.000Z',
      plannedEnd: '2026-03-10T10:30:00.000Z',
      dueAt: '2026-03-10T12:00:00.000Z',
      remindAt: '2026-03-10T08:45:00.000Z',
    });
    expect(rescheduleChanges(planned, to)).toEqual({
      plannedStart: '2026-03-12T10:00:00.000Z',
      plannedEnd: '2026-03-12T11:30:00.000Z',
      dueAt: '2026-03-12T13:00:00.000Z',
      remindAt: '2026-03-12T09:45:00.000Z',
    });
  });

  it('moves an unplanned task to be due then, and makes a task with no time due then', () => {
    expect(rescheduleChanges(task(1, { dueAt: '2026-03-10T09:00:00.000Z' }), to)).toEqual({ dueAt: to.toISOString(), remindAt: null, plannedStart: null, plannedEnd: null });
    expect(rescheduleChanges(task(2), to)).toEqual({ dueAt: to.toISOString() });
  });
});

describe('the journal filters', () => {
  it('ask for nothing but the fixed client when empty', () => {
    expect(journalQuery(emptyJournalFilters(), { clientId: 5 })).toEqual({ clientId: 5 });
  });

  it('ask for every field given, the days from the first one’s local midnight to the end of the last', () => {
    const filters = { ...emptyJournalFilters(), text: ' offer ', state: 'open' as const, importance: 'high' as const, type: 'call', userId: 4, assigneeId: 2, authorId: 1, controllerId: 3, contactPersonId: 8, dueFrom: '2026-03-01', dueTo: '2026-03-31' };
    expect(journalQuery(filters, {}, 'next')).toEqual({
      text: 'offer',
      state: ['open'],
      importance: ['high'],
      type: ['call'],
      userId: 4,
      assigneeId: 2,
      authorId: 1,
      controllerId: 3,
      contactPersonId: 8,
      dueFrom: new Date(2026, 2, 1).toISOString(),
      dueTo: new Date(2026, 3, 1).toISOString(),
      cursor: 'next',
    });
  });
});

describe('the task form', () => {
  it('sends nothing for an untouched task, even with times to the second that the form shows to the minute', () => {
    const shown = task(1, { actualEnd: '2026-03-10T15:30:42.123Z', remindAt: '2026-03-10T09:00:00.000Z', clientId: 5 });
    expect(draftChanges(shown, draftOf(shown, { assigneeId: 2 }))).toEqual({});
  });

  it('sends only what changed, a cleared time as null', () => {
    const shown = task(1, { remindAt: '2026-03-10T09:00:00.000Z', dueAt: '2026-03-10T10:00:00.000Z' });
    const draft = { ...draftOf(shown, { assigneeId: 2 }), percentDone: 40, remindAt: '', plannedStart: '2026-03-11T09:30' };
    expect(draftChanges(shown, draft)).toEqual({ percentDone: 40, remindAt: null, plannedStart: new Date(2026, 2, 11, 9, 30).toISOString() });
  });

  it('starts a new task assigned to me, linked to the client it was made from, and sends only the times given', () => {
    const draft = { ...draftOf(null, { assigneeId: 7, clientId: 5 }), title: 'Call back', dueAt: '2026-03-12T10:00' };
    expect(draftChanges(null, draft)).toMatchObject({ title: 'Call back', assigneeId: 7, clientId: 5, state: 'open', dueAt: new Date(2026, 2, 12, 10).toISOString() });
    expect(Object.keys(draftChanges(null, draft))).not.toContain('remindAt');
  });
});
