/**
 * Task reminders pushed over the WebSocket as `reminder` messages. A user's due reminders go out
 * when one of their sockets says `hello` (so a reminder that came due while they were away shows
 * at their next sign-in), and every `pollMs` to the users connected to this gateway. The database
 * hands each reminder out once (reminder.service.ts), however many gateways ask.
 *
 * Birthday reminders are tasks too: `scheduleBirthdayReminders` makes them every `birthdaysEveryMs`,
 * and this same path delivers them.
 */
import type { Logger } from 'pino';
import type { Reminder, ReminderService } from '../../crm-core/reminders/reminder.service.ts';
import type { Clock } from '../../crm-core/shared/clock.ts';
import { reminderBody } from '../routes/tasks.routes.ts';
import type { Hub } from './hub.ts';

export interface ReminderDeliveryOptions {
  /** How often the connected users' due reminders are looked for. Default 15 s. */
  readonly pollMs?: number;
  /** How often birthday reminders are made. Default hourly. */
  readonly birthdaysEveryMs?: number;
}

export interface ReminderDeliveryDependencies extends ReminderDeliveryOptions {
  readonly hub: Pick<Hub, 'sendToUser' | 'connectedUsers' | 'onHello'>;
  readonly reminders: Pick<ReminderService, 'takeDueReminders' | 'takeAllDueReminders'> & Partial<Pick<ReminderService, 'scheduleBirthdayReminders'>>;
  readonly clock: Clock;
  readonly log: Logger;
}

export interface ReminderDelivery {
  /** One round: birthdays when their time has come, then every connected user's due reminders. */
  tick(): Promise<void>;
  stop(): void;
}

export function startReminderDelivery(dependencies: ReminderDeliveryDependencies): ReminderDelivery {
  const { hub, reminders, clock } = dependencies;
  const log = dependencies.log.child({ module: 'reminders' });
  const pollMs = dependencies.pollMs ?? 15_000;
  const birthdaysEveryMs = dependencies.birthdaysEveryMs ?? 3600_000;
  let birthdaysMadeAt: number | undefined;
  let running: Promise<void> | undefined;

  function push(delivered: readonly Reminder[]): void {
    for (const reminder of delivered) hub.sendToUser(reminder.userId, { type: 'reminder', reminder: reminderBody(reminder) });
  }

  async function scheduleBirthdaysWhenDue(now: Date): Promise<void> {
    if (!reminders.scheduleBirthdayReminders) return;
    if (birthdaysMadeAt !== undefined && now.getTime() - birthdaysMadeAt < birthdaysEveryMs) return;
    birthdaysMadeAt = now.getTime();
    const made = await reminders.scheduleBirthdayReminders();
    if (made > 0) log.info({ made }, 'birthday reminders made');
  }

  async function round(): Promise<void> {
    const now = clock.now();
    try {
      await scheduleBirthdaysWhenDue(now);
    } catch (error) {
      log.error({ err: error }, 'birthday reminders failed; tried again next hour');
    }
    const userIds = hub.connectedUsers().map((connected) => connected.user.id);
    try {
      push(await reminders.takeAllDueReminders(now, userIds));
    } catch (error) {
      log.error({ err: error }, 'reminder round failed; tried again next round');
    }
  }

  /** A slow round is never overlapped by the next: the timer's turn waits for it instead. */
  function tick(): Promise<void> {
    running ??= round().finally(() => (running = undefined));
    return running;
  }

  const removeHelloListener = hub.onHello((user) => {
    reminders.takeDueReminders(user.id, clock.now()).then(push, (error: unknown) => log.error({ err: error, userId: user.id }, 'reminders at hello failed; sent next round'));
  });
  const timer = setInterval(() => void tick(), pollMs);
  timer.unref();

  return {
    tick,
    stop() {
      clearInterval(timer);
      removeHelloListener();
    },
  };
}
