import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database, UserRole } from '../../db/schema.ts';
import type { ManagerScope, ReportQuery } from './report-request.ts';
import { answeredOutcomes } from './report-sql.ts';

export interface ManagerEfficiencyQuery extends ReportQuery {
  readonly callbackDeadlineMinutes: number;
  /** Share of revenue (fraction) that makes a client A class, hence VIP. */
  readonly vipRevenueShare: number;
}

export interface ReportUserRow {
  readonly user_id: number;
  readonly display_name: string;
  readonly role: UserRole;
  readonly active: boolean;
}

export interface DealFiguresRow {
  readonly user_id: number;
  readonly sales_volume: string;
  readonly deals_won: number;
  readonly deals_lost: number;
}

export interface InteractionFiguresRow {
  readonly user_id: number;
  readonly calls: number;
  readonly sms: number;
  readonly emails: number;
  readonly meetings: number;
  readonly notes: number;
  readonly calls_made: number;
  readonly calls_answered: number;
  readonly talk_seconds_total: number;
  readonly calls_with_talk: number;
}

export interface ClientCallFiguresRow {
  readonly user_id: number;
  readonly inbound_client_calls: number;
  readonly missed_client_calls: number;
  readonly callbacks_in_time: number;
}

export interface VipFiguresRow {
  readonly user_id: number;
  readonly vip_clients_gained: number;
}

/**
 * Each figure of the report is its own grouped scan, so the service can run them side by side on
 * separate connections. Missed calls, callbacks and VIPs belong to the client's manager; deals to
 * the deal's manager; interactions to the user who handled them.
 */
export async function selectReportUsers(db: Kysely<Database>, managerId: ManagerScope): Promise<ReportUserRow[]> {
  const { rows } = await sql<ReportUserRow>`
    select id as user_id, display_name, role, active from users where ${onlyUser(sql.ref('id'), managerId)}
    order by display_name, id
  `.execute(db);
  return rows;
}

export async function selectDealFigures(db: Kysely<Database>, query: ReportQuery): Promise<DealFiguresRow[]> {
  const { rows } = await sql<DealFiguresRow>`
    select manager_id as user_id,
      coalesce(sum(amount) filter (where stage = 'won' and currency = ${query.currency}), 0)::text as sales_volume,
      count(*) filter (where stage = 'won') as deals_won,
      count(*) filter (where stage = 'lost') as deals_lost
    from deals
    where stage in ('won', 'lost') and closed_at >= ${query.from} and closed_at < ${query.to} and manager_id is not null
      and ${onlyUser(sql.ref('manager_id'), query.managerId)}
    group by manager_id
  `.execute(db);
  return rows;
}

export async function selectInteractionFigures(db: Kysely<Database>, query: ReportQuery): Promise<InteractionFiguresRow[]> {
  const { rows } = await sql<InteractionFiguresRow>`
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
    where started_at >= ${query.from} and started_at < ${query.to} and user_id is not null and status <> 'canceled'
      and ${onlyUser(sql.ref('user_id'), query.managerId)}
    group by user_id
  `.execute(db);
  return rows;
}

export async function selectClientCallFigures(db: Kysely<Database>, query: ManagerEfficiencyQuery): Promise<ClientCallFiguresRow[]> {
  const { rows } = await sql<ClientCallFiguresRow>`
    with inbound_calls as (
      select c.manager_id, i.client_id, i.started_at, i.call_outcome in ${answeredOutcomes} as answered
      from interactions i join clients c on c.id = i.client_id
      where i.channel = 'call' and i.direction = 'in' and i.started_at >= ${query.from} and i.started_at < ${query.to}
        and c.manager_id is not null and ${onlyUser(sql.ref('c.manager_id'), query.managerId)}
    )
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
  `.execute(db);
  return rows;
}

/** VIPs are the A class of the whole company's revenue, whoever asks; only their count is scoped. */
export async function selectVipFigures(db: Kysely<Database>, query: ManagerEfficiencyQuery): Promise<VipFiguresRow[]> {
  const { from, to } = query;
  const { rows } = await sql<VipFiguresRow>`
    with revenue as (
      select client_id, sum(amount) as revenue
      from deals where stage = 'won' and closed_at >= ${from} and closed_at < ${to} and currency = ${query.currency}
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
    )
    select c.manager_id as user_id, count(*) as vip_clients_gained
    from vip join clients c on c.id = vip.client_id
    where c.manager_id is not null and ${onlyUser(sql.ref('c.manager_id'), query.managerId)}
    group by c.manager_id
  `.execute(db);
  return rows;
}

function onlyUser(userIdColumn: RawBuilder<unknown>, managerId: ManagerScope): RawBuilder<boolean> {
  return managerId === null ? sql<boolean>`true` : sql<boolean>`${userIdColumn} = ${managerId}`;
}
