import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface NewSessionRow {
  readonly tokenHash: string;
  readonly userId: number;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export async function insertSession(db: Kysely<Database>, row: NewSessionRow): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: row.tokenHash,
      user_id: row.userId,
      created_at: row.createdAt,
      last_seen_at: row.createdAt,
      expires_at: row.expiresAt,
      ip: row.ip,
      user_agent: row.userAgent,
    })
    .execute();
}

/** The live sessions among these, each with its active user. */
export async function selectLiveSessions(db: Kysely<Database>, tokenHashes: readonly string[], now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.token_hash',
      'sessions.last_seen_at',
      'users.id',
      'users.login',
      'users.display_name',
      'users.role',
      'users.extension',
      'users.locale',
    ])
    .where('sessions.token_hash', 'in', tokenHashes)
    .where('sessions.expires_at', '>', now)
    .where('users.active', '=', true)
    .execute();
}

/** Seen now: each session lives another idle period, never past its absolute end. */
export async function extendSessions(db: Kysely<Database>, tokenHashes: readonly string[], now: Date, timeouts: { idleTimeoutMs: number; absoluteTimeoutMs: number }): Promise<void> {
  const idleEnd = new Date(now.getTime() + timeouts.idleTimeoutMs);
  await db
    .updateTable('sessions')
    .set({
      last_seen_at: now,
      expires_at: sql<Date>`least(${idleEnd}::timestamptz, created_at + ${timeouts.absoluteTimeoutMs} * interval '1 millisecond')`,
    })
    .where('token_hash', 'in', tokenHashes)
    .execute();
}

/** The user of the removed session, or undefined when there was none. */
export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<number | undefined> {
  const row = await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).returning('user_id').executeTakeFirst();
  return row?.user_id;
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Failed sign-ins for this login within the last `windowMs`, from the audit log every gateway
 * writes to, and how long until the oldest of them leaves the window.
 */
export async function selectRecentFailedSignIns(db: Kysely<Database>, login: string, windowMs: number): Promise<{ count: number; windowEndsInMs: number }> {
  const row = await db
    .selectFrom('audit_log')
    .select([
      (eb) => eb.fn.countAll<string>().as('count'),
      sql<number | null>`extract(epoch from min(at) + ${windowMs} * interval '1 millisecond' - now()) * 1000`.as('window_ends_in_ms'),
    ])
    .where('entity', '=', 'user')
    .where('entity_id', '=', login)
    .where('action', '=', 'login-failed')
    .where('at', '>', sql<Date>`now() - ${windowMs} * interval '1 millisecond'`)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowEndsInMs: Math.max(0, Number(row.window_ends_in_ms ?? 0)) };
}
