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
  /** ISO 4217 code of the currency reports show revenue and costs in. */
  readonly currency: string;
  /**
   * What one unit of the currency SMS are priced in (SMS_PRICE_CURRENCY, USD) costs in `currency`, as decimal text
   * ("41.25"): a mailing's cost then compares with revenue. Null until an admin sets it.
   */
  readonly smsExchangeRate: string | null;
}

export type CrmSettingsChanges = Partial<CrmSettings>;

const currencyPattern = /^[A-Z]{3}$/;
const ratePattern = /^\d{1,8}(\.\d{1,6})?$/;

export function validateSettingsChanges(changes: CrmSettingsChanges): CrmSettingsChanges {
  const issues = createIssueCollector();
  if (changes.timeZone !== undefined && !isTimeZone(changes.timeZone)) issues.add('timeZone', 'must be an IANA time zone such as Europe/Kyiv');
  if (changes.birthdayReminderDays !== undefined && !isWholeBetween(changes.birthdayReminderDays, 0, 30)) {
    issues.add('birthdayReminderDays', 'must be a whole number from 0 to 30');
  }
  if (changes.callbackDeadlineMinutes !== undefined && !isWholeBetween(changes.callbackDeadlineMinutes, 1, 10080)) {
    issues.add('callbackDeadlineMinutes', 'must be a whole number from 1 to 10080 (a week)');
  }
  const currency = changes.currency?.trim().toUpperCase();
  if (currency !== undefined && !currencyPattern.test(currency)) issues.add('currency', 'must be a three-letter ISO 4217 code such as UAH');
  const smsExchangeRate = changes.smsExchangeRate?.trim();
  if (smsExchangeRate !== undefined && !(ratePattern.test(smsExchangeRate) && Number(smsExchangeRate) > 0)) {
    issues.add('smsExchangeRate', 'must be a positive decimal number with at most 6 digits after the point, or null');
  }
  issues.throwIfAny();
  return { ...changes, ...(currency !== undefined && { currency }), ...(smsExchangeRate !== undefined && { smsExchangeRate }) };
}

function isWholeBetween(value: number, least: number, most: number): boolean {
  return Number.isSafeInteger(value) && value >= least && value <= most;
}
