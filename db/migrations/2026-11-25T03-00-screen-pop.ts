import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.

const statements = [
  // Which of several clients sharing a number an operator picked, so the next call pops it directly.
  // Kept per operator (each keeps their own pick) and read across operators when one has none.
  `CREATE TABLE caller_choices (
     caller_number text NOT NULL,
     user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     client_id integer NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
     contact_person_id integer REFERENCES contact_persons (id) ON DELETE CASCADE,
     chosen_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (caller_number, user_id)
   )`,

  // A wrap-up saved before its call is logged waits here; logging the call applies it and deletes it.
  `CREATE TABLE pending_wrap_ups (
     pbx_call_id text PRIMARY KEY,
     user_id integer NOT NULL REFERENCES users (id),
     wrap_up jsonb NOT NULL,
     follow_up jsonb,
     received_at timestamptz NOT NULL DEFAULT now()
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
