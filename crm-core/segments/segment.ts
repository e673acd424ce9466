/** Segments: named, saved client filters ("Kyiv customers with solvency 4–5"). */
import type { ClientFilter } from '../clients/client-filter.ts';
import { fieldsOf } from '../shared/field-checks.ts';

export interface Segment {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly filter: ClientFilter;
  readonly createdBy: number | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface NewSegmentInput {
  readonly name: string;
  readonly description?: string;
  /** Any list filter but `segmentId`. */
  readonly filter: ClientFilter;
}

export interface SegmentChangesInput {
  readonly name?: string;
  readonly description?: string;
  readonly filter?: ClientFilter;
}

const filterFields = ['query', 'kinds', 'relationships', 'managerIds', 'regions', 'industries'] as const;
const conditionFields = ['propertyId', 'anyOf', 'min', 'max'] as const;

/** The parts of a checked filter a segment keeps: anything else sent along is dropped, not saved. */
export function filterToSave(input: unknown): ClientFilter {
  const filter = fieldsOf(input);
  const saved: Record<string, unknown> = pick(filter, filterFields);
  if (Array.isArray(filter.properties)) saved.properties = filter.properties.map((condition) => pick(fieldsOf(condition), conditionFields));
  return saved as ClientFilter;
}

function pick(source: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => source[field] !== undefined).map((field) => [field, source[field]]));
}
