import { isTimeZone } from '../shared/time-zone.ts';
import { createIssueCollector } from '../shared/validation-error.ts';

/** Settings shared by reminders and reports; one set for the whole CRM. */
export interface CrmSettings {
  /** IANA zone: reports count days, weeks, months and hours in it; birthday reminders fall at its 9 a.m. */
  readonly timeZone: string;
  /** How many days before a birthday the responsible manager is reminded (0: on the day). */
  readonly birthdayReminderDays: number;
  /** A missed call returned within this many minutes counts as a callback in time. */
  readonly callbackDeadlineMinutes: number;
}

export type CrmSettingsChanges = Partial<CrmSettings>;

export function validateSettingsChanges(changes: CrmSettingsChanges): CrmSettingsChanges {
  const issues = createIssueCollector();
  if (changes.timeZone !== undefined && !isTimeZone(changes.timeZone)) issues.add('timeZone', 'must be an IANA time zone such as Europe/Kyiv');
  if (changes.birthdayReminderDays !== undefined && !isWholeBetween(changes.birthdayReminderDays, 0, 30)) {
    issues.add('birthdayReminderDays', 'must be a whole number from 0 to 30');
  }
  if (changes.callbackDeadlineMinutes !== undefined && !isWholeBetween(changes.callbackDeadlineMinutes, 1, 10080)) {
    issues.add('callbackDeadlineMinutes', 'must be a whole number from 1 to 10080 (a week)');
  }
  issues.throwIfAny();
  return changes;
}

function isWholeBetween(value: number, least: number, most: number): boolean {
  return Number.isSafeInteger(value) && value >= least && value <= most;
}
