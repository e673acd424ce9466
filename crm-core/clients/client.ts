/** Clients: the organizations and people the contact center talks to. Domain types and input rules. */
import type { ClientKind, Relationship } from '../../db/schema.ts';
import type { ContactPerson, NewContactPersonInput } from '../contacts/contact-person.ts';
import type { ClientPhone, Email, EmailInput, PhoneInput } from '../contacts/contact-details.ts';
import type { ClientPropertyValue, PropertyValueInput } from '../properties/property.ts';
import { checkOneOf, checkOptionalDate, checkOptionalId, checkOptionalText, checkRequiredText, checkText } from '../shared/field-checks.ts';
import type { Issues } from '../shared/validation-error.ts';

export type { ClientKind, Relationship };
export const clientKinds: readonly ClientKind[] = ['organization', 'person'];
export const relationships: readonly Relationship[] = ['customer', 'prospect', 'supplier', 'partner', 'other'];

/** What a user edits on a client. */
export interface ClientFields {
  readonly kind: ClientKind;
  readonly fullName: string;
  readonly shortName: string | null;
  readonly relationship: Relationship;
  /** The user responsible for the client. */
  readonly managerId: number | null;
  readonly region: string | null;
  readonly industry: string | null;
  /** How the client heard of us. */
  readonly adSource: string | null;
  /** A person's birthday or an organization's founding date, `YYYY-MM-DD`. */
  readonly birthday: string | null;
  readonly notes: string;
}

export interface Client extends ClientFields {
  readonly id: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Archived clients are hidden from lists and search unless asked for; they are never deleted. */
  readonly archivedAt: Date | null;
}

/** Everything the client card shows. Archived contact persons are left out. */
export interface ClientCard extends Client {
  /** The client's own phones; a contact person's are under the contact person. */
  readonly phones: readonly ClientPhone[];
  readonly emails: readonly Email[];
  readonly contactPersons: readonly ContactPerson[];
  readonly properties: readonly ClientPropertyValue[];
}

export interface NewClientInput extends Partial<ClientFields> {
  readonly kind: ClientKind;
  readonly fullName: string;
  readonly phones?: readonly PhoneInput[];
  readonly emails?: readonly EmailInput[];
  /** Only an organization has contact persons. */
  readonly contactPersons?: readonly NewContactPersonInput[];
  readonly properties?: readonly PropertyValueInput[];
}

/** A partial update: absent fields stay as they are, `null` clears a field that may be empty. */
export interface ClientChangesInput extends Partial<ClientFields> {
  /** `{ propertyId, value: null }` clears that property. */
  readonly properties?: readonly PropertyValueInput[];
}

const maxNameLength = 300;
const maxShortNameLength = 150;
const maxLabelLength = 200;
const maxNotesLength = 20_000;

const fieldChecks: { readonly [Field in keyof ClientFields]: (value: unknown, issues: Issues) => ClientFields[Field] } = {
  kind: (value, issues) => checkOneOf(value, clientKinds, 'kind', issues),
  fullName: (value, issues) => checkRequiredText(value, 'fullName', issues, maxNameLength),
  shortName: (value, issues) => checkOptionalText(value, 'shortName', issues, maxShortNameLength),
  relationship: (value, issues) => checkOneOf(value, relationships, 'relationship', issues),
  managerId: (value, issues) => checkOptionalId(value, 'managerId', issues),
  region: (value, issues) => checkOptionalText(value, 'region', issues, maxLabelLength),
  industry: (value, issues) => checkOptionalText(value, 'industry', issues, maxLabelLength),
  adSource: (value, issues) => checkOptionalText(value, 'adSource', issues, maxLabelLength),
  birthday: (value, issues) => checkOptionalDate(value, 'birthday', issues),
  notes: (value, issues) => checkText(value, 'notes', issues, maxNotesLength),
};

const editableFields = Object.keys(fieldChecks) as (keyof ClientFields)[];

export function checkNewClientFields(input: Record<string, unknown>, issues: Issues): ClientFields {
  return {
    kind: fieldChecks.kind(input.kind, issues),
    fullName: fieldChecks.fullName(input.fullName, issues),
    shortName: fieldChecks.shortName(input.shortName, issues),
    relationship: input.relationship === undefined ? 'prospect' : fieldChecks.relationship(input.relationship, issues),
    managerId: fieldChecks.managerId(input.managerId, issues),
    region: fieldChecks.region(input.region, issues),
    industry: fieldChecks.industry(input.industry, issues),
    adSource: fieldChecks.adSource(input.adSource, issues),
    birthday: fieldChecks.birthday(input.birthday, issues),
    notes: fieldChecks.notes(input.notes, issues),
  };
}

/** The fields present in `input`, checked; absent ones are left out. */
export function checkClientChanges(input: Record<string, unknown>, issues: Issues): Partial<ClientFields> {
  const changes: Partial<Record<keyof ClientFields, unknown>> = {};
  for (const field of editableFields) {
    if (input[field] !== undefined) changes[field] = fieldChecks[field](input[field], issues);
  }
  return changes as Partial<ClientFields>;
}
