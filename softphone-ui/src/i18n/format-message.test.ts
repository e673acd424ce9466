import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message.ts';

const calls = '{count, plural, =0 {No calls} one {# call} few {# дзвінки} many {# дзвінків} other {# calls}}';

describe('formatting a catalog message', () => {
  it('inserts values by name, numbers in the locale, and leaves unknown names visible', () => {
    expect(formatMessage('Call {number}', { number: '+380 67 123 4567' }, 'en')).toBe('Call +380 67 123 4567');
    expect(formatMessage('{count} clients', { count: 12345 }, 'en')).toBe('12,345 clients');
    expect(formatMessage('{count} клієнтів', { count: 12345 }, 'uk')).toBe('12\u00a0345 клієнтів');
    expect(formatMessage('Hello {name}', {}, 'en')).toBe('Hello {name}');
    expect(formatMessage('No placeholders', { unused: 1 }, 'en')).toBe('No placeholders');
  });

  it("picks the plural form the language's rules ask for", () => {
    const uk = (count: number) => formatMessage(calls, { count }, 'uk');
    expect([1, 3, 5, 21, 22, 25, 11].map(uk)).toEqual(['1 call', '3 дзвінки', '5 дзвінків', '21 call', '22 дзвінки', '25 дзвінків', '11 дзвінків']);
    const en = (count: number) => formatMessage(calls, { count }, 'en');
    expect([1, 2, 5].map(en)).toEqual(['1 call', '2 calls', '5 calls']);
  });

  it('prefers an exact match, and falls back to other', () => {
    expect(formatMessage(calls, { count: 0 }, 'en')).toBe('No calls');
    expect(formatMessage('{n, plural, other {# items}}', { n: 1 }, 'en')).toBe('1 items');
    expect(formatMessage('{n, plural, one {one item}}', { n: 4 }, 'en')).toBe('');
  });

  it('formats the number in the plural form and keeps the text around it, nested braces included', () => {
    expect(formatMessage('{count, plural, one {# client has} other {# clients have}} this number', { count: 1500 }, 'en')).toBe('1,500 clients have this number');
    expect(formatMessage('{hour}:00 — {count, plural, one {# call} other {# calls}}, {missed} missed', { hour: 9, count: 1, missed: 0 }, 'en')).toBe('9:00 — 1 call, 0 missed');
  });
});
