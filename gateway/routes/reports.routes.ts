/**
 * The analytics reports, as JSON for the screens and as CSV for Excel. Managers get their own
 * clients' figures (the report service scopes by the signed-in actor); call statistics and
 * campaign costs are for supervisors; the work settings are changed by admins.
 */
import type { FastifyReply } from 'fastify';
import type { CsvColumn, CsvDelimiter } from '../../crm-core/reports/csv.ts';
import { toCsv } from '../../crm-core/reports/csv.ts';
import type { ReportRequest, ReportService } from '../../crm-core/reports/report.service.ts';
import type { Actor } from '../../crm-core/shared/actor.ts';
import { localDate } from '../../crm-core/shared/time-zone.ts';
import type { CrmSettingsService } from '../../crm-core/settings/crm-settings.service.ts';
import type { GatewayApp } from '../app.ts';
import { authenticatedErrors } from '../schemas/common.schemas.ts';
import * as Schemas from '../schemas/reports.schemas.ts';

export interface ReportRouteDependencies {
  readonly reports: ReportService;
  readonly settings: CrmSettingsService;
}

type PeriodQuery = Schemas.ReportPeriodQuery & { readonly delimiter?: 'comma' | 'semicolon' };

const csvResponse = { 200: Schemas.CsvSchema, ...authenticatedErrors };

export function registerReportRoutes(app: GatewayApp, { reports, settings }: ReportRouteDependencies): void {
  const json = (summary: string) => ({ tags: ['reports'], summary });
  const sendReportCsv = csvSender(settings);

  app.get(
    '/api/reports/abc-xyz',
    { config: { access: 'manager' }, schema: { ...json('ABC by revenue, XYZ by regularity of monthly purchases, and their matrix'), querystring: Schemas.AbcXyzQuerySchema, response: { 200: Schemas.AbcXyzReportSchema, ...authenticatedErrors } } },
    async (request) => reports.abcXyz(abcXyzRequest(request.query, request.actor)),
  );
  app.get(
    '/api/reports/abc-xyz/csv',
    { config: { access: 'manager' }, schema: { ...json('ABC/XYZ as CSV: the clients, or the matrix'), querystring: Schemas.AbcXyzCsvQuerySchema, response: csvResponse } },
    async (request, reply) => {
      const report = await reports.abcXyz(abcXyzRequest(request.query, request.actor));
      return request.query.table === 'matrix'
        ? sendReportCsv(reply, 'abc-xyz-matrix', request.query, report.matrix, [
            column('ABC', (cell) => cell.abc), column('XYZ', (cell) => cell.xyz), column('Clients', (cell) => cell.clients), column('Revenue', (cell) => cell.revenue),
          ])
        : sendReportCsv(reply, 'abc-xyz-clients', request.query, report.topClients, [
            column('Client ID', (row) => row.clientId), column('Client', (row) => row.fullName), column('Revenue', (row) => row.revenue),
            column('Revenue share', (row) => row.revenueShare), column('Months with purchases', (row) => row.monthsWithPurchases),
            column('Variation', (row) => row.variation), column('ABC', (row) => row.abc), column('XYZ', (row) => row.xyz),
          ]);
    },
  );

  app.get(
    '/api/reports/manager-efficiency',
    { config: { access: 'manager' }, schema: { ...json('Sales, contacts, calls, callbacks and new VIPs per manager'), querystring: Schemas.ReportPeriodQuerySchema, response: { 200: Schemas.ManagerEfficiencyReportSchema, ...authenticatedErrors } } },
    async (request) => reports.managerEfficiency(reportRequest(request.query, request.actor)),
  );
  app.get(
    '/api/reports/manager-efficiency/csv',
    { config: { access: 'manager' }, schema: { ...json('Manager efficiency as CSV'), querystring: Schemas.PlainCsvQuerySchema, response: csvResponse } },
    async (request, reply) => {
      const { managers } = await reports.managerEfficiency(reportRequest(request.query, request.actor));
      return sendReportCsv(reply, 'manager-efficiency', request.query, managers, [
        column('User', (row) => row.displayName), column('Sales volume', (row) => row.salesVolume), column('Deals won', (row) => row.dealsWon),
        column('Deals lost', (row) => row.dealsLost), column('Calls', (row) => row.interactions.call), column('SMS', (row) => row.interactions.sms),
        column('Emails', (row) => row.interactions.email), column('Meetings', (row) => row.interactions.meeting), column('Notes', (row) => row.interactions.note),
        column('Calls made', (row) => row.callsMade), column('Calls answered', (row) => row.callsAnswered), column('Average talk, s', (row) => row.averageTalkSeconds),
        column('Client calls', (row) => row.clientCalls), column('Missed', (row) => row.missedClientCalls), column('Missed share', (row) => row.missedCallShare),
        column('Callbacks in time', (row) => row.callbacksInTime), column('Callbacks in time share', (row) => row.callbackInTimeShare),
        column('VIP clients gained', (row) => row.vipClientsGained),
      ]);
    },
  );

  app.get(
    '/api/reports/lost-reasons',
    { config: { access: 'manager' }, schema: { ...json('Reasons for lost deals, ranked'), querystring: Schemas.ReportPeriodQuerySchema, response: { 200: Schemas.LostReasonsReportSchema, ...authenticatedErrors } } },
    async (request) => reports.lostReasons(reportRequest(request.query, request.actor)),
  );
  app.get(
    '/api/reports/lost-reasons/csv',
    { config: { access: 'manager' }, schema: { ...json('Lost deal reasons as CSV'), querystring: Schemas.PlainCsvQuerySchema, response: csvResponse } },
    async (request, reply) => {
      const { reasons } = await reports.lostReasons(reportRequest(request.query, request.actor));
      return sendReportCsv(reply, 'lost-reasons', request.query, reasons, [
        column('Rank', (row) => row.rank), column('Reason', (row) => row.reason), column('Deals', (row) => row.deals), column('Share', (row) => row.share), column('Amount', (row) => row.amount),
      ]);
    },
  );

  app.get(
    '/api/reports/inquiries',
    { config: { access: 'manager' }, schema: { ...json('First contacts from prospects and unknown numbers, and the share that became customers'), querystring: Schemas.InquiriesQuerySchema, response: { 200: Schemas.InquiriesReportSchema, ...authenticatedErrors } } },
    async (request) => reports.inquiries({ ...reportRequest(request.query, request.actor), ...(request.query.bucket && { bucket: request.query.bucket }) }),
  );
  app.get(
    '/api/reports/inquiries/csv',
    { config: { access: 'manager' }, schema: { ...json('Inquiries as CSV, by period, channel or source, or all three'), querystring: Schemas.InquiriesCsvQuerySchema, response: csvResponse } },
    async (request, reply) => {
      const report = await reports.inquiries({ ...reportRequest(request.query, request.actor), ...(request.query.bucket && { bucket: request.query.bucket }) });
      const figures = [column('Inquiries', (row: { inquiries: number }) => row.inquiries), column('Converted', (row: { converted: number }) => row.converted), column('Conversion', (row: { conversion: number | null }) => row.conversion)];
      const { table } = request.query;
      if (table === 'periods') return sendReportCsv(reply, 'inquiries-by-period', request.query, report.byPeriod, [column('Period', (row) => row.period), ...figures]);
      if (table === 'channels') return sendReportCsv(reply, 'inquiries-by-channel', request.query, report.byChannel, [column('Channel', (row) => row.channel), ...figures]);
      if (table === 'sources') return sendReportCsv(reply, 'inquiries-by-source', request.query, report.byAdSource, [column('Ad source', (row) => row.adSource), ...figures]);
      return sendReportCsv(reply, 'inquiries', request.query, report.rows, [
        column('Period', (row) => row.period), column('Channel', (row) => row.channel), column('Ad source', (row) => row.adSource), ...figures,
      ]);
    },
  );

  app.get(
    '/api/reports/campaigns',
    { config: { access: 'manager' }, schema: { ...json('Inquiries, conversions, revenue, cost and return per advertising source and per SMS mailing'), querystring: Schemas.CampaignsQuerySchema, response: { 200: Schemas.CampaignsReportSchema, ...authenticatedErrors } } },
    async (request) => reports.campaigns(campaignsRequest(request.query, request.actor)),
  );
  app.get(
    '/api/reports/campaigns/csv',
    { config: { access: 'manager' }, schema: { ...json('Campaign efficiency as CSV, per advertising source or per SMS mailing'), querystring: Schemas.CampaignsCsvQuerySchema, response: csvResponse } },
    async (request, reply) => {
      const { campaigns, mailings } = await reports.campaigns(campaignsRequest(request.query, request.actor));
      if (request.query.table === 'mailings') {
        return sendReportCsv(reply, 'mailings', request.query, mailings, [
          column('Mailing', (row) => row.name), column('Sent', (row) => row.sent), column('Segments', (row) => row.segments),
          column('Responses', (row) => row.responses), column('Conversions', (row) => row.conversions), column('Conversion', (row) => row.conversion),
          column('Deals won', (row) => row.dealsWon), column('Revenue', (row) => row.revenue), column('Cost', (row) => row.cost),
          column('Return on cost', (row) => row.returnOnCost),
        ]);
      }
      return sendReportCsv(reply, 'campaigns', request.query, campaigns, [
        column('Ad source', (row) => row.adSource), column('Inquiries', (row) => row.inquiries), column('Conversions', (row) => row.conversions),
        column('Conversion', (row) => row.conversion), column('Deals won', (row) => row.dealsWon), column('Revenue', (row) => row.revenue),
        column('Cost', (row) => row.cost), column('Return on cost', (row) => row.returnOnCost),
      ]);
    },
  );

  app.get(
    '/api/reports/calls',
    { config: { access: 'supervisor' }, schema: { ...json('Call volume by hour and weekday, answer rate, waits, abandoned calls'), querystring: Schemas.ReportPeriodQuerySchema, response: { 200: Schemas.CallStatisticsReportSchema, ...authenticatedErrors } } },
    async (request) => reports.callStatistics(reportRequest(request.query, request.actor)),
  );
  app.get(
    '/api/reports/calls/csv',
    { config: { access: 'supervisor' }, schema: { ...json('Call statistics as CSV, by hour, by weekday, or by weekday and hour'), querystring: Schemas.CallsCsvQuerySchema, response: csvResponse } },
    async (request, reply) => {
      const report = await reports.callStatistics(reportRequest(request.query, request.actor));
      type Figures = (typeof report.byHour)[number];
      const figures: CsvColumn<Omit<Figures, 'hour'>>[] = [
        column('Calls', (row) => row.calls), column('Inbound', (row) => row.inbound), column('Outbound', (row) => row.outbound),
        column('Answered', (row) => row.answered), column('Answer rate', (row) => row.answerRate), column('Abandoned', (row) => row.abandoned),
        column('Abandon rate', (row) => row.abandonRate), column('Average wait, s', (row) => row.averageWaitSeconds),
        column('Average wait before abandoning, s', (row) => row.averageAbandonedWaitSeconds),
      ];
      const { table } = request.query;
      if (table === 'weekdays') return sendReportCsv(reply, 'calls-by-weekday', request.query, report.byWeekday, [column('Weekday', (row) => row.weekday), ...figures]);
      if (table === 'week') {
        return sendReportCsv(reply, 'calls-by-weekday-and-hour', request.query, report.byWeekdayAndHour, [column('Weekday', (row) => row.weekday), column('Hour', (row) => row.hour), ...figures]);
      }
      return sendReportCsv(reply, 'calls-by-hour', request.query, report.byHour, [column('Hour', (row) => row.hour), ...figures]);
    },
  );

  app.get(
    '/api/reports/campaign-costs',
    { config: { access: 'supervisor' }, schema: { ...json('Campaign costs entered for a range of months'), querystring: Schemas.CampaignCostsQuerySchema, response: { 200: Schemas.CampaignCostsSchema, ...authenticatedErrors } } },
    async (request) => ({ items: await reports.listCampaignCosts(request.query.fromMonth, request.query.toMonth) }),
  );
  app.put(
    '/api/reports/campaign-costs',
    { config: { access: 'supervisor' }, schema: { ...json('Set what an advertising source cost in a month'), body: Schemas.CampaignCostBodySchema, response: { 200: Schemas.CampaignCostSchema, ...authenticatedErrors } } },
    async (request) => reports.setCampaignCost(request.body, request.actor),
  );

  app.get(
    '/api/work-settings',
    { config: { access: 'operator' }, schema: { ...json('Time zone, birthday reminder lead time, callback deadline, and the currency and SMS exchange rate of the reports'), response: { 200: Schemas.WorkSettingsSchema, ...authenticatedErrors } } },
    async () => settings.get(),
  );
  app.patch(
    '/api/work-settings',
    { config: { access: 'admin' }, schema: { ...json('Change the work settings'), body: Schemas.WorkSettingsBodySchema, response: { 200: Schemas.WorkSettingsSchema, ...authenticatedErrors } } },
    async (request) => settings.update(request.body, request.actor),
  );
}

function reportRequest(query: Schemas.ReportPeriodQuery, actor: Actor): ReportRequest {
  return { period: { from: new Date(query.from), to: new Date(query.to) }, actor, ...(query.timeZone !== undefined && { timeZone: query.timeZone }) };
}

function campaignsRequest(query: Schemas.CampaignsQuery, actor: Actor) {
  return { ...reportRequest(query, actor), ...(query.attributionDays !== undefined && { attributionDays: query.attributionDays }) };
}

function abcXyzRequest(query: Schemas.AbcXyzQuery, actor: Actor) {
  const { aPercent, bPercent, xMaxVariation, yMaxVariation, topClients } = query;
  return { ...reportRequest(query, actor), thresholds: { aPercent, bPercent, xMaxVariation, yMaxVariation }, ...(topClients !== undefined && { topClients }) };
}

function column<Row>(header: string, value: CsvColumn<Row>['value']): CsvColumn<Row> {
  return { header, value };
}

/** Sends rows as a CSV file named after the report and the days it covers, as the report's zone counts them. */
function csvSender(settings: CrmSettingsService) {
  return async <Row>(reply: FastifyReply, name: string, query: PeriodQuery, rows: readonly Row[], columns: readonly CsvColumn<Row>[]) => {
    const delimiter: CsvDelimiter = query.delimiter === 'semicolon' ? ';' : ',';
    const timeZone = query.timeZone ?? (await settings.get()).timeZone;
    const lastDay = localDate(new Date(new Date(query.to).getTime() - 1), timeZone);
    const filename = `${name}-${localDate(new Date(query.from), timeZone)}-${lastDay}.csv`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send(toCsv(columns, rows, delimiter));
  };
}
