/**
 * Reminder toasts as plain data: which reminders are on screen, where each one leads, and whether
 * to offer browser notifications. The runes live in reminders.svelte.ts.
 */
import type { Reminder } from '../../../gateway/schemas/tasks.schemas.ts';
import type { Screen } from './router.svelte.ts';

export type { Reminder };

/** More than this many at once is a backlog after a long absence: the oldest give way. */
export const maxToasts = 5;

/** A task reminded again (its time moved) replaces its earlier toast; the newest is last. */
export function addReminder(toasts: readonly Reminder[], reminder: Reminder): Reminder[] {
  return [...toasts.filter((toast) => toast.taskId !== reminder.taskId), reminder].slice(-maxToasts);
}

export function dismissReminder(toasts: readonly Reminder[], taskId: number): Reminder[] {
  return toasts.filter((toast) => toast.taskId !== taskId);
}

/** The task itself, its form open over my day. */
export function reminderScreen(reminder: Pick<Reminder, 'taskId'>): Screen {
  return { name: 'tasks', taskId: reminder.taskId };
}

/** How long "snooze" puts a reminder off. */
export const snoozeMinutes = 10;

/** The new reminder time of a snoozed reminder (the gateway delivers a moved reminder again). */
export function snoozedUntil(now: Date): Date {
  return new Date(now.getTime() + snoozeMinutes * 60_000);
}

export type NotificationPermissionState = NotificationPermission | 'unsupported';

/** Asked once, and only where the browser would still show its question. */
export function shouldOfferNotifications(permission: NotificationPermissionState, askedBefore: boolean): boolean {
  return permission === 'default' && !askedBefore;
}
