import { beforeAll, describe, expect, it } from 'vitest';
import { issuesByField, newUser } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { createPropertyService, type PropertyDefinition } from '../properties/property.service.ts';
import { createSegmentService, type SegmentService } from '../segments/segment.service.ts';
import type { ClientSort } from './client-filter.ts';
import { createClientService, type Client, type ClientFilter, type ClientService, type NewClientInput } from './client.service.ts';
import { clientSearchText } from './search-text.ts';

const database = useTestDatabase();
let clients: ClientService;
let segments: SegmentService;
let solvency: PropertyDefinition;
let turnover: PropertyDefinition;
let contractSigned: PropertyDefinition;
let vat: PropertyDefinition;
const managers = { anna: 0, boris: 0 };

const names = (page: { items: readonly Client[] }) => page.items.map((client) => client.fullName);

beforeAll(async () => {
  clients = createClientService({ db: database.db, defaultCountry: 'UA' });
  segments = createSegmentService({ db: database.db, defaultCountry: 'UA' });
  const properties = createPropertyService({ db: database.db });
  solvency = await properties.define({ name: 'Solvency', type: 'enum', allowedValues: ['1', '2', '3', '4', '5'] });
  turnover = await properties.define({ name: 'Turnover', type: 'number' });
  contractSigned = await properties.define({ name: 'Contract signed', type: 'date' });
  vat = await properties.define({ name: 'VAT payer', type: 'bool' });
  managers.anna = (await newUser(database.db, { login: 'anna', role: 'manager' })).id;
  managers.boris = (await newUser(database.db, { login: 'boris', role: 'manager' })).id;
});

describe('search', () => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const people: [string, NewClientInput][] = [
      ['petrenko', { kind: 'person', fullName: 'Петренко Ігор', phones: [{ number: '+380 50 123 45 67' }] }],
      ['yevheniia', { kind: 'person', fullName: 'Гуцуляк Євгенія', emails: [{ address: 'Olena.Koval@Example.com' }] }],
      ['mariana', { kind: 'person', fullName: 'Мар’яна Дзюба', phones: [{ number: '77-98-31 (old exchange)' }] }],
      ['yizhak', { kind: 'organization', fullName: 'Їжакевич і партнери', shortName: 'ЇЖАК' }],
      ['percent', { kind: 'organization', fullName: '100% Natural' }],
      ['thousand', { kind: 'organization', fullName: '1000 Natural' }],
      ['underscore', { kind: 'organization', fullName: 'Under_score Ltd' }],
      ['underline', { kind: 'organization', fullName: 'Underxscore Ltd' }],
      [
        'withContact',
        { kind: 'organization', fullName: 'Агро Плюс', contactPersons: [{ fullName: 'Сергій', emails: [{ address: 'serhii@agroplus.ua' }] }] },
      ],
    ];
    for (const [key, input] of people) ids[key] = (await clients.create(input)).id;
  });

  const found = async (query: string) => (await clients.search(query)).items.map((client) => client.id);

  it('finds a name by a fragment in any case, Cyrillic included', async () => {
    expect(await found('ПЕТР')).toEqual([ids.petrenko]);
    expect(await found('петренко')).toEqual([ids.petrenko]);
    expect(await found('ЄВГЕН')).toEqual([ids.yevheniia]);
    expect(await found('ЇЖАКЕВ')).toEqual([ids.yizhak]);
    expect(await found('ігор петр')).toEqual([ids.petrenko]);
  });

  it('finds a name with an apostrophe however the apostrophe is typed', async () => {
    expect(await found("мар'ян")).toEqual([ids.mariana]);
    expect(await found('МАРʼЯНА')).toEqual([ids.mariana]);
  });

  it('finds by short name', async () => {
    expect(await found('їжак')).toEqual([ids.yizhak]);
  });

  it('takes % and _ literally', async () => {
    expect(await found('100%')).toEqual([ids.percent]);
    expect(await found('under_')).toEqual([ids.underscore]);
  });

  it('finds a client by a whole phone number in any spelling, or by a fragment of it', async () => {
    expect(await found('050 123 45 67')).toEqual([ids.petrenko]);
    expect(await found('+380501234567')).toEqual([ids.petrenko]);
    expect(await found('45-67')).toEqual([ids.petrenko]);
    expect(await found('3805012')).toEqual([ids.petrenko]);
  });

  it('finds a phone kept unreadable by a fragment of its digits', async () => {
    expect(await found('98-31')).toEqual([ids.mariana]);
  });

  it('finds a client by the start of an email address, its contact persons’ included', async () => {
    expect(await found('olena.koval')).toEqual([ids.yevheniia]);
    expect(await found('OLENA.KOVAL@EXAMPLE.COM')).toEqual([ids.yevheniia]);
    expect(await found('serhii@')).toEqual([ids.withContact]);
  });

  it('finds nothing for what no client has', async () => {
    expect(await found('Шевченко')).toEqual([]);
    expect(await found('999 888')).toEqual([]);
  });

  it('refuses a blank query', async () => {
    expect(await issuesByField(clients.search('   '))).toEqual({ query: 'is required' });
  });
});

describe('filters', () => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const filterClients: [string, NewClientInput][] = [
      ['kyivCustomer', {
        kind: 'organization', fullName: 'Filterco Kyiv Customer', relationship: 'customer', managerId: managers.anna, region: 'Kyiv', industry: 'Retail',
        properties: [{ propertyId: solvency.id, value: 5 }, { propertyId: turnover.id, value: 1500.5 }, { propertyId: contractSigned.id, value: '2024-03-01' }, { propertyId: vat.id, value: true }],
      }],
      ['kyivProspect', {
        kind: 'person', fullName: 'Filterco Kyiv Prospect', relationship: 'prospect', managerId: managers.boris, region: 'Kyiv', industry: 'Farming',
        properties: [{ propertyId: solvency.id, value: 2 }, { propertyId: turnover.id, value: 90 }, { propertyId: contractSigned.id, value: '2023-12-31' }, { propertyId: vat.id, value: false }],
      }],
      ['lvivSupplier', {
        kind: 'organization', fullName: 'Filterco Lviv Supplier', relationship: 'supplier', managerId: managers.anna, region: 'Lviv', industry: 'Farming',
        properties: [{ propertyId: solvency.id, value: 4 }, { propertyId: turnover.id, value: 10000 }],
      }],
      ['unmanaged', { kind: 'person', fullName: 'Filterco Unmanaged Partner', relationship: 'partner', region: 'Odesa' }],
    ];
    for (const [key, input] of filterClients) ids[key] = (await clients.create(input)).id;
  });

  const matching = async (filter: ClientFilter) =>
    (await clients.list({ filter: { query: 'filterco', ...filter } })).items.map((client) => client.id).sort((a, b) => a - b);
  const idsOf = (...keys: string[]) => keys.map((key) => ids[key]!).sort((a, b) => a - b);

  it('filters by kind, relationship, manager, region and industry, each any of a list', async () => {
    expect(await matching({ kinds: ['person'] })).toEqual(idsOf('kyivProspect', 'unmanaged'));
    expect(await matching({ relationships: ['customer', 'supplier'] })).toEqual(idsOf('kyivCustomer', 'lvivSupplier'));
    expect(await matching({ managerIds: [managers.anna] })).toEqual(idsOf('kyivCustomer', 'lvivSupplier'));
    expect(await matching({ regions: ['Kyiv'] })).toEqual(idsOf('kyivCustomer', 'kyivProspect'));
    expect(await matching({ industries: ['Farming'] })).toEqual(idsOf('kyivProspect', 'lvivSupplier'));
    expect(await matching({})).toEqual(idsOf('kyivCustomer', 'kyivProspect', 'lvivSupplier', 'unmanaged'));
  });

  it('combines filters: every one must match', async () => {
    expect(await matching({ regions: ['Kyiv'], industries: ['Farming'] })).toEqual(idsOf('kyivProspect'));
    expect(await matching({ managerIds: [managers.boris], relationships: ['customer'] })).toEqual([]);
  });

  it('filters by property values: enum choices, number and date ranges, booleans', async () => {
    expect(await matching({ properties: [{ propertyId: solvency.id, anyOf: [4, '5'] }] })).toEqual(idsOf('kyivCustomer', 'lvivSupplier'));
    expect(await matching({ properties: [{ propertyId: turnover.id, min: 100 }] })).toEqual(idsOf('kyivCustomer', 'lvivSupplier'));
    // Numerically, not as text: '90' > '1500.5' as text.
    expect(await matching({ properties: [{ propertyId: turnover.id, min: 50, max: 2000 }] })).toEqual(idsOf('kyivCustomer', 'kyivProspect'));
    expect(await matching({ properties: [{ propertyId: contractSigned.id, min: '2024-01-01' }] })).toEqual(idsOf('kyivCustomer'));
    expect(await matching({ properties: [{ propertyId: contractSigned.id, max: '2024-03-01' }] })).toEqual(idsOf('kyivCustomer', 'kyivProspect'));
    expect(await matching({ properties: [{ propertyId: vat.id, anyOf: [false] }] })).toEqual(idsOf('kyivProspect'));
    expect(
      await matching({ properties: [{ propertyId: solvency.id, anyOf: ['2', '4', '5'] }, { propertyId: turnover.id, max: 5000 }] }),
    ).toEqual(idsOf('kyivCustomer', 'kyivProspect'));
  });

  it('names what is wrong in a filter', async () => {
    const issues = await issuesByField(
      clients.list({
        filter: {
          kinds: ['company' as never],
          managerIds: [-1],
          segmentId: 999_999,
          properties: [
            { propertyId: solvency.id, anyOf: ['9'] },
            { propertyId: solvency.id, min: 2 },
            { propertyId: 999_999, anyOf: ['x'] },
            { propertyId: turnover.id },
          ],
        },
        sort: { by: 'colour' as never },
        limit: 500,
      }),
    );
    expect(issues).toEqual({
      'filter.kinds.0': 'must be one of: organization, person',
      'filter.managerIds.0': 'must be a positive whole number',
      'filter.segmentId': 'is not a segment',
      'filter.properties.0.anyOf.0': 'must be one of: 1, 2, 3, 4, 5',
      'filter.properties.1.min': 'only number and date properties have a range',
      'filter.properties.1': 'needs anyOf, min or max',
      'filter.properties.2.propertyId': 'is not a defined property',
      'filter.properties.3': 'needs anyOf, min or max',
      'sort.by': 'must be one of: name, created, updated',
      limit: 'must be a whole number from 1 to 200',
    });
  });
});

describe('segments', () => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const members: [string, NewClientInput][] = [
      ['solventKyiv', { kind: 'organization', fullName: 'Segco Solvent Kyiv', relationship: 'customer', region: 'Kyiv', properties: [{ propertyId: solvency.id, value: 5 }] }],
      ['solventLviv', { kind: 'organization', fullName: 'Segco Solvent Lviv', relationship: 'customer', region: 'Lviv', properties: [{ propertyId: solvency.id, value: 4 }] }],
      ['poor', { kind: 'organization', fullName: 'Segco Poor', relationship: 'customer', region: 'Kyiv', properties: [{ propertyId: solvency.id, value: 1 }] }],
      ['prospect', { kind: 'organization', fullName: 'Segco Prospect', relationship: 'prospect', properties: [{ propertyId: solvency.id, value: 5 }] }],
    ];
    for (const [key, input] of members) ids[key] = (await clients.create(input)).id;
  });

  const solventCustomers = (): ClientFilter => ({
    query: 'segco',
    relationships: ['customer'],
    properties: [{ propertyId: solvency.id, anyOf: ['4', '5'] }],
  });

  it('saves a filter, counts its members and lists them, alone or with more filters', async () => {
    const segment = await segments.create({ name: 'Solvent customers', filter: solventCustomers() }, { userId: managers.anna });
    expect(segment).toMatchObject({ name: 'Solvent customers', description: '', filter: solventCustomers(), createdBy: managers.anna });

    expect(await segments.countMembers(segment.id)).toBe(2);
    expect(names(await clients.list({ filter: { segmentId: segment.id } }))).toEqual(['Segco Solvent Kyiv', 'Segco Solvent Lviv']);
    expect(names(await clients.list({ filter: { segmentId: segment.id, regions: ['Kyiv'] } }))).toEqual(['Segco Solvent Kyiv']);
  });

  it('follows its filter when the filter or the clients change', async () => {
    const segment = await segments.create({ name: 'Changing', filter: solventCustomers() });
    await segments.update(segment.id, { filter: { ...solventCustomers(), relationships: ['customer', 'prospect'] } });
    expect(await segments.countMembers(segment.id)).toBe(3);
    await clients.archive(ids.prospect!);
    expect(await segments.countMembers(segment.id)).toBe(2);
    await clients.restore(ids.prospect!);
  });

  it('checks the filter on save, naming the fields, and refuses a segment of segments', async () => {
    const base = await segments.create({ name: 'Base', filter: { regions: ['Kyiv'] } });
    const issues = await issuesByField(
      segments.create({
        name: ' ',
        filter: { segmentId: base.id, relationships: ['friend' as never], properties: [{ propertyId: solvency.id, anyOf: ['six'] }] },
      }),
    );
    expect(issues).toEqual({
      name: 'is required',
      'filter.segmentId': 'a segment cannot be built on another segment',
      'filter.relationships.0': 'must be one of: customer, prospect, supplier, partner, other',
      'filter.properties.0.anyOf.0': 'must be one of: 1, 2, 3, 4, 5',
    });
    expect(await issuesByField(segments.create({ name: 'Base', filter: {} }))).toEqual({ name: 'is already used by another segment' });
  });

  it('saves only the parts of a filter it knows', async () => {
    const segment = await segments.create({ name: 'Tidy', filter: { regions: ['Lviv'], colour: 'red' } as ClientFilter });
    expect((await segments.get(segment.id)).filter).toEqual({ regions: ['Lviv'] });
  });

  it('is listed by name and can be deleted', async () => {
    const segment = await segments.create({ name: 'Zz to delete', filter: {} });
    expect((await segments.list()).map((listed) => listed.name)).toContain('Zz to delete');
    await segments.delete(segment.id);
    expect((await segments.list()).map((listed) => listed.name)).not.toContain('Zz to delete');
    await expect(segments.countMembers(segment.id)).rejects.toThrow('segment');
  });
});

describe('sorting and paging', () => {
  const region = 'Pagination';
  let all: Client[];

  beforeAll(async () => {
    // Names repeat, and each batch shares one transaction's timestamp: ties on every sort key.
    const batch = (names: string[]) =>
      database.db
        .insertInto('clients')
        .values(names.map((fullName) => ({ kind: 'person' as const, full_name: fullName, region, search_text: clientSearchText(fullName, null) })))
        .execute();
    await batch(['kilo', 'alpha', 'kilo', 'bravo', 'alpha', 'kilo', 'echo']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await batch(['alpha', 'delta', 'kilo', 'charlie', 'delta', 'bravo', 'alpha']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await batch(['kilo', 'bravo', 'zulu']);
    const touched = await database.db.selectFrom('clients').select('id').where('region', '=', region).where('full_name', '=', 'alpha').execute();
    for (const { id } of touched.slice(0, 2)) await clients.update(id, { notes: 'touched' });
    all = (await clients.list({ filter: { regions: [region] }, limit: 200 })).items.slice();
  });

  const sortKey: Record<ClientSort['by'], (client: Client) => string | number> = {
    name: (client) => client.fullName,
    created: (client) => client.createdAt.getTime(),
    updated: (client) => client.updatedAt.getTime(),
  };

  function expectedOrder(sort: ClientSort): number[] {
    const key = sortKey[sort.by];
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...all]
      .sort((a, b) => {
        const [ka, kb] = [key(a), key(b)];
        return sign * (ka < kb ? -1 : ka > kb ? 1 : a.id - b.id);
      })
      .map((client) => client.id);
  }

  async function readAllPages(sort: ClientSort, limit: number): Promise<number[]> {
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await clients.list({ filter: { regions: [region] }, sort, limit, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items.map((client) => client.id));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  }

  it.each([
    { by: 'name', direction: 'asc' },
    { by: 'name', direction: 'desc' },
    { by: 'created', direction: 'asc' },
    { by: 'created', direction: 'desc' },
    { by: 'updated', direction: 'asc' },
    { by: 'updated', direction: 'desc' },
  ] as const)('pages through every client once, in order, by $by $direction', async (sort) => {
    expect(all).toHaveLength(17);
    expect(await readAllPages(sort, 3)).toEqual(expectedOrder(sort));
  });

  it('puts recently updated clients first when sorted by update, newest first', async () => {
    const page = await clients.list({ filter: { regions: [region] }, sort: { by: 'updated', direction: 'desc' }, limit: 2 });
    expect(page.items.map((client) => client.notes)).toEqual(['touched', 'touched']);
  });

  it('refuses a cursor of another sort order, or one it did not issue', async () => {
    const page = await clients.list({ filter: { regions: [region] }, sort: { by: 'created', direction: 'asc' }, limit: 2 });
    expect(await issuesByField(clients.list({ filter: { regions: [region] }, sort: { by: 'name', direction: 'asc' }, cursor: page.nextCursor! }))).toEqual({
      cursor: 'belongs to a list with another sort order',
    });
    const forged = Buffer.from(JSON.stringify(['created', 'asc', 'yesterday', 1])).toString('base64url');
    expect(await issuesByField(clients.list({ sort: { by: 'created', direction: 'asc' }, cursor: forged }))).toEqual({
      cursor: 'is not a cursor this server issued',
    });
  });
});
