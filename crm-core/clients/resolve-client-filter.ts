import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CountryCode } from '../phones/phone-number.ts';
import { selectPropertyDefinitionsByIds } from '../properties/property.repository.ts';
import { definitionFromRow } from '../properties/property.service.ts';
import { selectSegmentById } from '../segments/segment.repository.ts';
import type { Issues } from '../shared/validation-error.ts';
import { checkClientFilter, propertyIdsOf, type ClientConditions } from './client-filter.ts';

export interface FilterContext {
  readonly db: Kysely<Database>;
  readonly defaultCountry: CountryCode;
}

/**
 * Checks a filter against the property definitions and, when it names a segment, adds the
 * segment's saved filter: the result is every set of conditions a client must meet.
 */
export async function resolveClientFilter(
  context: FilterContext,
  input: unknown,
  field: string,
  issues: Issues,
  options: { readonly allowSegment: boolean },
): Promise<ClientConditions[]> {
  const checked = checkClientFilter(input, field, { definitions: await loadDefinitions(context.db, input), defaultCountry: context.defaultCountry }, issues);
  if (checked.segmentId === null || !Number.isSafeInteger(checked.segmentId)) return [checked.conditions];
  const segmentField = `${field}.segmentId`;
  if (!options.allowSegment) {
    issues.add(segmentField, 'a segment cannot be built on another segment');
    return [checked.conditions];
  }
  const segment = await selectSegmentById(context.db, checked.segmentId);
  if (!segment) {
    issues.add(segmentField, 'is not a segment');
    return [checked.conditions];
  }
  const saved = checkClientFilter(segment.filter, segmentField, { definitions: await loadDefinitions(context.db, segment.filter), defaultCountry: context.defaultCountry }, issues);
  return [checked.conditions, saved.conditions];
}

async function loadDefinitions(db: Kysely<Database>, filter: unknown) {
  const rows = await selectPropertyDefinitionsByIds(db, propertyIdsOf(filter));
  return new Map(rows.map((row) => [row.id, definitionFromRow(row)]));
}
