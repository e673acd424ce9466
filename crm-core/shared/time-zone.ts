/**
 * Calendar arithmetic in a named time zone (IANA, e.g. Europe/Kyiv) with Intl only: reports
 * group by the zone's months, days and hours, and reminders fall at its morning hours.
 */

/** A wall-clock moment in some zone. Months are 1-12. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `instant`. */
export function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour') % 24, minute: part('minute') };
}

/** The instant when the wall clock in `timeZone` shows the given time (the later one when clocks go back). */
export function instantAt(local: LocalDateTime, timeZone: string): Date {
  const wanted = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  let guess = wanted - offsetMs(new Date(wanted), timeZone);
  // A second pass lands on the right side of a daylight-saving change.
  guess = wanted - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** `YYYY-MM-DD` of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const { year, month, day } = localDateTime(instant, timeZone);
  return calendarDate(year, month, day);
}

/** Midnight starting the calendar day `date` (`YYYY-MM-DD`) in `timeZone`. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return instantAt({ year, month, day, hour: 0, minute: 0 }, timeZone);
}

/** The calendar day `days` after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}

export function calendarDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How many calendar months (in `timeZone`) the half-open span [from, to) touches. */
export function monthsTouched(from: Date, to: Date, timeZone: string): number {
  const first = localDateTime(from, timeZone);
  const last = localDateTime(new Date(to.getTime() - 1), timeZone);
  return (last.year - first.year) * 12 + (last.month - first.month) + 1;
}

function offsetMs(instant: Date, timeZone: string): number {
  const local = localDateTime(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  return asUtc - Math.floor(instant.getTime() / 60_000) * 60_000;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
