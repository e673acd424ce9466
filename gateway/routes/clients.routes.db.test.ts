import { beforeAll, describe, expect, it } from 'vitest';
import { createPropertyService, type PropertyDefinition } from '../../crm-core/properties/property.service.ts';
import { allPages } from '../../tests/support/all-pages.ts';
import { auditTrailOf, newUser } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn, type SignedInUser } from '../../tests/support/gateway.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import type { GatewayApp } from '../app.ts';
import type { ClientCard, ClientListItem, ClientPage } from '../schemas/clients.schemas.ts';

const database = useTestDatabase();
let app: GatewayApp;
let operator: SignedInUser;
let solvency: PropertyDefinition;

beforeAll(async () => {
  app = await buildTestApp(database.db);
  operator = await signIn(app, database.db, { role: 'operator' });
  solvency = await createPropertyService({ db: database.db }).define({ name: 'Solvency', type: 'enum', allowedValues: ['1', '2', '3', '4', '5'] });
});

function call(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, as: SignedInUser = operator) {
  return app.inject({ method, url, headers: { cookie: as.cookie }, ...(payload && { payload }) });
}

async function createClient(payload: object): Promise<ClientCard> {
  const response = await call('POST', '/api/clients', payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('creating a client and reading the card', () => {
  it('takes phones in any spelling and answers with raw, E.164 and a display form in the reader’s language', async () => {
    const created = await createClient({
      kind: 'organization',
      fullName: 'ТОВ «Світанок»',
      relationship: 'customer',
      phones: [{ number: '044 555-66-77 доб. 12', kind: 'work' }, { number: '77-98-31' }],
      emails: [{ address: 'office@svitanok.ua' }],
      contactPersons: [{ fullName: 'Зоряна Коваль', position: 'Бухгалтер', phones: [{ number: '+380 (67) 123 45 67' }] }],
      properties: [{ propertyId: solvency.id, value: '4' }],
    });
    expect(created.phones).toEqual([
      expect.objectContaining({ raw: '044 555-66-77 доб. 12', e164: '+380445556677', extension: '12', kind: 'work', display: '+380 44 555 6677 ext. 12' }),
      expect.objectContaining({ raw: '77-98-31', e164: null, kind: 'mobile', display: '77-98-31' }),
    ]);
    expect(created.contactPersons[0]).toMatchObject({ fullName: 'Зоряна Коваль', phones: [expect.objectContaining({ e164: '+380671234567' })] });
    expect(created.properties).toEqual([{ definition: expect.objectContaining({ id: solvency.id, name: 'Solvency' }), value: '4' }]);
    expect(created.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);

    const card = await call('GET', `/api/clients/${created.id}`);
    expect(card.statusCode).toBe(200);
    expect(card.json()).toEqual(created);
  });
});

describe('the client list', () => {
  const ids: Record<string, number> = {};
  let anna = 0;
  let segmentId = 0;

  beforeAll(async () => {
    anna = (await newUser(database.db, { login: 'anna-list', role: 'manager' })).id;
    const clients: [string, object][] = [
      ['petrenko', { kind: 'person', fullName: 'Lister Petrenko', relationship: 'customer', managerId: anna, region: 'Kyiv', phones: [{ number: '+380 50 123 45 67' }] }],
      ['koval', { kind: 'person', fullName: 'Lister Koval', relationship: 'prospect', region: 'Lviv', emails: [{ address: 'Olena.Koval@Example.com' }] }],
      ['agro', { kind: 'organization', fullName: 'Lister Agro', relationship: 'customer', managerId: anna, industry: 'farming', properties: [{ propertyId: solvency.id, value: '5' }] }],
      ['build', { kind: 'organization', fullName: 'Lister Build', relationship: 'customer', region: 'Kyiv', properties: [{ propertyId: solvency.id, value: '2' }] }],
      ['mills', { kind: 'organization', fullName: 'Lister Mills', relationship: 'supplier', industry: 'farming' }],
    ];
    for (const [key, payload] of clients) ids[key] = (await createClient(payload)).id;
    const supervisor = await signIn(app, database.db, { role: 'supervisor' });
    const segment = await call('POST', '/api/segments', { name: 'Kyiv customers', filter: { relationships: ['customer'], regions: ['Kyiv'] } }, supervisor);
    expect(segment.statusCode, segment.body).toBe(201);
    segmentId = segment.json().id;
  });

  const found = async (url: string) => {
    const response = await call('GET', url);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as ClientPage).items.map((client) => client.id);
  };
  const searched = async (body: object) => {
    const response = await call('POST', '/api/clients/search', body);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as ClientPage).items.map((client) => client.id);
  };

  it('finds a client by a name fragment, by a phone in another spelling or a fragment of it, and by the start of an email', async () => {
    expect(await found('/api/clients?query=PETREN')).toEqual([ids.petrenko]);
    expect(await found(`/api/clients?query=${encodeURIComponent('050 123-45-67')}`)).toEqual([ids.petrenko]);
    expect(await found('/api/clients?query=501234')).toEqual([ids.petrenko]);
    expect(await found('/api/clients?query=olena.kov')).toEqual([ids.koval]);
  });

  it('filters by relationship, manager, region, industry and segment, a repeated parameter meaning any of its values', async () => {
    expect(await found('/api/clients?query=lister&relationship=customer')).toEqual([ids.agro, ids.build, ids.petrenko]);
    expect(await found(`/api/clients?query=lister&managerId=${anna}`)).toEqual([ids.agro, ids.petrenko]);
    expect(await found('/api/clients?query=lister&region=Kyiv&region=Lviv')).toEqual([ids.build, ids.koval, ids.petrenko]);
    expect(await found('/api/clients?query=lister&industry=farming&relationship=supplier')).toEqual([ids.mills]);
    expect(await found(`/api/clients?segmentId=${segmentId}`)).toEqual([ids.build, ids.petrenko]);
  });

  it('filters by custom property values and sorts as asked through the full search', async () => {
    expect(await searched({ filter: { query: 'lister', properties: [{ propertyId: solvency.id, anyOf: ['4', '5'] }] } })).toEqual([ids.agro]);
    expect(await searched({ filter: { query: 'lister', kinds: ['organization'] }, sort: { by: 'name', direction: 'desc' } })).toEqual([ids.mills, ids.build, ids.agro]);
  });

  it('serves every client once across several pages, in order', async () => {
    const pages: ClientListItem[] = await allPages(async (cursor) => {
      const response = await call('GET', `/api/clients?query=lister&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    });
    expect(pages.map((client) => client.fullName)).toEqual(['Lister Agro', 'Lister Build', 'Lister Koval', 'Lister Mills', 'Lister Petrenko']);
    expect(pages[0]).not.toHaveProperty('notes');
  });

  it('names the bad parameter', async () => {
    const badSort = await call('GET', '/api/clients?sortBy=colour');
    expect(badSort.statusCode).toBe(400);
    expect(badSort.json().fields).toEqual([expect.objectContaining({ field: 'sortBy' })]);
    const badCursor = await call('GET', '/api/clients?cursor=not-ours');
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().fields).toEqual([{ field: 'cursor', message: 'is not a cursor this server issued' }]);
    const badProperty = await call('POST', '/api/clients/search', { filter: { properties: [{ propertyId: solvency.id, anyOf: ['9'] }] } });
    expect(badProperty.statusCode).toBe(400);
    expect(badProperty.json().fields).toEqual([{ field: 'filter.properties.0.anyOf.0', message: 'must be one of: 1, 2, 3, 4, 5' }]);
    const unknown = await call('POST', '/api/clients/search', { filter: { colour: 'red' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields).toEqual([expect.objectContaining({ field: 'filter.colour' })]);
  });
});

describe('changing, archiving and restoring a client', () => {
  it('changes only the fields given, and the audit log says who changed what', async () => {
    const created = await createClient({ kind: 'person', fullName: 'Гнат Юра', region: 'Kyiv', notes: 'Calls on Mondays' });
    const response = await call('PATCH', `/api/clients/${created.id}`, { region: null, relationship: 'customer', properties: [{ propertyId: solvency.id, value: '3' }] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ fullName: 'Гнат Юра', region: null, relationship: 'customer', notes: 'Calls on Mondays', properties: [{ value: '3' }] });
    const trail = await auditTrailOf(database.db, 'client', created.id);
    expect(trail.at(-1)).toEqual({
      action: 'update',
      userId: operator.user.id,
      changes: { region: { from: 'Kyiv', to: null }, relationship: { from: 'prospect', to: 'customer' }, 'properties.Solvency': { from: null, to: '3' } },
    });
  });

  it('keeps false, 0 and null apart: a yes/no property set to false, a number set to 0, a field cleared with null', async () => {
    const properties = createPropertyService({ db: database.db });
    const vat = await properties.define({ name: 'VAT payer', type: 'bool' });
    const debt = await properties.define({ name: 'Debt', type: 'number' });
    const created = await createClient({ kind: 'person', fullName: 'Falsy Fedir', shortName: 'Fedir', properties: [{ propertyId: vat.id, value: true }] });
    const response = await call('PATCH', `/api/clients/${created.id}`, { shortName: null, properties: [{ propertyId: vat.id, value: false }, { propertyId: debt.id, value: 0 }] });
    expect(response.json()).toMatchObject({ shortName: null, properties: [{ definition: { name: 'VAT payer' }, value: false }, { definition: { name: 'Debt' }, value: 0 }] });
  });

  it('names each bad field, from the schema and from crm-core alike, and refuses a field it does not know', async () => {
    const missing = await call('POST', '/api/clients', { kind: 'person', phones: [{ number: '12' }] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toEqual([expect.objectContaining({ field: 'fullName' })]);
    const malformed = await call('POST', '/api/clients', { kind: 'person', fullName: 'Someone', birthday: 'soon' });
    expect(malformed.json()).toMatchObject({ statusCode: 400, fields: [{ field: 'birthday', message: 'must match format "date"' }] });
    const wrong = await call('POST', '/api/clients', { kind: 'person', fullName: '  ', phones: [{ number: '12' }], contactPersons: [{ fullName: 'Assistant' }] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual([
      { field: 'fullName', message: 'is required' },
      { field: 'contactPersons', message: 'only an organization has contact persons' },
      { field: 'phones.0.number', message: 'is not a phone number: it needs at least 5 digits' },
    ]);
    const extra = await call('POST', '/api/clients', { kind: 'person', fullName: 'Somebody', password: 'x' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().fields).toEqual([expect.objectContaining({ field: 'password' })]);
    const unknownManager = await call('PATCH', `/api/clients/${(await createClient({ kind: 'person', fullName: 'Managed' })).id}`, { managerId: 999_999 });
    expect(unknownManager.json()).toMatchObject({ statusCode: 400, fields: [{ field: 'managerId', message: 'is not an active user' }] });
  });

  it('archives a client out of lists and the card, and restores it; nothing is deleted', async () => {
    const created = await createClient({ kind: 'person', fullName: 'Archivable Anton' });
    const archived = await call('POST', `/api/clients/${created.id}/archive`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    expect(await found('/api/clients?query=archivable')).toEqual([]);
    expect(await found('/api/clients?query=archivable&archived=only')).toEqual([created.id]);
    expect((await call('GET', `/api/clients/${created.id}`)).statusCode).toBe(404);
    expect((await call('GET', `/api/clients/${created.id}?includeArchived=true`)).json()).toMatchObject({ id: created.id, archivedAt: expect.any(String) });

    const restored = await call('POST', `/api/clients/${created.id}/restore`);
    expect(restored.json().archivedAt).toBeNull();
    expect(await found('/api/clients?query=archivable')).toEqual([created.id]);
    expect((await auditTrailOf(database.db, 'client', created.id)).map((entry) => entry.action)).toEqual(['create', 'archive', 'restore']);
  });

  async function found(url: string) {
    return ((await call('GET', url)).json() as ClientPage).items.map((client) => client.id);
  }

  it('answers 404 for a client that does not exist, and 401 without a session', async () => {
    expect((await call('GET', '/api/clients/999999')).json()).toMatchObject({ statusCode: 404, message: 'client 999999 not found' });
    expect((await call('PATCH', '/api/clients/999999', { notes: 'x' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/clients' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/clients', payload: { kind: 'person', fullName: 'Anonymous' } })).statusCode).toBe(401);
  });
});

it('documents the CRM routes at /api/docs, each with its answers', async () => {
  const paths = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json().paths;
  for (const path of ['/api/clients', '/api/clients/{id}', '/api/clients/search', '/api/contact-persons/{id}', '/api/phones/{id}', '/api/properties', '/api/segments', '/api/interactions', '/api/deals', '/api/users']) {
    expect(paths, path).toHaveProperty([path]);
  }
  expect(Object.keys(paths['/api/clients/{id}'].patch.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404']));
});
