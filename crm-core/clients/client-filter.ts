/**
 * The filter of a client list, also what a segment saves. `checkClientFilter` turns untrusted
 * input into the conditions the repository applies, naming each field that is wrong.
 */
import type { CountryCode } from '../phones/phone-number.ts';
import { toStoredValue, type PropertyDefinition, type PropertyType, type PropertyValue } from '../properties/property.ts';
import { checkId, checkList, checkOneOf, checkOptionalId, fieldPath, fieldsOf } from '../shared/field-checks.ts';
import type { Issues } from '../shared/validation-error.ts';
import { clientKinds, relationships, type ClientKind, type Relationship } from './client.ts';
import { toSearchTerms, type SearchTerms } from './client-search.ts';

/** Every given part must match; a list matches any of its values; an empty list does not filter. */
export interface ClientFilter {
  /** A name, a phone number or fragment, or the start of an email address. */
  readonly query?: string;
  readonly kinds?: readonly ClientKind[];
  readonly relationships?: readonly Relationship[];
  readonly managerIds?: readonly number[];
  readonly regions?: readonly string[];
  readonly industries?: readonly string[];
  /** The clients of a saved segment (its filter applied as well as this one). */
  readonly segmentId?: number;
  readonly properties?: readonly PropertyCondition[];
}

export interface PropertyCondition {
  readonly propertyId: number;
  /** The client's value is one of these. */
  readonly anyOf?: readonly PropertyValue[];
  /** For number and date properties: the value is at least / at most this. */
  readonly min?: number | string;
  readonly max?: number | string;
}

export type ClientSortField = 'name' | 'created' | 'updated';
export type SortDirection = 'asc' | 'desc';

export interface ClientSort {
  readonly by: ClientSortField;
  readonly direction: SortDirection;
}

export const clientSortFields: readonly ClientSortField[] = ['name', 'created', 'updated'];
export const sortDirections: readonly SortDirection[] = ['asc', 'desc'];

/** What the repository applies: checked values, property values as they are stored. */
export interface ClientConditions {
  readonly search: SearchTerms | null;
  readonly kinds: readonly ClientKind[];
  readonly relationships: readonly Relationship[];
  readonly managerIds: readonly number[];
  readonly regions: readonly string[];
  readonly industries: readonly string[];
  readonly properties: readonly CheckedPropertyCondition[];
}

export interface CheckedPropertyCondition {
  readonly propertyId: number;
  readonly type: PropertyType;
  readonly anyOf: readonly string[];
  readonly min: string | null;
  readonly max: string | null;
}

export interface CheckedClientFilter {
  readonly conditions: ClientConditions;
  readonly segmentId: number | null;
}

const maxListLength = 100;
const maxQueryLength = 200;
const rangeTypes: readonly PropertyType[] = ['number', 'date'];

/** The property ids a filter names, so their definitions can be loaded before checking it. */
export function propertyIdsOf(input: unknown): number[] {
  const conditions = fieldsOf(input).properties;
  if (!Array.isArray(conditions)) return [];
  return conditions.map((condition) => fieldsOf(condition).propertyId).filter((id): id is number => Number.isSafeInteger(id));
}

export function checkClientFilter(
  input: unknown,
  field: string,
  context: { readonly definitions: ReadonlyMap<number, PropertyDefinition>; readonly defaultCountry: CountryCode },
  issues: Issues,
): CheckedClientFilter {
  if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) issues.add(field, 'must be an object');
  const filter = fieldsOf(input);
  const listOf = <T>(name: string, check: (value: unknown, itemField: string) => T): T[] => {
    const values = checkList(filter[name], fieldPath(field, name), issues);
    if (values.length > maxListLength) issues.add(fieldPath(field, name), `must have at most ${maxListLength} values`);
    return values.map((value, index) => check(value, fieldPath(field, `${name}.${index}`)));
  };
  const text = (value: unknown, itemField: string) => {
    if (typeof value !== 'string') issues.add(itemField, 'must be text');
    return value as string;
  };
  return {
    conditions: {
      search: checkQuery(filter.query, fieldPath(field, 'query'), context.defaultCountry, issues),
      kinds: listOf('kinds', (value, itemField) => checkOneOf(value, clientKinds, itemField, issues)),
      relationships: listOf('relationships', (value, itemField) => checkOneOf(value, relationships, itemField, issues)),
      managerIds: listOf('managerIds', (value, itemField) => checkId(value, itemField, issues)),
      regions: listOf('regions', text),
      industries: listOf('industries', text),
      properties: listOf('properties', (value, itemField) => checkPropertyCondition(value, itemField, context.definitions, issues)),
    },
    segmentId: checkOptionalId(filter.segmentId, fieldPath(field, 'segmentId'), issues),
  };
}

function checkQuery(value: unknown, field: string, defaultCountry: CountryCode, issues: Issues): SearchTerms | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    issues.add(field, 'must be text');
    return null;
  }
  if (value.length > maxQueryLength) issues.add(field, `must be at most ${maxQueryLength} characters`);
  return toSearchTerms(value, defaultCountry);
}

function checkPropertyCondition(
  input: unknown,
  field: string,
  definitions: ReadonlyMap<number, PropertyDefinition>,
  issues: Issues,
): CheckedPropertyCondition {
  const { propertyId, anyOf, min, max } = fieldsOf(input);
  const id = checkId(propertyId, fieldPath(field, 'propertyId'), issues);
  const definition = definitions.get(id);
  if (!definition) {
    if (Number.isSafeInteger(id)) issues.add(fieldPath(field, 'propertyId'), 'is not a defined property');
    return { propertyId: id, type: 'text', anyOf: [], min: null, max: null };
  }
  const storedValue = (value: unknown, valueField: string): string => {
    const stored = toStoredValue(definition, value);
    if ('problem' in stored) issues.add(valueField, stored.problem);
    return 'text' in stored ? stored.text : '';
  };
  const bound = (value: unknown, name: 'min' | 'max'): string | null => {
    if (value === undefined || value === null) return null;
    if (!rangeTypes.includes(definition.type)) {
      issues.add(fieldPath(field, name), 'only number and date properties have a range');
      return null;
    }
    return storedValue(value, fieldPath(field, name));
  };
  const values = checkList(anyOf, fieldPath(field, 'anyOf'), issues).map((value, index) => storedValue(value, fieldPath(field, `anyOf.${index}`)));
  const condition = { propertyId: id, type: definition.type, anyOf: values, min: bound(min, 'min'), max: bound(max, 'max') };
  if (values.length === 0 && condition.min === null && condition.max === null) issues.add(field, 'needs anyOf, min or max');
  return condition;
}

export function checkClientSort(input: unknown, issues: Issues): ClientSort {
  const { by, direction } = fieldsOf(input);
  return {
    by: by === undefined ? 'name' : checkOneOf(by, clientSortFields, 'sort.by', issues),
    direction: direction === undefined ? 'asc' : checkOneOf(direction, sortDirections, 'sort.direction', issues),
  };
}
