import { describe, expect, it } from 'vitest';
import { calendarWeeks, dayAfterKey, dayKey, firstDayOfWeek, placeTasks, stepCalendar, weekdayNames, type CalendarTask } from './calendar.ts';

const keysOf = (days: readonly Date[]) => days.map(dayKey);
const local = (day: number, hour = 0, minute = 0, month = 2) => new Date(2026, month, day, hour, minute);

describe('the week as the locale counts it', () => {
  it('starts on Sunday in English and on Monday in Ukrainian and Russian', () => {
    expect([firstDayOfWeek('en'), firstDayOfWeek('uk'), firstDayOfWeek('ru'), firstDayOfWeek('en-GB')]).toEqual([7, 1, 1, 1]);
  });

  it('names the weekdays in that order and language', () => {
    expect(weekdayNames('en', 7, 'short')).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(weekdayNames('uk', 1, 'long')[0]).toBe('понеділок');
    expect(weekdayNames('ru', 1, 'long')[6]).toBe('воскресенье');
  });
});

describe('the days a calendar shows', () => {
  it('shows the week around a day, from the first day of the locale’s week', () => {
    // Wednesday 4 March 2026.
    expect(keysOf(calendarWeeks('week', local(4), 1)[0]!)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(keysOf(calendarWeeks('week', local(4), 7)[0]!)[0]).toBe('2026-03-01');
  });

  it('covers a month with whole weeks: four rows for February 2026 from Sunday, six for March 2026 from Monday', () => {
    const february = calendarWeeks('month', local(14, 0, 0, 1), 7);
    expect(february.map((week) => dayKey(week[0]!))).toEqual(['2026-02-01', '2026-02-08', '2026-02-15', '2026-02-22']);
    const march = calendarWeeks('month', local(31), 1);
    expect(march.map((week) => dayKey(week[0]!))).toEqual(['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']);
    expect(dayKey(march.at(-1)!.at(-1)!)).toBe('2026-04-05');
  });

  it('steps a week or a month at a time, keeping the day where the month has it', () => {
    expect(dayKey(stepCalendar('week', local(30), 1))).toBe('2026-04-06');
    expect(dayKey(stepCalendar('month', new Date(2026, 0, 31), 1))).toBe('2026-02-28');
    expect(dayKey(stepCalendar('month', new Date(2026, 0, 15), -1))).toBe('2025-12-15');
  });
});

describe('moving between days with the keyboard', () => {
  it('moves a day with the side arrows and a week with up and down, across months', () => {
    expect(dayKey(dayAfterKey('ArrowRight', local(31), 1)!)).toBe('2026-04-01');
    expect(dayKey(dayAfterKey('ArrowLeft', local(1), 1)!)).toBe('2026-02-28');
    expect(dayKey(dayAfterKey('ArrowDown', local(28), 1)!)).toBe('2026-04-04');
    expect(dayKey(dayAfterKey('ArrowUp', local(3), 1)!)).toBe('2026-02-24');
  });

  it('goes to the ends of the locale’s week with Home and End, and a month with Page Up and Down', () => {
    expect(dayKey(dayAfterKey('Home', local(4), 1)!)).toBe('2026-03-02');
    expect(dayKey(dayAfterKey('End', local(4), 1)!)).toBe('2026-03-08');
    expect(dayKey(dayAfterKey('Home', local(4), 7)!)).toBe('2026-03-01');
    expect(dayKey(dayAfterKey('PageDown', new Date(2026, 0, 31), 1)!)).toBe('2026-02-28');
    expect(dayKey(dayAfterKey('PageUp', local(4), 1)!)).toBe('2026-02-04');
    expect(dayAfterKey('Enter', local(4), 1)).toBeUndefined();
  });
});

describe('placing tasks on the days', () => {
  const task = (title: string, times: Partial<CalendarTask>) => ({ title, dueAt: null, plannedStart: null, plannedEnd: null, ...times });
  const days = calendarWeeks('week', local(4), 1)[0]!;
  const titlesOn = (placed: ReturnType<typeof placeTasks<ReturnType<typeof task>>>, day: number) => placed.get(dayKey(local(day)))!.map((placement) => placement.task.title);

  it('puts a task on the day of its planned start, else of its due time, soonest first', () => {
    const placed = placeTasks(
      [
        task('Due at four', { dueAt: local(4, 16).toISOString() }),
        task('Planned at nine, due next week', { plannedStart: local(4, 9).toISOString(), dueAt: local(12, 9).toISOString() }),
        task('Unscheduled', {}),
        task('Due last week', { dueAt: local(1, 9).toISOString() }),
      ],
      days,
    );
    expect(titlesOn(placed, 4)).toEqual(['Planned at nine, due next week', 'Due at four']);
    expect([...placed.values()].flat()).toHaveLength(2);
  });

  it('puts a task planned over several days on each of them, marking the day it starts, but not past a midnight end', () => {
    const placed = placeTasks(
      [
        task('Trade fair', { plannedStart: local(3, 10).toISOString(), plannedEnd: local(5, 12).toISOString() }),
        task('Evening shift', { plannedStart: local(6, 18).toISOString(), plannedEnd: local(7).toISOString() }),
      ],
      days,
    );
    expect([2, 3, 4, 5, 6, 7].map((day) => titlesOn(placed, day))).toEqual([[], ['Trade fair'], ['Trade fair'], ['Trade fair'], ['Evening shift'], []]);
    expect(placed.get(dayKey(local(3)))![0]!.startsToday).toBe(true);
    expect(placed.get(dayKey(local(4)))![0]!.startsToday).toBe(false);
  });
});
