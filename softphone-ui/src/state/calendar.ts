/**
 * The week and month calendars as plain data: which days they show (from the locale's first day of
 * the week), where the arrow keys move, and on which days each task sits. Days are local to the
 * browser, as every date the UI shows; a day is named by its `YYYY-MM-DD` key.
 */

/** 1 is Monday, 7 is Sunday, as `Intl.Locale` week info counts. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type CalendarMode = 'week' | 'month';

/** The times a calendar places a task by. */
export interface CalendarTask {
  readonly dueAt: string | null;
  readonly plannedStart: string | null;
  readonly plannedEnd: string | null;
}

/** A task on one day of the calendar. */
export interface Placement<Task> {
  readonly task: Task;
  readonly start: Date;
  /** The task starts on this day (else it runs on from an earlier one). */
  readonly startsToday: boolean;
}

type WeekInfoLocale = Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };

/** The first day of the week where `locale` is spoken: Sunday for English (US), Monday for Ukrainian and Russian. */
export function firstDayOfWeek(locale: string): Weekday {
  const info = new Intl.Locale(locale) as WeekInfoLocale;
  // Chromium since 130 has the method; older engines (and Node 20) the property.
  return (info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay ?? 1) as Weekday;
}

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Calendar days, not 24-hour steps: a day across a clock change is still one day. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The same day of another month, or that month's last day when it is shorter (31 January + 1 month = 28 February). */
export function addMonths(date: Date, months: number): Date {
  const firstOfMonth = new Date(date.getFullYear(), date.getMonth() + months, 1);
  const lastDay = new Date(firstOfMonth.getFullYear(), firstOfMonth.getMonth() + 1, 0).getDate();
  return new Date(firstOfMonth.getFullYear(), firstOfMonth.getMonth(), Math.min(date.getDate(), lastDay));
}

export function dayKey(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function sameDay(left: Date, right: Date): boolean {
  return dayKey(left) === dayKey(right);
}

function weekdayOf(date: Date): Weekday {
  return (date.getDay() === 0 ? 7 : date.getDay()) as Weekday;
}

export function startOfWeek(date: Date, firstDay: Weekday): Date {
  return addDays(startOfDay(date), -((weekdayOf(date) - firstDay + 7) % 7));
}

/** The seven days of the week `date` falls in. */
export function weekOf(date: Date, firstDay: Weekday): Date[] {
  const start = startOfWeek(date, firstDay);
  return Array.from({ length: 7 }, (_, offset) => addDays(start, offset));
}

/** The whole weeks that cover the month `date` falls in: four to six rows of seven days. */
export function monthWeeks(date: Date, firstDay: Weekday): Date[][] {
  const month = date.getMonth();
  const weeks = [weekOf(new Date(date.getFullYear(), month, 1), firstDay)];
  for (let weekStart = addDays(weeks[0]![0]!, 7); weekStart.getMonth() === month; weekStart = addDays(weekStart, 7)) weeks.push(weekOf(weekStart, firstDay));
  return weeks;
}

/** The days a calendar shows, in rows of seven. */
export function calendarWeeks(mode: CalendarMode, date: Date, firstDay: Weekday): Date[][] {
  return mode === 'week' ? [weekOf(date, firstDay)] : monthWeeks(date, firstDay);
}

/** The previous or next week or month. */
export function stepCalendar(mode: CalendarMode, date: Date, step: -1 | 1): Date {
  return mode === 'week' ? addDays(date, 7 * step) : addMonths(date, step);
}

/** The weekday names in the order the calendar shows them ("Mon", "Tue", … or "Sun", "Mon", …). */
export function weekdayNames(locale: string, firstDay: Weekday, width: 'short' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, offset) => format.format(new Date(2024, 0, firstDay + offset)));
}

/** Where a key moves the focused day of a calendar grid, or undefined for a key it does not use. */
export function dayAfterKey(key: string, day: Date, firstDay: Weekday): Date | undefined {
  switch (key) {
    case 'ArrowLeft': return addDays(day, -1);
    case 'ArrowRight': return addDays(day, 1);
    case 'ArrowUp': return addDays(day, -7);
    case 'ArrowDown': return addDays(day, 7);
    case 'Home': return startOfWeek(day, firstDay);
    case 'End': return addDays(startOfWeek(day, firstDay), 6);
    case 'PageUp': return addMonths(day, -1);
    case 'PageDown': return addMonths(day, 1);
    default: return undefined;
  }
}

/** When a task stands on the calendar: over its planned time if it has a planned start, else at its due time. */
export function calendarSpanOf(task: CalendarTask): { start: Date; end: Date } | null {
  if (task.plannedStart !== null) return { start: new Date(task.plannedStart), end: new Date(task.plannedEnd ?? task.plannedStart) };
  if (task.dueAt !== null) return { start: new Date(task.dueAt), end: new Date(task.dueAt) };
  return null;
}

/**
 * The tasks of each day (by `dayKey`), soonest first: a task planned over several days sits on
 * each of them; one ending at midnight does not spill into the next day.
 */
export function placeTasks<Task extends CalendarTask>(tasks: readonly Task[], days: readonly Date[]): Map<string, Placement<Task>[]> {
  const placed = new Map<string, Placement<Task>[]>(days.map((day) => [dayKey(day), []]));
  for (const task of tasks) {
    const span = calendarSpanOf(task);
    if (span === null) continue;
    for (const day of days) {
      const dayStart = startOfDay(day);
      const dayEnd = addDays(dayStart, 1);
      const startsToday = span.start >= dayStart && span.start < dayEnd;
      if (startsToday || (span.start < dayStart && span.end > dayStart)) placed.get(dayKey(day))!.push({ task, start: span.start, startsToday });
    }
  }
  for (const placements of placed.values()) placements.sort((left, right) => left.start.getTime() - right.start.getTime());
  return placed;
}
