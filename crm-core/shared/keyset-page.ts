import { ValidationError } from './validation-error.ts';

/** One page of a list, and the opaque cursor that fetches the next one (absent on the last page). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

/** The sort key values of the last row of a page, so the next page starts strictly after it. */
export type CursorPosition = readonly (string | number | null)[];

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
  throw ValidationError.of(field, 'is not a cursor this server issued');
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
