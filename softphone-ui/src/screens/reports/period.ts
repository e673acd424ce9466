/**
 * The period a report covers, as the picker holds it: whole calendar days, both ends included.
 * A report asks the gateway for the half-open span from the first day's midnight to the midnight
 * after the last day, in the CRM's time zone, so that everyone's figures agree wherever they sit.
 */
import type { ReportPeriodQuery } from '../../../../gateway/schemas/reports.schemas.ts';

/** `YYYY-MM-DD` days, `from` ≤ `to`. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

export type PeriodPreset = 'this-month' | 'last-month' | 'this-quarter' | 'this-year';
export const periodPresets: readonly PeriodPreset[] = ['this-month', 'last-month', 'this-quarter', 'this-year'];

/** The whole month, quarter or year `today` falls in (or the month before it). */
export function presetRange(preset: PeriodPreset, today: string): DayRange {
  const [year, month] = today.split('-').map(Number) as [number, number];
  switch (preset) {
    case 'this-month':
      return monthsSpan(year, month, 1);
    case 'last-month':
      return month === 1 ? monthsSpan(year - 1, 12, 1) : monthsSpan(year, month - 1, 1);
    case 'this-quarter':
      return monthsSpan(year, month - ((month - 1) % 3), 3);
    case 'this-year':
      return monthsSpan(year, 1, 12);
  }
}

/** The preset that gives exactly `range` on `today`, if any: the picker shows it pressed. */
export function presetOf(range: DayRange, today: string): PeriodPreset | undefined {
  return periodPresets.find((preset) => {
    const candidate = presetRange(preset, today);
    return candidate.from === range.from && candidate.to === range.to;
  });
}

export function isDayRange(range: DayRange): boolean {
  return isDay(range.from) && isDay(range.to) && range.from <= range.to;
}

export function periodQuery(range: DayRange, timeZone: string): ReportPeriodQuery {
  return {
    from: startOfDayIn(range.from, timeZone).toISOString(),
    to: startOfDayIn(addDays(range.to, 1), timeZone).toISOString(),
    timeZone,
  };
}

/** The calendar day it is in `timeZone` at `instant` (today by default). */
export function dayIn(timeZone: string, instant: Date = new Date()): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return calendarDay(year, month, day);
}

/** The instant the wall clock in `timeZone` shows midnight starting `day`. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wanted = Date.UTC(year, month - 1, date);
  // The zone's offset at a first guess, then at the corrected instant: right across a clock change.
  const first = wanted - offsetAt(new Date(wanted), timeZone);
  return new Date(wanted - offsetAt(new Date(first), timeZone));
}

export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

function monthsSpan(year: number, firstMonth: number, months: number): DayRange {
  const lastDay = new Date(Date.UTC(year, firstMonth - 1 + months, 0));
  return { from: calendarDay(year, firstMonth, 1), to: lastDay.toISOString().slice(0, 10) };
}

function calendarDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

function offsetAt(instant: Date, timeZone: string): number {
  const { year, month, day, hour, minute } = wallClock(instant, timeZone);
  return Date.UTC(year, month - 1, day, hour, minute) - Math.floor(instant.getTime() / 60_000) * 60_000;
}

function wallClock(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
    .formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour') % 24, minute: part('minute') };
}
