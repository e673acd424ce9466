import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ReportQuery } from './report-request.ts';
import { answeredOutcomes, clientInScope } from './report-sql.ts';

export interface CallFiguresRow {
  /** 0-23 in the report's zone, on the by-hour and weekday-and-hour rows; null otherwise. */
  readonly hour: number | null;
  /** ISO weekday 1 (Monday) to 7, on the by-weekday and weekday-and-hour rows; null otherwise. */
  readonly weekday: number | null;
  readonly calls: number;
  readonly inbound: number;
  readonly outbound: number;
  readonly inbound_answered: number;
  readonly abandoned: number;
  readonly answered_wait_seconds: number;
  readonly abandoned_wait_seconds: number;
}

/** Calls in the period counted four ways in one scan: by hour, by weekday, by weekday and hour, and in total (both null). */
export async function selectCallFigures(db: Kysely<Database>, query: ReportQuery): Promise<CallFiguresRow[]> {
  // Counted first per quarter hour in UTC, with no time zone arithmetic per call (every zone's
  // offset is a whole number of quarter hours, so a slot lies within one local hour); then the
  // slots, a few tens of thousands a year, are placed in local hours and weekdays and summed.
  const { rows } = await sql<CallFiguresRow>`
    with slots as (
      select date_bin('15 minutes', started_at, timestamptz '2000-01-01 00:00:00+00') as slot,
        count(*) as calls,
        count(*) filter (where direction = 'in') as inbound,
        count(*) filter (where direction = 'out') as outbound,
        count(*) filter (where direction = 'in' and call_outcome in ${answeredOutcomes}) as inbound_answered,
        count(*) filter (where direction = 'in' and call_outcome = 'abandoned') as abandoned,
        coalesce(sum(wait_seconds) filter (where direction = 'in' and call_outcome in ${answeredOutcomes}), 0) as answered_wait_seconds,
        coalesce(sum(wait_seconds) filter (where direction = 'in' and call_outcome = 'abandoned'), 0) as abandoned_wait_seconds
      from interactions
      where channel = 'call' and started_at >= ${query.from} and started_at < ${query.to}
        and ${clientInScope('client_id', query.managerId)}
      group by 1
    ), cells as (
      select extract(hour from slot at time zone ${query.timeZone})::int as hour,
        extract(isodow from slot at time zone ${query.timeZone})::int as weekday,
        calls, inbound, outbound, inbound_answered, abandoned, answered_wait_seconds, abandoned_wait_seconds
      from slots
    )
    select hour, weekday, sum(calls)::bigint as calls, sum(inbound)::bigint as inbound, sum(outbound)::bigint as outbound,
      sum(inbound_answered)::bigint as inbound_answered, sum(abandoned)::bigint as abandoned,
      sum(answered_wait_seconds)::bigint as answered_wait_seconds, sum(abandoned_wait_seconds)::bigint as abandoned_wait_seconds
    from cells
    group by grouping sets ((hour), (weekday), (weekday, hour), ())
  `.execute(db);
  return rows;
}
