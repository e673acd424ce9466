/**
 * Reminders of tasks, handed to the gateway exactly once, and birthdays of clients and contact
 * persons. The gateway asks for the reminders of the users it has connected (on connect, and
 * on a timer): a reminder whose user is offline stays undelivered until they connect.
 *
 * Birthday reminders are tasks (type `birthday`) assigned to the client's manager, made once a
 * year per person: a task shows in the manager's day and calendar, can be marked done or
 * reassigned, and its reminder travels the same once-only path as every other. A birthday
 * table row per person and year (claimed with ON CONFLICT DO NOTHING) keeps two gateways, or
 * a task deleted meanwhile, from making it twice.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditedValues, insertAuditEntry } from '../audit/audit.repository.ts';
import { selectCrmSettings } from '../settings/crm-settings.repository.ts';
import type { Actor } from '../shared/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { addDays, instantAt, localDate } from '../shared/time-zone.ts';
import { createIssueCollector } from '../shared/validation-error.ts';
import { checkOneOf } from '../shared/field-checks.ts';
import { managerScopeOf } from '../reports/report-request.ts';
import { selectPhonesOfClients } from '../phones/phone.repository.ts';
import { insertTask } from '../tasks/task.repository.ts';
import {
  ageOn,
  type Birthday,
  type BirthdayRange,
  birthdayRanges,
  birthdayReminderHour,
  celebrationDay,
  type ClientPhoneChoice,
  daysIn,
  type ListedBirthday,
  monthDaysOf,
  phoneToCall,
  type Reminder,
} from './reminder.ts';
import {
  attachBirthdayTask,
  birthdayKey,
  type BirthdayRow,
  claimBirthdayReminder,
  claimDueReminders,
  type ClaimedReminderRow,
  selectBirthdays,
  selectClaimedBirthdayKeys,
} from './reminder.repository.ts';

export type { Birthday, BirthdayRange, ListedBirthday, Reminder } from './reminder.ts';

export type ReminderService = ReturnType<typeof createReminderService>;

export const birthdayTaskType = 'birthday';

/** One collator for every name comparison: `localeCompare` builds one per call. */
const nameOrder = new Intl.Collator();

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

export function createReminderService({ db, clock }: { db: Kysely<Database>; clock: Clock }) {
  async function birthdaysAround(firstDay: string, days: number, managerId: number | null): Promise<Birthday[]> {
    const rows = await selectBirthdays(db, monthDaysOf(firstDay, days), managerId);
    return rows.map((row) => birthdayFromRow(row, celebrationDay(row.birthday, firstDay, days) ?? firstDay));
  }

  /** For people to read: by day, then by name. (Scheduling skips this: on a million clients it held the event loop.) */
  function byDayAndName(birthdays: Birthday[]): Birthday[] {
    return birthdays.sort((left, right) => compareText(left.celebratedOn, right.celebratedOn) || nameOrder.compare(left.fullName, right.fullName));
  }

  return {
    /** The user's reminders that are due and not yet delivered, now marked delivered. */
    async takeDueReminders(userId: number, now: Date): Promise<Reminder[]> {
      return (await claimDueReminders(db, now, [userId])).map(reminderFromRow);
    },

    /**
     * Every due, undelivered reminder of the users given (those connected to this gateway), now
     * marked delivered; the users left out keep theirs until they connect.
     */
    async takeAllDueReminders(now: Date, connectedUserIds: readonly number[]): Promise<Reminder[]> {
      return (await claimDueReminders(db, now, connectedUserIds)).map(reminderFromRow);
    },

    /**
     * Birthdays today, or in the seven days from today, in the CRM's zone, each with a number to
     * call; managers see their own clients'.
     */
    async birthdays(range: BirthdayRange, actor: Actor): Promise<ListedBirthday[]> {
      const issues = createIssueCollector();
      checkOneOf(range, birthdayRanges, 'range', issues);
      issues.throwIfAny();
      const { time_zone: timeZone } = await selectCrmSettings(db);
      const birthdays = byDayAndName(await birthdaysAround(localDate(clock.now(), timeZone), daysIn(range), managerScopeOf(actor)));
      const phonesByClient = new Map<number, ClientPhoneChoice[]>();
      for (const phone of await selectPhonesOfClients(db, [...new Set(birthdays.map((birthday) => birthday.clientId))])) {
        const choice = { id: phone.id, number: phone.e164 ?? phone.raw, contactPersonId: phone.contact_person_id, kind: phone.kind };
        phonesByClient.set(phone.client_id, [...(phonesByClient.get(phone.client_id) ?? []), choice]);
      }
      return birthdays.map((birthday) => ({ ...birthday, phone: phoneToCall(birthday, phonesByClient.get(birthday.clientId) ?? []) }));
    },

    /**
     * Makes the birthday tasks of everyone celebrating within the reminder lead time (today
     * included) who has a manager and has none yet this year. Due on the day at 9:00, reminding
     * the lead time before at 9:00 (or at once, if that has passed). Safe to run often and from
     * several gateways. Returns how many tasks it made.
     */
    async scheduleBirthdayReminders(): Promise<number> {
      const now = clock.now();
      const settings = await selectCrmSettings(db);
      const timeZone = settings.time_zone;
      const leadDays = settings.birthday_reminder_days;
      const today = localDate(now, timeZone);
      const managed = (await birthdaysAround(today, leadDays + 1, null)).filter((birthday) => birthday.managerId !== null);
      const yearOf = (birthday: Birthday) => Number(birthday.celebratedOn.slice(0, 4));
      const claimed = await selectClaimedBirthdayKeys(db, [...new Set(managed.map((birthday) => birthday.clientId))], [...new Set(managed.map(yearOf))]);
      const upcoming = managed.filter((birthday) => !claimed.has(birthdayKey(birthday.clientId, birthday.contactPersonId, yearOf(birthday))));
      let made = 0;
      for (const birthday of upcoming) {
        const dueAt = atReminderHour(birthday.celebratedOn, timeZone);
        const remindAt = atReminderHour(addDays(birthday.celebratedOn, -leadDays), timeZone);
        const year = yearOf(birthday);
        const madeNow = await db.transaction().execute(async (trx) => {
          const claim = { clientId: birthday.clientId, contactPersonId: birthday.contactPersonId, year };
          if (!(await claimBirthdayReminder(trx, { ...claim, at: now }))) return false;
          const task = await insertTask(trx, {
            title: birthday.fullName.slice(0, 300),
            description: birthday.contactPersonId === null ? '' : birthday.clientName,
            type: birthdayTaskType,
            client_id: birthday.clientId,
            contact_person_id: birthday.contactPersonId,
            assignee_id: birthday.managerId,
            due_at: dueAt,
            remind_at: remindAt,
            created_at: now,
            updated_at: now,
          });
          await attachBirthdayTask(trx, { ...claim, taskId: task.id });
          await insertAuditEntry(trx, { userId: null, entity: 'task', entityId: task.id, action: 'create', changes: auditedValues({ title: task.title, type: task.type, clientId: task.client_id, contactPersonId: task.contact_person_id, assigneeId: task.assignee_id, dueAt, remindAt }) });
          return true;
        });
        if (madeNow) made++;
      }
      return made;
    },
  };
}

function atReminderHour(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return instantAt({ year, month, day, hour: birthdayReminderHour, minute: 0 }, timeZone);
}

function birthdayFromRow(row: BirthdayRow, celebratedOn: string): Birthday {
  return {
    clientId: row.client_id,
    contactPersonId: row.contact_person_id,
    fullName: row.full_name,
    clientName: row.client_name,
    managerId: row.manager_id,
    birthDate: row.birthday,
    celebratedOn,
    turnsAge: ageOn(row.birthday, celebratedOn),
  };
}

function reminderFromRow(row: ClaimedReminderRow): Reminder {
  return {
    taskId: row.id,
    userId: row.assignee_id as number,
    title: row.title,
    type: row.type,
    importance: row.importance,
    remindAt: row.remind_at as Date,
    dueAt: row.due_at,
    clientId: row.client_id,
    clientName: row.client_name,
    contactPersonId: row.contact_person_id,
  };
}
