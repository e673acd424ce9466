import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ReportQuery } from './report-request.ts';
import { clientInScope } from './report-sql.ts';

export interface SourceRevenueRow {
  readonly ad_source: string | null;
  readonly deals_won: number;
  readonly revenue: string;
}

export interface SourceCostRow {
  readonly ad_source: string;
  readonly cost: string;
}

/** Revenue of deals won in the period, by the advertising source that brought the client. */
export async function selectRevenueBySource(db: Kysely<Database>, query: ReportQuery): Promise<SourceRevenueRow[]> {
  const { rows } = await sql<SourceRevenueRow>`
    select c.ad_source, count(*) as deals_won, sum(d.amount)::text as revenue
    from deals d join clients c on c.id = d.client_id
    where d.stage = 'won' and d.closed_at >= ${query.from} and d.closed_at < ${query.to}
      and ${clientInScope('d.client_id', query.managerId)}
    group by c.ad_source
  `.execute(db);
  return rows;
}

/** What each source cost in the months whose first day (in the report's zone) falls in the period. */
export async function selectCostBySource(db: Kysely<Database>, query: ReportQuery): Promise<SourceCostRow[]> {
  return db
    .selectFrom('campaign_costs')
    .select(['ad_source', sql<string>`sum(amount)::text`.as('cost')])
    .where(sql<boolean>`(month::timestamp at time zone ${query.timeZone}) >= ${query.from}`)
    .where(sql<boolean>`(month::timestamp at time zone ${query.timeZone}) < ${query.to}`)
    .groupBy('ad_source')
    .execute();
}

export async function upsertCampaignCost(db: Kysely<Database>, cost: { adSource: string; month: string; amount: string; at: Date }): Promise<void> {
  await db
    .insertInto('campaign_costs')
    .values({ ad_source: cost.adSource, month: cost.month, amount: cost.amount, updated_at: cost.at })
    .onConflict((conflict) => conflict.columns(['ad_source', 'month']).doUpdateSet({ amount: cost.amount, updated_at: cost.at }))
    .execute();
}

export async function selectCampaignCosts(db: Kysely<Database>, fromMonth: string, toMonth: string) {
  return db
    .selectFrom('campaign_costs')
    .select(['ad_source', 'month', 'amount'])
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .orderBy('month')
    .orderBy('ad_source')
    .execute();
}
