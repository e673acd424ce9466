import { describe, expect, it } from 'vitest';
import { dayIn, isDayRange, periodQuery, presetOf, presetRange, startOfDayIn } from './period.ts';

describe('period presets', () => {
  it('cover the whole month, the month before, the quarter and the year of today', () => {
    expect(presetRange('this-month', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('last-month', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('this-quarter', '2026-11-25')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetRange('this-quarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetRange('this-year', '2028-02-29')).toEqual({ from: '2028-01-01', to: '2028-12-31' });
  });

  it('reach back across the new year for last month in January', () => {
    expect(presetRange('last-month', '2027-01-10')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('name the preset a range matches, and none for a range picked by hand', () => {
    expect(presetOf({ from: '2026-10-01', to: '2026-12-31' }, '2026-11-25')).toBe('this-quarter');
    expect(presetOf({ from: '2026-11-01', to: '2026-11-25' }, '2026-11-25')).toBeUndefined();
  });
});

describe('report periods', () => {
  it('run from the first midnight to the midnight after the last day in the CRM zone', () => {
    // Kyiv is UTC+2 in winter and UTC+3 from the last Sunday of March.
    expect(periodQuery({ from: '2026-01-01', to: '2026-03-31' }, 'Europe/Kyiv')).toEqual({
      from: '2025-12-31T22:00:00.000Z', to: '2026-03-31T21:00:00.000Z', timeZone: 'Europe/Kyiv',
    });
  });

  it('find midnight on the days clocks change', () => {
    expect(startOfDayIn('2026-03-29', 'Europe/Kyiv').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(startOfDayIn('2026-10-25', 'Europe/Kyiv').toISOString()).toBe('2026-10-24T21:00:00.000Z');
    expect(startOfDayIn('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });

  it("tell today's date in the zone, not the browser's", () => {
    expect(dayIn('Europe/Kyiv', new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    expect(dayIn('America/New_York', new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });

  it('accept only real days in order', () => {
    expect(isDayRange({ from: '2026-02-01', to: '2026-02-28' })).toBe(true);
    expect(isDayRange({ from: '2026-03-01', to: '2026-02-28' })).toBe(false);
    expect(isDayRange({ from: '2026-02-30', to: '2026-03-01' })).toBe(false);
    expect(isDayRange({ from: '', to: '2026-03-01' })).toBe(false);
  });
});
