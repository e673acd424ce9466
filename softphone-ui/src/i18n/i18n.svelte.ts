/**
 * The UI's language and formats. Every string comes from a catalog (en, uk, ru, all complete:
 * the uk and ru catalogs must have every key of en, or the build fails); dates, times, numbers
 * and durations go through Intl in the chosen locale. The choice is remembered in the browser
 * and, once signed in, on the user's profile.
 */
import { en, type MessageKey, type Messages } from './en.ts';
import { formatMessage, type MessageValues } from './format-message.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';

export type Locale = 'en' | 'uk' | 'ru';
export const locales: readonly Locale[] = ['en', 'uk', 'ru'];
export type { MessageKey };

const catalogs: Record<Locale, Messages> = { en, uk, ru };
const storageKey = 'dzvinok.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function storedLocale(): Locale | undefined {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function browserLocale(): Locale {
  for (const language of navigator.languages ?? [navigator.language]) {
    const base = language.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'en';
}

class I18n {
  locale = $state<Locale>(storedLocale() ?? browserLocale());
  /** True once the user picked a language in this browser: the profile's language then yields. */
  readonly chosenHere = storedLocale() !== undefined;

  #numbers = $derived(new Intl.NumberFormat(this.locale));
  #dates = $derived(new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' }));
  #dateTimes = $derived(new Intl.DateTimeFormat(this.locale, { dateStyle: 'short', timeStyle: 'short' }));
  #times = $derived(new Intl.DateTimeFormat(this.locale, { hour: '2-digit', minute: '2-digit' }));

  t = (key: MessageKey, values: MessageValues = {}): string => formatMessage(catalogs[this.locale][key], values, this.locale);

  choose(locale: Locale): void {
    this.locale = locale;
    try {
      localStorage.setItem(storageKey, locale);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page.
    }
  }

  /** The profile's language applies unless this browser already has a choice. */
  adoptProfileLocale(locale: string): void {
    if (!storedLocale() && isLocale(locale)) this.locale = locale;
  }

  number = (value: number): string => this.#numbers.format(value);
  percent = (fraction: number): string => new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
  date = (value: string | Date): string => this.#dates.format(new Date(value));
  dateTime = (value: string | Date): string => this.#dateTimes.format(new Date(value));
  time = (value: string | Date): string => this.#times.format(new Date(value));

  /** An amount (decimal text such as "1250.50") in `currency`, an ISO 4217 code; `whole` leaves out the cents, to read at a glance. */
  money = (amount: string | number, currency: string, precision: 'exact' | 'whole' = 'exact'): string =>
    new Intl.NumberFormat(this.locale, { style: 'currency', currency, ...(precision === 'whole' && { minimumFractionDigits: 0, maximumFractionDigits: 0 }) }).format(
      Number(amount),
    );

  /** Short for a chart's axis: "11K UAH", "11 тис. грн". */
  compactMoney = (amount: number, currency: string): string =>
    new Intl.NumberFormat(this.locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(amount);

  /** ISO weekday 1 (Monday) to 7, as "Mon" or "Monday". */
  weekday = (isoWeekday: number, width: 'short' | 'long' = 'short'): string =>
    // 1 January 2024 was a Monday.
    new Intl.DateTimeFormat(this.locale, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoWeekday)));

  /** A calendar day `YYYY-MM-DD` as the locale writes it, or its month ("Jan 2026"). */
  calendarDay = (day: string, part: 'day' | 'month' = 'day'): string =>
    new Intl.DateTimeFormat(this.locale, { ...(part === 'day' ? { dateStyle: 'medium' } : { month: 'short', year: 'numeric' }), timeZone: 'UTC' }).format(utcDay(day));

  /** Two calendar days as one span: "1 Jan – 31 Mar 2026". */
  dayRange = (from: string, to: string): string => new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(utcDay(from), utcDay(to));

  /** `m:ss` under an hour, `h:mm:ss` from an hour on. */
  duration = (totalSeconds: number): string => {
    const seconds = Math.max(0, Math.floor(totalSeconds));
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    const rest = String(seconds % 60).padStart(2, '0');
    return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
  };

  /** "5 minutes ago", "yesterday". */
  relative = (value: string | Date, now = Date.now()): string => {
    const seconds = (new Date(value).getTime() - now) / 1000;
    const format = new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' });
    const units: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400], ['hour', 3600], ['minute', 60]];
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
    }
    return format.format(Math.round(seconds), 'second');
  };

  languageName = (locale: Locale): string => catalogs[locale]['language.name'];

  /** A country by its ISO code, named in the UI's language ("UA" → "Україна"). */
  countryName = (code: string): string => {
    try {
      return new Intl.DisplayNames(this.locale, { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export const i18n = new I18n();
export const t = i18n.t;
