import { type Kysely, sql } from 'kysely';
import type { Database, UserRole } from '../../db/schema.ts';
import type { ReportQuery } from './report-request.ts';
import { answeredOutcomes } from './report-sql.ts';

export interface ManagerEfficiencyQuery extends ReportQuery {
  readonly callbackDeadlineMinutes: number;
  /** Share of revenue (fraction) that makes a client A class, hence VIP. */
  readonly vipRevenueShare: number;
}

export interface ManagerEfficiencyRow {
  readonly user_id: number;
  readonly display_name: string;
  readonly role: UserRole;
  readonly sales_volume: string;
  readonly deals_won: number;
  readonly deals_lost: number;
  readonly calls: number;
  readonly sms: number;
  readonly emails: number;
  readonly meetings: number;
  readonly notes: number;
  readonly calls_made: number;
  readonly calls_answered: number;
  readonly talk_seconds_total: number;
  readonly calls_with_talk: number;
  readonly inbound_client_calls: number;
  readonly missed_client_calls: number;
  readonly callbacks_in_time: number;
  readonly vip_clients_gained: number;
}

/**
 * One row per user with anything to show in the period (deals closed, interactions handled, or
 * clients who called), each figure aggregated by its own grouped scan and joined by user id.
 * Missed calls, callbacks and VIPs belong to the client's manager; deals to the deal's manager;
 * interactions to the user who handled them. With a manager scope, only that manager's row.
 */
export async function selectManagerEfficiency(db: Kysely<Database>, query: ManagerEfficiencyQuery): Promise<ManagerEfficiencyRow[]> {
  const { from, to } = query;
  const onlyManager = query.managerId === null ? sql<boolean>`true` : sql<boolean>`u.id = ${query.managerId}`;
  const { rows } = await sql<ManagerEfficiencyRow>`
    with deal_figures as (
      select manager_id as user_id,
        coalesce(sum(amount) filter (where stage = 'won'), 0)::text as sales_volume,
        count(*) filter (where stage = 'won') as deals_won,
        count(*) filter (where stage = 'lost') as deals_lost
      from deals
      where stage in ('won', 'lost') and closed_at >= ${from} and closed_at < ${to} and manager_id is not null
      group by manager_id
    ), interaction_figures as (
      select user_id,
        count(*) filter (where channel = 'call') as calls,
        count(*) filter (where channel = 'sms') as sms,
        count(*) filter (where channel = 'email') as emails,
        count(*) filter (where channel = 'meeting') as meetings,
        count(*) filter (where channel = 'note') as notes,
        count(*) filter (where channel = 'call' and direction = 'out') as calls_made,
        count(*) filter (where channel = 'call' and direction = 'in' and call_outcome in ${answeredOutcomes}) as calls_answered,
        coalesce(sum(talk_seconds) filter (where channel = 'call' and talk_seconds > 0), 0)::bigint as talk_seconds_total,
        count(*) filter (where channel = 'call' and talk_seconds > 0) as calls_with_talk
      from interactions
      where started_at >= ${from} and started_at < ${to} and user_id is not null and status <> 'canceled'
      group by user_id
    ), inbound_calls as (
      select c.manager_id, i.client_id, i.started_at, i.call_outcome in ${answeredOutcomes} as answered
      from interactions i join clients c on c.id = i.client_id
      where i.channel = 'call' and i.direction = 'in' and i.started_at >= ${from} and i.started_at < ${to}
        and c.manager_id is not null
    ), call_figures as (
      select manager_id as user_id,
        count(*) as inbound_client_calls,
        count(*) filter (where not answered) as missed_client_calls,
        count(*) filter (where not answered and exists (
          select 1 from interactions back
          where back.client_id = inbound_calls.client_id and back.channel = 'call' and back.direction = 'out'
            and back.started_at > inbound_calls.started_at
            and back.started_at <= inbound_calls.started_at + make_interval(mins => ${query.callbackDeadlineMinutes}::int)
        )) as callbacks_in_time
      from inbound_calls group by manager_id
    ), revenue as (
      select client_id, sum(amount) as revenue
      from deals where stage = 'won' and closed_at >= ${from} and closed_at < ${to}
      group by client_id having sum(amount) > 0
    ), vip as (
      select client_id from (
        select client_id,
          coalesce(sum(revenue) over (order by revenue desc, client_id rows between unbounded preceding and 1 preceding), 0)
            / sum(revenue) over () as share_before
        from revenue
      ) ranked
      where share_before < ${query.vipRevenueShare}::numeric
        and not exists (select 1 from deals earlier where earlier.client_id = ranked.client_id and earlier.stage = 'won' and earlier.closed_at < ${from})
    ), vip_figures as (
      select c.manager_id as user_id, count(*) as vip_clients_gained
      from vip join clients c on c.id = vip.client_id
      where c.manager_id is not null group by c.manager_id
    )
    select u.id as user_id, u.display_name, u.role,
      coalesce(d.sales_volume, '0.00') as sales_volume, coalesce(d.deals_won, 0) as deals_won, coalesce(d.deals_lost, 0) as deals_lost,
      coalesce(i.calls, 0) as calls, coalesce(i.sms, 0) as sms, coalesce(i.emails, 0) as emails,
      coalesce(i.meetings, 0) as meetings, coalesce(i.notes, 0) as notes,
      coalesce(i.calls_made, 0) as calls_made, coalesce(i.calls_answered, 0) as calls_answered,
      coalesce(i.talk_seconds_total, 0) as talk_seconds_total, coalesce(i.calls_with_talk, 0) as calls_with_talk,
      coalesce(k.inbound_client_calls, 0) as inbound_client_calls, coalesce(k.missed_client_calls, 0) as missed_client_calls,
      coalesce(k.callbacks_in_time, 0) as callbacks_in_time, coalesce(v.vip_clients_gained, 0) as vip_clients_gained
    from users u
      left join deal_figures d on d.user_id = u.id
      left join interaction_figures i on i.user_id = u.id
      left join call_figures k on k.user_id = u.id
      left join vip_figures v on v.user_id = u.id
    where ${onlyManager}
      and (u.role in ('manager', 'operator') or d.user_id is not null or i.user_id is not null or k.user_id is not null)
      and (u.active or d.user_id is not null or i.user_id is not null)
    order by u.display_name, u.id
  `.execute(db);
  return rows;
}
