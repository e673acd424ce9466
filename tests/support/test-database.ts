/**
 * A fresh, migrated database for one test file, on the engine the vitest project chose:
 * PGlite in memory, or a copy of a migrated template database on the PostgreSQL server.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { createPool, openDatabase, type OpenDatabase } from '../../db/connect.ts';
import type { Database } from '../../db/schema.ts';

export const testEngine = process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function serverDatabaseUrl(database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run in a pool transaction). */
export async function onServer(statement: string): Promise<void> {
  const admin = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: createPool(serverUrl, 1) }) });
  try {
    await sql.raw(statement).execute(admin);
  } finally {
    await admin.destroy();
  }
}

export async function createTestDatabase(): Promise<OpenDatabase> {
  if (testEngine === 'pglite') return openDatabase({ pgliteDataDir: 'memory://' });

  const name = `dzvinok_test_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  const opened = await openDatabase({ url: serverDatabaseUrl(name), migrate: false, maxConnections: 5 });
  return {
    ...opened,
    close: async () => {
      await opened.close();
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * Gives the calling test file its own database: opened before its first test, closed after its last.
 * Read `db` and `opened` inside hooks and tests, once the database is open.
 */
export function useTestDatabase(): { readonly db: Kysely<Database>; readonly opened: OpenDatabase } {
  let opened: OpenDatabase | undefined;
  beforeAll(async () => {
    opened = await createTestDatabase();
  });
  afterAll(async () => {
    await opened?.close();
  });
  const open = (): OpenDatabase => {
    if (opened === undefined) throw new Error('the test database opens in beforeAll: read db inside a hook or a test');
    return opened;
  };
  return {
    get db() {
      return open().db;
    },
    /** The database with its engine, URL and pool, for what connects on its own (a whole gateway). */
    get opened() {
      return open();
    },
  };
}
