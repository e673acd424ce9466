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
import { deleteExpiredSessions, deleteSession, deleteSessionsOfUser, extendSession, insertSession, selectLiveSession } from './session.repository.ts';

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

export type SessionService = ReturnType<typeof createSessionService>;

export function createSessionService({ db, clock, timeouts = defaultSessionTimeouts }: { db: Kysely<Database>; clock: Clock; timeouts?: SessionTimeouts }) {
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
      const tokenHash = hashToken(token);
      const now = clock.now();
      const row = await selectLiveSession(db, tokenHash, now);
      if (row === undefined) return null;
      if (now.getTime() - new Date(row.last_seen_at).getTime() > extendAfterMs) {
        const latestEnd = new Date(row.created_at).getTime() + timeouts.absoluteTimeoutMs;
        await extendSession(db, tokenHash, now, new Date(Math.min(now.getTime() + timeouts.idleTimeoutMs, latestEnd)));
      }
      return { id: row.id, login: row.login, displayName: row.display_name, role: row.role, extension: row.extension, locale: row.locale };
    },

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
        insertAuditEntry(trx, { userId: null, entity: 'user', entityId: login.slice(0, 64), action: 'login-failed', changes: { ...origin } }),
      );
    },

    removeExpired: () => deleteExpiredSessions(db, clock.now()),
  };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
