import { checkRequiredText, isCalendarDate } from '../shared/field-checks.ts';
import { createIssueCollector } from '../shared/validation-error.ts';
import type { SourceCostRow, SourceRevenueRow } from './campaigns.repository.ts';
import { figuresOf, groupBy } from './inquiries.ts';
import type { InquiryCountRow } from './inquiries.repository.ts';
import { moneyAsNumber, sumMoney } from './money.ts';
import { ratio } from './report-request.ts';

export interface CampaignEfficiency {
  /** null: clients and inquiries with no source noted. */
  readonly adSource: string | null;
  readonly inquiries: number;
  /** Inquiries that became customers (won a deal). */
  readonly conversions: number;
  readonly conversion: number | null;
  readonly dealsWon: number;
  /** Deals won in the period by clients this source brought. */
  readonly revenue: string;
  /** Null where costs are not shown (to managers: costs are not split by manager) or none were entered. */
  readonly cost: string | null;
  /** (revenue − cost) / cost: 1.5 means each unit spent brought back 2.5. Null without a cost. */
  readonly returnOnCost: number | null;
}

export interface CampaignsReport {
  /** Costs are company figures, shown only to supervisors and admins. */
  readonly costsShown: boolean;
  readonly campaigns: CampaignEfficiency[];
}

export interface CampaignCost {
  readonly adSource: string;
  /** The month's first day, `YYYY-MM-01`. */
  readonly month: string;
  readonly amount: string;
}

const amountPattern = /^\d{1,12}(\.\d{1,2})?$/;

export function buildCampaignsReport(
  costsShown: boolean,
  rows: { readonly inquiries: readonly InquiryCountRow[]; readonly revenue: readonly SourceRevenueRow[]; readonly costs: readonly SourceCostRow[] },
): CampaignsReport {
  const inquiriesBySource = new Map(groupBy(rows.inquiries, (row) => row.ad_source).map(([source, group]) => [source, figuresOf(group)]));
  const revenueBySource = new Map(rows.revenue.map((row) => [row.ad_source, row]));
  const costBySource = new Map(rows.costs.map((row) => [row.ad_source, row.cost]));
  const sources = new Set<string | null>([...inquiriesBySource.keys(), ...revenueBySource.keys(), ...(costsShown ? costBySource.keys() : [])]);
  const campaigns = [...sources].map((adSource) => {
    const inquiries = inquiriesBySource.get(adSource) ?? figuresOf([]);
    const revenue = revenueBySource.get(adSource)?.revenue ?? '0.00';
    const cost = costsShown && adSource !== null ? (costBySource.get(adSource) ?? null) : null;
    const spent = cost === null ? 0 : moneyAsNumber(cost);
    return {
      adSource,
      inquiries: inquiries.inquiries,
      conversions: inquiries.converted,
      conversion: inquiries.conversion,
      dealsWon: revenueBySource.get(adSource)?.deals_won ?? 0,
      revenue,
      cost,
      returnOnCost: cost === null ? null : ratio(moneyAsNumber(sumMoney([revenue, `-${cost}`])), spent),
    };
  });
  campaigns.sort((left, right) => moneyAsNumber(right.revenue) - moneyAsNumber(left.revenue) || right.inquiries - left.inquiries);
  return { costsShown, campaigns };
}

export function validateCampaignCost(input: CampaignCost): CampaignCost {
  const issues = createIssueCollector();
  const adSource = checkRequiredText(input.adSource, 'adSource', issues, 200);
  if (typeof input.month !== 'string' || !isCalendarDate(input.month) || !input.month.endsWith('-01')) {
    issues.add('month', 'must be the first day of a month as YYYY-MM-01');
  }
  const amount = typeof input.amount === 'string' ? input.amount.trim() : '';
  if (!amountPattern.test(amount)) issues.add('amount', 'must be a non-negative decimal number with at most 2 digits after the point');
  issues.throwIfAny();
  return { adSource, month: input.month, amount: sumMoney([amount]) };
}
