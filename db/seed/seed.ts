/**
 * Fills a migrated database with demo data: staff with known passwords, custom properties,
 * segments, and `clients` generated clients with their contacts, phones, emails, a year of
 * interactions, deals and tasks. The demo start, the CLI, tests and benchmarks all call this.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { createClientGenerator, type ClientDraft, type ClientGenerator } from './client-generator.ts';
import { defaultDemoPassword, demoUsers, ensureDemoUsers, type DemoUser } from './demo-users.ts';
import { ensureDemoProperties, ensureDemoSegments } from './demo-settings.ts';
import { insertClientBatch, type WrittenRows } from './seed-writer.ts';

export interface SeedOptions {
  readonly clients: number;
  /** The same seed gives the same data. */
  readonly seed?: number;
  /** The password of every demo user this run creates. */
  readonly demoPassword?: string;
  /** Add to a database that already has clients (refused otherwise). */
  readonly append?: boolean;
  /** The end of the year the interactions span; now by default. */
  readonly now?: Date;
  readonly batchSize?: number;
}

export interface SeedProgress {
  readonly clientsWritten: number;
  readonly clientsTotal: number;
  readonly rowsWritten: number;
  readonly elapsedMs: number;
}

export interface SeedResult {
  readonly rows: WrittenRows;
  readonly elapsedMs: number;
  readonly demoUsers: readonly DemoUser[];
  readonly demoPassword: string;
}

/** The database already has clients and the caller did not ask to append. */
export class SeedRefusedError extends Error {
  override readonly name = 'SeedRefusedError';
}

export const defaultSeed = 1;
const defaultBatchSize = 2000;
/** Generating this many clients at a time lets the previous batch's statements flow meanwhile. */
const generationChunk = 200;

export async function seedDatabase(
  db: Kysely<Database>,
  options: SeedOptions,
  onProgress: (progress: SeedProgress) => void = () => {},
): Promise<SeedResult> {
  const startedAt = performance.now();
  if (!options.append && (await hasClients(db))) {
    throw new SeedRefusedError('The database already has clients; seed an empty database, or append to it explicitly.');
  }
  const demoPassword = options.demoPassword ?? defaultDemoPassword;
  const staff = await ensureDemoUsers(db, demoPassword);
  const propertyIds = await ensureDemoProperties(db);
  await ensureDemoSegments(db, propertyIds, staff.adminId);

  const generator = createClientGenerator({
    ...staff,
    seed: options.seed ?? defaultSeed,
    now: options.now ?? new Date(),
    propertyIds,
    interactionsPerClient: averageInteractionsPerClient(options.clients),
    firstPhoneOrdinal: await countPhones(db),
  });
  const rows = await writeClients(db, generator, options, (written) =>
    onProgress({ ...written, clientsTotal: options.clients, elapsedMs: performance.now() - startedAt }),
  );
  // Statistics and visibility maps as a settled database has them; PGlite has no autovacuum to make them later.
  await sql`vacuum analyze`.execute(db);
  return { rows, elapsedMs: performance.now() - startedAt, demoUsers, demoPassword };
}

/**
 * About six interactions per client for a demo-sized database; thinner for very large ones so a
 * million clients load in minutes, yet never fewer than one and a half on average.
 */
export function averageInteractionsPerClient(clients: number): number {
  const full = 6;
  const fullUpTo = 20_000;
  return clients <= fullUpTo ? full : Math.max(1.5, full * Math.sqrt(fullUpTo / clients));
}

async function writeClients(
  db: Kysely<Database>,
  generator: ClientGenerator,
  options: SeedOptions,
  onBatch: (written: { clientsWritten: number; rowsWritten: number }) => void,
): Promise<WrittenRows> {
  const batchSize = options.batchSize ?? defaultBatchSize;
  const total: WrittenRows = {
    clients: 0, contact_persons: 0, phones: 0, emails: 0, client_property_values: 0, interactions: 0, deals: 0, tasks: 0,
  };
  let rowsWritten = 0;
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < options.clients; start += batchSize) {
    const drafts = await generate(generator, Math.min(batchSize, options.clients - start));
    await writing;
    writing = insertClientBatch(db, drafts).then((written) => {
      for (const table of Object.keys(total) as (keyof WrittenRows)[]) total[table] += written[table];
      rowsWritten += Object.values(written).reduce((sum, count) => sum + count, 0);
      onBatch({ clientsWritten: total.clients, rowsWritten });
    });
    // Awaited before the next batch is written; this only keeps a failure meanwhile from counting as unhandled.
    writing.catch(() => {});
  }
  await writing;
  return total;
}

/** Generates in chunks, yielding between them so the batch being written keeps moving. */
async function generate(generator: ClientGenerator, count: number): Promise<ClientDraft[]> {
  const drafts: ClientDraft[] = [];
  while (drafts.length < count) {
    const chunk = Math.min(generationChunk, count - drafts.length);
    for (let i = 0; i < chunk; i++) drafts.push(generator.nextClient());
    await new Promise((resolve) => setImmediate(resolve));
  }
  return drafts;
}

async function hasClients(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('clients').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

async function countPhones(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('phones').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return row.count;
}
