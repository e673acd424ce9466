/**
 * Task reminders as the gateway pushes them (`reminder`): a toast each, and a browser notification
 * too when the user allowed them and is looking at another window. Permission is asked once, from
 * the user's click on the offer in a toast, never on load.
 */
import { api } from '../api.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import { connection } from './connection.svelte.ts';
import { addReminder, dismissReminder, reminderScreen, shouldOfferNotifications, snoozedUntil, type NotificationPermissionState, type Reminder } from './reminders.ts';
import { router } from './router.svelte.ts';

const askedKey = 'dzvinok.notifications.asked';

function currentPermission(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

function askedBefore(): boolean {
  try {
    return localStorage.getItem(askedKey) !== null;
  } catch {
    return false;
  }
}

class ReminderToasts {
  toasts = $state<Reminder[]>([]);
  /** Why a toast's snooze failed, by task. */
  snoozeProblems = $state<Record<number, string>>({});
  permission = $state<NotificationPermissionState>(currentPermission());
  #asked = $state(askedBefore());
  readonly offerNotifications = $derived(shouldOfferNotifications(this.permission, this.#asked));

  constructor() {
    connection.subscribe((message) => {
      if (message.type === 'reminder') this.#remind(message.reminder);
    });
  }

  /** On sign-out: the next user starts with none. */
  clear(): void {
    this.toasts = [];
  }

  dismiss(taskId: number): void {
    this.toasts = dismissReminder(this.toasts, taskId);
  }

  /** Moves the task's reminder a few minutes on; the gateway then delivers it again. */
  async snooze(reminder: Reminder): Promise<void> {
    try {
      await api.updateTask(reminder.taskId, { remindAt: snoozedUntil(new Date()).toISOString() });
      this.dismiss(reminder.taskId);
    } catch (error) {
      this.snoozeProblems = { ...this.snoozeProblems, [reminder.taskId]: t('reminder.snoozeFailed', { problem: error instanceof Error ? error.message : String(error) }) };
    }
  }

  open(reminder: Reminder): void {
    router.go(reminderScreen(reminder));
    this.dismiss(reminder.taskId);
  }

  /** From a click: browsers only show their question in answer to one. */
  async askForNotifications(): Promise<void> {
    this.#asked = true;
    try {
      localStorage.setItem(askedKey, new Date().toISOString());
    } catch {
      // Private windows may refuse storage; the offer then returns on the next page load.
    }
    if (typeof Notification === 'undefined') return;
    this.permission = await Notification.requestPermission();
  }

  #remind(reminder: Reminder): void {
    this.toasts = addReminder(this.toasts, reminder);
    if (this.permission === 'granted' && !document.hasFocus()) this.#notify(reminder);
  }

  #notify(reminder: Reminder): void {
    const body = [reminder.clientName, reminder.dueAt ? t('reminder.due', { time: i18n.dateTime(reminder.dueAt) }) : null].filter(Boolean).join(' · ');
    const notification = new Notification(reminder.title, { body, tag: `reminder-${reminder.taskId}` });
    notification.onclick = () => {
      window.focus();
      this.open(reminder);
      notification.close();
    };
  }
}

export const reminderToasts = new ReminderToasts();
