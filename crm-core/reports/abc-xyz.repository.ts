import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ReportQuery } from './report-request.ts';
import { clientInScope } from './report-sql.ts';

export interface AbcXyzQuery extends ReportQuery {
  /** Shares of revenue as fractions: A while the revenue ranked before is under `a`, B under `aPlusB`. */
  readonly a: number;
  readonly aPlusB: number;
  /** Coefficient-of-variation limits: X up to `x`, Y up to `y`. */
  readonly x: number;
  readonly y: number;
  /** Calendar months in the period: months without a purchase count as zero. */
  readonly months: number;
  readonly clientLimit: number;
}

export interface AbcXyzCellRow {
  readonly abc: 'A' | 'B' | 'C';
  readonly xyz: 'X' | 'Y' | 'Z';
  readonly clients: number;
  readonly revenue: string;
}

export interface AbcXyzClientRow {
  readonly client_id: number;
  readonly full_name: string;
  readonly manager_id: number | null;
  readonly revenue: string;
  readonly share: number;
  readonly months_bought: number;
  readonly cv: number;
  readonly abc: 'A' | 'B' | 'C';
  readonly xyz: 'X' | 'Y' | 'Z';
}

/**
 * Classifies every client with revenue from deals won in the period, in one pass: ABC by the
 * share of revenue ranked before the client, XYZ by the coefficient of variation of its monthly
 * revenue over all the period's months (population standard deviation / mean). Returns the nine
 * cells and the top clients by revenue.
 */
export async function selectAbcXyz(db: Kysely<Database>, query: AbcXyzQuery): Promise<{ cells: AbcXyzCellRow[]; clients: AbcXyzClientRow[] }> {
  const months = query.months;
  const { rows } = await sql<{ cells: AbcXyzCellRow[]; clients: AbcXyzClientRow[] }>`
    with purchases as (
      select client_id, date_trunc('month', closed_at, ${query.timeZone}) as month, sum(amount) as amount
      from deals
      where stage = 'won' and closed_at >= ${query.from} and closed_at < ${query.to} and currency = ${query.currency}
        and ${clientInScope('client_id', query.managerId)}
      group by client_id, 2
    ), per_client as (
      select client_id, sum(amount) as revenue, sum(amount * amount) as squares, count(*)::int as months_bought
      from purchases group by client_id having sum(amount) > 0
    ), ranked as (
      select client_id, revenue, squares, months_bought,
        revenue / sum(revenue) over () as share,
        coalesce(sum(revenue) over (order by revenue desc, client_id rows between unbounded preceding and 1 preceding), 0)
          / sum(revenue) over () as share_before,
        row_number() over (order by revenue desc, client_id) as place
      from per_client
    ), classified as (
      select client_id, revenue, share, months_bought, place,
        case when share_before < ${query.a}::numeric then 'A' when share_before < ${query.aPlusB}::numeric then 'B' else 'C' end as abc,
        round(sqrt(greatest(squares / ${months}::numeric - power(revenue / ${months}::numeric, 2), 0)) / (revenue / ${months}::numeric), 4) as cv
      from ranked
    ), classes as (
      select *, case when cv <= ${query.x}::numeric then 'X' when cv <= ${query.y}::numeric then 'Y' else 'Z' end as xyz
      from classified
    )
    select
      (select coalesce(json_agg(cell), '[]') from (
         select abc, xyz, count(*) as clients, sum(revenue)::text as revenue from classes group by abc, xyz
       ) cell) as cells,
      (select coalesce(json_agg(top order by top.place), '[]') from (
         select k.client_id, c.full_name, c.manager_id, k.revenue::text as revenue, k.share::float8 as share, k.months_bought,
           k.cv::float8 as cv, k.abc, k.xyz, k.place
         from classes k join clients c on c.id = k.client_id
         where k.place <= ${query.clientLimit}
       ) top) as clients
  `.execute(db);
  return rows[0] ?? { cells: [], clients: [] };
}
