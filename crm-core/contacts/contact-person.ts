/** Contact persons: the people of an organization the operators talk to. Domain types and input rules. */
import type { CountryCode } from '../phones/phone-number.ts';
import { checkOptionalDate, checkOptionalText, checkRequiredText, checkText, fieldPath, fieldsOf } from '../shared/field-checks.ts';
import type { Issues } from '../shared/validation-error.ts';
import {
  checkEmailInputs,
  checkPhoneInputs,
  type CheckedEmail,
  type CheckedPhone,
  type ClientPhone,
  type Email,
  type EmailInput,
  type PhoneInput,
} from './contact-details.ts';

export interface ContactPersonFields {
  readonly fullName: string;
  readonly position: string | null;
  /** `YYYY-MM-DD`. */
  readonly birthday: string | null;
  readonly notes: string;
}

export interface ContactPerson extends ContactPersonFields {
  readonly id: number;
  readonly clientId: number;
  readonly phones: readonly ClientPhone[];
  readonly emails: readonly Email[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly archivedAt: Date | null;
}

export interface NewContactPersonInput extends Partial<ContactPersonFields> {
  readonly fullName: string;
  readonly phones?: readonly PhoneInput[];
  readonly emails?: readonly EmailInput[];
}

/** A partial update: absent fields stay as they are, `null` clears a field that may be empty. */
export type ContactPersonChangesInput = Partial<ContactPersonFields>;

export interface CheckedContactPerson {
  readonly fields: ContactPersonFields;
  readonly phones: readonly CheckedPhone[];
  readonly emails: readonly CheckedEmail[];
}

const maxNameLength = 300;
const maxPositionLength = 200;
const maxNotesLength = 20_000;

type FieldCheck<Field extends keyof ContactPersonFields> = (value: unknown, field: string, issues: Issues) => ContactPersonFields[Field];

const fieldChecks: { readonly [Field in keyof ContactPersonFields]: FieldCheck<Field> } = {
  fullName: (value, field, issues) => checkRequiredText(value, field, issues, maxNameLength),
  position: (value, field, issues) => checkOptionalText(value, field, issues, maxPositionLength),
  birthday: (value, field, issues) => checkOptionalDate(value, field, issues),
  notes: (value, field, issues) => checkText(value, field, issues, maxNotesLength),
};

const editableFields = Object.keys(fieldChecks) as (keyof ContactPersonFields)[];

/** Checks a new contact person; `prefix` places its issues, e.g. `contactPersons.0`. */
export function checkNewContactPerson(input: unknown, prefix: string, defaultCountry: CountryCode, issues: Issues): CheckedContactPerson {
  const values = fieldsOf(input);
  const check = <Field extends keyof ContactPersonFields>(field: Field) => fieldChecks[field](values[field], fieldPath(prefix, field), issues);
  return {
    fields: { fullName: check('fullName'), position: check('position'), birthday: check('birthday'), notes: check('notes') },
    phones: checkPhoneInputs(values.phones, fieldPath(prefix, 'phones'), defaultCountry, issues),
    emails: checkEmailInputs(values.emails, fieldPath(prefix, 'emails'), issues),
  };
}

export function checkContactPersonChanges(input: unknown, issues: Issues): Partial<ContactPersonFields> {
  const values = fieldsOf(input);
  const changes: Partial<Record<keyof ContactPersonFields, unknown>> = {};
  for (const field of editableFields) {
    if (values[field] !== undefined) changes[field] = fieldChecks[field](values[field], field, issues);
  }
  return changes as Partial<ContactPersonFields>;
}
