/** The demo's custom client properties and saved segments: created once, found again on an appended run. */
import type { Kysely } from 'kysely';
import { createPropertyService, type NewPropertyDefinitionInput } from '../../crm-core/properties/property.service.ts';
import { createSegmentService, type NewSegmentInput } from '../../crm-core/segments/segment.service.ts';
import type { Database } from '../schema.ts';

export interface DemoPropertyIds {
  readonly solvency: number;
  readonly colour: number;
  readonly vip: number;
}

const demoProperties: Record<keyof DemoPropertyIds, NewPropertyDefinitionInput> = {
  solvency: { name: 'Solvency', type: 'enum', allowedValues: ['1', '2', '3', '4', '5'], showInPop: true },
  colour: { name: 'Colour', type: 'enum', allowedValues: ['red', 'green', 'blue'] },
  vip: { name: 'VIP', type: 'bool', showInPop: true },
};

export async function ensureDemoProperties(db: Kysely<Database>): Promise<DemoPropertyIds> {
  const properties = createPropertyService({ db });
  const existing = new Map((await properties.list({ includeArchived: true })).map((definition) => [definition.name, definition.id]));
  const idOf = async (input: NewPropertyDefinitionInput) => existing.get(input.name) ?? (await properties.define(input)).id;
  return {
    solvency: await idOf(demoProperties.solvency),
    colour: await idOf(demoProperties.colour),
    vip: await idOf(demoProperties.vip),
  };
}

export async function ensureDemoSegments(db: Kysely<Database>, properties: DemoPropertyIds, createdBy: number): Promise<void> {
  const segments = createSegmentService({ db, defaultCountry: 'UA' });
  const existing = new Set((await segments.list()).map((segment) => segment.name));
  const demoSegments: NewSegmentInput[] = [
    { name: 'VIP', description: 'Клієнти з позначкою VIP', filter: { properties: [{ propertyId: properties.vip, anyOf: [true] }] } },
    {
      name: 'Надійні платники',
      description: 'Платоспроможність 4–5',
      filter: { relationships: ['customer'], properties: [{ propertyId: properties.solvency, anyOf: ['4', '5'] }] },
    },
    { name: 'Київ і область', description: 'Клієнти зі столичного регіону', filter: { regions: ['Київ', 'Київська область'] } },
    { name: 'Потенційні компанії', description: 'Організації, що ще не купували', filter: { kinds: ['organization'], relationships: ['prospect'] } },
    { name: 'Постачальники та партнери', filter: { relationships: ['supplier', 'partner'] } },
  ];
  for (const segment of demoSegments.filter((candidate) => !existing.has(candidate.name))) {
    await segments.create(segment, { userId: createdBy });
  }
}
