/**
 * Quiet hours are the recipient's: a mailing with quiet hours 21:00–09:00 waits until 09:00 where
 * the recipient lives. Where that is comes from the number's country; a country spanning several
 * zones gets its most populous one (numbers do not say more).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Minutes after local midnight; `start` after `end` spans midnight (21:00–09:00). */
export interface QuietHours {
  readonly start: number;
  readonly end: number;
}

const countryTimeZones: Readonly<Record<string, string>> = {
  UA: 'Europe/Kyiv', PL: 'Europe/Warsaw', DE: 'Europe/Berlin', GB: 'Europe/London', IE: 'Europe/Dublin',
  FR: 'Europe/Paris', ES: 'Europe/Madrid', PT: 'Europe/Lisbon', IT: 'Europe/Rome', NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels', AT: 'Europe/Vienna', CH: 'Europe/Zurich', CZ: 'Europe/Prague', SK: 'Europe/Bratislava',
  HU: 'Europe/Budapest', RO: 'Europe/Bucharest', MD: 'Europe/Chisinau', BG: 'Europe/Sofia', GR: 'Europe/Athens',
  TR: 'Europe/Istanbul', LT: 'Europe/Vilnius', LV: 'Europe/Riga', EE: 'Europe/Tallinn', FI: 'Europe/Helsinki',
  SE: 'Europe/Stockholm', NO: 'Europe/Oslo', DK: 'Europe/Copenhagen', GE: 'Asia/Tbilisi', AM: 'Asia/Yerevan',
  AZ: 'Asia/Baku', KZ: 'Asia/Almaty', RU: 'Europe/Moscow', BY: 'Europe/Minsk', IL: 'Asia/Jerusalem',
  AE: 'Asia/Dubai', IN: 'Asia/Kolkata', CN: 'Asia/Shanghai', JP: 'Asia/Tokyo', US: 'America/New_York',
  CA: 'America/Toronto', MX: 'America/Mexico_City', BR: 'America/Sao_Paulo', AU: 'Australia/Sydney',
};

/** The IANA zone of the number's country, or `fallback` when the number names none we know. */
export function timeZoneOfNumber(e164: string, fallback: string): string {
  const phone = parsePhoneNumberFromString(e164);
  // A number outside the known ranges still names its country by the calling code.
  const country = phone?.country ?? phone?.getPossibleCountries()[0];
  return (country && countryTimeZones[country]) || fallback;
}

/** The zone of a country code such as 'UA', or `fallback`. */
export function timeZoneOfCountry(country: string, fallback = 'UTC'): string {
  return countryTimeZones[country] ?? fallback;
}

/** Minutes after midnight at `at` in `timeZone`. */
export function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return value('hour') * 60 + value('minute');
}

export function isInQuietHours(at: Date, timeZone: string, quiet: QuietHours): boolean {
  if (quiet.start === quiet.end) return false;
  const minutes = localMinutes(at, timeZone);
  return quiet.start < quiet.end ? minutes >= quiet.start && minutes < quiet.end : minutes >= quiet.start || minutes < quiet.end;
}

/**
 * When the recipient's quiet hours end, or `at` itself when they are not on. Counted in whole
 * minutes from the local time, so a daylight-saving jump during the night moves it by an hour at most.
 */
export function quietHoursEnd(at: Date, timeZone: string, quiet: QuietHours): Date {
  if (!isInQuietHours(at, timeZone, quiet)) return at;
  const minutesUntilEnd = (quiet.end - localMinutes(at, timeZone) + 24 * 60) % (24 * 60);
  const startOfMinute = Math.floor(at.getTime() / 60_000) * 60_000;
  return new Date(startOfMinute + minutesUntilEnd * 60_000);
}

/** `HH:MM` to minutes after midnight, or undefined for anything else. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
