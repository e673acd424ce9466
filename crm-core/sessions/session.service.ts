/**
 * Browser sessions: a random token in the cookie, its SHA-256 in the database, so sessions survive
 * a gateway restart and are shared by every gateway process. A session lasts `idleTimeoutMs` after
 * its last use, never more than `absoluteTimeoutMs` after sign-in. Sign-ins, failed attempts and
 * sign-outs are audited.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { insertAuditEntry } from '../audit/audit.repository.ts';
import type { Clock } from '../shared/clock.ts';
import type { Locale, UserRole } from '../users/user.ts';
import { deleteExpiredSessions, deleteSession, deleteSessionsOfUser, extendSessions, insertSession, selectLiveSessions, selectRecentFailedSignIns } from './session.repository.ts';
import { normalizeLogin } from '../users/user.ts';

export interface SessionUser {
  readonly id: number;
  readonly login: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly extension: string | null;
  readonly locale: Locale;
}

export interface SessionOrigin {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export interface SessionTimeouts {
  readonly idleTimeoutMs: number;
  readonly absoluteTimeoutMs: number;
}

export const defaultSessionTimeouts: SessionTimeouts = { idleTimeoutMs: 12 * 3600_000, absoluteTimeoutMs: 7 * 24 * 3600_000 };

/** Extending on every request would write on every request; a minute's precision is plenty. */
const extendAfterMs = 60_000;
/** Sessions checked per statement by `resolveMany`. */
const batchSize = 500;

export type SessionService = ReturnType<typeof createSessionService>;

/** Failed sign-ins allowed for one login within the window. */
export interface SignInLimit {
  readonly maxFailures: number;
  readonly windowMs: number;
}

export function createSessionService({ db, clock, timeouts = defaultSessionTimeouts }: { db: Kysely<Database>; clock: Clock; timeouts?: SessionTimeouts }) {
  /**
   * `resolve` for many sessions at once, as the sockets' periodic check needs it: a few batched
   * statements rather than a read (and a write) per socket. Sessions that are over are absent.
   */
  async function resolveMany(tokens: readonly string[]): Promise<Map<string, SessionUser>> {
    const now = clock.now();
    const tokenOf = new Map(tokens.map((token) => [hashToken(token), token]));
    const users = new Map<string, SessionUser>();
    const hashes = [...tokenOf.keys()];
    for (let start = 0; start < hashes.length; start += batchSize) {
      const rows = await selectLiveSessions(db, hashes.slice(start, start + batchSize), now);
      const seenLongAgo = rows.filter((row) => now.getTime() - new Date(row.last_seen_at).getTime() > extendAfterMs).map((row) => row.token_hash);
      if (seenLongAgo.length > 0) await extendSessions(db, seenLongAgo, now, timeouts);
      for (const row of rows) users.set(tokenOf.get(row.token_hash)!, sessionUserOf(row));
    }
    return users;
  }

  return {
    /** A new session for a user whose credentials were just verified: the token goes into the cookie. */
    async start(userId: number, origin: SessionOrigin): Promise<{ token: string; expiresAt: Date }> {
      const token = randomBytes(32).toString('base64url');
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + timeouts.idleTimeoutMs);
      await db.transaction().execute(async (trx) => {
        await insertSession(trx, { tokenHash: hashToken(token), userId, createdAt: now, expiresAt, ...origin });
        await insertAuditEntry(trx, { userId, entity: 'user', entityId: userId, action: 'login', changes: { ...origin } });
      });
      return { token, expiresAt };
    },

    /** The signed-in user, or null for a missing, expired or ended session, or a deactivated user. */
    async resolve(token: string | undefined): Promise<SessionUser | null> {
      if (!token) return null;
      return (await resolveMany([token])).get(token) ?? null;
    },

    resolveMany,

    async end(token: string | undefined): Promise<void> {
      if (!token) return;
      await db.transaction().execute(async (trx) => {
        const userId = await deleteSession(trx, hashToken(token));
        if (userId !== undefined) await insertAuditEntry(trx, { userId, entity: 'user', entityId: userId, action: 'logout' });
      });
    },

    /** Signs a user out everywhere: after an admin sets a new password, say. */
    async endAllOf(userId: number): Promise<void> {
      await deleteSessionsOfUser(db, userId);
    },

    async recordFailedSignIn(login: string, origin: SessionOrigin): Promise<void> {
      await db.transaction().execute((trx) =>
        insertAuditEntry(trx, { userId: null, entity: 'user', entityId: signInKeyOf(login), action: 'login-failed', changes: { ...origin } }),
      );
    },

    /**
     * Whether this login has failed too often lately, counted across every gateway and restart;
     * when it has, how many milliseconds until one more attempt is allowed.
     */
    async signInBlockedFor(login: string, limit: SignInLimit): Promise<number | null> {
      const { count, windowEndsInMs } = await selectRecentFailedSignIns(db, signInKeyOf(login), limit.windowMs);
      return count >= limit.maxFailures ? windowEndsInMs : null;
    },

    removeExpired: () => deleteExpiredSessions(db, clock.now()),
  };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function sessionUserOf(row: { id: number; login: string; display_name: string; role: SessionUser['role']; extension: string | null; locale: SessionUser['locale'] }): SessionUser {
  return { id: row.id, login: row.login, displayName: row.display_name, role: row.role, extension: row.extension, locale: row.locale };
}

/** The login as sign-in compares it, cut to what the audit log keeps. */
function signInKeyOf(login: string): string {
  return normalizeLogin(login).slice(0, 64);
}
