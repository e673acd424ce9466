/**
 * Every analytics report over a year of demo data on PostgreSQL (target: each ≤ 2 s with
 * 1,000,000 clients), as a supervisor sees it (all clients) and the heaviest one as a manager.
 * Each report runs once to warm the cache, then `--runs` times; the median counts.
 *
 * Seeding a million clients takes minutes, so an already seeded database can be reused:
 * `BENCH_REPORTS_DATABASE_URL=postgres://.../db npm run bench -- reports` (it is migrated to the
 * latest schema first, and its data's year is read from its newest interaction). Otherwise a
 * scratch database is seeded with `BENCH_CLIENTS` (default 1,000,000) clients and dropped after.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase, type OpenDatabase } from '../../db/connect.ts';
import { createProgressReporter } from '../../db/seed/seed-progress.ts';
import { seedDatabase } from '../../db/seed/seed.ts';
import { createReportService } from '../../crm-core/reports/report.service.ts';
import type { Actor } from '../../crm-core/shared/actor.ts';
import { onServer, serverDatabaseUrl } from '../support/test-database.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(args.runs);
const reuseUrl = process.env.BENCH_REPORTS_DATABASE_URL;
const clientsToSeed = Number(process.env.BENCH_CLIENTS ?? 1_000_000);
const targetMs = 2000;

const results = reuseUrl === undefined ? await withSeededScratchDatabase(measure) : await withDatabase(reuseUrl, measure);
const slowest = Math.max(...Object.values(results.timings));
console.log(
  `BENCH reports clients=${results.clients} interactions=${results.interactions} deals=${results.deals} ` +
    Object.entries(results.timings).map(([name, ms]) => `${name}_ms=${ms.toFixed(0)}`).join(' ') +
    ` max_ms=${slowest.toFixed(0)} target_ms=${targetMs}`,
);
process.exit(slowest <= targetMs ? 0 : 1);

async function measure(database: OpenDatabase) {
  const { db } = database;
  await sql`analyze`.execute(db);
  const counts = await sql<{ clients: number; interactions: number; deals: number; newest: Date }>`
    select (select count(*) from clients) as clients, (select count(*) from interactions) as interactions,
      (select count(*) from deals) as deals, (select max(started_at) from interactions where started_at < now()) as newest
  `.execute(db);
  const { clients, interactions, deals, newest } = counts.rows[0]!;
  const period = { from: new Date(newest.getTime() - 365 * 86_400_000), to: newest };
  const supervisor: Actor = { userId: null, role: 'supervisor' };
  const busiestManager = await sql<{ manager_id: number }>`
    select manager_id from clients where manager_id is not null group by manager_id order by count(*) desc limit 1
  `.execute(db);
  const manager: Actor = { userId: busiestManager.rows[0]!.manager_id, role: 'manager' };
  const reports = createReportService({ db, clock: { now: () => newest } });
  const asSupervisor = { period, actor: supervisor };

  const timings: Record<string, number> = {
    abc_xyz: await median(() => reports.abcXyz(asSupervisor)),
    abc_xyz_manager: await median(() => reports.abcXyz({ period, actor: manager })),
    managers: await median(() => reports.managerEfficiency(asSupervisor)),
    lost_reasons: await median(() => reports.lostReasons(asSupervisor)),
    campaigns: await median(() => reports.campaigns(asSupervisor)),
    calls: await median(() => reports.callStatistics(asSupervisor)),
    inquiries: await median(() => reports.inquiries({ ...asSupervisor, bucket: 'week' })),
  };
  return { clients, interactions, deals, timings };
}

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function withDatabase<T>(url: string, work: (database: OpenDatabase) => Promise<T>): Promise<T> {
  const database = await openDatabase({ url });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function withSeededScratchDatabase<T>(work: (database: OpenDatabase) => Promise<T>): Promise<T> {
  const name = `dzvinok_bench_${randomBytes(4).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  try {
    return await withDatabase(serverDatabaseUrl(name), async (database) => {
      const progress = createProgressReporter(process.stderr);
      console.error(`postgres: seeding ${clientsToSeed.toLocaleString('en-US')} clients`);
      await seedDatabase(database.db, { clients: clientsToSeed }, (report) => progress.report(report));
      progress.finish();
      return work(database);
    });
  } finally {
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
