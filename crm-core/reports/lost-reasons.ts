import type { LostReasonRow } from './lost-reasons.repository.ts';
import { sumMoney } from './money.ts';
import { ratio } from './report-request.ts';

export interface LostReason {
  readonly rank: number;
  readonly reason: string;
  readonly deals: number;
  /** Of all deals lost in the period, 0 to 1. */
  readonly share: number;
  /** What the lost deals were worth. */
  readonly amount: string;
}

export interface LostReasonsReport {
  readonly totalDeals: number;
  readonly totalAmount: string;
  readonly reasons: LostReason[];
}

export function buildLostReasonsReport(rows: readonly LostReasonRow[]): LostReasonsReport {
  const totalDeals = rows.reduce((sum, row) => sum + row.deals, 0);
  return {
    totalDeals,
    totalAmount: sumMoney(rows.map((row) => row.amount)),
    reasons: rows.map((row, index) => ({
      rank: index + 1,
      reason: row.reason,
      deals: row.deals,
      share: ratio(row.deals, totalDeals) ?? 0,
      amount: row.amount,
    })),
  };
}
