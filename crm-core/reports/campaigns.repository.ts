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
    select c.ad_source, count(*) as deals_won, coalesce(sum(d.amount) filter (where d.currency = ${query.currency}), 0)::text as revenue
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

export interface MailingFiguresRow {
  readonly mailing_id: number;
  readonly name: string;
  readonly sent: number;
  readonly segments: number;
  readonly responses: number;
  readonly conversions: number;
  readonly deals_won: number;
  readonly revenue: string;
  /** Null when no cost basis was given. */
  readonly cost: string | null;
}

export interface MailingQuery extends ReportQuery {
  /** A recipient's contacts and won deals this long after the message count for the mailing. */
  readonly attributionDays: number;
  /** Turns messages into money: null leaves the cost out. */
  readonly cost: { readonly pricePerSegment: number; readonly exchangeRate: string } | null;
}

/**
 * Each mailing's messages sent in the period, with what their recipients did within the
 * attribution window after their message: got in touch (any incoming contact, a reply included),
 * and won deals.
 */
export async function selectMailingFigures(db: Kysely<Database>, query: MailingQuery): Promise<MailingFiguresRow[]> {
  const window = sql`make_interval(days => ${query.attributionDays})`;
  // Twilio's own price where it was recorded, the configured price per segment otherwise.
  const cost = query.cost === null
    ? sql`null`
    : sql`round(sum(coalesce(abs(s.price), s.segments * ${String(query.cost.pricePerSegment)}::numeric)) * ${query.cost.exchangeRate}::numeric, 2)::text`;
  const { rows } = await sql<MailingFiguresRow>`
    with sent as (
      select r.mailing_id, r.client_id, r.submitted_at, r.segments, r.price
      from sms_mailing_recipients r
      where r.state = 'submitted' and r.submitted_at >= ${query.from} and r.submitted_at < ${query.to}
        and ${clientInScope('r.client_id', query.managerId)}
    ), outcomes as (
      select s.*,
        exists (
          select 1 from interactions i
          where i.client_id = s.client_id and i.direction = 'in' and i.started_at > s.submitted_at and i.started_at <= s.submitted_at + ${window}
        ) as responded,
        won.deals, won.revenue
      from sent s
      cross join lateral (
        select count(*) as deals, coalesce(sum(d.amount) filter (where d.currency = ${query.currency}), 0) as revenue
        from deals d
        where d.client_id = s.client_id and d.stage = 'won' and d.closed_at > s.submitted_at and d.closed_at <= s.submitted_at + ${window}
      ) won
    )
    select s.mailing_id, m.name, count(*) as sent, sum(s.segments) as segments,
      count(*) filter (where s.responded) as responses, count(*) filter (where s.deals > 0) as conversions,
      sum(s.deals)::bigint as deals_won, sum(s.revenue)::text as revenue, ${cost} as cost
    from outcomes s join sms_mailings m on m.id = s.mailing_id
    group by s.mailing_id, m.name
  `.execute(db);
  return rows;
}
