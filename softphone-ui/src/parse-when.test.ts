import { describe, expect, it } from 'vitest';
import { localInputValue, parseWhen } from './parse-when.ts';

// Wednesday 10 June 2026, 14:25 local time.
const now = new Date(2026, 5, 10, 14, 25);
const at = (text: string) => {
  const when = parseWhen(text, now);
  return when && localInputValue(when);
};

describe('reading a follow-up time as people type it', () => {
  it('understands today, tomorrow and the day after, in English, Ukrainian and Russian', () => {
    expect(at('tomorrow 10:00')).toBe('2026-06-11T10:00');
    expect(at('Today 15:30')).toBe('2026-06-10T15:30');
    expect(at('day after tomorrow 8.15')).toBe('2026-06-12T08:15');
    expect(at('завтра 10:00')).toBe('2026-06-11T10:00');
    expect(at('післязавтра 9:30')).toBe('2026-06-12T09:30');
    expect(at('сьогодні 18:00')).toBe('2026-06-10T18:00');
    expect(at('послезавтра 11:00')).toBe('2026-06-12T11:00');
    expect(at('сегодня 16:45')).toBe('2026-06-10T16:45');
  });

  it('means 09:00 when no time is given, and today when only a time is', () => {
    expect(at('tomorrow')).toBe('2026-06-11T09:00');
    expect(at('17:00')).toBe('2026-06-10T17:00');
  });

  it('counts days ahead', () => {
    expect(at('in 3 days')).toBe('2026-06-13T09:00');
    expect(at('in 1 day 12:00')).toBe('2026-06-11T12:00');
    expect(at('через 2 дні 10:00')).toBe('2026-06-12T10:00');
    expect(at('через 5 дней')).toBe('2026-06-15T09:00');
  });

  it('reads dates with dots, slashes and ISO form, across month and year ends', () => {
    expect(at('25.12 9:00')).toBe('2026-12-25T09:00');
    expect(at('1/7 13:00')).toBe('2026-07-01T13:00');
    expect(at('03.02.2027 10:00')).toBe('2027-02-03T10:00');
    expect(at('2026-12-01 10:00')).toBe('2026-12-01T10:00');
    // Already past this year: next year's.
    expect(at('01.03')).toBe('2027-03-01T09:00');
    expect(at('25.12')).toBe('2026-12-25T09:00');
    expect(at('in 25 days')).toBe('2026-07-05T09:00');
  });

  it('reads a lone "10.30" that cannot be a date as a time today', () => {
    expect(at('10.30')).toBe('2026-06-10T10:30');
    expect(at('16.45')).toBe('2026-06-10T16:45');
  });

  it('refuses what is not a time', () => {
    for (const text of ['', '   ', 'someday', '31.02', '2026-13-01', 'tomorrow 25:00', 'tomorrow 10:75', 'in many days', '31.99', '2026-12-0110:00']) {
      expect(parseWhen(text, now)).toBeNull();
    }
  });
});
