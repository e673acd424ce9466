import type { Actor } from '../shared/actor.ts';
import { checkDateTime, isDateTime } from '../shared/field-checks.ts';
import { isTimeZone } from '../shared/time-zone.ts';
import { createIssueCollector, type Issues } from '../shared/validation-error.ts';

/** The half-open span a report covers: from its first instant up to, not including, `to`. */
export interface ReportPeriod {
  readonly from: Date;
  readonly to: Date;
}

/** What every report is asked with. */
export interface ReportRequest {
  readonly period: ReportPeriod;
  /** Managers and operators see their own clients' figures; supervisors and admins everyone's. */
  readonly actor: Actor;
  /** The zone whose days, months and hours the report counts in; the CRM setting when left out. */
  readonly timeZone?: string;
}

/** Whose clients a query may count: one manager's, or (null) everyone's. */
export type ManagerScope = number | null;

/** The checked request as a repository takes it. */
export interface ReportQuery {
  readonly from: Date;
  readonly to: Date;
  readonly timeZone: string;
  readonly managerId: ManagerScope;
  /** The CRM's currency: money figures add up the deals in it; deals in others are counted, not summed. */
  readonly currency: string;
}

/** What a report falls back on: the CRM's settings. */
export interface ReportDefaults {
  readonly timeZone: string;
  readonly currency: string;
}

const maxPeriodDays = 3 * 366;

/** Supervisors, admins and the system see every client; anyone else only the clients they manage. */
export function managerScopeOf(actor: Actor): ManagerScope {
  if (actor.userId === null || actor.role === 'supervisor' || actor.role === 'admin') return null;
  return actor.userId;
}

export function seesEveryone(actor: Actor): boolean {
  return managerScopeOf(actor) === null;
}

/** Checks the period and zone; callers add their own checks to `issues` before it throws. */
export function checkReportRequest(request: ReportRequest, defaults: ReportDefaults, issues: Issues = createIssueCollector()): ReportQuery {
  const from = checkDateTime(request.period.from, 'from', issues);
  const to = checkDateTime(request.period.to, 'to', issues);
  if (isDateTime(from) && isDateTime(to)) {
    if (!(from < to)) issues.add('to', 'must be after from');
    else if (to.getTime() - from.getTime() > maxPeriodDays * 86_400_000) issues.add('to', `must be at most ${maxPeriodDays} days after from`);
  }
  const timeZone = request.timeZone ?? defaults.timeZone;
  if (!isTimeZone(timeZone)) issues.add('timeZone', 'must be an IANA time zone such as Europe/Kyiv');
  issues.throwIfAny();
  return { from, to, timeZone, managerId: managerScopeOf(request.actor), currency: defaults.currency };
}

/** `part / whole`, or null when there is nothing to divide: a share of nothing is not zero. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
