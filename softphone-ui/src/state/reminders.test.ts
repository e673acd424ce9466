import { describe, expect, it } from 'vitest';
import { addReminder, dismissReminder, maxToasts, reminderScreen, shouldOfferNotifications, snoozedUntil, type Reminder } from './reminders.ts';

function reminder(taskId: number, overrides: Partial<Reminder> = {}): Reminder {
  return {
    taskId,
    userId: 7,
    title: `Task ${taskId}`,
    type: 'call',
    importance: 'medium',
    remindAt: '2026-03-10T09:00:00.000Z',
    dueAt: null,
    clientId: null,
    clientName: null,
    contactPersonId: null,
    ...overrides,
  };
}

describe('reminder toasts', () => {
  it('shows each task once: a task reminded again replaces its earlier toast', () => {
    const shown = addReminder(addReminder([], reminder(1)), reminder(2));
    const again = addReminder(shown, reminder(1, { remindAt: '2026-03-10T11:00:00.000Z' }));
    expect(again.map((toast) => [toast.taskId, toast.remindAt])).toEqual([
      [2, '2026-03-10T09:00:00.000Z'],
      [1, '2026-03-10T11:00:00.000Z'],
    ]);
  });

  it('keeps the newest few when a backlog arrives at sign-in', () => {
    let toasts: Reminder[] = [];
    for (let taskId = 1; taskId <= maxToasts + 3; taskId++) toasts = addReminder(toasts, reminder(taskId));
    expect(toasts.map((toast) => toast.taskId)).toEqual([4, 5, 6, 7, 8]);
  });

  it('removes the dismissed one only', () => {
    expect(dismissReminder([reminder(1), reminder(2)], 1).map((toast) => toast.taskId)).toEqual([2]);
  });

  it('leads to the task itself, whether or not it has a client', () => {
    expect(reminderScreen(reminder(1, { clientId: 42 }))).toEqual({ name: 'tasks', taskId: 1 });
    expect(reminderScreen(reminder(2))).toEqual({ name: 'tasks', taskId: 2 });
  });

  it('snoozes for ten minutes from now', () => {
    expect(snoozedUntil(new Date('2026-03-10T09:55:00.000Z'))).toEqual(new Date('2026-03-10T10:05:00.000Z'));
  });
});

describe('offering browser notifications', () => {
  it('offers once, and only while the browser has not been answered', () => {
    expect(shouldOfferNotifications('default', false)).toBe(true);
    expect(shouldOfferNotifications('default', true)).toBe(false);
    expect(shouldOfferNotifications('granted', false)).toBe(false);
    expect(shouldOfferNotifications('denied', false)).toBe(false);
    expect(shouldOfferNotifications('unsupported', false)).toBe(false);
  });
});
