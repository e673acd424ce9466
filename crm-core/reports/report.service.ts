/**
 * The analytics reports. Each one checks its request, runs one aggregating query (the database
 * does the counting, whatever the data size) and shapes the few rows that come back. Every
 * report takes the acting user: managers and operators get their own clients' figures only.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { insertAuditEntry } from '../audit/audit.repository.ts';
import { selectCrmSettings } from '../settings/crm-settings.repository.ts';
import { crmSettingsFromRow } from '../settings/crm-settings.service.ts';
import { type Actor, systemActor } from '../shared/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { monthsTouched } from '../shared/time-zone.ts';
import { createIssueCollector } from '../shared/validation-error.ts';
import { type AbcXyzReport, type AbcXyzThresholds, buildAbcXyzReport, checkAbcXyzThresholds, defaultAbcXyzThresholds } from './abc-xyz.ts';
import { selectAbcXyz } from './abc-xyz.repository.ts';
import { buildCallStatisticsReport, type CallStatisticsReport } from './call-statistics.ts';
import { selectCallFigures } from './call-statistics.repository.ts';
import { buildCampaignsReport, type CampaignCost, type CampaignsReport, type MailingCostBasis, validateCampaignCost } from './campaigns.ts';
import { selectCampaignCosts, selectCostBySource, selectMailingFigures, selectRevenueBySource, upsertCampaignCost } from './campaigns.repository.ts';
import { buildInquiriesReport, type InquiriesReport, type InquiryBucket, inquiryBuckets } from './inquiries.ts';
import { selectInquiryCounts } from './inquiries.repository.ts';
import { buildLostReasonsReport, type LostReasonsReport } from './lost-reasons.ts';
import { selectLostReasons } from './lost-reasons.repository.ts';
import { buildManagerEfficiencyReport, type ManagerEfficiencyReport } from './manager-efficiency.ts';
import {
  selectClientCallFigures,
  selectDealFigures,
  selectInteractionFigures,
  selectReportUsers,
  selectVipFigures,
} from './manager-efficiency.repository.ts';
import { inReportTransaction } from './report-sql.ts';
import { checkReportRequest, type ReportQuery, type ReportRequest, seesEveryone } from './report-request.ts';

export type { AbcXyzReport, AbcXyzThresholds } from './abc-xyz.ts';
export type { CallStatisticsReport } from './call-statistics.ts';
export type { CampaignCost, CampaignsReport, MailingCostBasis } from './campaigns.ts';
export type { InquiriesReport, InquiryBucket } from './inquiries.ts';
export type { LostReasonsReport } from './lost-reasons.ts';
export type { ManagerEfficiencyReport } from './manager-efficiency.ts';
export type { ReportPeriod, ReportRequest } from './report-request.ts';

export interface AbcXyzRequest extends ReportRequest {
  readonly thresholds?: Partial<AbcXyzThresholds>;
  /** How many of the richest clients to list, 0 to 1000; 50 when left out. */
  readonly topClients?: number;
}

export interface InquiriesRequest extends ReportRequest {
  readonly bucket?: InquiryBucket;
}

export interface CampaignsRequest extends ReportRequest {
  /** Days after a mailing's message in which the recipient's contacts and won deals count for it, 1 to 365; 30 when left out. */
  readonly attributionDays?: number;
}

/** What an SMS segment costs in Twilio's currency (the gateway's SMS_PRICE_PER_SEGMENT and SMS_PRICE_CURRENCY). */
export interface SmsPrice {
  readonly perSegment: number;
  readonly currency: string;
}

export type ReportService = ReturnType<typeof createReportService>;

const defaultTopClients = 50;
const maxTopClients = 1000;
const defaultAttributionDays = 30;
const maxAttributionDays = 365;

/** Without `smsPrice` (no SMS set up) mailings show no cost. */
export function createReportService({ db, clock, smsPrice }: { db: Kysely<Database>; clock: Clock; smsPrice?: SmsPrice }) {
  async function settings() {
    return selectCrmSettings(db);
  }

  async function checked(request: ReportRequest, issues = createIssueCollector()): Promise<ReportQuery> {
    const current = await settings();
    return checkReportRequest(request, { timeZone: current.time_zone, currency: current.currency }, issues);
  }

  return {
    async abcXyz(request: AbcXyzRequest): Promise<AbcXyzReport> {
      const issues = createIssueCollector();
      const thresholds = checkAbcXyzThresholds(request.thresholds ?? {}, issues);
      const clientLimit = request.topClients ?? defaultTopClients;
      if (!Number.isSafeInteger(clientLimit) || clientLimit < 0 || clientLimit > maxTopClients) {
        issues.add('topClients', `must be a whole number from 0 to ${maxTopClients}`);
      }
      const query = await checked(request, issues);
      const months = monthsTouched(query.from, query.to, query.timeZone);
      const rows = await inReportTransaction(db, (trx) => selectAbcXyz(trx, {
        ...query,
        a: thresholds.aPercent / 100,
        // Added as percentages: 0.8 + 0.15 in binary floating point is 0.9500000000000001.
        aPlusB: (thresholds.aPercent + thresholds.bPercent) / 100,
        x: thresholds.xMaxVariation,
        y: thresholds.yMaxVariation,
        months,
        clientLimit,
      }));
      return buildAbcXyzReport(thresholds, months, rows);
    },

    async managerEfficiency(request: ReportRequest): Promise<ManagerEfficiencyReport> {
      const current = await settings();
      const query = checkReportRequest(request, { timeZone: current.time_zone, currency: current.currency });
      const callbackDeadlineMinutes = current.callback_deadline_minutes;
      const figuresQuery = { ...query, callbackDeadlineMinutes, vipRevenueShare: defaultAbcXyzThresholds.aPercent / 100 };
      // Each figure is a scan of its own, so they run side by side, each on its own connection.
      const [users, deals, interactions, clientCalls, vips] = await Promise.all([
        selectReportUsers(db, query.managerId),
        inReportTransaction(db, (trx) => selectDealFigures(trx, query)),
        inReportTransaction(db, (trx) => selectInteractionFigures(trx, query)),
        inReportTransaction(db, (trx) => selectClientCallFigures(trx, figuresQuery)),
        inReportTransaction(db, (trx) => selectVipFigures(trx, figuresQuery)),
      ]);
      return buildManagerEfficiencyReport(callbackDeadlineMinutes, { users, deals, interactions, clientCalls, vips });
    },

    async lostReasons(request: ReportRequest): Promise<LostReasonsReport> {
      const query = await checked(request);
      return buildLostReasonsReport(await inReportTransaction(db, (trx) => selectLostReasons(trx, query)));
    },

    async inquiries(request: InquiriesRequest): Promise<InquiriesReport> {
      const issues = createIssueCollector();
      const bucket = request.bucket ?? 'month';
      if (!inquiryBuckets.includes(bucket)) issues.add('bucket', `must be one of: ${inquiryBuckets.join(', ')}`);
      const query = await checked(request, issues);
      return buildInquiriesReport(bucket, await inReportTransaction(db, (trx) => selectInquiryCounts(trx, { ...query, bucket })));
    },

    async campaigns(request: CampaignsRequest): Promise<CampaignsReport> {
      const issues = createIssueCollector();
      const attributionDays = request.attributionDays ?? defaultAttributionDays;
      if (!Number.isSafeInteger(attributionDays) || attributionDays < 1 || attributionDays > maxAttributionDays) {
        issues.add('attributionDays', `must be a whole number from 1 to ${maxAttributionDays}`);
      }
      const current = crmSettingsFromRow(await settings());
      const query = checkReportRequest(request, current, issues);
      const costsShown = seesEveryone(request.actor);
      const mailingCostBasis: MailingCostBasis | null =
        costsShown && smsPrice && current.smsExchangeRate !== null
          ? { pricePerSegment: smsPrice.perSegment, priceCurrency: smsPrice.currency, exchangeRate: current.smsExchangeRate, currency: current.currency }
          : null;
      // Counting inquiries takes most of the time, so it runs beside the money figures, on its own connection.
      const [inquiries, money] = await Promise.all([
        inReportTransaction(db, (trx) => selectInquiryCounts(trx, { ...query, bucket: 'month' })),
        inReportTransaction(db, async (trx) => ({
          revenue: await selectRevenueBySource(trx, query),
          costs: costsShown ? await selectCostBySource(trx, query) : [],
          mailings: await selectMailingFigures(trx, { ...query, attributionDays, cost: mailingCostBasis }),
        })),
      ]);
      return buildCampaignsReport({ costsShown, attributionDays, mailingCostBasis }, { inquiries, ...money });
    },

    async callStatistics(request: ReportRequest): Promise<CallStatisticsReport> {
      const query = await checked(request);
      return buildCallStatisticsReport(query.timeZone, await inReportTransaction(db, (trx) => selectCallFigures(trx, query)));
    },

    /** Sets what an advertising source cost in a month (replacing an earlier figure). */
    async setCampaignCost(input: CampaignCost, actor: Actor = systemActor): Promise<CampaignCost> {
      const cost = validateCampaignCost(input);
      await db.transaction().execute(async (trx) => {
        await upsertCampaignCost(trx, { ...cost, at: clock.now() });
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'campaign-cost', entityId: `${cost.adSource}/${cost.month}`, action: 'update', changes: { amount: cost.amount } });
      });
      return cost;
    },

    /** Costs entered for the months from `fromMonth` to `toMonth` (first days, inclusive). */
    async listCampaignCosts(fromMonth: string, toMonth: string): Promise<CampaignCost[]> {
      const rows = await selectCampaignCosts(db, fromMonth, toMonth);
      return rows.map((row) => ({ adSource: row.ad_source, month: row.month, amount: row.amount }));
    },
  };
}
