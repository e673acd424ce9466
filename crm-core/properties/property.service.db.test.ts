import { beforeAll, describe, expect, it } from 'vitest';
import { issuesByField } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { createClientService, type ClientService } from '../clients/client.service.ts';
import { createPropertyService, type PropertyService } from './property.service.ts';

const database = useTestDatabase();
let properties: PropertyService;
let clients: ClientService;

beforeAll(() => {
  properties = createPropertyService({ db: database.db });
  clients = createClientService({ db: database.db, defaultCountry: 'UA' });
});

describe('property definitions', () => {
  it('defines an enum property with its values and whether the screen-pop shows it', async () => {
    const colour = await properties.define({ name: '  Colour ', type: 'enum', allowedValues: ['red', 'green'], showInPop: true });
    expect(colour).toMatchObject({ name: 'Colour', type: 'enum', allowedValues: ['red', 'green'], showInPop: true, archivedAt: null });
    expect((await properties.list()).map((definition) => definition.name)).toContain('Colour');
  });

  it('names what is wrong with a definition', async () => {
    expect(await issuesByField(properties.define({ name: '', type: 'colour' as never }))).toEqual({
      name: 'is required',
      type: 'must be one of: enum, number, text, bool, date',
    });
    expect(await issuesByField(properties.define({ name: 'Size', type: 'enum', allowedValues: [] }))).toEqual({
      allowedValues: 'an enum property needs at least one value',
    });
    expect(await issuesByField(properties.define({ name: 'Size', type: 'enum', allowedValues: ['S', ' ', 'S'] }))).toEqual({
      'allowedValues.1': 'is required',
      'allowedValues.2': 'is listed twice',
    });
    expect(await issuesByField(properties.define({ name: 'Weight', type: 'number', allowedValues: ['1'] }))).toEqual({
      allowedValues: 'only an enum property has allowed values',
    });
  });

  it('refuses a second property with the same name', async () => {
    await properties.define({ name: 'Loyalty card', type: 'text' });
    expect(await issuesByField(properties.define({ name: 'Loyalty card', type: 'bool' }))).toEqual({ name: 'is already used by another property' });
    const other = await properties.define({ name: 'Discount card', type: 'text' });
    expect(await issuesByField(properties.update(other.id, { name: 'Loyalty card' }))).toEqual({ name: 'is already used by another property' });
  });

  it('renames a property and changes its values, its type staying', async () => {
    const size = await properties.define({ name: 'Size', type: 'enum', allowedValues: ['S', 'M'] });
    const updated = await properties.update(size.id, { name: 'Company size', allowedValues: ['S', 'M', 'L'], showInPop: true });
    expect(updated).toMatchObject({ id: size.id, name: 'Company size', type: 'enum', allowedValues: ['S', 'M', 'L'], showInPop: true });
  });

  it('archives a property: no longer offered or settable, values kept and clearable', async () => {
    const tier = await properties.define({ name: 'Tier', type: 'number' });
    const { id } = await clients.create({ kind: 'person', fullName: 'Tiered Client', properties: [{ propertyId: tier.id, value: 3 }] });
    await properties.archive(tier.id);

    expect((await properties.list()).map((definition) => definition.id)).not.toContain(tier.id);
    expect((await properties.list({ includeArchived: true })).map((definition) => definition.id)).toContain(tier.id);
    expect((await clients.getCard(id)).properties.map(({ value }) => value)).toEqual([3]);
    expect(await issuesByField(clients.update(id, { properties: [{ propertyId: tier.id, value: 4 }] }))).toEqual({
      'properties.0.value': 'property "Tier" is archived',
    });
    expect((await clients.update(id, { properties: [{ propertyId: tier.id, value: null }] })).properties).toEqual([]);

    await properties.restore(tier.id);
    expect((await clients.update(id, { properties: [{ propertyId: tier.id, value: 4 }] })).properties.map(({ value }) => value)).toEqual([4]);
  });
});

describe('property values on a client', () => {
  it('stores each type and reads it back typed', async () => {
    const rating = await properties.define({ name: 'Rating', type: 'enum', allowedValues: ['A', 'B'] });
    const revenue = await properties.define({ name: 'Revenue', type: 'number' });
    const vip = await properties.define({ name: 'VIP', type: 'bool' });
    const since = await properties.define({ name: 'Client since', type: 'date' });
    const motto = await properties.define({ name: 'Motto', type: 'text' });
    const card = await clients.create({
      kind: 'organization',
      fullName: 'Typed Values',
      properties: [
        { propertyId: rating.id, value: 'B' },
        { propertyId: revenue.id, value: '12500.75' },
        { propertyId: vip.id, value: false },
        { propertyId: since.id, value: '2019-06-01' },
        { propertyId: motto.id, value: '  Завжди на зв’язку  ' },
      ],
    });
    const byName = Object.fromEntries(card.properties.map(({ definition, value }) => [definition.name, value]));
    expect(byName).toEqual({ Rating: 'B', Revenue: 12500.75, VIP: false, 'Client since': '2019-06-01', Motto: 'Завжди на зв’язку' });
  });

  it('names each value that does not fit its definition, and a property listed twice', async () => {
    const level = await properties.define({ name: 'Level', type: 'enum', allowedValues: ['gold', 'silver'] });
    const employees = await properties.define({ name: 'Employees', type: 'number' });
    const audited = await properties.define({ name: 'Audited', type: 'bool' });
    const note = await properties.define({ name: 'Note', type: 'text' });
    expect(
      await issuesByField(
        clients.create({
          kind: 'organization',
          fullName: 'Bad Values',
          properties: [
            { propertyId: level.id, value: 'bronze' },
            { propertyId: employees.id, value: 'many' },
            { propertyId: audited.id, value: 'yes' as never },
            { propertyId: note.id, value: 'x'.repeat(1001) },
            { propertyId: level.id, value: 'gold' },
          ],
        }),
      ),
    ).toEqual({
      'properties.0.value': 'must be one of: gold, silver',
      'properties.1.value': 'must be a number',
      'properties.2.value': 'must be true or false',
      'properties.3.value': 'must be at most 1000 characters',
      'properties.4.propertyId': 'is listed twice',
    });
  });
});
