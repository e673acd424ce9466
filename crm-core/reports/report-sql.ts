import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ManagerScope } from './report-request.ts';

/** `true`, or "this client is one the manager manages", for a client id column. */
export function clientInScope(clientIdColumn: string, managerId: ManagerScope): RawBuilder<boolean> {
  if (managerId === null) return sql<boolean>`true`;
  return sql<boolean>`${sql.ref(clientIdColumn)} in (select id from clients where manager_id = ${managerId})`;
}

/** Calls that reached a person: answered, or answered and then passed on. */
export const answeredOutcomes = sql.raw(`('answered', 'transferred')`);

/**
 * Settings for the report queries of one transaction: a report scans up to a year of rows once,
 * so compiling it to machine code (JIT) costs more than it saves (about a second measured on a
 * million clients), and sorts and hashes of a few hundred thousand rows should stay in memory.
 */
export async function tuneForReports(trx: Transaction<Database>): Promise<void> {
  await sql`set local jit = off`.execute(trx);
  await sql`set local work_mem = '64MB'`.execute(trx);
}

/** Runs the queries of one report in a read-only transaction tuned by `tuneForReports`. */
export async function inReportTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().setAccessMode('read only').execute(async (trx) => {
    await tuneForReports(trx);
    return work(trx);
  });
}
