import { sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../tests/support/test-database.ts';
import { prepared } from './prepared-statements.ts';
import type { Database } from './schema.ts';

const database = useTestDatabase();

beforeAll(async () => {
  await database.db
    .insertInto('interaction_types')
    .values([
      { code: 'survey', name: 'Survey' },
      { code: 'visit', name: 'Visit' },
    ])
    .execute();
});

function interactionTypeByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom('interaction_types').select(['code', 'name']).where('code', '=', code).compile();
}

async function statementNames(db: Kysely<Database>, text: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM pg_prepared_statements WHERE statement = ${text}`.execute(db);
  return rows.map((row) => row.name);
}

/** Resolves for everyone once `parties` callers have arrived, so connections are provably held at once. */
function meetingPoint(parties: number): () => Promise<void> {
  let arrived = 0;
  let everyoneArrived!: () => void;
  const together = new Promise<void>((resolve) => (everyoneArrived = resolve));
  return () => {
    arrived += 1;
    if (arrived === parties) everyoneArrived();
    return together;
  };
}

describe('prepared statements', () => {
  it('answers like the unnamed query, by a name of its own on each of two connections used at once', async () => {
    const unnamed = await database.db.executeQuery(interactionTypeByCode(database.db, 'survey'));
    const text = interactionTypeByCode(database.db, 'survey').sql;
    const meet = meetingPoint(2);

    const onOneConnection = () =>
      database.db.connection().execute(async (connection) => {
        const first = await connection.executeQuery(prepared(interactionTypeByCode(connection, 'survey')));
        await meet();
        const second = await connection.executeQuery(prepared(interactionTypeByCode(connection, 'visit')));
        return { rows: [...first.rows, ...second.rows], names: await statementNames(connection, text) };
      });
    const [one, other] = await Promise.all([onOneConnection(), onOneConnection()]);

    expect(unnamed.rows).toEqual([{ code: 'survey', name: 'Survey' }]);
    for (const connection of [one, other]) {
      expect(connection.rows).toEqual([...unnamed.rows, { code: 'visit', name: 'Visit' }]);
    }
    const names = new Set([...one.names, ...other.names]);
    expect(names.size).toBe(2);
    for (const name of names) expect(name).toMatch(/^dz_[0-9a-f]{16}_[0-9a-f]{8}$/);
  });

  it('gives the same rows from every connection of the pool when many run it at once', async () => {
    const codes = Array.from({ length: 24 }, (_, index) => (index % 3 === 0 ? 'visit' : index % 3 === 1 ? 'survey' : 'none'));
    const results = await Promise.all(codes.map((code) => database.db.executeQuery(prepared(interactionTypeByCode(database.db, code)))));
    expect(results.map((result) => result.rows[0]?.name ?? null)).toEqual(
      codes.map((code) => (code === 'visit' ? 'Visit' : code === 'survey' ? 'Survey' : null)),
    );
  });

  it('prepares a bounded number of texts, running any further ones unnamed', async () => {
    const rows = await database.db.connection().execute(async (connection) => {
      for (let columns = 1; columns <= 40; columns += 1) {
        const selectList = Array.from({ length: columns }, (_, index) => sql.lit(index));
        await connection.executeQuery(prepared(sql`SELECT ${sql.join(selectList)}`.compile(connection)));
      }
      return (await sql<{ texts: number }>`SELECT count(DISTINCT statement)::int AS texts FROM pg_prepared_statements WHERE name LIKE 'dz\\_%'`.execute(connection)).rows;
    });
    expect(rows[0]?.texts).toBeLessThanOrEqual(32);
    expect(rows[0]?.texts).toBeGreaterThan(1);
  });
});
