/**
 * Checks for the fields of CRM input. Each one records an issue naming the field and returns the
 * value as the caller expects it; the values are only meaningful once `throwIfAny()` has passed.
 */
import type { Issues } from './validation-error.ts';

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real `YYYY-MM-DD` day: 2025-02-30 is not one. */
export function isCalendarDate(text: string): boolean {
  const match = calendarDate.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkRequiredText(value: unknown, field: string, issues: Issues, maxLength: number): string {
  if (typeof value !== 'string' || value.trim() === '') {
    issues.add(field, 'is required');
    return '';
  }
  return checkLength(value.trim(), field, issues, maxLength);
}

/** Blank text means "none". */
export function checkOptionalText(value: unknown, field: string, issues: Issues, maxLength: number): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') {
    issues.add(field, 'must be text');
    return null;
  }
  const trimmed = value.trim();
  return trimmed === '' ? null : checkLength(trimmed, field, issues, maxLength);
}

/** Text that may be left empty (notes, a description): never null, and absent means empty. */
export function checkText(value: unknown, field: string, issues: Issues, maxLength: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') {
    issues.add(field, 'must be text');
    return '';
  }
  return checkLength(value.trim(), field, issues, maxLength);
}

export function checkOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, issues: Issues): T {
  if (!allowed.includes(value as T)) issues.add(field, `must be one of: ${allowed.join(', ')}`);
  return value as T;
}

export function checkBoolean(value: unknown, field: string, issues: Issues): boolean {
  if (typeof value !== 'boolean') issues.add(field, 'must be true or false');
  return value as boolean;
}

export function checkOptionalDate(value: unknown, field: string, issues: Issues): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    issues.add(field, 'must be a date as YYYY-MM-DD');
    return null;
  }
  return value;
}

/** An instant: a Date that holds a time (`new Date('junk')` does not). */
export function isDateTime(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

export function checkDateTime(value: unknown, field: string, issues: Issues): Date {
  if (!isDateTime(value)) issues.add(field, 'must be a valid date and time');
  return value as Date;
}

export function checkOptionalDateTime(value: unknown, field: string, issues: Issues): Date | null {
  if (value === null || value === undefined) return null;
  return checkDateTime(value, field, issues);
}

export function checkOptionalId(value: unknown, field: string, issues: Issues): number | null {
  if (value === null || value === undefined) return null;
  return checkId(value, field, issues);
}

export function checkId(value: unknown, field: string, issues: Issues): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) issues.add(field, 'must be a positive whole number');
  return value as number;
}

/** A list that may be absent (empty) but, when given, must be a list. */
export function checkList(value: unknown, field: string, issues: Issues): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.add(field, 'must be a list');
    return [];
  }
  return value;
}

/** `phones` under `contactPersons.0` is `contactPersons.0.phones`; at the top level, just `phones`. */
export function fieldPath(prefix: string, name: string | number): string {
  return prefix === '' ? String(name) : `${prefix}.${name}`;
}

/** Reads a field of input that should be an object, without trusting that it is one. */
export function fieldsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function checkLength(text: string, field: string, issues: Issues, maxLength: number): string {
  if (text.length > maxLength) issues.add(field, `must be at most ${maxLength} characters`);
  return text;
}
