/**
 * The bus over PostgreSQL LISTEN/NOTIFY between gateways with their own connections: delivery,
 * origin, order, messages far beyond NOTIFY's 8000 bytes, and a listener whose connection is cut.
 */
import pino from 'pino';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/connect.ts';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import { NOTIFY_PAYLOAD_LIMIT_BYTES, createPostgresBus, type ClusterBus } from './cluster-bus.ts';

const quiet = pino({ level: 'silent' });

interface Note {
  readonly text: string;
}

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const buses: ClusterBus<Note>[] = [];
afterEach(async () => {
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
});

async function connectedBus(nodeId: string): Promise<{ bus: ClusterBus<Note>; heard: { message: Note; origin: string }[]; connections: () => number }> {
  const bus = createPostgresBus<Note>({ url: database.url, log: quiet, nodeId, reconnectDelayMs: 100 });
  buses.push(bus);
  const heard: { message: Note; origin: string }[] = [];
  let connections = 0;
  bus.subscribe((message, origin) => heard.push({ message, origin }));
  await new Promise<void>((resolve) => bus.onConnected(() => (connections++, resolve())));
  return { bus, heard, connections: () => connections };
}

describe('the cluster bus on PostgreSQL', () => {
  it('delivers to the other gateways, in order, with the origin, and never back to the sender', async () => {
    const a = await connectedBus('node-a');
    const b = await connectedBus('node-b');
    const c = await connectedBus('node-c');

    for (let index = 0; index < 50; index++) a.bus.publish({ text: `call ${index}` });
    b.bus.publish({ text: 'from b' });

    const fromA = Array.from({ length: 50 }, (_, index) => ({ message: { text: `call ${index}` }, origin: 'node-a' }));
    await expect.poll(() => b.heard).toEqual(fromA);
    await expect.poll(() => c.heard).toEqual(expect.arrayContaining([...fromA, { message: { text: 'from b' }, origin: 'node-b' }]));
    expect(c.heard.filter((heard) => heard.origin === 'node-a')).toEqual(fromA);
    expect(a.heard).toEqual([{ message: { text: 'from b' }, origin: 'node-b' }]);
  });

  it('delivers a message far larger than a NOTIFY payload intact, between small ones, and equal messages each time', async () => {
    const a = await connectedBus('node-a');
    const b = await connectedBus('node-b');
    const large = { text: 'Гнатюк Олена 📞 +380441234567 '.repeat(4000) };
    expect(Buffer.byteLength(JSON.stringify(large))).toBeGreaterThan(20 * NOTIFY_PAYLOAD_LIMIT_BYTES);

    a.bus.publish({ text: 'before' });
    a.bus.publish(large);
    a.bus.publish({ text: 'after' });
    a.bus.publish({ text: 'after' });

    await expect.poll(() => b.heard.length).toBe(4);
    expect(b.heard.map((heard) => heard.message)).toEqual([{ text: 'before' }, large, { text: 'after' }, { text: 'after' }]);
  });

  it('a gateway whose connection is cut reconnects, says so, and hears what is published after', async () => {
    const a = await connectedBus('node-a');
    const b = await connectedBus('node-b');
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dzvinok-bus:node-b'`.execute(database.db);

    await expect.poll(() => b.connections()).toBe(2);
    a.bus.publish({ text: 'after the cut' });
    await expect.poll(() => b.heard).toEqual([{ message: { text: 'after the cut' }, origin: 'node-a' }]);
  });

  it('a publisher whose connection is cut reconnects and its later messages get through', async () => {
    const a = await connectedBus('node-a');
    const b = await connectedBus('node-b');
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dzvinok-bus:node-a'`.execute(database.db);
    await expect.poll(() => a.connections()).toBe(2);
    a.bus.publish({ text: 'published after the cut' });

    await expect.poll(() => b.heard).toEqual([{ message: { text: 'published after the cut' }, origin: 'node-a' }]);
  });
});
