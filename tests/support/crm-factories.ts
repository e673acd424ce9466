/**
 * CRM records for database tests, made the way the product makes them: through the services (so
 * they are validated and audited), a user through its repository so no test pays for a password
 * hash. Every factory has defaults that pass validation; a test overrides only what it is about.
 */
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database, UserRole } from '../../db/schema.ts';
import { selectAuditTrail } from '../../crm-core/audit/audit.repository.ts';
import { createClientService, type ClientCard, type NewClientInput } from '../../crm-core/clients/client.service.ts';
import { createContactPersonService, type ContactPerson, type NewContactPersonInput } from '../../crm-core/contacts/contact-person.service.ts';
import { createInteractionService, type Interaction, type NewCall } from '../../crm-core/interactions/interaction.service.ts';
import { type FieldIssue, ValidationError } from '../../crm-core/shared/validation-error.ts';
import { insertUser } from '../../crm-core/users/user.repository.ts';
import { createUserService, type User } from '../../crm-core/users/user.service.ts';

const defaultCountry = 'UA';
let sequence = 0;
const nextNumber = () => ++sequence;

export interface UserOverrides {
  readonly login?: string;
  readonly displayName?: string;
  readonly role?: UserRole;
  readonly extension?: string | null;
  readonly active?: boolean;
}

/** A user who cannot log in (no password verifies against the stored hash): an operator unless told otherwise. */
export async function newUser(db: Kysely<Database>, overrides: UserOverrides = {}): Promise<User> {
  const login = overrides.login ?? `user-${nextNumber()}`;
  const row = await db.transaction().execute((trx) =>
    insertUser(trx, {
      login,
      display_name: overrides.displayName ?? login,
      role: overrides.role ?? 'operator',
      extension: overrides.extension ?? null,
      active: overrides.active ?? true,
      password_hash: 'not-a-login',
    }),
  );
  return createUserService({ db }).get(row.id);
}

/** An organization with nothing but a name, unless told otherwise (e.g. `phones: [{ number }]`). */
export async function newClient(db: Kysely<Database>, overrides: Partial<NewClientInput> = {}): Promise<ClientCard> {
  return createClientService({ db, defaultCountry }).create({ kind: 'organization', fullName: `Client ${nextNumber()}`, ...overrides });
}

/** A contact person of the organization `clientId`. */
export async function newContactPerson(
  db: Kysely<Database>,
  clientId: number,
  overrides: Partial<NewContactPersonInput> = {},
): Promise<ContactPerson> {
  return createContactPersonService({ db, defaultCountry }).add(clientId, { fullName: `Contact ${nextNumber()}`, ...overrides });
}

/** A finished PBX call, not yet recorded: inbound, answered, 12 s waiting and 188 s talking. */
export function callInput(overrides: Partial<NewCall> = {}): NewCall {
  return {
    pbxCallId: `factory-call-${nextNumber()}`,
    direction: 'in',
    fromNumber: '+380441234567',
    toNumber: '2001',
    outcome: 'answered',
    startedAt: new Date('2026-01-10T09:00:00.000Z'),
    endedAt: new Date('2026-01-10T09:03:20.000Z'),
    waitSeconds: 12,
    talkSeconds: 188,
    ...overrides,
  };
}

/** A PBX call recorded as an interaction, linked to a client by its number as the product would link it. */
export async function newCallInteraction(db: Kysely<Database>, overrides: Partial<NewCall> = {}): Promise<Interaction> {
  const { interaction } = await createInteractionService({ db }).recordCall(callInput(overrides));
  return interaction;
}

/** The field issues of the ValidationError that `work` rejects with; the test fails if it resolves or rejects otherwise. */
export async function validationIssues(work: Promise<unknown>): Promise<readonly FieldIssue[]> {
  const error = await work.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
}

/** The same issues as `{ field: message }`, to compare with one object literal. */
export async function issuesByField(work: Promise<unknown>): Promise<Record<string, string>> {
  return Object.fromEntries((await validationIssues(work)).map((issue) => [issue.field, issue.message]));
}

/** The audit log of one record, oldest first: who did what, and the changes written. */
export async function auditTrailOf(db: Kysely<Database>, entity: string, id: number) {
  return (await selectAuditTrail(db, entity, id)).map((row) => ({ action: row.action, userId: row.user_id, changes: row.changes }));
}
