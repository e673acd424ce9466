/**
 * Reads a follow-up time as people type it: "tomorrow 10:00", "today 15:30", "in 3 days",
 * "25.12 9:00", "2026-12-01 10:00", in English, Ukrainian or Russian. No time means 09:00; a lone
 * "25.12" is a date.
 */
const dayWords: Record<string, number> = {
  today: 0, tomorrow: 1, 'day after tomorrow': 2,
  'сьогодні': 0, 'завтра': 1, 'післязавтра': 2,
  'сегодня': 0, 'послезавтра': 2,
};

export function parseWhen(text: string, now: Date): Date | null {
  const input = text.trim().toLowerCase();
  if (!input) return null;
  const time = /(?:^|\s)(\d{1,2})([:.])(\d{2})$/.exec(input);
  if (!time) return at(dayOf(input, now), 9, 0);
  const dayPart = input.slice(0, time.index).trim();
  // A lone "25.12" is a date; a lone "10.30" cannot be one, so it is a time today.
  if (time[2] === '.' && dayPart === '') return at(dayOf(input, now), 9, 0) ?? at(dayOf('', now), Number(time[1]), Number(time[3]));
  return at(dayOf(dayPart, now), Number(time[1]), Number(time[3]));
}

function at(day: Date | null, hours: number, minutes: number): Date | null {
  if (!day || hours > 23 || minutes > 59) return null;
  day.setHours(hours, minutes, 0, 0);
  return day;
}

function dayOf(text: string, now: Date): Date | null {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (text === '') return today;
  if (text in dayWords) return addDays(today, dayWords[text]!);
  const inDays = /^(?:in|через)\s+(\d{1,3})\s*(?:days?|дн\S*|день)$/.exec(text);
  if (inDays) return addDays(today, Number(inDays[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?$/.exec(text);
  if (dotted) {
    const year = dotted[3] ? Number(dotted[3]) : today.getFullYear();
    const date = validDate(year, Number(dotted[2]), Number(dotted[1]));
    // "25.12" typed in January means this December; typed on 26 December, next year's.
    if (date && !dotted[3] && date < today) date.setFullYear(year + 1);
    return date;
  }
  return null;
}

function addDays(day: Date, days: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + days);
}

function validDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local input holds it. */
export function localInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
