import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumber } from '../../crm-core/phones/phone-number.ts';
import { phoneNumberAt, phonePoolCapacity, spellingCount, spellPhoneNumber, toE164, withExtension, type PhonePool } from './phone-numbers.ts';

const pools: PhonePool[] = ['ua-mobile', 'ua-landline', 'foreign'];

describe('seed phone numbers', () => {
  it.each(pools)('gives a different number for every ordinal in the %s pool', (pool) => {
    const count = 300_000;
    const numbers = new Set(Array.from({ length: count }, (_, ordinal) => toE164(phoneNumberAt(pool, ordinal))));
    expect(numbers.size).toBe(count);
  });

  it('keeps the pools apart, so numbers from different pools never coincide', () => {
    const all = pools.flatMap((pool) => Array.from({ length: 20_000 }, (_, ordinal) => toE164(phoneNumberAt(pool, ordinal))));
    expect(new Set(all).size).toBe(all.length);
  });

  it('makes neighbouring ordinals look unrelated, not the same subscriber under another code', () => {
    const subscribers = pools.flatMap((pool) => Array.from({ length: 40 }, (_, ordinal) => phoneNumberAt(pool, ordinal).nationalNumber.slice(-7)));
    expect(new Set(subscribers).size).toBe(subscribers.length);
  });

  it.each(pools)('makes %s numbers that are valid in their country', (pool) => {
    const ordinals = Array.from({ length: 2000 }, (_, index) => index * 7919);
    const invalid = ordinals.map((ordinal) => toE164(phoneNumberAt(pool, ordinal))).filter((e164) => !parsePhoneNumberFromString(e164)?.isValid());
    expect(invalid).toEqual([]);
  });

  it('spells each number several ways, and every spelling reads back as the same number', () => {
    const misread: string[] = [];
    for (const pool of pools) {
      for (let ordinal = 0; ordinal < 400; ordinal += 3) {
        const number = phoneNumberAt(pool, ordinal * 1009);
        for (let variant = 0; variant < spellingCount(number); variant++) {
          const raw = spellPhoneNumber(number, variant);
          if (parsePhoneNumber(raw).e164 !== toE164(number)) misread.push(raw);
        }
      }
    }
    expect(misread).toEqual([]);
  });

  it('writes Ukrainian numbers the ways people do', () => {
    const number = { countryCode: '380', nationalNumber: '441234567' };
    const spellings = Array.from({ length: spellingCount(number) }, (_, variant) => spellPhoneNumber(number, variant));
    expect(spellings).toEqual(
      expect.arrayContaining(['+380 44 123 45 67', '(044) 123-45-67', '8 044 123 45 67', '380441234567', '0441234567']),
    );
  });

  it('adds an office extension that is read back as the extension', () => {
    const number = phoneNumberAt('ua-landline', 42);
    for (let variant = 0; variant < 4; variant++) {
      const parsed = parsePhoneNumber(withExtension(spellPhoneNumber(number, variant), '215', variant));
      expect(parsed).toMatchObject({ e164: toE164(number), extension: '215' });
    }
  });

  it('refuses ordinals outside the pool', () => {
    expect(() => phoneNumberAt('foreign', -1)).toThrow(RangeError);
    expect(() => phoneNumberAt('foreign', phonePoolCapacity('foreign'))).toThrow(RangeError);
  });
});
