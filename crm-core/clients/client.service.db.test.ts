import { beforeAll, describe, expect, it } from 'vitest';
import { auditTrailOf, issuesByField, newUser } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { createPropertyService, type PropertyDefinition } from '../properties/property.service.ts';
import type { Actor } from '../shared/actor.ts';
import { createClientService, type ClientService, type NewClientInput } from './client.service.ts';

const database = useTestDatabase();
let clients: ClientService;
let operator: Actor;
let managerId: number;
let inactiveUserId: number;
let solvency: PropertyDefinition;
let founded: PropertyDefinition;

beforeAll(async () => {
  clients = createClientService({ db: database.db, defaultCountry: 'UA' });
  operator = { userId: (await newUser(database.db, { login: 'operator', role: 'operator' })).id, role: 'operator' };
  managerId = (await newUser(database.db, { login: 'manager', role: 'manager' })).id;
  inactiveUserId = (await newUser(database.db, { login: 'departed', role: 'manager', active: false })).id;
  const properties = createPropertyService({ db: database.db });
  solvency = await properties.define({ name: 'Solvency', type: 'enum', allowedValues: ['1', '2', '3', '4', '5'], showInPop: true });
  founded = await properties.define({ name: 'Founded', type: 'date' });
});

const everything = (): NewClientInput => ({
  kind: 'organization',
  fullName: '  ТОВ «Зерно-Агро»  ',
  shortName: 'Зерно-Агро',
  relationship: 'customer',
  managerId,
  region: 'Київська область',
  industry: 'Agriculture',
  adSource: 'Exhibition',
  birthday: '1998-04-17',
  notes: 'Calls before noon',
  phones: [{ number: '(044) 234-56-78', kind: 'work' }, { number: '12-34-56' }],
  emails: [{ address: 'Office@Zerno-Agro.ua' }],
  contactPersons: [
    {
      fullName: 'Мар’яна Коваль',
      position: 'Chief accountant',
      phones: [{ number: '+380 67 123 4567', kind: 'mobile' }],
      emails: [{ address: 'm.koval@zerno-agro.ua', kind: 'work' }],
    },
  ],
  properties: [
    { propertyId: solvency.id, value: 4 },
    { propertyId: founded.id, value: '1998-04-17' },
  ],
});

describe('creating a client', () => {
  it('stores the client with phones, emails, contact persons and property values, and reads them back as a card', async () => {
    const card = await clients.create(everything(), operator);

    expect(card).toMatchObject({
      kind: 'organization',
      fullName: 'ТОВ «Зерно-Агро»',
      shortName: 'Зерно-Агро',
      relationship: 'customer',
      managerId,
      region: 'Київська область',
      birthday: '1998-04-17',
      archivedAt: null,
    });
    expect(card.phones.map((phone) => [phone.raw, phone.e164, phone.kind])).toEqual([
      ['(044) 234-56-78', '+380442345678', 'work'],
      // Unreadable, but kept as typed.
      ['12-34-56', null, 'mobile'],
    ]);
    expect(card.emails.map((email) => email.address)).toEqual(['Office@Zerno-Agro.ua']);
    expect(card.contactPersons).toHaveLength(1);
    expect(card.contactPersons[0]).toMatchObject({ fullName: 'Мар’яна Коваль', position: 'Chief accountant', clientId: card.id });
    expect(card.contactPersons[0]?.phones.map((phone) => phone.e164)).toEqual(['+380671234567']);
    expect(card.contactPersons[0]?.emails.map((email) => email.address)).toEqual(['m.koval@zerno-agro.ua']);
    expect(card.properties.map(({ definition, value }) => [definition.name, value])).toEqual([
      ['Solvency', '4'],
      ['Founded', '1998-04-17'],
    ]);
    expect(await clients.getCard(card.id)).toEqual(card);
  });

  it('writes an audit entry for the client and for each phone, email and contact person, by the actor', async () => {
    const card = await clients.create(everything(), operator);
    const person = card.contactPersons[0]!;

    expect(await auditTrailOf(database.db, 'client', card.id)).toEqual([
      { action: 'create', userId: operator.userId, changes: expect.objectContaining({ fullName: 'ТОВ «Зерно-Агро»', 'properties.Solvency': '4' }) },
    ]);
    expect(await auditTrailOf(database.db, 'contact_person', person.id)).toEqual([
      { action: 'create', userId: operator.userId, changes: expect.objectContaining({ clientId: card.id, fullName: 'Мар’яна Коваль' }) },
    ]);
    for (const phone of [...card.phones, ...person.phones]) {
      expect(await auditTrailOf(database.db, 'phone', phone.id)).toEqual([
        { action: 'create', userId: operator.userId, changes: expect.objectContaining({ raw: phone.raw, contactPersonId: phone.contactPersonId }) },
      ]);
    }
    for (const email of [...card.emails, ...person.emails]) {
      expect(await auditTrailOf(database.db, 'email', email.id)).toEqual([{ action: 'create', userId: operator.userId, changes: expect.objectContaining({ address: email.address }) }]);
    }
  });

  it('names every field that is wrong, all at once, and stores nothing', async () => {
    const before = await database.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    const issues = await issuesByField(
      clients.create({
        ...everything(),
        kind: 'company' as never,
        fullName: '   ',
        managerId: 999_999,
        birthday: '2024-02-30',
        phones: [{ number: '12-3' }, { number: '+380 44 234 5678', kind: 'pager' as never }],
        emails: [{ address: 'office@zerno' }],
        contactPersons: [{ fullName: '', emails: [{ address: 'not an address' }] }],
        properties: [
          { propertyId: solvency.id, value: 7 },
          { propertyId: founded.id, value: '17.04.1998' },
          { propertyId: 999_999, value: 'x' },
        ],
      }),
    );

    expect(issues).toEqual({
      kind: 'must be one of: organization, person',
      fullName: 'is required',
      managerId: 'is not an active user',
      birthday: 'must be a date as YYYY-MM-DD',
      'phones.0.number': 'is not a phone number: it needs at least 5 digits',
      'phones.1.kind': 'must be one of: mobile, work, home, fax',
      'emails.0.address': 'is not an email address',
      'contactPersons.0.fullName': 'is required',
      'contactPersons.0.emails.0.address': 'is not an email address',
      'properties.0.value': 'must be one of: 1, 2, 3, 4, 5',
      'properties.1.value': 'must be a date as YYYY-MM-DD',
      'properties.2.propertyId': 'is not a defined property',
    });
    const after = await database.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(after.count).toBe(before.count);
  });

  it('refuses an inactive manager, contact persons for a person, and a phone listed twice', async () => {
    const issues = await issuesByField(
      clients.create({
        kind: 'person',
        fullName: 'Петренко Іван',
        managerId: inactiveUserId,
        phones: [{ number: '050 123 45 67' }, { number: '+380501234567' }],
        contactPersons: [{ fullName: 'Someone' }],
      }),
    );
    expect(issues).toEqual({
      managerId: 'is not an active user',
      'phones.1.number': 'is listed twice',
      contactPersons: 'only an organization has contact persons',
    });
  });
});

describe('updating a client', () => {
  it('changes only the given fields and audits the diff, including property values', async () => {
    const { id } = await clients.create({ kind: 'person', fullName: 'Петренко Іван', region: 'Львів', properties: [{ propertyId: solvency.id, value: '2' }] });

    const card = await clients.update(
      id,
      { fullName: 'Петренко Іван Петрович', region: null, relationship: 'partner', notes: 'VIP', properties: [{ propertyId: solvency.id, value: '5' }] },
      operator,
    );

    expect(card).toMatchObject({ fullName: 'Петренко Іван Петрович', region: null, relationship: 'partner', notes: 'VIP', kind: 'person' });
    expect(card.properties.map(({ value }) => value)).toEqual(['5']);
    const [, update] = await auditTrailOf(database.db, 'client', id);
    expect(update).toEqual({
      action: 'update',
      userId: operator.userId,
      changes: {
        fullName: { from: 'Петренко Іван', to: 'Петренко Іван Петрович' },
        region: { from: 'Львів', to: null },
        relationship: { from: 'prospect', to: 'partner' },
        notes: { from: '', to: 'VIP' },
        'properties.Solvency': { from: '2', to: '5' },
      },
    });
  });

  it('finds the client by its new name after a rename', async () => {
    const { id } = await clients.create({ kind: 'person', fullName: 'Сидоренко Ганна' });
    await clients.update(id, { fullName: 'Гнатюк Ганна' });
    const found = await clients.search('гнатюк');
    expect(found.items.map((client) => client.id)).toEqual([id]);
    expect((await clients.search('сидоренко')).items).toEqual([]);
  });

  it('writes nothing for an update that changes nothing', async () => {
    const { id } = await clients.create({ kind: 'person', fullName: 'Same Name', properties: [{ propertyId: solvency.id, value: 3 }] });
    await clients.update(id, { fullName: 'Same Name', properties: [{ propertyId: solvency.id, value: '3' }] }, operator);
    expect((await auditTrailOf(database.db, 'client', id)).map((entry) => entry.action)).toEqual(['create']);
  });

  it('clears a property value with null', async () => {
    const { id } = await clients.create({ kind: 'person', fullName: 'Clear Me', properties: [{ propertyId: founded.id, value: '2001-01-01' }] });
    const card = await clients.update(id, { properties: [{ propertyId: founded.id, value: null }] });
    expect(card.properties).toEqual([]);
    expect((await auditTrailOf(database.db, 'client', id))[1]?.changes).toEqual({ 'properties.Founded': { from: '2001-01-01', to: null } });
  });

  it('names the wrong fields of a failed update and leaves the client and its audit trail as they were', async () => {
    const created = await clients.create({ kind: 'person', fullName: 'Unchanged', managerId });
    const issues = await issuesByField(clients.update(created.id, { fullName: '', managerId: 999_999, birthday: 'yesterday' }, operator));
    expect(issues).toEqual({ fullName: 'is required', managerId: 'is not an active user', birthday: 'must be a date as YYYY-MM-DD' });
    expect(await clients.getCard(created.id)).toEqual(created);
    expect(await auditTrailOf(database.db, 'client', created.id)).toHaveLength(1);
  });

  it('rolls the change back when its audit entry cannot be written', async () => {
    const created = await clients.create({ kind: 'person', fullName: 'Kept As Is' });
    const unknownActor: Actor = { userId: 999_999 };
    await expect(clients.update(created.id, { fullName: 'Changed' }, unknownActor)).rejects.toThrow();
    expect(await clients.getCard(created.id)).toEqual(created);
    expect(await auditTrailOf(database.db, 'client', created.id)).toHaveLength(1);
  });

  it('keeps an organization with contact persons from becoming a person', async () => {
    const { id } = await clients.create({ kind: 'organization', fullName: 'Org With People', contactPersons: [{ fullName: 'Олег' }] });
    expect(await issuesByField(clients.update(id, { kind: 'person' }))).toEqual({
      kind: 'an organization with contact persons cannot become a person; archive them first',
    });
  });
});

describe('archiving a client', () => {
  it('hides the client from lists and search until restored, and audits both', async () => {
    const { id } = await clients.create({ kind: 'person', fullName: 'Archivable Client', phones: [{ number: '+380 93 765 4321' }] });
    const listed = async () => (await clients.list({ filter: { query: 'archivable' } })).items.map((client) => client.id);

    const archived = await clients.archive(id, operator);
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(await listed()).toEqual([]);
    expect((await clients.search('0937654321')).items).toEqual([]);
    expect((await clients.search('archivable', { archived: 'include' })).items.map((client) => client.id)).toEqual([id]);
    expect((await clients.list({ filter: { query: 'archivable' }, archived: 'only' })).items.map((client) => client.id)).toEqual([id]);
    expect((await clients.getCard(id)).archivedAt).not.toBeNull();
    expect((await clients.list({ archived: 'include', limit: 200 })).items.map((client) => client.id)).toContain(id);

    const restored = await clients.restore(id, operator);
    expect(restored.archivedAt).toBeNull();
    expect(await listed()).toEqual([id]);
    expect((await auditTrailOf(database.db, 'client', id)).map((entry) => entry.action)).toEqual(['create', 'archive', 'restore']);
  });

  it('writes no audit entry for archiving an archived client again', async () => {
    const { id } = await clients.create({ kind: 'person', fullName: 'Twice Archived' });
    await clients.archive(id);
    await clients.archive(id);
    expect((await auditTrailOf(database.db, 'client', id)).map((entry) => entry.action)).toEqual(['create', 'archive']);
  });
});
