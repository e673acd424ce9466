import { describe, expect, it } from 'vitest';
import { instantAt, isTimeZone, localDate, localDateTime, monthsTouched, startOfLocalDay } from './time-zone.ts';

describe('time zone arithmetic', () => {
  it('reads the wall clock in Kyiv either side of the spring change', () => {
    expect(localDateTime(new Date('2026-03-28T22:30:00Z'), 'Europe/Kyiv')).toEqual({ year: 2026, month: 3, day: 29, hour: 0, minute: 30 });
    expect(localDateTime(new Date('2026-03-29T12:00:00Z'), 'Europe/Kyiv')).toMatchObject({ hour: 15 });
    expect(localDate(new Date('2026-12-31T22:00:00Z'), 'Europe/Kyiv')).toBe('2027-01-01');
  });

  it('finds the instant of a wall-clock time in winter and in summer', () => {
    expect(instantAt({ year: 2026, month: 1, day: 15, hour: 9, minute: 0 }, 'Europe/Kyiv').toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(instantAt({ year: 2026, month: 7, day: 15, hour: 9, minute: 0 }, 'Europe/Kyiv').toISOString()).toBe('2026-07-15T06:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/Kyiv').toISOString()).toBe('2026-03-29T21:00:00.000Z');
  });

  it('counts the calendar months a period touches', () => {
    expect(monthsTouched(new Date('2025-12-31T22:00:00Z'), new Date('2026-03-31T21:00:00Z'), 'Europe/Kyiv')).toBe(3);
    expect(monthsTouched(new Date('2026-01-15T00:00:00Z'), new Date('2026-01-16T00:00:00Z'), 'UTC')).toBe(1);
  });

  it('knows a zone from a typo', () => {
    expect(isTimeZone('Europe/Kyiv')).toBe(true);
    expect(isTimeZone('Europe/Kiyv')).toBe(false);
  });
});
