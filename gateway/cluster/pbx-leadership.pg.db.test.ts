/**
 * The PBX lock between gateways on one PostgreSQL: one leads and runs the adapter, and when its
 * lock connection dies it stops the adapter at once and another gateway takes over.
 */
import pino from 'pino';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/connect.ts';
import type { PbxAdapter } from '../../pbx-adapter/index.ts';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import { createPbxLeadership, type PbxLeadership } from './pbx-leadership.ts';

const quiet = pino({ level: 'silent' });

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** An adapter that only says whether it runs; "AMI connections held" is the count of running ones. */
function countingAdapters() {
  const running = new Set<string>();
  let made = 0;
  return {
    running,
    create(owner: string): () => PbxAdapter {
      return () => {
        const id = `${owner}#${made++}`;
        return {
          start: async () => void running.add(id),
          stop: async () => void running.delete(id),
          on: () => () => {},
          status: () => ({ state: running.has(id) ? 'connected' : 'stopped' }),
          liveCalls: () => [],
          agentStates: () => [],
          originateClickToCall: async () => {},
          hangup: async () => {},
          transfer: async () => {},
          supervise: async () => ({ spiedCallId: '' }),
        };
      };
    },
  };
}

const leaderships: PbxLeadership[] = [];
afterEach(async () => {
  await Promise.all(leaderships.splice(0).map((leadership) => leadership.stop()));
});

function gateway(nodeId: string, adapters: ReturnType<typeof countingAdapters>, retryMs = 100): PbxLeadership {
  const leadership = createPbxLeadership({ database: { engine: 'postgres', url: database.url }, createAdapter: adapters.create(nodeId), log: quiet, nodeId, retryMs });
  leaderships.push(leadership);
  return leadership;
}

async function cutLockConnection(nodeId: string): Promise<void> {
  await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ${`dzvinok-pbx-leadership:${nodeId}`}`.execute(database.db);
}

describe('the PBX lock', () => {
  it('lets one gateway run the adapter; the others wait', async () => {
    const adapters = countingAdapters();
    const first = gateway('gw-a', adapters);
    const second = gateway('gw-b', adapters);
    await first.start();
    await second.start();

    expect(first.current().role).toBe('leader');
    expect(second.current().role).toBe('follower');
    expect([...adapters.running]).toEqual(['gw-a#0']);
  });

  it('a leader that loses its lock connection stops its adapter at once, and another gateway takes over', async () => {
    const adapters = countingAdapters();
    // The cut gateway reconnects and competes again: slower, so that the other is the one to take over.
    const first = gateway('gw-a', adapters, 5_000);
    const second = gateway('gw-b', adapters);
    await first.start();
    await second.start();
    const heldAtOnce: number[] = [];
    first.onChange(() => heldAtOnce.push(adapters.running.size));
    second.onChange(() => heldAtOnce.push(adapters.running.size));

    await cutLockConnection('gw-a');

    await expect.poll(() => first.current().role).toBe('follower');
    expect(adapters.running.has('gw-a#0')).toBe(false);
    await expect.poll(() => second.current().role).toBe('leader');
    expect([...adapters.running]).toEqual(['gw-b#1']);
    expect(Math.max(...heldAtOnce)).toBeLessThanOrEqual(1);
  });

  it('a gateway that gives up the lock gracefully is replaced, and competes again once back', async () => {
    const adapters = countingAdapters();
    const first = gateway('gw-a', adapters);
    const second = gateway('gw-b', adapters);
    await first.start();
    await second.start();

    await first.stop();
    await expect.poll(() => second.current().role).toBe('leader');
    await first.start();
    expect(first.current().role).toBe('follower');

    const leadersSeen: string[] = [];
    first.onChange((role) => leadersSeen.push(`gw-a ${role.role}`));
    second.onChange((role) => leadersSeen.push(`gw-b ${role.role}`));
    await cutLockConnection('gw-b');
    await expect.poll(() => leadersSeen[0]).toBe('gw-b follower');
    await expect.poll(() => [first, second].filter((gateway) => gateway.current().role === 'leader')).toHaveLength(1);
    expect(adapters.running.size).toBe(1);
  });

  it('on the embedded database, the only gateway leads', async () => {
    const adapters = countingAdapters();
    const embedded = createPbxLeadership({ database: { engine: 'pglite', url: 'unused' }, createAdapter: adapters.create('embedded'), log: quiet });
    leaderships.push(embedded);
    await embedded.start();
    expect(embedded.current().role).toBe('leader');
    expect(adapters.running.size).toBe(1);
  });
});
