import { describe, expect, it } from 'vitest';
import { emailMatchKey, normalizeEmailAddress } from './email.ts';

describe('normalizeEmailAddress', () => {
  it('keeps a plain address as typed, without surrounding spaces', () => {
    expect(normalizeEmailAddress('  Olena.Koval@Example.com.ua ')).toBe('Olena.Koval@Example.com.ua');
  });

  it.each(['', 'olena', 'olena@', '@example.com', 'olena@example', 'olena koval@example.com', 'a@b@example.com', 'olena@example..com'])(
    'rejects %j',
    (raw) => {
      expect(normalizeEmailAddress(raw)).toBeNull();
    },
  );

  it('rejects an address longer than a mailbox can be', () => {
    expect(normalizeEmailAddress(`${'a'.repeat(250)}@example.com`)).toBeNull();
  });

  it('accepts Cyrillic domains', () => {
    expect(normalizeEmailAddress('info@приклад.укр')).toBe('info@приклад.укр');
  });
});

describe('emailMatchKey', () => {
  it('treats capitalisation as the same address', () => {
    expect(emailMatchKey('Olena@Example.COM')).toBe(emailMatchKey('olena@example.com'));
  });
});
