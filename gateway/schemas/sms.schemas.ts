/** SMS: messages from a card, mailings, opt-outs, event rules, and Twilio's webhooks. */
import Type, { type Static } from 'typebox';
import { ClientFilterSchema } from './clients.schemas.ts';
import { DateTimeSchema, Nullable, PageOf, PageQueryProperties, strict } from './common.schemas.ts';

export const TwilioMessageStatusSchema = Type.Enum(
  ['queued', 'accepted', 'scheduled', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'canceled', 'receiving', 'received'],
  { description: "Twilio's status; it only moves forward" },
);
export const MailingStateSchema = Type.Enum(['draft', 'scheduled', 'sending', 'paused', 'cancelled', 'done']);
export const MailingRecipientStateSchema = Type.Enum(['pending', 'claimed', 'submitted', 'failed', 'opted-out', 'cancelled'], {
  description: 'pending: waiting; claimed: being handed to Twilio; submitted: Twilio has it (see status); failed: refused (see errorCode); opted-out: skipped',
});
export const MailingRecipientOutcomeSchema = Type.Enum(['pending', 'sent', 'delivered', 'failed', 'opted-out', 'cancelled', 'replied'], {
  description: 'As the totals count them: pending also counts claimed; failed counts refused, undelivered and failed; a delivered message counts as sent too',
});
export const SmsRuleKindSchema = Type.Enum(['missed-call', 'birthday', 'meeting-reminder']);

const errorFields = {
  errorCode: Nullable(Type.Integer({ description: "Twilio's error code; the UI translates by code" })),
  errorMessage: Nullable(Type.String({ description: 'The code explained in English' })),
};

export const SmsMessageSchema = Type.Object({
  id: Type.Integer(),
  interactionId: Type.Integer({ description: 'The interaction it is logged as (channel sms)' }),
  direction: Type.Enum(['in', 'out']),
  from: Type.String(),
  to: Type.String(),
  body: Type.String(),
  sid: Nullable(Type.String()),
  status: TwilioMessageStatusSchema,
  ...errorFields,
  segments: Type.Integer(),
  price: Nullable(Type.String()),
  priceUnit: Nullable(Type.String()),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});
export type SmsMessageBody = Static<typeof SmsMessageSchema>;

export const SmsMessageListSchema = Type.Object({ items: Type.Array(SmsMessageSchema) });

export const SendSmsBodySchema = Type.Object(
  {
    to: Type.String({ minLength: 1, maxLength: 100, description: 'Any spelling; read with the default country' }),
    body: Type.String({ minLength: 1, maxLength: 1600 }),
    contactPersonId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  },
  strict,
);
export type SendSmsBody = Static<typeof SendSmsBodySchema>;

export const ClientIdParamsSchema = Type.Object({ clientId: Type.Integer({ minimum: 1 }) });

export const OptOutSourceSchema = Type.Enum(['keyword', 'carrier', 'manual'], {
  description: 'keyword: replied STOP or the like; carrier: Twilio refused with 21610; manual: set by a user',
});
export const OptOutStatusSchema = Type.Object({
  number: Type.String({ description: 'E.164' }),
  optedOut: Type.Boolean(),
  optedOutAt: Nullable(DateTimeSchema),
  source: Nullable(OptOutSourceSchema),
});
export type OptOutStatus = Static<typeof OptOutStatusSchema>;
export const OptOutQuerySchema = Type.Object({ number: Type.String({ minLength: 1, maxLength: 100 }) }, strict);

export const OptedOutNumberSchema = Type.Object({
  number: Type.String({ description: 'E.164' }),
  optedOutAt: DateTimeSchema,
  source: OptOutSourceSchema,
  clients: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() }), { description: 'Current clients with this number, theirs or a contact person’s' }),
});
export type OptedOutNumber = Static<typeof OptedOutNumberSchema>;
export const OptedOutNumberPageSchema = PageOf(OptedOutNumberSchema);
export type OptedOutNumberPage = Static<typeof OptedOutNumberPageSchema>;
export const OptedOutQuerySchema = Type.Object({ ...PageQueryProperties }, strict);

export const QuietHoursSchema = Type.Object(
  {
    start: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: "HH:MM in the recipient's time zone" }),
    end: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
  },
  strict,
);

const MailingTemplateSchema = Type.String({
  minLength: 1,
  maxLength: 1600,
  description: 'Text with {{placeholders}}: name, fullName, shortName, region, industry, birthday, contactName, or a custom property by name',
});

export const MailingBodySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    template: MailingTemplateSchema,
    filter: ClientFilterSchema,
    quietHours: Type.Optional(Nullable(QuietHoursSchema)),
    ratePerSecond: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1000 }))),
  },
  strict,
);
export type MailingBody = Static<typeof MailingBodySchema>;

export const MailingSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  template: Type.String(),
  filter: ClientFilterSchema,
  state: MailingStateSchema,
  sendAt: Nullable(DateTimeSchema),
  quietHours: Nullable(QuietHoursSchema),
  ratePerSecond: Nullable(Type.Integer()),
  createdBy: Nullable(Type.Integer()),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  startedAt: Nullable(DateTimeSchema),
  finishedAt: Nullable(DateTimeSchema),
});
export type MailingResponse = Static<typeof MailingSchema>;

export const MailingTotalsSchema = Type.Object({
  recipients: Type.Integer(),
  pending: Type.Integer(),
  sent: Type.Integer(),
  delivered: Type.Integer(),
  failed: Type.Integer(),
  optedOut: Type.Integer(),
  cancelled: Type.Integer(),
  replied: Type.Integer(),
  unconfirmed: Type.Integer({ description: 'Sent, with no final status from Twilio yet: the figures may still move' }),
  segments: Type.Integer({ description: 'Of the messages handed to Twilio' }),
});

export const MailingWithTotalsSchema = Type.Object({ ...MailingSchema.properties, totals: MailingTotalsSchema });
export type MailingWithTotals = Static<typeof MailingWithTotalsSchema>;
export const MailingListSchema = Type.Object({ items: Type.Array(MailingWithTotalsSchema) });

export const SegmentCountSchema = Type.Object({
  encoding: Type.Enum(['GSM-7', 'UCS-2'], { description: 'Any Cyrillic letter makes a message UCS-2' }),
  units: Type.Integer(),
  segments: Type.Integer(),
  unitsPerSegment: Type.Integer({ description: '160 or 153 for GSM-7, 70 or 67 for UCS-2' }),
});

export const MailingPreviewQuerySchema = Type.Object({ clientId: Type.Integer({ minimum: 1 }) }, strict);
export const MailingDraftPreviewBodySchema = Type.Object({ template: MailingTemplateSchema, clientId: Type.Integer({ minimum: 1 }) }, strict);
export type MailingDraftPreviewBody = Static<typeof MailingDraftPreviewBodySchema>;
export const MailingDraftEstimateBodySchema = Type.Object({ template: MailingTemplateSchema, filter: ClientFilterSchema }, strict);
export type MailingDraftEstimateBody = Static<typeof MailingDraftEstimateBodySchema>;
export const MailingPreviewSchema = Type.Object({
  clientId: Type.Integer(),
  to: Nullable(Type.String({ description: 'Null when the client has no mobile number' })),
  body: Type.String(),
  segments: SegmentCountSchema,
});
export type MailingPreview = Static<typeof MailingPreviewSchema>;

export const MailingEstimateSchema = Type.Object({
  recipients: Type.Integer(),
  withoutMobile: Type.Integer({ description: 'Selected clients without a mobile number: they get nothing' }),
  optedOut: Type.Integer(),
  segmentsPerMessage: Type.Object({ min: Type.Integer(), max: Type.Integer() }),
  charactersPerMessage: Type.Object(
    { min: Type.Integer(), max: Type.Integer() },
    { description: 'As segments count them: GSM-7 extension characters take two' },
  ),
  encodings: Type.Object({ gsm7: Type.Integer(), ucs2: Type.Integer() }),
  totalSegments: Type.Integer(),
  estimatedCost: Type.String(),
  currency: Type.String(),
});
export type MailingEstimate = Static<typeof MailingEstimateSchema>;

export const ScheduleBodySchema = Type.Object(
  { sendAt: Type.Optional(Nullable(DateTimeSchema)) },
  { ...strict, description: 'No sendAt (or one in the past) starts sending now' },
);

export const MailingRecipientSchema = Type.Object({
  id: Type.Integer(),
  clientId: Type.Integer(),
  clientName: Nullable(Type.String({ description: 'Null once the client is gone' })),
  contactPersonId: Nullable(Type.Integer()),
  to: Type.String(),
  body: Type.String(),
  segments: Type.Integer(),
  state: MailingRecipientStateSchema,
  status: Nullable(TwilioMessageStatusSchema),
  ...errorFields,
  attempts: Type.Integer(),
  submittedAt: Nullable(DateTimeSchema),
  repliedAt: Nullable(DateTimeSchema),
});
export type MailingRecipient = Static<typeof MailingRecipientSchema>;
export const MailingRecipientPageSchema = PageOf(MailingRecipientSchema);
export type MailingRecipientPage = Static<typeof MailingRecipientPageSchema>;
export const MailingRecipientQuerySchema = Type.Object(
  { state: Type.Optional(MailingRecipientStateSchema), outcome: Type.Optional(MailingRecipientOutcomeSchema), ...PageQueryProperties },
  strict,
);
export type MailingRecipientQuery = Static<typeof MailingRecipientQuerySchema>;

export const SmsRuleSchema = Type.Object({
  kind: SmsRuleKindSchema,
  enabled: Type.Boolean(),
  template: Type.String(),
  leadMinutes: Type.Integer({ description: 'Meeting reminders: minutes before the meeting' }),
  updatedAt: DateTimeSchema,
});
export type SmsRule = Static<typeof SmsRuleSchema>;
export const SmsRuleListSchema = Type.Object({ items: Type.Array(SmsRuleSchema) });
export const SmsRuleBodySchema = Type.Object(
  {
    enabled: Type.Boolean(),
    template: Type.String({ minLength: 1, maxLength: 1600, description: 'Placeholders as in mailings, plus meetingTime for reminders' }),
    leadMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 10080 })),
  },
  strict,
);
export type SmsRuleBody = Static<typeof SmsRuleBodySchema>;
export const SmsRuleParamsSchema = Type.Object({ kind: SmsRuleKindSchema });

/** Twilio posts form fields and adds new ones without notice: every field is kept for the signature. */
export const TwilioWebhookBodySchema = Type.Record(Type.String(), Type.String());
