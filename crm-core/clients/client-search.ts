/**
 * What a search box query means: words of a name, the digits of a phone, the start of an email
 * address. A client matches if any of them does.
 */
import { parsePhoneNumber, type CountryCode } from '../phones/phone-number.ts';
import { foldForSearch } from './search-text.ts';

export interface SearchTerms {
  /** Folded words; the client's search text must contain every one. */
  readonly words: readonly string[];
  readonly phone: PhoneSearch | null;
  /** Lower-case start of an email address. */
  readonly emailPrefix: string | null;
}

/**
 * A whole number is compared on its trailing digits (an index lookup that also finds the numbers
 * stored unreadable); a fragment is looked for anywhere in the number.
 */
export type PhoneSearch = { readonly trailingDigits: string } | { readonly fragment: string };

const phoneCharacters = /^[+\d\s().\-/]+$/;
const minimumPhoneDigits = 3;
/** Fewer digits than a national number cannot be a whole one, even when some country's plan reads them. */
const wholeNumberDigits = 9;

export function toSearchTerms(query: string, defaultCountry: CountryCode): SearchTerms | null {
  const folded = foldForSearch(query);
  if (folded === '') return null;
  return {
    words: folded.split(' '),
    phone: phoneSearch(folded, defaultCountry),
    emailPrefix: folded.includes(' ') ? null : folded,
  };
}

function phoneSearch(text: string, defaultCountry: CountryCode): PhoneSearch | null {
  if (!phoneCharacters.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (digits.length < minimumPhoneDigits) return null;
  const parsed = parsePhoneNumber(text, defaultCountry);
  return parsed.e164 !== null && digits.length >= wholeNumberDigits ? { trailingDigits: parsed.trailingDigits } : { fragment: digits };
}

/** User text inside LIKE: `%` and `_` are literal characters there, not wildcards. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
