import type { Priority } from '../../db/schema.ts';
import { addDays } from '../shared/time-zone.ts';

/** A task whose reminder time has come, as the app shows it in a toast. */
export interface Reminder {
  readonly taskId: number;
  /** Who is reminded: the task's assignee. */
  readonly userId: number;
  readonly title: string;
  readonly type: string;
  readonly importance: Priority;
  readonly remindAt: Date;
  readonly dueAt: Date | null;
  readonly clientId: number | null;
  readonly clientName: string | null;
  readonly contactPersonId: number | null;
}

export type BirthdayRange = 'today' | 'week';
export const birthdayRanges: readonly BirthdayRange[] = ['today', 'week'];

/** A client (a person) or a contact person whose birthday falls in the range asked for. */
export interface Birthday {
  readonly clientId: number;
  /** Null when the client itself has the birthday. */
  readonly contactPersonId: number | null;
  readonly fullName: string;
  /** The client's name (the same as `fullName` for a client). */
  readonly clientName: string;
  readonly managerId: number | null;
  /** The date of birth, `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** The day it is celebrated in the range, `YYYY-MM-DD` (28 February in a common year for a 29 February birthday). */
  readonly celebratedOn: string;
  readonly turnsAge: number;
}

/** A number to call someone on for their birthday. */
export interface PhoneToCall {
  readonly id: number;
  /** E.164 when it could be read, else as typed. */
  readonly number: string;
}

/** A birthday as the list shows it, with the number to call. */
export interface ListedBirthday extends Birthday {
  readonly phone: PhoneToCall | null;
}

/** A phone of a client, as `phoneToCall` chooses among them. */
export interface ClientPhoneChoice extends PhoneToCall {
  readonly contactPersonId: number | null;
  readonly kind: string;
}

/**
 * The number to wish someone a happy birthday on: their own (a mobile before the others, then the
 * oldest), else, for a contact person, their client's own.
 */
export function phoneToCall(person: Pick<Birthday, 'contactPersonId'>, clientPhones: readonly ClientPhoneChoice[]): PhoneToCall | null {
  const own = clientPhones.filter((phone) => phone.contactPersonId === person.contactPersonId);
  const candidates = own.length > 0 ? own : clientPhones.filter((phone) => phone.contactPersonId === null);
  const [best] = [...candidates].sort((left, right) => Number(right.kind === 'mobile') - Number(left.kind === 'mobile') || left.id - right.id);
  return best === undefined ? null : { id: best.id, number: best.number };
}

/** A month and day to look up birthdays by. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** Every month-day celebrated on the `count` days from `firstDay`: 29 February joins 28 February in common years. */
export function monthDaysOf(firstDay: string, count: number): MonthDay[] {
  return daysFrom(firstDay, count).flatMap((date) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const leapDayToo = month === 2 && day === 28 && !isLeapYear(year);
    return leapDayToo ? [{ month, day }, { month: 2, day: 29 }] : [{ month, day }];
  });
}

/** The day in the window (from `firstDay`, `count` days) on which someone born on `birthDate` is celebrated. */
export function celebrationDay(birthDate: string, firstDay: string, count: number): string | undefined {
  const [, birthMonth, birthDay] = birthDate.split('-').map(Number) as [number, number, number];
  return daysFrom(firstDay, count).find((date) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    if (birthMonth === 2 && birthDay === 29 && !isLeapYear(year)) return month === 2 && day === 28;
    return month === birthMonth && day === birthDay;
  });
}

export function ageOn(birthDate: string, celebratedOn: string): number {
  return Number(celebratedOn.slice(0, 4)) - Number(birthDate.slice(0, 4));
}

/** How many days a birthday range covers, today included. */
export function daysIn(range: BirthdayRange): number {
  return range === 'today' ? 1 : 7;
}

/** The hour of the day (in the CRM's zone) birthday reminders and due times fall at. */
export const birthdayReminderHour = 9;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysFrom(firstDay: string, count: number): string[] {
  return Array.from({ length: count }, (_, offset) => addDays(firstDay, offset));
}
