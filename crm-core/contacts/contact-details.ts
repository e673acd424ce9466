/**
 * Phones and email addresses, of a client or of one of its contact persons: the input each takes
 * and the rules it must pass. A phone we cannot read is kept as typed, so long as it has digits
 * enough to be a number at all.
 */
import type { PhoneKind } from '../../db/schema.ts';
import { emailKinds, emailMatchKey, normalizeEmailAddress, type EmailKind } from '../emails/email.ts';
import { parsePhoneNumber, type CountryCode, type ParsedPhone } from '../phones/phone-number.ts';
import { checkList, checkOneOf, fieldPath, fieldsOf } from '../shared/field-checks.ts';
import type { Issues } from '../shared/validation-error.ts';

export type { Email, EmailInput, EmailKind } from '../emails/email.ts';
export type { PhoneKind };

export const phoneKinds: readonly PhoneKind[] = ['mobile', 'work', 'home', 'fax'];

export interface PhoneInput {
  /** As the user typed it, in any format. */
  readonly number: string;
  readonly kind?: PhoneKind;
}

/** A phone of a client, or of one of its contact persons when `contactPersonId` is set. */
export interface ClientPhone {
  readonly id: number;
  readonly clientId: number;
  readonly contactPersonId: number | null;
  /** As typed. */
  readonly raw: string;
  /** Null when the number could not be read; `raw` is then all there is. */
  readonly e164: string | null;
  readonly extension: string | null;
  readonly kind: PhoneKind;
}

export interface CheckedPhone {
  readonly parsed: ParsedPhone;
  readonly kind: PhoneKind;
}

export interface CheckedEmail {
  readonly address: string;
  readonly kind: EmailKind;
}

const minimumDigits = 5;
const maxRawLength = 60;

export function checkPhoneInputs(input: unknown, field: string, defaultCountry: CountryCode, issues: Issues): CheckedPhone[] {
  const phones = checkList(input, field, issues).map((item, index) => checkPhoneInput(item, fieldPath(field, index), defaultCountry, issues));
  const keys = phones.map(samePhoneKey);
  keys.forEach((key, index) => {
    if (key !== '' && keys.indexOf(key) !== index) issues.add(fieldPath(field, `${index}.number`), 'is listed twice');
  });
  return phones;
}

export function checkPhoneInput(input: unknown, field: string, defaultCountry: CountryCode, issues: Issues): CheckedPhone {
  const { number, kind } = fieldsOf(input);
  const checkedKind = kind === undefined ? 'mobile' : checkOneOf(kind, phoneKinds, fieldPath(field, 'kind'), issues);
  const numberField = fieldPath(field, 'number');
  if (typeof number !== 'string' || number.trim() === '') {
    issues.add(numberField, 'is required');
    return { parsed: parsePhoneNumber('', defaultCountry), kind: checkedKind };
  }
  const raw = number.trim();
  if (raw.length > maxRawLength) issues.add(numberField, `must be at most ${maxRawLength} characters`);
  const parsed = parsePhoneNumber(raw, defaultCountry);
  if (parsed.e164 === null && digitCount(parsed) < minimumDigits) issues.add(numberField, `is not a phone number: it needs at least ${minimumDigits} digits`);
  return { parsed, kind: checkedKind };
}

export function checkEmailInputs(input: unknown, field: string, issues: Issues): CheckedEmail[] {
  const emails = checkList(input, field, issues).map((item, index) => checkEmailInput(item, fieldPath(field, index), issues));
  const keys = emails.map((email) => emailMatchKey(email.address));
  keys.forEach((key, index) => {
    if (key !== '' && keys.indexOf(key) !== index) issues.add(fieldPath(field, `${index}.address`), 'is listed twice');
  });
  return emails;
}

export function checkEmailInput(input: unknown, field: string, issues: Issues): CheckedEmail {
  const { address, kind } = fieldsOf(input);
  const checkedKind = kind === undefined ? 'work' : checkOneOf(kind, emailKinds, fieldPath(field, 'kind'), issues);
  const normalized = typeof address === 'string' ? normalizeEmailAddress(address) : null;
  if (normalized === null) issues.add(fieldPath(field, 'address'), 'is not an email address');
  return { address: normalized ?? '', kind: checkedKind };
}

/** The number's own digits, without those of an extension. */
function digitCount(parsed: ParsedPhone): number {
  return parsed.raw.replace(/\D/g, '').length - (parsed.extension?.length ?? 0);
}

function samePhoneKey({ parsed }: CheckedPhone): string {
  if (parsed.e164 !== null) return `${parsed.e164};${parsed.extension ?? ''}`;
  return parsed.raw.replace(/\D/g, '');
}
