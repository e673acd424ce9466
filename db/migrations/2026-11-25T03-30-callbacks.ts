import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.

const statements = [
  // A callback is a task for the number that called and was missed. While it is open, more missed
  // calls from that number join it: the unique index refuses a second open callback per number,
  // so gateways logging the same calls at once cannot create two.
  `ALTER TABLE tasks ADD COLUMN callback_number text`,
  `CREATE UNIQUE INDEX tasks_one_open_callback_per_number ON tasks (callback_number)
     WHERE state IN ('open', 'in-progress')`,

  // Each missed call counted once, whichever gateway logged it and however often the PBX replayed it.
  `CREATE TABLE callback_missed_calls (
     pbx_call_id text PRIMARY KEY,
     task_id integer NOT NULL REFERENCES tasks (id),
     missed_at timestamptz NOT NULL
   )`,
  `CREATE INDEX callback_missed_calls_task ON callback_missed_calls (task_id)`,

  // The call log of a manager: calls of the clients they are responsible for.
  `CREATE INDEX interactions_calls_by_client ON interactions (client_id, started_at, id) WHERE channel = 'call'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
