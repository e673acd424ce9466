/**
 * `npm run seed -- --clients N [--seed S] [--database-url URL] [--demo-password P] [--append]`
 * Seeds PostgreSQL at --database-url (or DATABASE_URL), else the embedded PGlite database.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../connect.ts';
import { createProgressReporter, formatDuration } from './seed-progress.ts';
import { defaultSeed, SeedRefusedError, seedDatabase, type SeedResult } from './seed.ts';

const usage = `Usage: npm run seed -- [--clients N] [--seed S] [--database-url URL] [--demo-password P] [--append]
  --clients N          clients to generate (default 1000)
  --seed S             the same seed gives the same data (default ${defaultSeed})
  --database-url URL   PostgreSQL to fill (default: DATABASE_URL, else the embedded PGlite database)
  --demo-password P    password of the demo users (default demo-password)
  --append             add to a database that already has clients`;

function readOptions() {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '1000' },
      seed: { type: 'string', default: String(defaultSeed) },
      'database-url': { type: 'string' },
      'demo-password': { type: 'string' },
      append: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const clients = Number(values.clients);
  const seed = Number(values.seed);
  const problems = [
    ...(Number.isSafeInteger(clients) && clients >= 0 ? [] : [`--clients must be a whole number, got "${values.clients}"`]),
    ...(Number.isSafeInteger(seed) ? [] : [`--seed must be a whole number, got "${values.seed}"`]),
  ];
  return {
    help: values.help,
    problems,
    clients,
    seed,
    databaseUrl: values['database-url'] ?? process.env.DATABASE_URL,
    demoPassword: values['demo-password'],
    append: values.append,
  };
}

function printSummary(result: SeedResult, clients: number): void {
  const rows = Object.entries(result.rows).map(([table, count]) => `${table} ${count.toLocaleString('en-US')}`);
  console.log(`Seeded ${clients.toLocaleString('en-US')} clients in ${formatDuration(result.elapsedMs / 1000)}: ${rows.join(', ')}`);
  console.log(`Demo users (password "${result.demoPassword}" for users this run created):`);
  for (const user of result.demoUsers) {
    const phone = user.extension ? ` extension ${user.extension}` : '';
    const sip = user.sipPassword ? ` (SIP ${user.extension} / ${user.sipPassword})` : '';
    console.log(`  ${user.login.padEnd(12)} ${user.role.padEnd(10)}${phone}${sip}`);
  }
}

async function main(): Promise<number> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if (options.help) {
    console.log(usage);
    return 0;
  }
  if (options.problems.length > 0) {
    console.error(`${options.problems.join('\n')}\n${usage}`);
    return 2;
  }

  const database = await openDatabase(options.databaseUrl ? { url: options.databaseUrl } : {});
  const progress = createProgressReporter(process.stderr);
  try {
    console.error(`Seeding ${options.clients.toLocaleString('en-US')} clients into ${database.engine} (seed ${options.seed})`);
    const result = await seedDatabase(
      database.db,
      { clients: options.clients, seed: options.seed, demoPassword: options.demoPassword, append: options.append },
      (report) => progress.report(report),
    );
    progress.finish();
    printSummary(result, options.clients);
    return 0;
  } catch (error) {
    progress.finish();
    if (!(error instanceof SeedRefusedError)) throw error;
    console.error(`${error.message} (--append adds to it)`);
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
