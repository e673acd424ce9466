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
}

export function buildCallStatisticsReport(timeZone: string, rows: readonly CallFiguresRow[]): CallStatisticsReport {
  const totalRow = rows.find((row) => row.hour === null && row.weekday === null);
  return {
    timeZone,
    total: figuresOf(totalRow),
    byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, ...figuresOf(rows.find((row) => row.hour === hour)) })),
    byWeekday: Array.from({ length: 7 }, (_, index) => {
      const weekday = index + 1;
      return { weekday, ...figuresOf(rows.find((row) => row.weekday === weekday)) };
    }),
  };
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
