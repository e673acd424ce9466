/**
 * Lists sorted by a timestamp carry the last row's timestamp in their cursor as UTC text with all
 * six fractional digits: a JavaScript Date holds only milliseconds, and a page boundary rounded to
 * the millisecond would skip or repeat rows.
 */
import { type RawBuilder, sql } from 'kysely';
import { decodeCursor, foreignCursor, type KeysetPosition } from './keyset-page.ts';

const sortKeyPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The column as sort key text, to select `as('sort_key')`; compare a key back as `${key}::timestamptz`. */
export function timestampSortKey<Key extends string | null = string>(column: string): RawBuilder<Key> {
  return sql<Key>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export function isTimestampSortKey(value: unknown): value is string {
  return typeof value === 'string' && sortKeyPattern.test(value);
}

/** The position held by the cursor of a list sorted by a timestamp that is never null, then by id. */
export function timestampPositionFromCursor(cursor: string): KeysetPosition {
  const [key, id, ...rest] = decodeCursor(cursor);
  if (!isTimestampSortKey(key) || !Number.isSafeInteger(id) || rest.length > 0) throw foreignCursor();
  return { key, id: id as number };
}
