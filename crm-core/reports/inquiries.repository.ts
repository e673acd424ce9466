import { type Kysely, sql } from 'kysely';
import type { Channel, Database } from '../../db/schema.ts';
import type { ReportQuery } from './report-request.ts';

export type InquiryBucket = 'day' | 'week' | 'month';

export interface InquiryQuery extends ReportQuery {
  readonly bucket: InquiryBucket;
}

export interface InquiryCountRow {
  /** First day of the day, week (Monday) or month, in the report's zone, as `YYYY-MM-DD`. */
  readonly bucket: string;
  readonly channel: Channel;
  readonly ad_source: string | null;
  readonly inquiries: number;
  readonly converted: number;
}

/**
 * Inquiries made in the period, counted by bucket, channel and advertising source. An inquiry
 * is the first incoming contact (call, SMS, email) of a client who had not won a deal before it,
 * or the first from a number no client has (withheld numbers cannot be told apart, so they do
 * not count). It converted when the client won a deal at or after it; an unknown number never
 * has. The source is the one noted on the contact, else the client's.
 *
 * Each inquiry is found from its own contact in the period and an index probe for an earlier
 * one, so the cost follows the period's traffic rather than all history.
 */
export async function selectInquiryCounts(db: Kysely<Database>, query: InquiryQuery): Promise<InquiryCountRow[]> {
  const { from, to, timeZone } = query;
  const unknownNumbers = query.managerId === null;
  const { rows } = await sql<InquiryCountRow>`
    with won as (
      select client_id, min(closed_at) as first_won_at, max(closed_at) as last_won_at
      from deals where stage = 'won' group by client_id
    ), inquiries as (
      select i.started_at, i.channel, coalesce(i.ad_source, c.ad_source) as ad_source,
        coalesce(won.last_won_at >= i.started_at, false) as converted
      from interactions i
        join clients c on c.id = i.client_id
        left join won on won.client_id = i.client_id
      where i.direction = 'in' and i.started_at >= ${from} and i.started_at < ${to} and i.client_id is not null
        and ${query.managerId === null ? sql`true` : sql`c.manager_id = ${query.managerId}`}
        and (won.first_won_at is null or won.first_won_at >= i.started_at)
        and not exists (
          select 1 from interactions earlier
          where earlier.client_id = i.client_id and earlier.direction = 'in'
            and (earlier.started_at, earlier.id) < (i.started_at, i.id)
        )
      union all
      select i.started_at, i.channel, i.ad_source, false as converted
      from interactions i
      where ${unknownNumbers} and i.direction = 'in' and i.client_id is null and i.from_number <> ''
        and i.started_at >= ${from} and i.started_at < ${to}
        and not exists (
          select 1 from interactions earlier
          where earlier.from_number = i.from_number and earlier.client_id is null and earlier.direction = 'in'
            and (earlier.started_at, earlier.id) < (i.started_at, i.id)
        )
    ), counted as (
      select date_trunc(${query.bucket}, started_at, ${timeZone}) as bucket_start, channel, ad_source,
        count(*) as inquiries, count(*) filter (where converted) as converted
      from inquiries
      group by 1, 2, 3
    )
    select to_char(bucket_start at time zone ${timeZone}, 'YYYY-MM-DD') as bucket, channel, ad_source, inquiries, converted
    from counted
    order by bucket_start, channel, ad_source nulls last
  `.execute(db);
  return rows;
}
