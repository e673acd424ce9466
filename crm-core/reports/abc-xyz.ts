import { createIssueCollector, type Issues } from '../shared/validation-error.ts';
import type { AbcXyzCellRow, AbcXyzClientRow } from './abc-xyz.repository.ts';
import { moneyAsNumber, sumMoney } from './money.ts';
import { ratio } from './report-request.ts';

export type AbcClass = 'A' | 'B' | 'C';
export type XyzClass = 'X' | 'Y' | 'Z';

/**
 * A: the clients who bring the first `aPercent` of revenue (ranked by revenue, a client is A
 * while the revenue of those ranked before it is under that share), B the next `bPercent`,
 * C the rest. X: monthly purchases vary by at most `xMaxVariation` (coefficient of variation),
 * Y by at most `yMaxVariation`, Z more.
 */
export interface AbcXyzThresholds {
  readonly aPercent: number;
  readonly bPercent: number;
  readonly xMaxVariation: number;
  readonly yMaxVariation: number;
}

/**
 * Inventory practice puts X under 0.1 and Y under 0.25; a client's monthly purchases are far
 * lumpier than stock movements, so those limits would file nearly everyone under Z.
 */
export const defaultAbcXyzThresholds: AbcXyzThresholds = { aPercent: 80, bPercent: 15, xMaxVariation: 0.5, yMaxVariation: 1 };

export interface AbcXyzCell {
  readonly abc: AbcClass;
  readonly xyz: XyzClass;
  readonly clients: number;
  readonly revenue: string;
}

export interface AbcClassSummary {
  readonly abc: AbcClass;
  readonly clients: number;
  readonly revenue: string;
  /** Of the period's revenue, 0 to 1; null when there was none. */
  readonly revenueShare: number | null;
}

export interface AbcXyzClient {
  readonly clientId: number;
  readonly fullName: string;
  readonly managerId: number | null;
  readonly revenue: string;
  readonly revenueShare: number;
  readonly monthsWithPurchases: number;
  readonly variation: number;
  readonly abc: AbcClass;
  readonly xyz: XyzClass;
}

export interface AbcXyzReport {
  readonly thresholds: AbcXyzThresholds;
  /** Calendar months in the period, each counted in the variation (zero when nothing was bought). */
  readonly months: number;
  readonly totalRevenue: string;
  readonly classes: AbcClassSummary[];
  /** All nine cells, A-X first, empty ones included, so a chart needs no gaps filled. */
  readonly matrix: AbcXyzCell[];
  /** The clients with the most revenue, richest first. */
  readonly topClients: AbcXyzClient[];
}

const abcClasses: readonly AbcClass[] = ['A', 'B', 'C'];
const xyzClasses: readonly XyzClass[] = ['X', 'Y', 'Z'];

export function checkAbcXyzThresholds(input: Partial<AbcXyzThresholds>, issues: Issues = createIssueCollector()): AbcXyzThresholds {
  const thresholds = { ...defaultAbcXyzThresholds, ...withoutUndefined(input) };
  const aValid = thresholds.aPercent > 0 && thresholds.aPercent < 100;
  if (!aValid) issues.add('aPercent', 'must be more than 0 and less than 100');
  else if (!(thresholds.bPercent >= 0 && thresholds.aPercent + thresholds.bPercent <= 100)) {
    issues.add('bPercent', 'must be 0 or more, and aPercent + bPercent at most 100');
  }
  if (!(thresholds.xMaxVariation >= 0)) issues.add('xMaxVariation', 'must be 0 or more');
  if (!(thresholds.yMaxVariation >= thresholds.xMaxVariation)) issues.add('yMaxVariation', 'must be at least xMaxVariation');
  return thresholds;
}

export function buildAbcXyzReport(
  thresholds: AbcXyzThresholds,
  months: number,
  rows: { readonly cells: readonly AbcXyzCellRow[]; readonly clients: readonly AbcXyzClientRow[] },
): AbcXyzReport {
  const matrix = abcClasses.flatMap((abc) =>
    xyzClasses.map((xyz) => {
      const row = rows.cells.find((cell) => cell.abc === abc && cell.xyz === xyz);
      return { abc, xyz, clients: row?.clients ?? 0, revenue: row?.revenue ?? '0.00' };
    }),
  );
  const totalRevenue = sumMoney(matrix.map((cell) => cell.revenue));
  const classes = abcClasses.map((abc) => {
    const cells = matrix.filter((cell) => cell.abc === abc);
    const revenue = sumMoney(cells.map((cell) => cell.revenue));
    return {
      abc,
      clients: cells.reduce((sum, cell) => sum + cell.clients, 0),
      revenue,
      revenueShare: ratio(moneyAsNumber(revenue), moneyAsNumber(totalRevenue)),
    };
  });
  const topClients = rows.clients.map((row) => ({
    clientId: row.client_id,
    fullName: row.full_name,
    managerId: row.manager_id,
    revenue: row.revenue,
    revenueShare: row.share,
    monthsWithPurchases: row.months_bought,
    variation: row.cv,
    abc: row.abc,
    xyz: row.xyz,
  }));
  return { thresholds, months, totalRevenue, classes, matrix, topClients };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
