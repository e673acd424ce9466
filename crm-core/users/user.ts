import type { Locale, UserRole } from '../../db/schema.ts';
import { createIssueCollector, type Issues } from '../shared/validation-error.ts';

export type { Locale, UserRole };

export const userRoles: readonly UserRole[] = ['operator', 'manager', 'supervisor', 'admin'];
export const locales: readonly Locale[] = ['en', 'uk', 'ru'];
export const minimumPasswordLength = 8;
/** Bounds the hashing work one request can ask for. */
const maximumPasswordLength = 1024;

/** A user as every reader sees it: never the password hash, never the SIP password. */
export interface User {
  readonly id: number;
  readonly login: string;
  readonly displayName: string;
  readonly role: UserRole;
  /** The PBX extension the user answers on; unique among users. */
  readonly extension: string | null;
  readonly sipUsername: string | null;
  readonly locale: Locale;
  readonly active: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** What the browser phone needs to register; only `sipCredentials(userId)` returns it. */
export interface SipCredentials {
  readonly extension: string | null;
  readonly username: string;
  readonly password: string;
}

export interface NewUser {
  readonly login: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly password: string;
  readonly extension?: string | null;
  readonly sipUsername?: string | null;
  readonly sipPassword?: string | null;
  readonly locale?: Locale;
}

/** Fields left out stay as they are; `null` clears an optional one. */
export interface UserChanges {
  readonly displayName?: string;
  readonly role?: UserRole;
  readonly extension?: string | null;
  readonly sipUsername?: string | null;
  readonly sipPassword?: string | null;
  readonly locale?: Locale;
  readonly active?: boolean;
}

const loginPattern = /^[a-z0-9][a-z0-9._@-]{0,63}$/;
const extensionPattern = /^[0-9]{2,10}$/;
const sipUsernamePattern = /^[A-Za-z0-9._-]{1,64}$/;

/** Logins are matched case-insensitively: stored lower case, without surrounding spaces. */
export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

/** Checks a new user and returns it with login and names tidied; throws every problem at once. */
export function validateNewUser(input: NewUser): NewUser {
  const issues = createIssueCollector();
  const user = { ...input, login: normalizeLogin(input.login), displayName: input.displayName.trim() };
  if (!loginPattern.test(user.login)) {
    issues.add('login', 'must be 1 to 64 letters, digits or . _ @ -, starting with a letter or digit');
  }
  checkPassword(issues, 'password', input.password);
  checkProfile(issues, user);
  issues.throwIfAny();
  return user;
}

export function validateUserChanges(changes: UserChanges): UserChanges {
  const issues = createIssueCollector();
  const tidied = changes.displayName === undefined ? changes : { ...changes, displayName: changes.displayName.trim() };
  checkProfile(issues, tidied);
  issues.throwIfAny();
  return tidied;
}

export function validateNewPassword(password: string): void {
  const issues = createIssueCollector();
  checkPassword(issues, 'password', password);
  issues.throwIfAny();
}

function checkPassword(issues: Issues, field: string, password: string): void {
  const length = [...password].length;
  if (length < minimumPasswordLength) issues.add(field, `must be at least ${minimumPasswordLength} characters`);
  if (length > maximumPasswordLength) issues.add(field, `must be at most ${maximumPasswordLength} characters`);
}

function checkProfile(issues: Issues, user: UserChanges): void {
  if (user.displayName !== undefined && (user.displayName.length === 0 || user.displayName.length > 200)) {
    issues.add('displayName', 'must be 1 to 200 characters');
  }
  if (user.role !== undefined && !userRoles.includes(user.role)) {
    issues.add('role', `must be one of ${userRoles.join(', ')}`);
  }
  if (user.locale !== undefined && !locales.includes(user.locale)) {
    issues.add('locale', `must be one of ${locales.join(', ')}`);
  }
  if (user.extension != null && !extensionPattern.test(user.extension)) {
    issues.add('extension', 'must be 2 to 10 digits');
  }
  if (user.sipUsername != null && !sipUsernamePattern.test(user.sipUsername)) {
    issues.add('sipUsername', 'must be 1 to 64 letters, digits or . _ -');
  }
  if (user.sipPassword != null && (user.sipPassword.length === 0 || user.sipPassword.length > 128)) {
    issues.add('sipPassword', 'must be 1 to 128 characters');
  }
}
