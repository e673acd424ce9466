import type { Kysely, Transaction } from 'kysely';
import type { ContactPersonRow, Database } from '../../db/schema.ts';
import { describeChanges, insertAuditEntry } from '../audit/audit.repository.ts';
import { clientExists, selectClientForUpdate, touchClient } from '../clients/client.repository.ts';
import { selectEmailsOfClients } from '../emails/email.repository.ts';
import type { CountryCode } from '../phones/phone-number.ts';
import { selectPhonesOfClients } from '../phones/phone.repository.ts';
import { systemActor, type Actor } from '../shared/actor.ts';
import { createIssueCollector, NotFoundError, ValidationError, type Issues } from '../shared/validation-error.ts';
import type { ClientPhone, Email } from './contact-details.ts';
import { emailFromRow, insertEmailsAudited, insertPhonesAudited, phoneFromRow } from './contact-details.service.ts';
import {
  checkContactPersonChanges,
  checkNewContactPerson,
  type CheckedContactPerson,
  type ContactPerson,
  type ContactPersonChangesInput,
  type ContactPersonFields,
  type NewContactPersonInput,
} from './contact-person.ts';
import {
  insertContactPerson,
  selectContactPersonById,
  selectContactPersonClientId,
  selectContactPersonForUpdate,
  setContactPersonArchived,
  updateContactPerson,
  type ContactPersonColumns,
} from './contact-person.repository.ts';

export type { ContactPerson, ContactPersonChangesInput, NewContactPersonInput } from './contact-person.ts';

export type ContactPersonService = ReturnType<typeof createContactPersonService>;

export function createContactPersonService({ db, defaultCountry }: { db: Kysely<Database>; defaultCountry: CountryCode }) {
  return {
    /** Adds a contact person, with their phones and emails, to an organization. */
    async add(clientId: number, input: NewContactPersonInput, actor: Actor = systemActor): Promise<ContactPerson> {
      const issues = createIssueCollector();
      const checked = checkNewContactPerson(input, '', defaultCountry, issues);
      issues.throwIfAny();
      const id = await db.transaction().execute(async (trx) => {
        const client = await selectClientForUpdate(trx, clientId);
        if (!client) throw new NotFoundError('client', clientId);
        if (client.kind !== 'organization') throw ValidationError.of('clientId', 'only an organization has contact persons');
        await touchClient(trx, clientId);
        return insertContactPersonAudited(trx, clientId, checked, actor);
      });
      return getContactPerson(id);
    },

    async update(id: number, input: ContactPersonChangesInput, actor: Actor = systemActor): Promise<ContactPerson> {
      const issues = createIssueCollector();
      const changes = checkContactPersonChanges(input, issues);
      issues.throwIfAny();
      await db.transaction().execute(async (trx) => {
        const before = await lockContactPerson(trx, id);
        const changed = describeChanges(fieldsFromRow(before), changes);
        if (Object.keys(changed).length === 0) return;
        await updateContactPerson(trx, id, toColumns(changes));
        await touchClient(trx, before.client_id);
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'contact_person', entityId: id, action: 'update', changes: changed });
      });
      return getContactPerson(id);
    },

    /** One contact person, archived or not, with their phones and emails. */
    get: getContactPerson,

    /** Someone who left: hidden from the card and from screen-pop, kept for history. */
    async archive(id: number, actor: Actor = systemActor): Promise<ContactPerson> {
      return setArchived(id, true, actor);
    },

    async restore(id: number, actor: Actor = systemActor): Promise<ContactPerson> {
      return setArchived(id, false, actor);
    },
  };

  async function setArchived(id: number, archived: boolean, actor: Actor): Promise<ContactPerson> {
    await db.transaction().execute(async (trx) => {
      const before = await lockContactPerson(trx, id);
      if ((before.archived_at !== null) === archived) return;
      await setContactPersonArchived(trx, id, archived);
      await touchClient(trx, before.client_id);
      await insertAuditEntry(trx, { userId: actor.userId, entity: 'contact_person', entityId: id, action: archived ? 'archive' : 'restore' });
    });
    return getContactPerson(id);
  }

  async function getContactPerson(id: number): Promise<ContactPerson> {
    const row = await selectContactPersonById(db, id);
    if (!row) throw new NotFoundError('contact person', id);
    const [phones, emails] = await Promise.all([selectPhonesOfClients(db, [row.client_id]), selectEmailsOfClients(db, [row.client_id])]);
    const [person] = assembleContactPersons([row], phones.map(phoneFromRow), emails.map(emailFromRow));
    return person!;
  }
}

async function lockContactPerson(trx: Transaction<Database>, id: number): Promise<ContactPersonRow> {
  const row = await selectContactPersonForUpdate(trx, id);
  if (!row) throw new NotFoundError('contact person', id);
  return row;
}

/** Inserts a checked contact person with their phones and emails, each with its audit entry. */
export async function insertContactPersonAudited(
  trx: Transaction<Database>,
  clientId: number,
  { fields, phones, emails }: CheckedContactPerson,
  actor: Actor,
): Promise<number> {
  const row = await insertContactPerson(trx, clientId, { full_name: fields.fullName, position: fields.position, birthday: fields.birthday, notes: fields.notes });
  await insertAuditEntry(trx, { userId: actor.userId, entity: 'contact_person', entityId: row.id, action: 'create', changes: { clientId, ...fields } });
  const owner = { clientId, contactPersonId: row.id };
  await insertPhonesAudited(trx, owner, phones, actor);
  await insertEmailsAudited(trx, owner, emails, actor);
  return row.id;
}

/**
 * Checks what a record (an interaction, a task) is linked to: the client and the contact person
 * exist, and the person is the client's. Returns the client the record belongs to: the one given,
 * or else the contact person's.
 */
export async function checkClientAndContactPerson(
  trx: Transaction<Database>,
  links: { readonly clientId: number | null; readonly contactPersonId: number | null },
  issues: Issues,
): Promise<number | null> {
  const { clientId, contactPersonId } = links;
  if (clientId !== null && !(await clientExists(trx, clientId))) issues.add('clientId', 'is not a known client');
  const contactClientId = contactPersonId === null ? null : await selectContactPersonClientId(trx, contactPersonId);
  if (contactClientId === undefined) issues.add('contactPersonId', 'is not a known contact person');
  if (contactClientId != null && clientId !== null && contactClientId !== clientId) issues.add('contactPersonId', 'belongs to another client');
  return clientId ?? contactClientId ?? null;
}

/** Contact persons with their own phones and emails, picked from the client's. */
export function assembleContactPersons(rows: readonly ContactPersonRow[], phones: readonly ClientPhone[], emails: readonly Email[]): ContactPerson[] {
  return rows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    ...fieldsFromRow(row),
    phones: phones.filter((phone) => phone.contactPersonId === row.id),
    emails: emails.filter((email) => email.contactPersonId === row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  }));
}

function fieldsFromRow(row: ContactPersonRow): ContactPersonFields {
  return { fullName: row.full_name, position: row.position, birthday: row.birthday, notes: row.notes };
}

function toColumns(changes: Partial<ContactPersonFields>): ContactPersonColumns {
  return { full_name: changes.fullName, position: changes.position, birthday: changes.birthday, notes: changes.notes };
}
