/**
 * Readying the pool for pops: every connection, not the same one again and again, has run the
 * pop's reads before the first call.
 */
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPool, type OpenDatabase } from '../../db/connect.ts';
import { withPreparedStatements } from '../../db/prepared-statements.ts';
import type { Database } from '../../db/schema.ts';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import { warmPopConnections } from './warm-up.ts';

let database: OpenDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.close();
});

/** A pool of `size` connections that notes the statements each connection ran. */
function recordingDatabase(size: number) {
  const pool = createPool(database.url, size);
  const statements = new Map<pg.PoolClient, string[]>();
  const connect = pool.connect.bind(pool);
  pool.connect = (async () => {
    const client = await connect();
    if (!statements.has(client)) {
      const ran: string[] = [];
      statements.set(client, ran);
      const query = client.query.bind(client) as (config: unknown, values?: unknown) => Promise<unknown>;
      client.query = ((config: string | { text: string }, values?: unknown) => {
        ran.push(typeof config === 'string' ? config : config.text);
        return query(config, values);
      }) as typeof client.query;
    }
    return client;
  }) as typeof pool.connect;
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) }), statements };
}

it('runs the caller lookup, the card and the extension read on every connection of the pool', async () => {
  const { db, statements } = recordingDatabase(3);
  try {
    await warmPopConnections({ db, connections: 3, defaultCountry: 'UA', clock: { now: () => new Date() } });

    expect(statements.size).toBe(3);
    for (const ran of statements.values()) {
      expect(ran.some((text) => text.includes('from "phones"'))).toBe(true);
      expect(ran.some((text) => text.includes('from "clients"') && text.includes('"open_tasks"'))).toBe(true);
      expect(ran.some((text) => text.includes('from "users"') && text.includes('"extension" = $1'))).toBe(true);
    }
  } finally {
    await db.destroy();
  }
});
