/**
 * The one way to open the database: PostgreSQL through `pg` when a URL is given, otherwise
 * embedded PGlite served from a child process over the same wire protocol, so both engines
 * run the same SQL through the same driver.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrate.ts';
import { startPgliteProcess } from './pglite/pglite-process.ts';
import { withPreparedStatements } from './prepared-statements.ts';
import type { Database } from './schema.ts';

export type DatabaseEngine = 'postgres' | 'pglite';

export interface DatabaseConfig {
  /** A `postgres://` URL (DATABASE_URL). Without one, embedded PGlite is used. */
  readonly url?: string;
  /** PGlite's data directory, or `memory://` for a throwaway database. */
  readonly pgliteDataDir?: string;
  /** Pool size; PGlite serialises queries anyway, so its pool stays small. */
  readonly maxConnections?: number;
  /** Run migrations on open (the default). */
  readonly migrate?: boolean;
}

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly engine: DatabaseEngine;
  /** The URL `pg` connects to (for PGlite, the child process's loopback port). */
  readonly url: string;
  /** The pool's size. */
  readonly connections: number;
  close(): Promise<void>;
}

const defaultPgliteDataDir = '.dzvinok/pglite';

export async function openDatabase(config: DatabaseConfig = {}): Promise<OpenDatabase> {
  const pglite = config.url ? undefined : await startPgliteProcess({ dataDir: config.pgliteDataDir ?? defaultPgliteDataDir });
  const url = config.url ?? pglite!.url;
  // Connections stay open through quiet spells. A replacement costs a new backend whose catalog
  // caches and prepared statements start cold: the first pops on it took 15–40 ms to plan, and
  // on PGlite (one session serves every connection) what a closed connection prepared stays behind.
  const connections = config.maxConnections ?? (pglite ? 4 : 20);
  const pool = createPool(url, connections, { idleTimeoutMillis: 0 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) });

  const close = async () => {
    await db.destroy();
    await pglite?.stop();
  };

  if (config.migrate ?? true) {
    try {
      await migrateToLatest(db);
    } catch (error) {
      await close();
      throw error;
    }
  }

  return { db, engine: pglite ? 'pglite' : 'postgres', url, connections, close };
}

const textParser = (value: string) => value;

/** Type parsers for this pool only: dates stay calendar text, bigint counts become numbers. */
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.DATE) return textParser;
    if (oid === pg.types.builtins.INT8) return Number;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function createPool(url: string, max: number, options: { idleTimeoutMillis?: number } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types: typeParsers, ...options });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return pool;
}
