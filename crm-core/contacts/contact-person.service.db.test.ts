import { beforeAll, describe, expect, it } from 'vitest';
import { auditTrailOf, issuesByField, newUser } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { createClientService, type ClientService } from '../clients/client.service.ts';
import type { Actor } from '../shared/actor.ts';
import { NotFoundError } from '../shared/validation-error.ts';
import { createContactDetailsService, type ContactDetailsService } from './contact-details.service.ts';
import { createContactPersonService, type ContactPersonService } from './contact-person.service.ts';

const database = useTestDatabase();
let clients: ClientService;
let contactPersons: ContactPersonService;
let contactDetails: ContactDetailsService;
let operator: Actor;

async function newOrganization(fullName = 'ТОВ «Світанок»'): Promise<number> {
  return (await clients.create({ kind: 'organization', fullName })).id;
}

beforeAll(async () => {
  const dependencies = { db: database.db, defaultCountry: 'UA' as const };
  clients = createClientService(dependencies);
  contactPersons = createContactPersonService(dependencies);
  contactDetails = createContactDetailsService(dependencies);
  const user = await newUser(database.db, { login: 'operator', displayName: 'Operator', role: 'operator' });
  operator = { userId: user.id };
});

describe('contact persons', () => {
  it('adds a contact person with phones and emails to an organization, audited, and shows them on the card', async () => {
    const clientId = await newOrganization();
    const person = await contactPersons.add(
      clientId,
      { fullName: 'Євген Ткачук', position: 'Director', birthday: '1975-09-01', phones: [{ number: '067 765 43 21' }], emails: [{ address: 'director@svitanok.ua' }] },
      operator,
    );

    expect(person).toMatchObject({ clientId, fullName: 'Євген Ткачук', position: 'Director', birthday: '1975-09-01', archivedAt: null });
    expect(person.phones.map((phone) => phone.e164)).toEqual(['+380677654321']);
    expect((await clients.getCard(clientId)).contactPersons).toEqual([person]);
    expect(await auditTrailOf(database.db, 'contact_person', person.id)).toEqual([
      { action: 'create', userId: operator.userId, changes: { clientId, fullName: 'Євген Ткачук', position: 'Director', birthday: '1975-09-01', notes: '' } },
    ]);
    expect(await auditTrailOf(database.db, 'phone', person.phones[0]!.id)).toHaveLength(1);
    expect(await auditTrailOf(database.db, 'email', person.emails[0]!.id)).toHaveLength(1);
  });

  it('refuses a contact person for a private person or an unknown client, and names wrong fields', async () => {
    const { id: personId } = await clients.create({ kind: 'person', fullName: 'Приватна Особа' });
    expect(await issuesByField(contactPersons.add(personId, { fullName: 'Someone' }))).toEqual({ clientId: 'only an organization has contact persons' });
    await expect(contactPersons.add(999_999, { fullName: 'Someone' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await issuesByField(contactPersons.add(await newOrganization(), { fullName: '', birthday: '1975-13-01', phones: [{ number: '1-2' }] }))).toEqual({
      fullName: 'is required',
      birthday: 'must be a date as YYYY-MM-DD',
      'phones.0.number': 'is not a phone number: it needs at least 5 digits',
    });
  });

  it('updates the given fields and audits the diff; a failed update changes nothing', async () => {
    const person = await contactPersons.add(await newOrganization(), { fullName: 'Ольга', position: 'Accountant' });
    const updated = await contactPersons.update(person.id, { position: 'Chief accountant', notes: 'Prefers email' }, operator);
    expect(updated).toMatchObject({ fullName: 'Ольга', position: 'Chief accountant', notes: 'Prefers email' });

    expect(await issuesByField(contactPersons.update(person.id, { fullName: ' ', position: 'x'.repeat(201) }, operator))).toEqual({
      fullName: 'is required',
      position: 'must be at most 200 characters',
    });
    const trail = await auditTrailOf(database.db, 'contact_person', person.id);
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(trail[1]?.changes).toEqual({ position: { from: 'Accountant', to: 'Chief accountant' }, notes: { from: '', to: 'Prefers email' } });
  });

  it('archives a contact person off the card and restores them, audited', async () => {
    const clientId = await newOrganization();
    const person = await contactPersons.add(clientId, { fullName: 'Тимчасовий' });
    expect((await contactPersons.archive(person.id, operator)).archivedAt).toBeInstanceOf(Date);
    expect((await clients.getCard(clientId)).contactPersons).toEqual([]);
    await contactPersons.restore(person.id, operator);
    expect((await clients.getCard(clientId)).contactPersons.map((shown) => shown.id)).toEqual([person.id]);
    expect((await auditTrailOf(database.db, 'contact_person', person.id)).map((entry) => entry.action)).toEqual(['create', 'archive', 'restore']);
  });
});

describe('phones and emails', () => {
  it('adds a phone to a client, keeps an unreadable one as typed, and touches the card', async () => {
    const clientId = await newOrganization('Touched Phone Co');
    await newOrganization('Touched Later Co');
    const phone = await contactDetails.addPhone({ clientId }, { number: '+380 44 555 66 77 ext. 12', kind: 'work' }, operator);
    const unreadable = await contactDetails.addPhone({ clientId }, { number: '55-66-77' });

    expect(phone).toMatchObject({ clientId, contactPersonId: null, e164: '+380445556677', extension: '12', kind: 'work' });
    expect(unreadable).toMatchObject({ raw: '55-66-77', e164: null, kind: 'mobile' });
    expect((await clients.getCard(clientId)).phones).toEqual([phone, unreadable]);
    const lastUpdated = await clients.list({ filter: { query: 'touched' }, sort: { by: 'updated', direction: 'desc' } });
    expect(lastUpdated.items.map((client) => client.id)[0]).toBe(clientId);
    expect(await auditTrailOf(database.db, 'phone', phone.id)).toEqual([
      { action: 'create', userId: operator.userId, changes: { clientId, contactPersonId: null, raw: '+380 44 555 66 77 ext. 12', e164: '+380445556677', extension: '12', kind: 'work' } },
    ]);
  });

  it('removes a phone, keeping what it was in the audit log', async () => {
    const clientId = await newOrganization();
    const phone = await contactDetails.addPhone({ clientId }, { number: '050 111 22 33' });
    await contactDetails.removePhone(phone.id, operator);

    expect((await clients.getCard(clientId)).phones).toEqual([]);
    const trail = await auditTrailOf(database.db, 'phone', phone.id);
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'delete']);
    expect(trail[1]).toEqual({ action: 'delete', userId: operator.userId, changes: expect.objectContaining({ raw: '050 111 22 33', e164: '+380501112233' }) });
    await expect(contactDetails.removePhone(phone.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('adds and removes the email of a contact person', async () => {
    const clientId = await newOrganization();
    const person = await contactPersons.add(clientId, { fullName: 'Зоряна' });
    const email = await contactDetails.addEmail({ clientId, contactPersonId: person.id }, { address: 'zoriana@svitanok.ua', kind: 'personal' }, operator);

    expect((await clients.getCard(clientId)).contactPersons[0]?.emails).toEqual([email]);
    await contactDetails.removeEmail(email.id, operator);
    expect((await clients.getCard(clientId)).contactPersons[0]?.emails).toEqual([]);
    expect((await auditTrailOf(database.db, 'email', email.id)).map((entry) => entry.action)).toEqual(['create', 'delete']);
  });

  it('names a wrong address or number, and refuses a contact person of another client', async () => {
    const clientId = await newOrganization();
    const otherPerson = await contactPersons.add(await newOrganization('Інша фірма'), { fullName: 'Чужий' });
    expect(await issuesByField(contactDetails.addEmail({ clientId }, { address: 'zoriana at svitanok' }))).toEqual({ address: 'is not an email address' });
    expect(await issuesByField(contactDetails.addPhone({ clientId }, { number: '112', kind: 'pager' as never }))).toEqual({
      number: 'is not a phone number: it needs at least 5 digits',
      kind: 'must be one of: mobile, work, home, fax',
    });
    expect(await issuesByField(contactDetails.addPhone({ clientId, contactPersonId: otherPerson.id }, { number: '050 111 22 33' }))).toEqual({
      contactPersonId: 'is not a current contact person of this client',
    });
    expect((await clients.getCard(clientId)).phones).toEqual([]);
  });
});
