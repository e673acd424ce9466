import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, PropertyDefinitionRow, PropertyType } from '../../db/schema.ts';

export interface NewPropertyDefinition {
  readonly name: string;
  readonly type: PropertyType;
  readonly allowedValues: readonly string[] | null;
  readonly showInPop: boolean;
}

export interface PropertyDefinitionChanges {
  readonly name?: string;
  readonly allowedValues?: readonly string[] | null;
  readonly showInPop?: boolean;
}

export interface ClientPropertyValueRow {
  readonly client_id: number;
  readonly property_id: number;
  readonly value: string;
}

export async function insertPropertyDefinition(db: Kysely<Database>, definition: NewPropertyDefinition): Promise<PropertyDefinitionRow> {
  return db
    .insertInto('property_definitions')
    .values({
      name: definition.name,
      type: definition.type,
      allowed_values: definition.allowedValues === null ? null : JSON.stringify(definition.allowedValues),
      show_in_pop: definition.showInPop,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updatePropertyDefinition(
  db: Kysely<Database>,
  id: number,
  changes: PropertyDefinitionChanges,
): Promise<PropertyDefinitionRow | undefined> {
  return db
    .updateTable('property_definitions')
    .set({
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.allowedValues === undefined
        ? {}
        : { allowed_values: changes.allowedValues === null ? null : JSON.stringify(changes.allowedValues) }),
      ...(changes.showInPop === undefined ? {} : { show_in_pop: changes.showInPop }),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function setPropertyDefinitionArchived(db: Kysely<Database>, id: number, archived: boolean): Promise<PropertyDefinitionRow | undefined> {
  return db
    .updateTable('property_definitions')
    .set({ archived_at: archived ? sql<Date>`coalesce(archived_at, now())` : null })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function selectPropertyDefinitions(db: Kysely<Database>, options: { includeArchived: boolean }): Promise<PropertyDefinitionRow[]> {
  let query = db.selectFrom('property_definitions').selectAll();
  if (!options.includeArchived) query = query.where('archived_at', 'is', null);
  return query.orderBy('name').orderBy('id').execute();
}

export async function selectPropertyDefinitionsByIds(db: Kysely<Database>, ids: readonly number[]): Promise<PropertyDefinitionRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('property_definitions').selectAll().where('id', 'in', ids).execute();
}

export async function selectPropertyValuesOfClients(db: Kysely<Database>, clientIds: readonly number[]): Promise<ClientPropertyValueRow[]> {
  if (clientIds.length === 0) return [];
  return db
    .selectFrom('client_property_values')
    .select(['client_id', 'property_id', 'value'])
    .where('client_id', 'in', clientIds)
    .orderBy('property_id')
    .execute();
}

export async function upsertClientPropertyValue(trx: Transaction<Database>, clientId: number, propertyId: number, value: string): Promise<void> {
  await trx
    .insertInto('client_property_values')
    .values({ client_id: clientId, property_id: propertyId, value })
    .onConflict((conflict) => conflict.columns(['client_id', 'property_id']).doUpdateSet({ value, updated_at: sql<Date>`now()` }))
    .execute();
}

export async function deleteClientPropertyValue(trx: Transaction<Database>, clientId: number, propertyId: number): Promise<void> {
  await trx.deleteFrom('client_property_values').where('client_id', '=', clientId).where('property_id', '=', propertyId).execute();
}
