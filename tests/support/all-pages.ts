import type { Page } from '../../crm-core/shared/keyset-page.ts';

/** Follows `nextCursor` from the first page to the last and returns every item in the order served. */
export async function allPages<Item>(list: (cursor: string | undefined) => Promise<Page<Item>>): Promise<Item[]> {
  const seen: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return seen;
}
