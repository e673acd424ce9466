/**
 * Demo phone numbers: every one unique across the data set, so a phone lookup finds exactly the
 * client it was seeded for, and numbers known to be absent can be made for the benchmark.
 *
 * A number is drawn from a pool (Ukrainian mobile, Ukrainian landline, foreign) by an ordinal.
 * The ordinal goes through a fixed bijection of the pool's range, so consecutive ordinals look
 * unrelated, and the result picks a number space (one operator or area code) and a subscriber
 * number in it. Distinct ordinals therefore give distinct numbers, for any seed.
 */

export type PhonePool = 'ua-mobile' | 'ua-landline' | 'foreign';

export interface SeedPhoneNumber {
  /** Country calling code without the plus: '380', '1', '44'. */
  readonly countryCode: string;
  /** The national significant number: operator or area code followed by the subscriber number. */
  readonly nationalNumber: string;
}

interface NumberSpace {
  readonly countryCode: string;
  /** The leading digits of the national number: an operator or area code. */
  readonly prefix: string;
}

/** Subscriber numbers are seven digits that start with 2–9, valid in every space below. */
const subscriberBase = 2_000_000;
const subscriberCount = 8_000_000;
/**
 * Not divisible by 2, 3 or 5, so coprime with every pool's capacity (its number of spaces, at
 * most 12, times 8,000,000): `ordinal · M + C` modulo the capacity is a bijection.
 */
const scatterMultiplier = 5_237_111;
const scatterOffset = 1_234_567;

const ukrainianMobileCodes = ['50', '66', '95', '99', '67', '68', '96', '97', '98', '63', '73', '93'];
const ukrainianAreaCodes = ['44', '32', '48', '57', '56'];

const pools: Record<PhonePool, readonly NumberSpace[]> = {
  'ua-mobile': ukrainianMobileCodes.map((prefix) => ({ countryCode: '380', prefix })),
  'ua-landline': ukrainianAreaCodes.map((prefix) => ({ countryCode: '380', prefix })),
  foreign: [
    { countryCode: '1', prefix: '212' },
    { countryCode: '44', prefix: '207' },
    { countryCode: '48', prefix: '22' },
    { countryCode: '49', prefix: '302' },
  ],
};

/** How many distinct numbers a pool holds. */
export function phonePoolCapacity(pool: PhonePool): number {
  return pools[pool].length * subscriberCount;
}

/** The number with this ordinal in the pool; distinct ordinals below the capacity give distinct numbers. */
export function phoneNumberAt(pool: PhonePool, ordinal: number): SeedPhoneNumber {
  if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal >= phonePoolCapacity(pool)) {
    throw new RangeError(`Phone ordinal ${ordinal} is outside the ${pool} pool`);
  }
  const spaces = pools[pool];
  const scattered = (ordinal * scatterMultiplier + scatterOffset) % phonePoolCapacity(pool);
  const space = spaces[scattered % spaces.length]!;
  const subscriber = subscriberBase + Math.floor(scattered / spaces.length);
  return { countryCode: space.countryCode, nationalNumber: space.prefix + String(subscriber) };
}

export function toE164(number: SeedPhoneNumber): string {
  return `+${number.countryCode}${number.nationalNumber}`;
}

/** Ways people write a Ukrainian number, for the national number `501234567`. */
const ukrainianSpellings: readonly ((code: string, s: string) => string)[] = [
  (code, s) => `+380 ${code} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
  (code, s) => `(0${code}) ${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`,
  (code, s) => `0${code} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
  (code, s) => `8 0${code} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
  (code, s) => `380${code}${s}`,
  (code, s) => `+380${code}${s}`,
  (code, s) => `0${code}${s}`,
  (code, s) => `+38 (0${code}) ${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`,
  (code, s) => `0${code}-${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`,
  (code, s) => `8(0${code})${s.slice(0, 3)}-${s.slice(3)}`,
];

/** Ways people write a foreign number: international format, the `00` prefix, or compact. */
const foreignSpellings: Record<string, readonly ((n: string) => string)[]> = {
  '1': [
    (n) => `+1 ${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
    (n) => `+1 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
    (n) => `001 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    (n) => `+1${n}`,
  ],
  '44': [
    (n) => `+44 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`,
    (n) => `0044 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`,
    (n) => `+44${n}`,
  ],
  '48': [
    (n) => `+48 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
    (n) => `0048 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    (n) => `+48${n}`,
  ],
  '49': [
    (n) => `+49 ${n.slice(0, 2)} ${n.slice(2)}`,
    (n) => `+49 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`,
    (n) => `0049${n}`,
  ],
};

/** How many spellings `spellPhoneNumber` knows for this number; `variant` is taken modulo it. */
export function spellingCount(number: SeedPhoneNumber): number {
  return number.countryCode === '380' ? ukrainianSpellings.length : foreignSpellingsOf(number).length;
}

/** One of the ways the number is written by hand; every spelling reads back as the same E.164. */
export function spellPhoneNumber(number: SeedPhoneNumber, variant: number): string {
  if (number.countryCode === '380') {
    const spell = ukrainianSpellings[variant % ukrainianSpellings.length]!;
    return spell(number.nationalNumber.slice(0, 2), number.nationalNumber.slice(2));
  }
  const spellings = foreignSpellingsOf(number);
  return spellings[variant % spellings.length]!(number.nationalNumber);
}

function foreignSpellingsOf(number: SeedPhoneNumber): readonly ((n: string) => string)[] {
  const spellings = foreignSpellings[number.countryCode];
  if (!spellings) throw new RangeError(`No spellings for country code ${number.countryCode}`);
  return spellings;
}

/** The extension after an office number, as people add it. */
export function withExtension(spelled: string, extension: string, variant: number): string {
  const labels = [`, дод. ${extension}`, ` ext. ${extension}`, ` (вн. ${extension})`, ` доб. ${extension}`];
  return spelled + labels[variant % labels.length]!;
}
