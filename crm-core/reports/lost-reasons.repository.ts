import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ReportQuery } from './report-request.ts';
import { clientInScope } from './report-sql.ts';

export interface LostReasonRow {
  readonly reason: string;
  readonly deals: number;
  readonly amount: string;
}

/** Deals lost in the period by reason, the same reason in any letter case counted once, most frequent first. */
export async function selectLostReasons(db: Kysely<Database>, query: ReportQuery): Promise<LostReasonRow[]> {
  const { rows } = await sql<LostReasonRow>`
    select coalesce(min(lost_reason), '') as reason, count(*) as deals,
      coalesce(sum(amount) filter (where currency = ${query.currency}), 0)::text as amount
    from deals
    where stage = 'lost' and closed_at >= ${query.from} and closed_at < ${query.to}
      and ${clientInScope('client_id', query.managerId)}
    group by lower(coalesce(lost_reason, ''))
    order by deals desc, sum(amount) filter (where currency = ${query.currency}) desc nulls last, reason
  `.execute(db);
  return rows;
}
