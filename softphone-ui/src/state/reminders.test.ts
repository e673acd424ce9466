import { describe, expect, it } from 'vitest';
import { addReminder, dismissReminder, maxToasts, reminderScreen, shouldOfferNotifications, type Reminder } from './reminders.ts';

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

  it("leads to the client's tasks, or to my tasks when the task has no client", () => {
    expect(reminderScreen(reminder(1, { clientId: 42 }))).toEqual({ name: 'client', id: 42, tab: 'tasks' });
    expect(reminderScreen(reminder(1))).toEqual({ name: 'tasks' });
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
