/**
 * Analytics reports. Every report covers the half-open period [from, to) and counts days, months
 * and hours in `timeZone` (the CRM's setting when left out). Managers get their own clients'
 * figures; supervisors and admins everyone's. Shares are fractions 0-1 (null where there was
 * nothing to divide); money is decimal text with two fraction digits.
 */
import Type, { type Static } from 'typebox';
import { DateTimeSchema, Nullable, strict } from './common.schemas.ts';

const money = Type.String({ description: 'Decimal text with two fraction digits: "1250.00"' });
const share = Nullable(Type.Number({ description: 'A fraction 0-1; null when there was nothing to divide' }));

const periodProperties = {
  from: DateTimeSchema,
  to: DateTimeSchema,
  timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA zone, e.g. Europe/Kyiv' })),
};

export const ReportPeriodQuerySchema = Type.Object(periodProperties, strict);
export type ReportPeriodQuery = Static<typeof ReportPeriodQuerySchema>;

export const CsvDelimiterSchema = Type.Enum(['comma', 'semicolon'], { description: 'semicolon for Excel in Ukrainian and Russian locales' });

export const AbcClassSchema = Type.Enum(['A', 'B', 'C']);
export const XyzClassSchema = Type.Enum(['X', 'Y', 'Z']);

const abcXyzProperties = {
  ...periodProperties,
  aPercent: Type.Optional(Type.Number({ description: 'A: clients bringing the first aPercent of revenue (80)' })),
  bPercent: Type.Optional(Type.Number({ description: 'B: the next bPercent (15); C the rest' })),
  xMaxVariation: Type.Optional(Type.Number({ description: 'X: monthly purchases vary by at most this coefficient of variation (0.5)' })),
  yMaxVariation: Type.Optional(Type.Number({ description: 'Y: at most this (1); Z above' })),
  topClients: Type.Optional(Type.Integer({ description: 'How many of the richest clients to list, 0-1000 (50)' })),
};
export const AbcXyzQuerySchema = Type.Object(abcXyzProperties, strict);
export type AbcXyzQuery = Static<typeof AbcXyzQuerySchema>;

export const AbcXyzReportSchema = Type.Object({
  thresholds: Type.Object({ aPercent: Type.Number(), bPercent: Type.Number(), xMaxVariation: Type.Number(), yMaxVariation: Type.Number() }),
  months: Type.Integer({ description: 'Calendar months in the period; a month without purchases counts as zero' }),
  totalRevenue: money,
  classes: Type.Array(Type.Object({ abc: AbcClassSchema, clients: Type.Integer(), revenue: money, revenueShare: share })),
  /** Nine cells, A-X first, empty ones included. */
  matrix: Type.Array(Type.Object({ abc: AbcClassSchema, xyz: XyzClassSchema, clients: Type.Integer(), revenue: money })),
  topClients: Type.Array(
    Type.Object({
      clientId: Type.Integer(),
      fullName: Type.String(),
      managerId: Nullable(Type.Integer()),
      revenue: money,
      revenueShare: Type.Number(),
      monthsWithPurchases: Type.Integer(),
      variation: Type.Number({ description: 'Coefficient of variation of monthly revenue' }),
      abc: AbcClassSchema,
      xyz: XyzClassSchema,
    }),
  ),
});
export type AbcXyzReport = Static<typeof AbcXyzReportSchema>;

export const ManagerEfficiencyReportSchema = Type.Object({
  callbackDeadlineMinutes: Type.Integer(),
  managers: Type.Array(
    Type.Object({
      userId: Type.Integer(),
      displayName: Type.String(),
      role: Type.String(),
      salesVolume: money,
      dealsWon: Type.Integer(),
      dealsLost: Type.Integer(),
      interactions: Type.Object({ call: Type.Integer(), sms: Type.Integer(), email: Type.Integer(), meeting: Type.Integer(), note: Type.Integer() }),
      callsMade: Type.Integer(),
      callsAnswered: Type.Integer(),
      averageTalkSeconds: Nullable(Type.Integer()),
      clientCalls: Type.Integer({ description: "Incoming calls from the manager's clients" }),
      missedClientCalls: Type.Integer(),
      missedCallShare: share,
      callbacksInTime: Type.Integer({ description: 'Missed calls whose client was called back within the deadline' }),
      callbackInTimeShare: share,
      vipClientsGained: Type.Integer({ description: 'Clients in class A of the period (company-wide) with no earlier won deal' }),
    }),
  ),
});
export type ManagerEfficiencyReport = Static<typeof ManagerEfficiencyReportSchema>;

export const LostReasonsReportSchema = Type.Object({
  totalDeals: Type.Integer(),
  totalAmount: money,
  reasons: Type.Array(Type.Object({ rank: Type.Integer(), reason: Type.String(), deals: Type.Integer(), share: Type.Number(), amount: money })),
});
export type LostReasonsReport = Static<typeof LostReasonsReportSchema>;

const inquiryFigures = { inquiries: Type.Integer(), converted: Type.Integer(), conversion: share };
const channel = Type.Enum(['call', 'sms', 'email', 'meeting', 'note']);

export const InquiriesQuerySchema = Type.Object({ ...periodProperties, bucket: Type.Optional(Type.Enum(['day', 'week', 'month'], { description: 'month when left out' })) }, strict);
export type InquiriesQuery = Static<typeof InquiriesQuerySchema>;

export const InquiriesReportSchema = Type.Object({
  bucket: Type.Enum(['day', 'week', 'month']),
  total: Type.Object(inquiryFigures),
  /** `period`: the first day of the day, week (Monday) or month. */
  byPeriod: Type.Array(Type.Object({ period: Type.String(), ...inquiryFigures })),
  byChannel: Type.Array(Type.Object({ channel, ...inquiryFigures })),
  byAdSource: Type.Array(Type.Object({ adSource: Nullable(Type.String()), ...inquiryFigures })),
  rows: Type.Array(Type.Object({ period: Type.String(), channel, adSource: Nullable(Type.String()), ...inquiryFigures })),
});
export type InquiriesReport = Static<typeof InquiriesReportSchema>;

const campaignsProperties = {
  ...periodProperties,
  attributionDays: Type.Optional(Type.Integer({ description: "Days after a mailing's message in which the recipient's contacts and won deals count for it, 1-365 (30)" })),
};
export const CampaignsQuerySchema = Type.Object(campaignsProperties, strict);
export type CampaignsQuery = Static<typeof CampaignsQuerySchema>;

export const CampaignsReportSchema = Type.Object({
  costsShown: Type.Boolean({ description: 'Costs are company figures: shown to supervisors and admins only' }),
  campaigns: Type.Array(
    Type.Object({
      adSource: Nullable(Type.String()),
      inquiries: Type.Integer(),
      conversions: Type.Integer(),
      conversion: share,
      dealsWon: Type.Integer(),
      revenue: money,
      cost: Nullable(money),
      returnOnCost: Nullable(Type.Number({ description: '(revenue - cost) / cost' })),
    }),
  ),
  attributionDays: Type.Integer(),
  mailings: Type.Array(
    Type.Object({
      mailingId: Type.Integer(),
      name: Type.String(),
      sent: Type.Integer({ description: 'Messages handed to Twilio in the period' }),
      segments: Type.Integer(),
      responses: Type.Integer({ description: 'Recipients who got in touch within the attribution window' }),
      conversions: Type.Integer({ description: 'Recipients who won a deal within the attribution window' }),
      conversion: share,
      dealsWon: Type.Integer(),
      revenue: money,
      cost: Nullable(money),
      returnOnCost: Nullable(Type.Number({ description: '(revenue - cost) / cost' })),
    }),
  ),
  mailingCostBasis: Nullable(
    Type.Object(
      {
        pricePerSegment: Type.Number(),
        priceCurrency: Type.String(),
        exchangeRate: Type.String({ description: 'What one unit of priceCurrency costs in currency' }),
        currency: Type.String(),
      },
      { description: 'Mailing cost = segments × pricePerSegment × exchangeRate (Twilio\'s own price where recorded); null when not shown or no exchange rate is set' },
    ),
  ),
});
export type CampaignsReport = Static<typeof CampaignsReportSchema>;

const callFigures = {
  calls: Type.Integer(),
  inbound: Type.Integer(),
  outbound: Type.Integer(),
  answered: Type.Integer(),
  answerRate: share,
  abandoned: Type.Integer(),
  abandonRate: share,
  averageWaitSeconds: Nullable(Type.Number({ description: 'Of answered incoming calls' })),
  averageAbandonedWaitSeconds: Nullable(Type.Number()),
};

export const CallStatisticsReportSchema = Type.Object({
  timeZone: Type.String(),
  total: Type.Object(callFigures),
  byHour: Type.Array(Type.Object({ hour: Type.Integer(), ...callFigures })),
  byWeekday: Type.Array(Type.Object({ weekday: Type.Integer({ description: '1 Monday … 7 Sunday' }), ...callFigures })),
  /** 168 cells, Monday 0:00 first: the week's heat map. */
  byWeekdayAndHour: Type.Array(Type.Object({ weekday: Type.Integer(), hour: Type.Integer(), ...callFigures })),
});
export type CallStatisticsReport = Static<typeof CallStatisticsReportSchema>;

/** CSV of one table of a report: the report's own query, plus which table and the delimiter. */
export const AbcXyzCsvQuerySchema = Type.Object(
  { ...abcXyzProperties, table: Type.Enum(['clients', 'matrix']), delimiter: Type.Optional(CsvDelimiterSchema) },
  strict,
);
export const InquiriesCsvQuerySchema = Type.Object(
  { ...InquiriesQuerySchema.properties, table: Type.Enum(['rows', 'periods', 'channels', 'sources']), delimiter: Type.Optional(CsvDelimiterSchema) },
  strict,
);
export const CampaignsCsvQuerySchema = Type.Object(
  { ...campaignsProperties, table: Type.Optional(Type.Enum(['sources', 'mailings'], { description: 'sources when left out' })), delimiter: Type.Optional(CsvDelimiterSchema) },
  strict,
);
export const CallsCsvQuerySchema = Type.Object({ ...periodProperties, table: Type.Enum(['hours', 'weekdays', 'week'], { description: 'week: one row per weekday and hour' }), delimiter: Type.Optional(CsvDelimiterSchema) }, strict);
export const PlainCsvQuerySchema = Type.Object({ ...periodProperties, delimiter: Type.Optional(CsvDelimiterSchema) }, strict);

export const CsvSchema = Type.String({ description: 'text/csv; UTF-8 with a byte-order mark' });

export const CampaignCostSchema = Type.Object({
  adSource: Type.String(),
  month: Type.String({ description: 'The first day of the month, YYYY-MM-01' }),
  amount: money,
});
export type CampaignCost = Static<typeof CampaignCostSchema>;

export const CampaignCostBodySchema = Type.Object({ adSource: Type.String(), month: Type.String(), amount: Type.String() }, strict);
export const CampaignCostsQuerySchema = Type.Object({ fromMonth: Type.String({ format: 'date' }), toMonth: Type.String({ format: 'date' }) }, strict);
export const CampaignCostsSchema = Type.Object({ items: Type.Array(CampaignCostSchema) });

const currency = Type.String({ description: 'ISO 4217 code of the currency reports show money in, e.g. UAH' });
const smsExchangeRate = Type.String({ description: "What one unit of the SMS price currency (SMS_PRICE_CURRENCY, USD) costs in the reports' currency, e.g. \"41.25\"" });

export const WorkSettingsSchema = Type.Object({
  timeZone: Type.String(),
  birthdayReminderDays: Type.Integer(),
  callbackDeadlineMinutes: Type.Integer(),
  currency,
  smsExchangeRate: Nullable(smsExchangeRate),
});
export type WorkSettings = Static<typeof WorkSettingsSchema>;
export const WorkSettingsBodySchema = Type.Object(
  {
    timeZone: Type.Optional(Type.String()),
    birthdayReminderDays: Type.Optional(Type.Integer()),
    callbackDeadlineMinutes: Type.Optional(Type.Integer()),
    currency: Type.Optional(currency),
    smsExchangeRate: Type.Optional(Nullable(smsExchangeRate)),
  },
  strict,
);
