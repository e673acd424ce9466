import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initialCrm from './migrations/2026-11-24T20-00-initial-crm.ts';
import * as sessions from './migrations/2026-11-25T00-00-sessions.ts';
import * as sms from './migrations/2026-11-25T01-00-sms.ts';
import * as workAndAnalytics from './migrations/2026-11-25T02-00-work-and-analytics.ts';
import * as screenPop from './migrations/2026-11-25T03-00-screen-pop.ts';
import * as callbacks from './migrations/2026-11-25T03-30-callbacks.ts';
import * as reportMoney from './migrations/2026-11-25T04-10-report-money.ts';
import * as callLogNumbers from './migrations/2026-11-25T05-00-call-log-numbers.ts';

/** Every migration, in order. Names are timestamps so they sort; a landed migration never changes. */
const migrations: Record<string, Migration> = {
  '2026-11-24T20-00-initial-crm': initialCrm,
  '2026-11-25T00-00-sessions': sessions,
  '2026-11-25T01-00-sms': sms,
  '2026-11-25T02-00-work-and-analytics': workAndAnalytics,
  '2026-11-25T03-00-screen-pop': screenPop,
  '2026-11-25T03-30-callbacks': callbacks,
  '2026-11-25T04-10-report-money': reportMoney,
  '2026-11-25T05-00-call-log-numbers': callLogNumbers,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database to the latest schema. Safe to run on every start, from several processes at once. */
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Database migration failed${name}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
