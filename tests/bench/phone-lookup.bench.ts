/**
 * Screen-pop lookup by caller ID with a million demo clients, on PGlite and on PostgreSQL
 * (targets: p99 ≤ 2 ms and ≤ 1 ms). Seeds each engine with `seedDatabase` (timed), then times
 * `findClientsByPhone` one call after another, as the gateway does for a ringing call: half the
 * numbers belong to a client (spelled the ways PBXes and people write them), half to nobody.
 *
 * `npm run bench -- phone-lookup [--clients N] [--lookups N] [--engines pglite,postgres] [--keep]`
 * `--keep` leaves the seeded databases in place (PostgreSQL `dzvinok_bench_phone_lookup_<N>`,
 * PGlite `.dzvinok/bench/phone-lookup-<N>`) and reuses them on the next run, so the lookups can be
 * timed again on a quiet machine without seeding for minutes.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SimpleFaker } from '@faker-js/faker';
import { sql } from 'kysely';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { openDatabase, type DatabaseEngine, type OpenDatabase } from '../../db/connect.ts';
import { phoneNumberAt, spellingCount, spellPhoneNumber, type PhonePool, type SeedPhoneNumber } from '../../db/seed/phone-numbers.ts';
import { createProgressReporter } from '../../db/seed/seed-progress.ts';
import { seedDatabase } from '../../db/seed/seed.ts';
import { createPhoneLookup } from '../../crm-core/phones/phone.service.ts';
import { onServer, serverDatabaseUrl } from '../support/test-database.ts';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000000' },
    lookups: { type: 'string', default: '20000' },
    engines: { type: 'string', default: 'pglite,postgres' },
    keep: { type: 'boolean', default: false },
  },
});
const clients = Number(args.clients);
const timedLookups = Number(args.lookups);
const engines = args.engines.split(',') as DatabaseEngine[];
const warmUpLookups = 2_000;

interface Probe {
  readonly raw: string;
  /** The client the number belongs to, or null for a number nobody has. */
  readonly clientId: number | null;
}

interface EngineResult {
  readonly engine: DatabaseEngine;
  readonly seedSeconds: number;
  readonly phones: number;
  readonly all: Percentiles;
  readonly existing: Percentiles;
  readonly missing: Percentiles;
}

interface Percentiles {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

const results: EngineResult[] = [];
for (const engine of engines) {
  const result = args.keep
    ? await withKeptDatabase(engine, (database, reused) => measure(engine, database, reused))
    : await withScratchDatabase(engine, (database) => measure(engine, database, false));
  results.push(result);
  console.log(
    `BENCH phone-lookup engine=${engine} clients=${clients} phones=${result.phones} lookups=${timedLookups}` +
      ` p50_ms=${ms(result.all.p50)} p99_ms=${ms(result.all.p99)} max_ms=${ms(result.all.max)}` +
      ` existing_p50_ms=${ms(result.existing.p50)} existing_p99_ms=${ms(result.existing.p99)}` +
      ` missing_p50_ms=${ms(result.missing.p50)} missing_p99_ms=${ms(result.missing.p99)}` +
      ` seed_s=${result.seedSeconds.toFixed(1)} target_p99_ms=${engine === 'postgres' ? 1 : 2}`,
  );
}
const combined = results.flatMap((result) => [
  `${result.engine}_p50_ms=${ms(result.all.p50)}`,
  `${result.engine}_p99_ms=${ms(result.all.p99)}`,
]);
const seedTimes = results.map((result) => `seed_s_${result.engine}=${result.seedSeconds.toFixed(1)}`);
console.log(`BENCH phone-lookup clients=${clients} ${[...combined, ...seedTimes].join(' ')}`);

async function measure(engine: DatabaseEngine, database: OpenDatabase, reused: boolean): Promise<EngineResult> {
  const seeded = reused ? await alreadySeeded(database) : await seed(engine, database);

  const random = new SimpleFaker();
  random.seed(2026);
  const probes = random.helpers.shuffle([
    ...(await existingProbes(database, random, (warmUpLookups + timedLookups) / 2)),
    ...missingProbes(seeded.phones, random, (warmUpLookups + timedLookups) / 2),
  ]);
  const lookup = createPhoneLookup({ db: database.db, defaultCountry: 'UA' });
  const timings = { existing: [] as number[], missing: [] as number[] };
  const wrong: string[] = [];
  for (const [index, probe] of probes.entries()) {
    const started = performance.now();
    const matches = await lookup.findClientsByPhone(probe.raw);
    const elapsed = performance.now() - started;
    const found = matches.map((match) => match.client.id);
    if (probe.clientId === null ? found.length > 0 : !found.includes(probe.clientId)) wrong.push(probe.raw);
    if (index >= warmUpLookups) (probe.clientId === null ? timings.missing : timings.existing).push(elapsed);
  }
  if (wrong.length > 0) throw new Error(`${engine}: ${wrong.length} lookups found the wrong clients, e.g. ${wrong.slice(0, 5).join(', ')}`);
  return {
    engine,
    seedSeconds: seeded.elapsedMs / 1000,
    phones: seeded.phones,
    all: percentiles([...timings.existing, ...timings.missing]),
    existing: percentiles(timings.existing),
    missing: percentiles(timings.missing),
  };
}

interface Seeded {
  readonly phones: number;
  /** 0 when the database was seeded by an earlier run. */
  readonly elapsedMs: number;
}

async function seed(engine: DatabaseEngine, database: OpenDatabase): Promise<Seeded> {
  const progress = createProgressReporter(process.stderr);
  console.error(`${engine}: seeding ${clients.toLocaleString('en-US')} clients`);
  const seeded = await seedDatabase(database.db, { clients }, (report) => progress.report(report));
  progress.finish();
  return { phones: seeded.rows.phones, elapsedMs: seeded.elapsedMs };
}

async function alreadySeeded(database: OpenDatabase): Promise<Seeded> {
  const { phones } = await database.db.selectFrom('phones').select((eb) => eb.fn.countAll<number>().as('phones')).executeTakeFirstOrThrow();
  return { phones: Number(phones), elapsedMs: 0 };
}

/** Phones on file, spelled afresh in one of the ways the seed knows, each with the client it must pop. */
async function existingProbes(database: OpenDatabase, random: SimpleFaker, count: number): Promise<Probe[]> {
  const { min, max } = await database.db
    .selectFrom('phones')
    .select([(eb) => eb.fn.min<number>('id').as('min'), (eb) => eb.fn.max<number>('id').as('max')])
    .executeTakeFirstOrThrow();
  const ids = Array.from({ length: count }, () => random.number.int({ min, max }));
  const rows = await database.db.selectFrom('phones').select(['id', 'e164', 'client_id']).where('id', '=', sql<number>`any(${ids})`).execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id, index) => {
    const row = byId.get(id)!;
    return { raw: spell(seedNumberOf(row.e164!), index), clientId: row.client_id };
  });
}

/** Numbers past every ordinal the seed handed out: valid, well spread, and on nobody's card. */
function missingProbes(phonesOnFile: number, random: SimpleFaker, count: number): Probe[] {
  const pools: PhonePool[] = ['ua-mobile', 'ua-mobile', 'ua-mobile', 'ua-landline', 'foreign'];
  return Array.from({ length: count }, (_, index) => {
    const number = phoneNumberAt(random.helpers.arrayElement(pools), phonesOnFile + random.number.int({ min: 0, max: 5_000_000 }));
    return { raw: spell(number, index), clientId: null };
  });
}

function seedNumberOf(e164: string): SeedPhoneNumber {
  const parsed = parsePhoneNumberFromString(e164)!;
  return { countryCode: parsed.countryCallingCode, nationalNumber: parsed.nationalNumber };
}

function spell(number: SeedPhoneNumber, index: number): string {
  return spellPhoneNumber(number, index % spellingCount(number));
}

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

function ms(value: number): string {
  return value.toFixed(3);
}

/** The seeded database an earlier `--keep` run left, or a new one that stays for the next run. */
async function withKeptDatabase<T>(engine: DatabaseEngine, work: (database: OpenDatabase, reused: boolean) => Promise<T>): Promise<T> {
  const database =
    engine === 'pglite'
      ? await openDatabase({ pgliteDataDir: `.dzvinok/bench/phone-lookup-${clients}` })
      : await openKeptServerDatabase(`dzvinok_bench_phone_lookup_${clients}`);
  try {
    const { count } = await database.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    if (Number(count) !== 0 && Number(count) !== clients) throw new Error(`the kept ${engine} database holds ${count} clients, not ${clients}: remove it`);
    return await work(database, Number(count) === clients);
  } finally {
    await database.close();
  }
}

async function openKeptServerDatabase(name: string): Promise<OpenDatabase> {
  await onServer(`CREATE DATABASE ${name}`).catch((error: unknown) => {
    if (!(error instanceof Error && /already exists/.test(error.message))) throw error;
  });
  return openDatabase({ url: serverDatabaseUrl(name) });
}

/** A fresh database for one engine, removed afterwards: a PGlite data directory on disk, or a database on the server. */
async function withScratchDatabase<T>(engine: DatabaseEngine, work: (database: OpenDatabase) => Promise<T>): Promise<T> {
  if (engine === 'pglite') {
    const directory = await mkdtemp(join(tmpdir(), 'dzvinok-bench-pglite-'));
    try {
      const database = await openDatabase({ pgliteDataDir: directory });
      try {
        return await work(database);
      } finally {
        await database.close();
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }
  const name = `dzvinok_bench_${randomBytes(4).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  try {
    const database = await openDatabase({ url: serverDatabaseUrl(name) });
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  } finally {
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
