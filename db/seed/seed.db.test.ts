import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPhoneLookup } from '../../crm-core/phones/phone.service.ts';
import { createUserService } from '../../crm-core/users/user.service.ts';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import type { OpenDatabase } from '../connect.ts';
import { demoUsers } from './demo-users.ts';
import { SeedRefusedError, seedDatabase, type SeedProgress, type SeedResult } from './seed.ts';

const now = new Date('2026-11-24T12:00:00Z');
const options = { clients: 200, seed: 42, now, batchSize: 64 };

let database: OpenDatabase;
let twin: OpenDatabase;
let result: SeedResult;
const progress: SeedProgress[] = [];

beforeAll(async () => {
  [database, twin] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  [result] = await Promise.all([
    seedDatabase(database.db, options, (report) => progress.push(report)),
    seedDatabase(twin.db, options),
  ]);
});

afterAll(async () => {
  await Promise.all([database?.close(), twin?.close()]);
});

async function countRows(table: keyof SeedResult['rows']): Promise<number> {
  const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return row.count;
}

describe('seeding the database', () => {
  it('writes the requested clients and everything it reports, reporting progress batch by batch', async () => {
    expect(result.rows.clients).toBe(200);
    for (const table of Object.keys(result.rows) as (keyof SeedResult['rows'])[]) {
      expect({ table, count: await countRows(table) }).toEqual({ table, count: result.rows[table] });
    }
    expect(result.rows.phones).toBeGreaterThan(250);
    expect(result.rows.interactions).toBeGreaterThan(600);
    expect(progress.map((report) => report.clientsWritten)).toEqual([64, 128, 192, 200]);
  });

  it('gives every client at least one phone, and no number to two phones', async () => {
    const withoutPhone = await database.db
      .selectFrom('clients')
      .select('id')
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('phones').select('phones.id').whereRef('phones.client_id', '=', 'clients.id'))))
      .execute();
    expect(withoutPhone).toEqual([]);
    const numbers = await database.db
      .selectFrom('phones')
      .select([(eb) => eb.fn.countAll<number>().as('phones'), sql<number>`count(distinct e164)::int`.as('numbers')])
      .executeTakeFirstOrThrow();
    expect(numbers.numbers).toBe(numbers.phones);
  });

  it('finds the client behind every seeded spelling with the screen-pop lookup, and nobody for an unknown number', async () => {
    const lookup = createPhoneLookup({ db: database.db, defaultCountry: 'UA' });
    const sample = await database.db
      .selectFrom('phones')
      .select(['raw', 'client_id', 'contact_person_id'])
      .where(sql<boolean>`client_id % 4 = 0`)
      .orderBy('id')
      .execute();
    expect(sample.length).toBeGreaterThan(50);
    for (const phone of sample) {
      const matches = await lookup.findClientsByPhone(phone.raw);
      expect({ raw: phone.raw, found: matches.map((match) => [match.client.id, match.contactPerson?.id ?? null]) }).toEqual({
        raw: phone.raw,
        found: [[phone.client_id, phone.contact_person_id]],
      });
    }
    expect(await lookup.findClientsByPhone('+380 50 000 00 01')).toEqual([]);
  });

  it('creates the demo users, who log in with the demo password', async () => {
    const users = createUserService({ db: database.db });
    for (const demo of demoUsers) {
      expect(await users.verifyCredentials(demo.login, 'demo-password')).toMatchObject({ role: demo.role, extension: demo.extension });
    }
    expect(await users.verifyCredentials('admin', 'wrong-password')).toBeNull();
    const browserPhone = await users.findByExtension('7001');
    expect(await users.sipCredentials(browserPhone!.id)).toMatchObject({ username: '7001', password: '7001-secret' });
  });

  it('defines the custom properties and segments, and gives clients values of them', async () => {
    const definitions = await database.db.selectFrom('property_definitions').select(['name', 'type', 'show_in_pop']).orderBy('name').execute();
    expect(definitions).toEqual([
      { name: 'Colour', type: 'enum', show_in_pop: false },
      { name: 'Solvency', type: 'enum', show_in_pop: true },
      { name: 'VIP', type: 'bool', show_in_pop: true },
    ]);
    expect(await countRows('client_property_values')).toBeGreaterThan(100);
    const segments = await database.db.selectFrom('segments').select('name').execute();
    expect(segments.length).toBeGreaterThanOrEqual(3);
  });

  it('makes the same data from the same seed', async () => {
    const snapshot = (db: OpenDatabase['db']) =>
      Promise.all([
        db.selectFrom('clients').select(['id', 'full_name', 'short_name', 'region', 'birthday', 'created_at']).orderBy('id').execute(),
        db.selectFrom('phones').select(['client_id', 'contact_person_id', 'raw', 'e164']).orderBy('id').execute(),
        db.selectFrom('interactions').select(['client_id', 'channel', 'started_at', 'call_outcome', 'pbx_call_id']).orderBy('id').execute(),
        db.selectFrom('deals').select(['client_id', 'amount', 'stage']).orderBy('id').execute(),
      ]);
    expect(await snapshot(twin.db)).toEqual(await snapshot(database.db));
  });

  it('refuses a database that already has clients, and appends with new numbers when asked', async () => {
    await expect(seedDatabase(twin.db, options)).rejects.toThrow(SeedRefusedError);

    const appended = await seedDatabase(twin.db, { ...options, clients: 50, append: true });
    expect(appended.rows.clients).toBe(50);
    const counts = await twin.db
      .selectFrom('phones')
      .select([(eb) => eb.fn.countAll<number>().as('phones'), sql<number>`count(distinct e164)::int`.as('numbers')])
      .executeTakeFirstOrThrow();
    expect(counts).toEqual({ phones: result.rows.phones + appended.rows.phones, numbers: result.rows.phones + appended.rows.phones });
    const userCount = await twin.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(userCount.count).toBe(demoUsers.length);
  });
});
