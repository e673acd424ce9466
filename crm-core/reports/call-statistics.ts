import type { CallFiguresRow } from './call-statistics.repository.ts';
import { ratio } from './report-request.ts';

/** Calls counted over some slice of the period. Averages are null where there was nothing to average. */
export interface CallFigures {
  readonly calls: number;
  readonly inbound: number;
  readonly outbound: number;
  /** Incoming calls someone answered (and maybe transferred). */
  readonly answered: number;
  /** answered / inbound. */
  readonly answerRate: number | null;
  /** Callers who hung up waiting. */
  readonly abandoned: number;
  readonly abandonRate: number | null;
  /** How long answered callers waited (average speed of answer). */
  readonly averageWaitSeconds: number | null;
  /** How long callers who gave up waited before hanging up. */
  readonly averageAbandonedWaitSeconds: number | null;
}

export interface CallStatisticsReport {
  readonly timeZone: string;
  readonly total: CallFigures;
  /** All 24 hours, 0 to 23, empty ones included. */
  readonly byHour: (CallFigures & { readonly hour: number })[];
  /** All 7 days, 1 (Monday) to 7 (Sunday), empty ones included. */
  readonly byWeekday: (CallFigures & { readonly weekday: number })[];
  /** All 168 hours of the week, Monday 0:00 first, empty ones included: the week's heat map. */
  readonly byWeekdayAndHour: (CallFigures & { readonly weekday: number; readonly hour: number })[];
}

const hours = Array.from({ length: 24 }, (_, hour) => hour);
const weekdays = Array.from({ length: 7 }, (_, index) => index + 1);

export function buildCallStatisticsReport(timeZone: string, rows: readonly CallFiguresRow[]): CallStatisticsReport {
  const rowAt = new Map(rows.map((row) => [slotKey(row.weekday, row.hour), row]));
  const figuresAt = (weekday: number | null, hour: number | null) => figuresOf(rowAt.get(slotKey(weekday, hour)));
  return {
    timeZone,
    total: figuresAt(null, null),
    byHour: hours.map((hour) => ({ hour, ...figuresAt(null, hour) })),
    byWeekday: weekdays.map((weekday) => ({ weekday, ...figuresAt(weekday, null) })),
    byWeekdayAndHour: weekdays.flatMap((weekday) => hours.map((hour) => ({ weekday, hour, ...figuresAt(weekday, hour) }))),
  };
}

function slotKey(weekday: number | null, hour: number | null): string {
  return `${weekday ?? '*'}/${hour ?? '*'}`;
}

function figuresOf(row: CallFiguresRow | undefined): CallFigures {
  if (row === undefined) return figuresOf({ hour: null, weekday: null, calls: 0, inbound: 0, outbound: 0, inbound_answered: 0, abandoned: 0, answered_wait_seconds: 0, abandoned_wait_seconds: 0 });
  const average = (total: number, count: number) => (count === 0 ? null : Math.round((10 * total) / count) / 10);
  return {
    calls: row.calls,
    inbound: row.inbound,
    outbound: row.outbound,
    answered: row.inbound_answered,
    answerRate: ratio(row.inbound_answered, row.inbound),
    abandoned: row.abandoned,
    abandonRate: ratio(row.abandoned, row.inbound),
    averageWaitSeconds: average(row.answered_wait_seconds, row.inbound_answered),
    averageAbandonedWaitSeconds: average(row.abandoned_wait_seconds, row.abandoned),
  };
}
