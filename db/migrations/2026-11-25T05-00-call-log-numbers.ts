import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.

const statements = [
  // The call log finds a number by its last digits, however it was typed (0441234567 finds
  // +380441234567): a suffix, which an index on the reversed number serves as a prefix. Not partial:
  // PostgreSQL keeps statistics for the expression of a whole-table index only, and without them it
  // guessed that any number matched 0.5% of the calls and walked them all, newest first.
  `CREATE INDEX interactions_from_number_reversed ON interactions (reverse(from_number) text_pattern_ops)`,
  `CREATE INDEX interactions_to_number_reversed ON interactions (reverse(to_number) text_pattern_ops)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
