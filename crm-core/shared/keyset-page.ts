import { type Issues, ValidationError } from './validation-error.ts';

/** What a caller asks of a list: how many items, and where the previous page ended. */
export interface PageRequest {
  /** 1 to 200; 50 when left out. */
  readonly limit?: number;
  /** `nextCursor` of the previous page. */
  readonly cursor?: string;
}

/** One page of a list, and the opaque cursor that fetches the next one (absent on the last page). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

/** The sort key values of the last row of a page, so the next page starts strictly after it. */
export type CursorPosition = readonly (string | number | null)[];

/** Where the previous page ended: its last row's sort key, and its id to break ties. */
export interface KeysetPosition<Key = string> {
  readonly key: Key;
  readonly id: number;
}

const defaultPageLimit = 50;
const maxPageLimit = 200;

/** The page size asked for, or the default one. */
export function checkPageLimit(limit: unknown, issues: Issues): number {
  if (limit === undefined) return defaultPageLimit;
  if (!Number.isSafeInteger(limit) || (limit as number) < 1 || (limit as number) > maxPageLimit) {
    issues.add('limit', `must be a whole number from 1 to ${maxPageLimit}`);
  }
  return limit as number;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'cursor'): CursorPosition {
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(position) && position.every((value) => value === null || ['string', 'number'].includes(typeof value))) {
      return position;
    }
  } catch {
    // handled below: every malformed cursor gets the same answer
  }
  throw foreignCursor(field);
}

/** Every cursor that did not come from this server, or was altered, gets the same answer. */
export function foreignCursor(field = 'cursor'): ValidationError {
  return ValidationError.of(field, 'is not a cursor this server issued');
}

/** Fetch `limit + 1` rows; this trims the extra row and turns it into the next cursor. */
export function toPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  toItem: (row: Row) => Item,
  positionOf: (row: Row) => CursorPosition,
): Page<Item> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(toItem),
    ...(hasMore && last !== undefined ? { nextCursor: encodeCursor(positionOf(last)) } : {}),
  };
}
