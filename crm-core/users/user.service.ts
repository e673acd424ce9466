import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Database, UsersTable } from '../../db/schema.ts';
import { auditedValues, describeChanges, insertAuditEntry } from '../audit/audit.repository.ts';
import { type Actor, systemActor } from '../shared/actor.ts';
import { withUniqueFieldErrors, type UniqueFieldMessages } from '../shared/unique-field-errors.ts';
import { NotFoundError, ValidationError } from '../shared/validation-error.ts';
import { decoyHash, hashPassword, verifyPassword } from './password-hash.ts';
import {
  type NewUser,
  normalizeLogin,
  type SipCredentials,
  type User,
  type UserChanges,
  validateNewPassword,
  validateNewUser,
  validateUserChanges,
} from './user.ts';
import {
  activeAdminExists,
  insertUser,
  selectActiveAdminIdsForUpdate,
  type PublicUserRow,
  selectLoginCredentials,
  selectSipCredentials,
  selectUserByExtension,
  selectUserById,
  selectUserForUpdate,
  selectUsers,
  updateUser,
} from './user.repository.ts';

export type { NewUser, SipCredentials, User, UserChanges } from './user.ts';

export type UserService = ReturnType<typeof createUserService>;

const uniqueFieldMessages: UniqueFieldMessages = {
  users_login_key: ['login', 'is already taken'],
  users_extension_key: ['extension', 'is already assigned to another user'],
};

export function createUserService({ db }: { db: Kysely<Database> }) {
  const decoy = decoyHash();

  return {
    async create(input: NewUser, actor: Actor = systemActor): Promise<User> {
      const user = validateNewUser(input);
      const passwordHash = await hashPassword(user.password);
      const row = await withUniqueFieldErrors(uniqueFieldMessages, () =>
        db.transaction().execute(async (trx) => {
          const inserted = await insertUser(trx, {
            login: user.login,
            display_name: user.displayName,
            role: user.role,
            extension: user.extension ?? null,
            sip_username: user.sipUsername ?? null,
            sip_password: user.sipPassword ?? null,
            password_hash: passwordHash,
            locale: user.locale,
          });
          await insertAuditEntry(trx, { userId: actor.userId, entity: 'user', entityId: inserted.id, action: 'create', changes: auditedValues(userFromRow(inserted)) });
          return inserted;
        }),
      );
      return userFromRow(row);
    },

    /** On a first start, the admin named by the settings; nothing once any active admin exists. */
    async ensureFirstAdmin(login: string, password: string): Promise<User | null> {
      if (await activeAdminExists(db)) return null;
      return this.create({ login, displayName: 'Administrator', role: 'admin', password });
    },

    /** The active user with this login and password, or null; as slow for an unknown login as for a wrong password. */
    async verifyCredentials(login: string, password: string): Promise<User | null> {
      const row = await selectLoginCredentials(db, normalizeLogin(login));
      const passwordMatches = await verifyPassword(password, row?.password_hash ?? decoy);
      return row !== undefined && passwordMatches && row.active ? userFromRow(row) : null;
    },

    async update(userId: number, changes: UserChanges, actor: Actor = systemActor): Promise<User> {
      const wanted = validateUserChanges(changes);
      const row = await withUniqueFieldErrors(uniqueFieldMessages, () =>
        db.transaction().execute(async (trx) => {
          const before = await selectUserForUpdate(trx, userId);
          if (before === undefined) throw new NotFoundError('user', userId);
          await keepAnActiveAdmin(trx, userFromRow(before), wanted);
          const { sipPassword, ...profile } = wanted;
          const changed: Record<string, unknown> = describeChanges(userFromRow(before), profile);
          if (sipPassword !== undefined) changed.sipPassword = 'changed';
          if (Object.keys(changed).length === 0) return before;
          const updated = await updateUser(trx, userId, toColumns(wanted));
          await insertAuditEntry(trx, { userId: actor.userId, entity: 'user', entityId: userId, action: 'update', changes: changed });
          return updated ?? before;
        }),
      );
      return userFromRow(row);
    },

    async changePassword(userId: number, newPassword: string, actor: Actor = systemActor): Promise<void> {
      validateNewPassword(newPassword);
      const passwordHash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        const updated = await updateUser(trx, userId, { password_hash: passwordHash });
        if (updated === undefined) throw new NotFoundError('user', userId);
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'user', entityId: userId, action: 'update', changes: { password: 'changed' } });
      });
    },

    async get(userId: number): Promise<User> {
      const row = await selectUserById(db, userId);
      if (row === undefined) throw new NotFoundError('user', userId);
      return userFromRow(row);
    },

    async list(options: { includeInactive?: boolean } = {}): Promise<User[]> {
      const rows = await selectUsers(db, options.includeInactive ?? false);
      return rows.map(userFromRow);
    },

    /** Who answers on this PBX extension (active or not: the caller decides what an inactive user means). */
    async findByExtension(extension: string): Promise<User | null> {
      const row = await selectUserByExtension(db, extension);
      return row === undefined ? null : userFromRow(row);
    },

    /** The browser phone's registration secret; null when the user has none. */
    async sipCredentials(userId: number): Promise<SipCredentials | null> {
      const row = await selectSipCredentials(db, userId);
      if (row === undefined) throw new NotFoundError('user', userId);
      if (row.sip_username === null || row.sip_password === null) return null;
      return { extension: row.extension, username: row.sip_username, password: row.sip_password };
    },
  };
}

/** Someone must still be able to manage users: the last active admin can be neither demoted nor deactivated. */
async function keepAnActiveAdmin(trx: Transaction<Database>, before: User, wanted: UserChanges): Promise<void> {
  const stopsBeingAdmin = (wanted.role !== undefined && wanted.role !== 'admin') || wanted.active === false;
  if (before.role !== 'admin' || !before.active || !stopsBeingAdmin) return;
  const otherAdmins = (await selectActiveAdminIdsForUpdate(trx)).filter((id) => id !== before.id);
  if (otherAdmins.length > 0) return;
  throw ValidationError.of(wanted.active === false ? 'active' : 'role', 'the last active admin must stay an active admin');
}

function userFromRow(row: PublicUserRow): User {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    extension: row.extension,
    sipUsername: row.sip_username,
    locale: row.locale,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(changes: UserChanges): Updateable<UsersTable> {
  return {
    display_name: changes.displayName,
    role: changes.role,
    extension: changes.extension,
    sip_username: changes.sipUsername,
    sip_password: changes.sipPassword,
    locale: changes.locale,
    active: changes.active,
  };
}
