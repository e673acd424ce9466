import { checkRequiredText, isCalendarDate } from '../shared/field-checks.ts';
import { createIssueCollector } from '../shared/validation-error.ts';
import type { MailingFiguresRow, SourceCostRow, SourceRevenueRow } from './campaigns.repository.ts';
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

/** One SMS mailing's messages sent in the period, and what their recipients did after them. */
export interface MailingEfficiency {
  readonly mailingId: number;
  readonly name: string;
  /** Messages handed to Twilio in the period. */
  readonly sent: number;
  readonly segments: number;
  /** Recipients who got in touch (replied, called, wrote) within the attribution window. */
  readonly responses: number;
  /** Recipients who won a deal within the window. */
  readonly conversions: number;
  /** conversions / sent. */
  readonly conversion: number | null;
  readonly dealsWon: number;
  readonly revenue: string;
  /** In the reports' currency; null where costs are not shown or no exchange rate is set. */
  readonly cost: string | null;
  readonly returnOnCost: number | null;
}

/** How mailing costs were worked out: segments × price per segment (in Twilio's currency) × exchange rate. */
export interface MailingCostBasis {
  readonly pricePerSegment: number;
  readonly priceCurrency: string;
  /** What one unit of `priceCurrency` costs in `currency`. */
  readonly exchangeRate: string;
  readonly currency: string;
}

export interface CampaignsReport {
  /** Costs are company figures, shown only to supervisors and admins. */
  readonly costsShown: boolean;
  readonly campaigns: CampaignEfficiency[];
  /** Days after a mailing's message in which a recipient's contacts and won deals count for it. */
  readonly attributionDays: number;
  readonly mailings: MailingEfficiency[];
  /** Null when mailing costs are not shown, or cannot be worked out (no exchange rate set). */
  readonly mailingCostBasis: MailingCostBasis | null;
}

export interface CampaignCost {
  readonly adSource: string;
  /** The month's first day, `YYYY-MM-01`. */
  readonly month: string;
  readonly amount: string;
}

const amountPattern = /^\d{1,12}(\.\d{1,2})?$/;

export interface CampaignsReportRows {
  readonly inquiries: readonly InquiryCountRow[];
  readonly revenue: readonly SourceRevenueRow[];
  readonly costs: readonly SourceCostRow[];
  readonly mailings: readonly MailingFiguresRow[];
}

export function buildCampaignsReport(
  context: { readonly costsShown: boolean; readonly attributionDays: number; readonly mailingCostBasis: MailingCostBasis | null },
  rows: CampaignsReportRows,
): CampaignsReport {
  return { ...context, campaigns: sourceEfficiency(context.costsShown, rows), mailings: rows.mailings.map(mailingEfficiency).sort(byRevenue) };
}

function sourceEfficiency(costsShown: boolean, rows: CampaignsReportRows): CampaignEfficiency[] {
  const inquiriesBySource = new Map(groupBy(rows.inquiries, (row) => row.ad_source).map(([source, group]) => [source, figuresOf(group)]));
  const revenueBySource = new Map(rows.revenue.map((row) => [row.ad_source, row]));
  const costBySource = new Map(rows.costs.map((row) => [row.ad_source, row.cost]));
  const sources = new Set<string | null>([...inquiriesBySource.keys(), ...revenueBySource.keys(), ...(costsShown ? costBySource.keys() : [])]);
  const campaigns = [...sources].map((adSource) => {
    const inquiries = inquiriesBySource.get(adSource) ?? figuresOf([]);
    const revenue = revenueBySource.get(adSource)?.revenue ?? '0.00';
    const cost = costsShown && adSource !== null ? (costBySource.get(adSource) ?? null) : null;
    return {
      adSource,
      inquiries: inquiries.inquiries,
      conversions: inquiries.converted,
      conversion: inquiries.conversion,
      dealsWon: revenueBySource.get(adSource)?.deals_won ?? 0,
      revenue,
      cost,
      returnOnCost: returnOn(revenue, cost),
    };
  });
  return campaigns.sort((left, right) => byRevenue(left, right) || right.inquiries - left.inquiries);
}

function mailingEfficiency(row: MailingFiguresRow): MailingEfficiency {
  const revenue = sumMoney([row.revenue]);
  return {
    mailingId: row.mailing_id,
    name: row.name,
    sent: row.sent,
    segments: row.segments,
    responses: row.responses,
    conversions: row.conversions,
    conversion: ratio(row.conversions, row.sent),
    dealsWon: row.deals_won,
    revenue,
    cost: row.cost,
    returnOnCost: returnOn(revenue, row.cost),
  };
}

/** (revenue − cost) / cost: 1.5 means each unit spent brought back 2.5. Null without a cost. */
function returnOn(revenue: string, cost: string | null): number | null {
  return cost === null ? null : ratio(moneyAsNumber(sumMoney([revenue, `-${cost}`])), moneyAsNumber(cost));
}

function byRevenue(left: { readonly revenue: string }, right: { readonly revenue: string }): number {
  return moneyAsNumber(right.revenue) - moneyAsNumber(left.revenue);
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
