/**
 * Adding and removing the phones and email addresses of a client or of its contact persons. Each
 * change is one audit entry, written in the same transaction. A removed phone or address is
 * deleted: the audit entry keeps what it was.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database, EmailRow, PhoneRow } from '../../db/schema.ts';
import { auditedValues, insertAuditEntry } from '../audit/audit.repository.ts';
import { selectClientForUpdate, touchClient } from '../clients/client.repository.ts';
import { deleteEmail, insertEmail, selectEmailForUpdate } from '../emails/email.repository.ts';
import type { CountryCode } from '../phones/phone-number.ts';
import { linkUnlinkedCallsToClient } from '../interactions/interaction-linking.ts';
import { deletePhone, insertPhone, selectPhoneById, selectPhoneForUpdate } from '../phones/phone.repository.ts';
import { systemActor, type Actor } from '../shared/actor.ts';
import { createIssueCollector, NotFoundError, ValidationError } from '../shared/validation-error.ts';
import {
  checkEmailInput,
  checkPhoneInput,
  type CheckedEmail,
  type CheckedPhone,
  type ClientPhone,
  type Email,
  type EmailInput,
  type PhoneInput,
} from './contact-details.ts';
import { selectContactPersonForUpdate } from './contact-person.repository.ts';

export type { ClientPhone, Email, EmailInput, PhoneInput } from './contact-details.ts';

/** Whose phone or address it is: the client's own, or one of its contact persons'. */
export interface ContactOwner {
  readonly clientId: number;
  readonly contactPersonId?: number | null;
}

export type ContactDetailsService = ReturnType<typeof createContactDetailsService>;

export function createContactDetailsService({ db, defaultCountry }: { db: Kysely<Database>; defaultCountry: CountryCode }) {
  return {
    async addPhone(owner: ContactOwner, input: PhoneInput, actor: Actor = systemActor): Promise<ClientPhone> {
      const issues = createIssueCollector();
      const phone = checkPhoneInput(input, '', defaultCountry, issues);
      issues.throwIfAny();
      return db.transaction().execute(async (trx) => {
        const [added] = await insertPhonesAudited(trx, await lockOwner(trx, owner), [phone], actor);
        return added!;
      });
    },

    async getPhone(phoneId: number): Promise<ClientPhone> {
      const row = await selectPhoneById(db, phoneId);
      if (!row) throw new NotFoundError('phone', phoneId);
      return phoneFromRow(row);
    },

    async removePhone(phoneId: number, actor: Actor = systemActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await selectPhoneForUpdate(trx, phoneId);
        if (!row) throw new NotFoundError('phone', phoneId);
        await deletePhone(trx, phoneId);
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'phone', entityId: phoneId, action: 'delete', changes: auditedValues(phoneFromRow(row)) });
        await touchClient(trx, row.client_id);
      });
    },

    async addEmail(owner: ContactOwner, input: EmailInput, actor: Actor = systemActor): Promise<Email> {
      const issues = createIssueCollector();
      const email = checkEmailInput(input, '', issues);
      issues.throwIfAny();
      return db.transaction().execute(async (trx) => {
        const [added] = await insertEmailsAudited(trx, await lockOwner(trx, owner), [email], actor);
        return added!;
      });
    },

    async removeEmail(emailId: number, actor: Actor = systemActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await selectEmailForUpdate(trx, emailId);
        if (!row) throw new NotFoundError('email', emailId);
        await deleteEmail(trx, emailId);
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'email', entityId: emailId, action: 'delete', changes: auditedValues(emailFromRow(row)) });
        await touchClient(trx, row.client_id);
      });
    },
  };
}

interface LockedOwner {
  readonly clientId: number;
  readonly contactPersonId: number | null;
}

/** The client (and contact person) exist and the person is the client's; the card's time is touched. */
async function lockOwner(trx: Transaction<Database>, owner: ContactOwner): Promise<LockedOwner> {
  const client = await selectClientForUpdate(trx, owner.clientId);
  if (!client) throw new NotFoundError('client', owner.clientId);
  const contactPersonId = owner.contactPersonId ?? null;
  if (contactPersonId !== null) {
    const person = await selectContactPersonForUpdate(trx, contactPersonId);
    if (!person || person.client_id !== client.id || person.archived_at !== null) {
      throw ValidationError.of('contactPersonId', 'is not a current contact person of this client');
    }
  }
  await touchClient(trx, client.id);
  return { clientId: client.id, contactPersonId };
}

export async function insertPhonesAudited(
  trx: Transaction<Database>,
  owner: LockedOwner,
  phones: readonly CheckedPhone[],
  actor: Actor,
): Promise<ClientPhone[]> {
  const added: ClientPhone[] = [];
  for (const { parsed, kind } of phones) {
    const id = await insertPhone(trx, { clientId: owner.clientId, contactPersonId: owner.contactPersonId, parsed, kind });
    const phone: ClientPhone = { id, ...owner, raw: parsed.raw, e164: parsed.e164, extension: parsed.extension, kind };
    await insertAuditEntry(trx, { userId: actor.userId, entity: 'phone', entityId: id, action: 'create', changes: auditedValues(phone) });
    added.push(phone);
  }
  const numbers = added.flatMap((phone) => (phone.e164 === null ? [] : [phone.e164]));
  await linkUnlinkedCallsToClient(trx, owner.clientId, numbers, actor);
  return added;
}

export async function insertEmailsAudited(
  trx: Transaction<Database>,
  owner: LockedOwner,
  emails: readonly CheckedEmail[],
  actor: Actor,
): Promise<Email[]> {
  const added: Email[] = [];
  for (const { address, kind } of emails) {
    const id = await insertEmail(trx, { ...owner, address, kind });
    const email: Email = { id, ...owner, address, kind };
    await insertAuditEntry(trx, { userId: actor.userId, entity: 'email', entityId: id, action: 'create', changes: auditedValues(email) });
    added.push(email);
  }
  return added;
}

export function phoneFromRow(row: PhoneRow): ClientPhone {
  return {
    id: row.id,
    clientId: row.client_id,
    contactPersonId: row.contact_person_id,
    raw: row.raw,
    e164: row.e164,
    extension: row.extension,
    kind: row.kind,
  };
}

export function emailFromRow(row: EmailRow): Email {
  return { id: row.id, clientId: row.client_id, contactPersonId: row.contact_person_id, address: row.address, kind: row.kind };
}
