import { DuplicateError } from './validation-error.ts';

/** For each unique constraint a write may run into: the field it guards, and what to tell the user. */
export type UniqueFieldMessages = Readonly<Record<string, readonly [field: string, message: string]>>;

/**
 * Runs `write`; a value another record already holds (even one written a moment ago by a concurrent
 * request) is the user's mistake, not a server error, so it becomes a DuplicateError naming the field.
 */
export async function withUniqueFieldErrors<T>(messages: UniqueFieldMessages, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const known = messages[violatedUniqueConstraint(error) ?? ''];
    if (known === undefined) throw error;
    throw DuplicateError.of(...known);
  }
}

/** The unique constraint a failed insert or update ran into (PostgreSQL's unique_violation), if that is why it failed. */
function violatedUniqueConstraint(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && typeof constraint === 'string' ? constraint : undefined;
}
