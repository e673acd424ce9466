import type { Kysely, Transaction } from 'kysely';
import type { Database, PropertyDefinitionRow } from '../../db/schema.ts';
import { describeChanges, insertAuditEntry } from '../audit/audit.repository.ts';
import { systemActor, type Actor } from '../shared/actor.ts';
import { checkBoolean, checkId, checkList, checkOneOf, checkRequiredText, fieldsOf } from '../shared/field-checks.ts';
import { withUniqueFieldErrors, type UniqueFieldMessages } from '../shared/unique-field-errors.ts';
import { createIssueCollector, NotFoundError, type Issues } from '../shared/validation-error.ts';
import {
  fromStoredValue,
  propertyTypes,
  toStoredValue,
  type ClientPropertyValue,
  type PropertyDefinition,
  type PropertyType,
  type PropertyValue,
} from './property.ts';
import {
  deleteClientPropertyValue,
  insertPropertyDefinition,
  selectPropertyDefinitions,
  selectPropertyDefinitionsByIds,
  selectPropertyValuesOfClients,
  setPropertyDefinitionArchived,
  updatePropertyDefinition,
  upsertClientPropertyValue,
  type ClientPropertyValueRow,
} from './property.repository.ts';

export type { ClientPropertyValue, PropertyDefinition, PropertyType, PropertyValue, PropertyValueInput } from './property.ts';

export interface NewPropertyDefinitionInput {
  readonly name: string;
  readonly type: PropertyType;
  /** Required for `enum`, absent for the other types. */
  readonly allowedValues?: readonly string[] | null;
  readonly showInPop?: boolean;
}

/** A definition's type cannot change: stored values would stop meaning what they meant. */
export interface PropertyDefinitionChangesInput {
  readonly name?: string;
  readonly allowedValues?: readonly string[] | null;
  readonly showInPop?: boolean;
}

const maxNameLength = 100;
const maxAllowedValues = 200;
const maxAllowedValueLength = 100;
const uniqueFieldMessages: UniqueFieldMessages = { property_definitions_name_key: ['name', 'is already used by another property'] };

export type PropertyService = ReturnType<typeof createPropertyService>;

export function createPropertyService({ db }: { db: Kysely<Database> }) {
  return {
    async define(input: NewPropertyDefinitionInput, actor: Actor = systemActor): Promise<PropertyDefinition> {
      const issues = createIssueCollector();
      const name = checkRequiredText(input.name, 'name', issues, maxNameLength);
      const type = checkOneOf(input.type, propertyTypes, 'type', issues);
      const allowedValues = checkAllowedValues(input.allowedValues, type, issues);
      const showInPop = input.showInPop === undefined ? false : checkBoolean(input.showInPop, 'showInPop', issues);
      issues.throwIfAny();
      const row = await withUniqueFieldErrors(uniqueFieldMessages, () =>
        db.transaction().execute(async (trx) => {
          const inserted = await insertPropertyDefinition(trx, { name, type, allowedValues, showInPop });
          await insertAuditEntry(trx, { userId: actor.userId, entity: 'property', entityId: inserted.id, action: 'create', changes: { name, type, allowedValues, showInPop } });
          return inserted;
        }),
      );
      return definitionFromRow(row);
    },

    async update(id: number, changes: PropertyDefinitionChangesInput, actor: Actor = systemActor): Promise<PropertyDefinition> {
      const current = await getRow(id);
      const issues = createIssueCollector();
      const name = changes.name === undefined ? undefined : checkRequiredText(changes.name, 'name', issues, maxNameLength);
      const allowedValues = changes.allowedValues === undefined ? undefined : checkAllowedValues(changes.allowedValues, current.type, issues);
      const showInPop = changes.showInPop === undefined ? undefined : checkBoolean(changes.showInPop, 'showInPop', issues);
      issues.throwIfAny();
      const before = definitionFromRow(current);
      const sameValues = allowedValues !== undefined && JSON.stringify(allowedValues) === JSON.stringify(before.allowedValues);
      const changed = describeChanges(before, { name, allowedValues: sameValues ? undefined : allowedValues, showInPop });
      if (Object.keys(changed).length === 0) return before;
      const row = await withUniqueFieldErrors(uniqueFieldMessages, () =>
        db.transaction().execute(async (trx) => {
          const updated = await updatePropertyDefinition(trx, id, { name, allowedValues, showInPop });
          if (!updated) throw new NotFoundError('property', id);
          await insertAuditEntry(trx, { userId: actor.userId, entity: 'property', entityId: id, action: 'update', changes: changed });
          return updated;
        }),
      );
      return definitionFromRow(row);
    },

    async list(options: { includeArchived?: boolean } = {}): Promise<PropertyDefinition[]> {
      const rows = await selectPropertyDefinitions(db, { includeArchived: options.includeArchived ?? false });
      return rows.map(definitionFromRow);
    },

    /** Archived properties are no longer offered, but the values clients already have are kept. */
    async archive(id: number, actor: Actor = systemActor): Promise<PropertyDefinition> {
      return setArchived(id, true, actor);
    },

    async restore(id: number, actor: Actor = systemActor): Promise<PropertyDefinition> {
      return setArchived(id, false, actor);
    },
  };

  async function getRow(id: number): Promise<PropertyDefinitionRow> {
    const [row] = await selectPropertyDefinitionsByIds(db, [id]);
    if (!row) throw new NotFoundError('property', id);
    return row;
  }

  async function setArchived(id: number, archived: boolean, actor: Actor): Promise<PropertyDefinition> {
    const before = await getRow(id);
    if ((before.archived_at !== null) === archived) return definitionFromRow(before);
    const row = await db.transaction().execute(async (trx) => {
      const updated = await setPropertyDefinitionArchived(trx, id, archived);
      if (!updated) throw new NotFoundError('property', id);
      await insertAuditEntry(trx, { userId: actor.userId, entity: 'property', entityId: id, action: archived ? 'archive' : 'restore' });
      return updated;
    });
    return definitionFromRow(row);
  }
}

function checkAllowedValues(value: unknown, type: PropertyType, issues: Issues): readonly string[] | null {
  if (type !== 'enum') {
    if (value !== undefined && value !== null) issues.add('allowedValues', 'only an enum property has allowed values');
    return null;
  }
  const values = checkList(value, 'allowedValues', issues).map((item, index) =>
    checkRequiredText(item, `allowedValues.${index}`, issues, maxAllowedValueLength),
  );
  if (values.length === 0) issues.add('allowedValues', 'an enum property needs at least one value');
  if (values.length > maxAllowedValues) issues.add('allowedValues', `must have at most ${maxAllowedValues} values`);
  values.forEach((text, index) => {
    if (values.indexOf(text) !== index) issues.add(`allowedValues.${index}`, 'is listed twice');
  });
  return values;
}

export function definitionFromRow(row: PropertyDefinitionRow): PropertyDefinition {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    allowedValues: row.allowed_values,
    showInPop: row.show_in_pop,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
  };
}

/** One property of one client to set (`text`) or clear (`text: null`). */
export interface PropertyValueChange {
  readonly definition: PropertyDefinition;
  readonly text: string | null;
}

/**
 * Checks `input` (a list of `{ propertyId, value }`) against the definitions, recording issues as
 * `<field>.<index>.propertyId` / `<field>.<index>.value`.
 */
export async function checkPropertyValueInputs(
  db: Kysely<Database>,
  input: unknown,
  field: string,
  issues: Issues,
): Promise<PropertyValueChange[]> {
  const items = checkList(input, field, issues).map((item, index) => {
    const { propertyId, value } = fieldsOf(item);
    return { index, propertyId: checkId(propertyId, `${field}.${index}.propertyId`, issues), value };
  });
  const known = await selectPropertyDefinitionsByIds(db, items.map((item) => item.propertyId).filter(Number.isSafeInteger));
  const definitions = new Map(known.map((row) => [row.id, definitionFromRow(row)]));
  const seen = new Set<number>();
  const changes: PropertyValueChange[] = [];
  for (const { index, propertyId, value } of items) {
    const definition = definitions.get(propertyId);
    if (!definition) {
      if (Number.isSafeInteger(propertyId)) issues.add(`${field}.${index}.propertyId`, 'is not a defined property');
      continue;
    }
    if (seen.has(propertyId)) issues.add(`${field}.${index}.propertyId`, 'is listed twice');
    seen.add(propertyId);
    const change = checkValue(definition, value, `${field}.${index}.value`, issues);
    if (change) changes.push(change);
  }
  return changes;
}

function checkValue(definition: PropertyDefinition, value: unknown, field: string, issues: Issues): PropertyValueChange | undefined {
  if (value === null) return { definition, text: null };
  if (definition.archivedAt !== null) {
    issues.add(field, `property "${definition.name}" is archived`);
    return undefined;
  }
  const stored = toStoredValue(definition, value);
  if ('problem' in stored) {
    issues.add(field, stored.problem);
    return undefined;
  }
  return { definition, text: stored.text };
}

/** Writes the changes and returns what changed, as `{ "properties.<name>": { from, to } }` for the audit log. */
export async function applyPropertyValues(
  trx: Transaction<Database>,
  clientId: number,
  changes: readonly PropertyValueChange[],
): Promise<Record<string, { from: PropertyValue | null; to: PropertyValue | null }>> {
  const current = new Map((await selectPropertyValuesOfClients(trx, [clientId])).map((row) => [row.property_id, row.value]));
  const described: Record<string, { from: PropertyValue | null; to: PropertyValue | null }> = {};
  for (const { definition, text } of changes) {
    const before = current.get(definition.id) ?? null;
    if (before === text) continue;
    if (text === null) await deleteClientPropertyValue(trx, clientId, definition.id);
    else await upsertClientPropertyValue(trx, clientId, definition.id, text);
    described[`properties.${definition.name}`] = { from: typedOrNull(definition, before), to: typedOrNull(definition, text) };
  }
  return described;
}

function typedOrNull(definition: PropertyDefinition, text: string | null): PropertyValue | null {
  return text === null ? null : fromStoredValue(definition.type, text);
}

/** The property values of each client, with their definitions (archived definitions included: the value still stands). */
export async function loadClientPropertyValues(
  db: Kysely<Database>,
  clientIds: readonly number[],
): Promise<Map<number, ClientPropertyValue[]>> {
  const rows = await selectPropertyValuesOfClients(db, clientIds);
  const definitionRows = await selectPropertyDefinitionsByIds(db, [...new Set(rows.map((row) => row.property_id))]);
  const definitions = new Map(definitionRows.map((row) => [row.id, definitionFromRow(row)]));
  const byClient = new Map<number, ClientPropertyValue[]>();
  for (const row of rows) {
    const definition = definitions.get(row.property_id);
    if (definition) byClient.set(row.client_id, [...(byClient.get(row.client_id) ?? []), clientValueFromRow(definition, row)]);
  }
  return byClient;
}

function clientValueFromRow(definition: PropertyDefinition, row: ClientPropertyValueRow): ClientPropertyValue {
  return { definition, value: fromStoredValue(definition.type, row.value) };
}
