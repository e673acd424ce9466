import { type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import { prepared } from '../../db/prepared-statements.ts';
import type { Database, NewUserRow, UserRow, UsersTable } from '../../db/schema.ts';

/** Every column but the secrets: what lists and lookups read. */
const publicColumns = [
  'id', 'login', 'display_name', 'role', 'extension', 'sip_username', 'locale', 'active', 'created_at', 'updated_at',
] as const;

export type PublicUserRow = Pick<UserRow, (typeof publicColumns)[number]>;

export async function insertUser(trx: Transaction<Database>, row: NewUserRow): Promise<PublicUserRow> {
  return trx.insertInto('users').values(row).returning(publicColumns).executeTakeFirstOrThrow();
}

export async function updateUser(
  trx: Transaction<Database>,
  userId: number,
  changes: Updateable<UsersTable>,
): Promise<PublicUserRow | undefined> {
  return trx
    .updateTable('users')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', userId)
    .returning(publicColumns)
    .executeTakeFirst();
}

export async function selectUserById(db: Kysely<Database>, userId: number): Promise<PublicUserRow | undefined> {
  return db.selectFrom('users').select(publicColumns).where('id', '=', userId).executeTakeFirst();
}

export async function selectUserForUpdate(trx: Transaction<Database>, userId: number): Promise<PublicUserRow | undefined> {
  return trx.selectFrom('users').select(publicColumns).where('id', '=', userId).forUpdate().executeTakeFirst();
}

export async function userExists(db: Kysely<Database>, userId: number): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

/** Runs on every ring (the screen-pop), so it is sent as a prepared statement. */
export async function selectUserByExtension(db: Kysely<Database>, extension: string): Promise<PublicUserRow | undefined> {
  const { rows } = await db.executeQuery(prepared(db.selectFrom('users').select(publicColumns).where('extension', '=', extension).compile()));
  return rows[0];
}

export async function selectUsers(db: Kysely<Database>, includeInactive: boolean): Promise<PublicUserRow[]> {
  let query = db.selectFrom('users').select(publicColumns);
  if (!includeInactive) query = query.where('active', '=', true);
  return query.orderBy('display_name').orderBy('id').execute();
}

export async function activeAdminExists(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('role', '=', 'admin').where('active', '=', true).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Locks the active admins' rows, so two admins cannot each remove the other at once. */
export async function selectActiveAdminIdsForUpdate(trx: Transaction<Database>): Promise<number[]> {
  const rows = await trx.selectFrom('users').select('id').where('role', '=', 'admin').where('active', '=', true).orderBy('id').forUpdate().execute();
  return rows.map((row) => row.id);
}

/** The one read of a password hash: for checking a login. */
export async function selectLoginCredentials(db: Kysely<Database>, login: string) {
  return db
    .selectFrom('users')
    .select([...publicColumns, 'password_hash'])
    .where('login', '=', login)
    .executeTakeFirst();
}

export async function selectSipCredentials(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('users')
    .select(['extension', 'sip_username', 'sip_password'])
    .where('id', '=', userId)
    .executeTakeFirst();
}
