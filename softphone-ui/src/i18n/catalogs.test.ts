import { describe, expect, it } from 'vitest';
import { en, type Messages } from './en.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';

/**
 * Latin words a Ukrainian or Russian screen uses as they are (STOP and START: the words a recipient
 * texts to opt out and back in; ABC and XYZ: the analyses are called so in both languages; VIP: a VIP client).
 */
// Currency codes are written in Latin letters in every language.
const loanwords = new Set(['SMS', 'CSV', 'e-mail', 'STOP', 'START', 'ABC', 'XYZ', 'VIP', 'UAH', 'USD']);

const translations: [string, Messages][] = [
  ['uk', uk],
  ['ru', ru],
];

/** The words of a message, without its placeholders and plural selectors. */
function wordsOf(message: string): string {
  return message
    .replace(/\{\s*\w+\s*,\s*plural\s*,/g, '')
    .replace(/(=\d+|\b(?:zero|one|two|few|many|other))\s*\{/g, '')
    .replace(/\{\s*\w+\s*\}/g, '');
}

function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]!).sort();
}

describe.each(translations)('the %s catalog', (_locale, catalog) => {
  it('has exactly the keys of the English one', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });

  it('leaves nothing in English but a few loanwords', () => {
    const leftInEnglish = Object.entries(catalog).flatMap(([key, message]) => {
      const latin = (wordsOf(message).match(/[A-Za-z][A-Za-z-]*[A-Za-z]|[A-Za-z]/g) ?? []).filter((word) => !loanwords.has(word));
      return latin.length > 0 ? [`${key}: ${message}`] : [];
    });
    expect(leftInEnglish).toEqual([]);
  });

  it('fills in the same values as the English messages', () => {
    const mismatched = (Object.keys(en) as (keyof Messages)[]).filter((key) => placeholdersOf(catalog[key]).join() !== placeholdersOf(en[key]).join());
    expect(mismatched).toEqual([]);
  });
});

it('finds English words where they are (the check above can fail)', () => {
  expect(wordsOf(en['pop.severalTitle'])).toMatch(/# clients have.* this number/);
  expect(wordsOf(uk['live.waiting'])).not.toMatch(/[A-Za-z]/);
});
