/**
 * Phone numbers as people type them and as PBXes send them: read into E.164 for exact matching,
 * with the last national digits kept for matching caller IDs in spellings we cannot read.
 *
 * Uses the `max` metadata (about 40 kB gzipped, against 20 kB for the default `min`): `min` checks
 * little more than lengths for many countries, and choosing between the readings of a spelling such
 * as `8 044 …` and `8 926 …`, or a caller ID with or without its country code, needs the real ranges.
 */
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

export type { CountryCode };

export interface ParsedPhone {
  /** The text as typed or sent, untouched. */
  readonly raw: string;
  /** Null when no reading of the text is a plausible number. */
  readonly e164: string | null;
  /** The last digits of the national number (of all digits when unreadable): matches odd caller IDs. */
  readonly trailingDigits: string;
  readonly extension: string | null;
  /** ISO 3166 code such as 'UA'; null when unreadable or for non-geographic numbers. */
  readonly country: string | null;
}

const trailingDigitCount = 9;

export function parsePhoneNumber(raw: string, defaultCountry: CountryCode = 'UA'): ParsedPhone {
  const { number, extension } = splitExtension(normalizeText(raw));
  const phone = readPhone(number, defaultCountry);
  const significantDigits = phone ? phone.nationalNumber : number.replace(/\D/g, '');
  return {
    raw,
    e164: phone?.number ?? null,
    trailingDigits: significantDigits.slice(-trailingDigitCount),
    extension,
    country: phone?.country ?? null,
  };
}

/**
 * The number in international format by its own country's rules (`+380 44 123 4567`), with any
 * extension labelled in the reader's language. Text that names no country (`044 …`) cannot be
 * formatted without guessing one, so it is shown as typed.
 */
export function formatPhoneForDisplay(e164OrRaw: string, locale = 'en'): string {
  const { number, extension } = splitExtension(normalizeText(e164OrRaw));
  const phone = readPhone(number, undefined);
  if (!phone) return e164OrRaw.trim();
  const international = phone.formatInternational();
  return extension ? `${international} ${extensionLabel(locale)} ${extension}` : international;
}

/** The country an E.164 number belongs to, such as 'UA', or null. */
export function phoneRegion(e164: string): string | null {
  return parsePhoneNumberFromString(e164)?.country ?? null;
}

/** A phone number fit for logs: the country code and the last digits only (`+380*****4567`). */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  const phone = value.trim().startsWith('+') ? parsePhoneNumberFromString(value) : undefined;
  const countryCode = phone && digits.startsWith(phone.countryCallingCode) ? phone.countryCallingCode : '';
  const rest = digits.slice(countryCode.length);
  const shown = Math.min(4, Math.floor(rest.length / 2));
  return (countryCode ? `+${countryCode}` : '') + '*'.repeat(rest.length - shown) + rest.slice(rest.length - shown);
}

const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const invisibles = /\p{Cf}/gu;

/** Full-width digits and plus become ASCII (NFKC); every dash a hyphen; every space one space. */
function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(invisibles, '')
    .replace(dashes, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `ext. 12`, `x12`, `#12`, `;ext=12`, `доб. 12`, `дод. 12`, `вн. 12`, `внутр. 12`, `wew. 12`, `(вн. 12)` at the end. */
const trailingExtension = /[\s,;(]*(?:(?<!\p{L})(?:extension|ext|x|доб|дод|внутр|вн|wew)\.?|#)\s*[:=]?\s*(\d{1,7})\s*\)?$/iu;

function splitExtension(text: string): { number: string; extension: string | null } {
  const match = trailingExtension.exec(text);
  if (!match) return { number: text, extension: null };
  return { number: text.slice(0, match.index), extension: match[1] ?? null };
}

/** A stretch of digits with the separators people put between them, and whether a `+` leads it. */
const digitRun = /(\+[\s(]*)?\d[\d\s()./-]*/g;

/** The first stretch of the text that reads as a plausible number, so labels and notes around it do not matter. */
function readPhone(text: string, defaultCountry: CountryCode | undefined): PhoneNumber | undefined {
  for (const run of text.matchAll(digitRun)) {
    const digits = run[0].replace(/\D/g, '');
    const phone = chooseReading(readings(digits, run[1] !== undefined, defaultCountry));
    if (phone) return phone;
  }
  return undefined;
}

interface Reading {
  readonly phone: PhoneNumber | undefined;
  /** The text said which country it is (`+`, `00`, `810`), so only the number's length is left to doubt. */
  readonly explicitlyInternational: boolean;
}

/**
 * The ways one run of digits can be meant, most likely first, each read only when the ones before
 * it are not valid: most caller IDs are settled by the first. A valid reading wins; failing that,
 * an explicitly international one of a possible length is trusted, since the numbering-plan data
 * can lag behind newly opened ranges while the country is not in question.
 */
function* readings(digits: string, leadingPlus: boolean, defaultCountry: CountryCode | undefined): Generator<Reading> {
  if (leadingPlus) {
    yield international(digits, true);
    return;
  }
  if (defaultCountry) yield { phone: parsePhoneNumberFromString(digits, defaultCountry), explicitlyInternational: false };
  const oldTrunk = oldTrunkReading(digits, defaultCountry);
  if (oldTrunk) yield oldTrunk;
  for (const prefix of internationalPrefixes) {
    if (digits.startsWith(prefix)) yield international(digits.slice(prefix.length), true);
  }
  yield international(digits, false);
}

/** `00` almost everywhere; `8 10` in Russia, Kazakhstan and the older ex-USSR habit. */
const internationalPrefixes = ['00', '810'];

/**
 * The ex-USSR trunk prefix 8 before a 10-digit national number. `8 044 …` is the old Ukrainian
 * spelling of `044 …` (no Russian or Kazakh code starts with 0); `8 926 …` or `8 (495) …` is
 * Russian or Kazakh, +7, whatever the default country.
 */
function oldTrunkReading(digits: string, defaultCountry: CountryCode | undefined): Reading | undefined {
  if (digits.length !== 11 || !digits.startsWith('8')) return undefined;
  const national = digits.slice(1);
  if (!national.startsWith('0')) return international(`7${national}`, false);
  if (!defaultCountry) return undefined;
  return { phone: parsePhoneNumberFromString(national, defaultCountry), explicitlyInternational: false };
}

function international(digits: string, explicitlyInternational: boolean): Reading {
  // No country calling code starts with 0; asking the library anyway costs a thrown and caught error.
  const phone = digits.startsWith('0') ? undefined : parsePhoneNumberFromString(`+${digits}`);
  return { phone, explicitlyInternational };
}

function chooseReading(candidates: Iterable<Reading>): PhoneNumber | undefined {
  const invalid: Reading[] = [];
  for (const reading of candidates) {
    if (reading.phone?.isValid()) return reading.phone;
    invalid.push(reading);
  }
  return invalid.find((reading) => reading.explicitlyInternational && reading.phone?.isPossible())?.phone;
}

const extensionLabels: Record<string, string> = { uk: 'дод.', ru: 'доб.' };

function extensionLabel(locale: string): string {
  return extensionLabels[locale.split('-')[0]?.toLowerCase() ?? ''] ?? 'ext.';
}
