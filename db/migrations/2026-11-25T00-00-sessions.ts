import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.

const statements = [
  // The browser holds the token; the database only its SHA-256, so a leaked table opens no session.
  `CREATE TABLE sessions (
     token_hash text PRIMARY KEY,
     user_id integer NOT NULL REFERENCES users (id),
     created_at timestamptz NOT NULL DEFAULT now(),
     last_seen_at timestamptz NOT NULL DEFAULT now(),
     expires_at timestamptz NOT NULL,
     ip text,
     user_agent text
   )`,
  `CREATE INDEX sessions_user ON sessions (user_id)`,
  `CREATE INDEX sessions_expiry ON sessions (expires_at)`,

  // Sign-ins and supervisors listening in are audited alongside changes to records.
  `ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check`,
  `ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
     CHECK (action IN ('create', 'update', 'archive', 'restore', 'delete', 'login', 'login-failed', 'logout', 'supervise'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
