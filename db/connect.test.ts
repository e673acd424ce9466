import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './connect.ts';

describe('the embedded database', () => {
  const scratch = mkdtemp(join(tmpdir(), 'dzvinok-pglite-'));
  afterAll(async () => rm(await scratch, { recursive: true, force: true }));

  it('creates its data directory on first start and keeps the data across restarts', async () => {
    const dataDir = join(await scratch, 'not', 'yet', 'there');

    const first = await openDatabase({ pgliteDataDir: dataDir });
    expect(first.engine).toBe('pglite');
    await first.db.insertInto('interaction_types').values({ code: 'survey', name: 'Survey' }).execute();
    await first.close();

    const second = await openDatabase({ pgliteDataDir: dataDir });
    const { rows } = await sql<{ name: string }>`SELECT name FROM interaction_types WHERE code = 'survey'`.execute(second.db);
    await second.close();
    expect(rows).toEqual([{ name: 'Survey' }]);
  });
});
