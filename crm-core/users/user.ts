import type { Locale, UserRole } from '../../db/schema.ts';
import { checkOneOf, checkRequiredText } from '../shared/field-checks.ts';
import { createIssueCollector, type Issues } from '../shared/validation-error.ts';

export type { Locale, UserRole };

export const userRoles: readonly UserRole[] = ['operator', 'manager', 'supervisor', 'admin'];
export const locales: readonly Locale[] = ['en', 'uk', 'ru'];
export const minimumPasswordLength = 8;
/** Bounds the hashing work one request can ask for. */
const maximumPasswordLength = 1024;
const maximumDisplayNameLength = 200;

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
  const login = normalizeLogin(input.login);
  if (!loginPattern.test(login)) {
    issues.add('login', 'must be 1 to 64 letters, digits or . _ @ -, starting with a letter or digit');
  }
  checkPassword(input.password, 'password', issues);
  const user = { ...input, ...checkProfile(input, issues), login };
  issues.throwIfAny();
  return user;
}

export function validateUserChanges(changes: UserChanges): UserChanges {
  const issues = createIssueCollector();
  const tidied = checkProfile(changes, issues);
  issues.throwIfAny();
  return tidied;
}

export function validateNewPassword(password: string): void {
  const issues = createIssueCollector();
  checkPassword(password, 'password', issues);
  issues.throwIfAny();
}

function checkPassword(password: string, field: string, issues: Issues): void {
  const length = [...password].length;
  if (length < minimumPasswordLength) issues.add(field, `must be at least ${minimumPasswordLength} characters`);
  if (length > maximumPasswordLength) issues.add(field, `must be at most ${maximumPasswordLength} characters`);
}

/** The profile fields given, with the display name trimmed; absent ones stay absent. */
function checkProfile<Profile extends UserChanges>(user: Profile, issues: Issues): Profile {
  const displayName = user.displayName === undefined ? undefined : checkRequiredText(user.displayName, 'displayName', issues, maximumDisplayNameLength);
  if (user.role !== undefined) checkOneOf(user.role, userRoles, 'role', issues);
  if (user.locale !== undefined) checkOneOf(user.locale, locales, 'locale', issues);
  if (user.extension != null && !extensionPattern.test(user.extension)) {
    issues.add('extension', 'must be 2 to 10 digits');
  }
  if (user.sipUsername != null && !sipUsernamePattern.test(user.sipUsername)) {
    issues.add('sipUsername', 'must be 1 to 64 letters, digits or . _ -');
  }
  if (user.sipPassword != null && (user.sipPassword.length === 0 || user.sipPassword.length > 128)) {
    issues.add('sipPassword', 'must be 1 to 128 characters');
  }
  return displayName === undefined ? user : { ...user, displayName };
}
