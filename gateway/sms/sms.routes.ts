/**
 * SMS for users: a message from a client card (operators and above), mailings (managers and
 * above), a number's opt-out status and the opt-outs customers ask for by word of mouth (operators
 * and above), and the event rules (administrators).
 */
import type { MailingService, Mailing, MailingRecipient, MailingWithTotals } from '../../crm-core/sms/mailing.service.ts';
import type { OptedOutNumber, OptOutStatus, SmsMessage, SmsRule, SmsService } from '../../crm-core/sms/sms.service.ts';
import Type from 'typebox';
import type { GatewayApp } from '../app.ts';
import type { ClientFilter as ClientFilterBody } from '../schemas/clients.schemas.ts';
import { authenticatedErrors, ErrorResponseSchema, IdParamsSchema } from '../schemas/common.schemas.ts';
import {
  ClientIdParamsSchema,
  MailingBodySchema,
  MailingDraftEstimateBodySchema,
  MailingDraftPreviewBodySchema,
  MailingEstimateSchema,
  MailingListSchema,
  MailingPreviewQuerySchema,
  MailingPreviewSchema,
  MailingRecipientPageSchema,
  MailingRecipientQuerySchema,
  MailingSchema,
  MailingWithTotalsSchema,
  OptedOutNumberPageSchema,
  OptedOutQuerySchema,
  OptOutQuerySchema,
  OptOutStatusSchema,
  ScheduleBodySchema,
  SendSmsBodySchema,
  SmsMessageListSchema,
  SmsMessageSchema,
  SmsRuleBodySchema,
  SmsRuleListSchema,
  SmsRuleParamsSchema,
  SmsRuleSchema,
} from '../schemas/sms.schemas.ts';

export interface SmsRouteDependencies {
  readonly sms: SmsService;
  readonly mailings: MailingService;
}

const tags = ['sms'];
const onRecord = { ...authenticatedErrors, 404: ErrorResponseSchema };

export function registerSmsRoutes(app: GatewayApp, { sms, mailings }: SmsRouteDependencies): void {
  app.post(
    '/api/clients/:clientId/sms',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Sends an SMS from the client card; logged in the history as an interaction (channel sms)', params: ClientIdParamsSchema, body: SendSmsBodySchema, response: { 201: SmsMessageSchema, ...onRecord } },
    },
    async (request, reply) => {
      const message = await sms.sendToClient({ clientId: request.params.clientId, ...request.body }, request.actor);
      return reply.status(201).send(messageBody(message));
    },
  );

  app.get(
    '/api/clients/:clientId/sms',
    { config: { access: 'operator' }, schema: { tags, summary: "The client's messages, newest first, with their delivery status", params: ClientIdParamsSchema, response: { 200: SmsMessageListSchema, ...authenticatedErrors } } },
    async (request) => ({ items: (await sms.listClientMessages(request.params.clientId)).map(messageBody) }),
  );

  app.get(
    '/api/sms/messages/:id',
    { config: { access: 'operator' }, schema: { tags, summary: 'One message and its delivery status', params: IdParamsSchema, response: { 200: SmsMessageSchema, ...onRecord } } },
    async (request) => messageBody(await sms.getMessage(request.params.id)),
  );

  app.get(
    '/api/sms/opt-outs',
    { config: { access: 'operator' }, schema: { tags, summary: 'Whether a number replied STOP', querystring: OptOutQuerySchema, response: { 200: OptOutStatusSchema, ...authenticatedErrors } } },
    async (request) => optOutBody(await sms.optOutStatus(request.query.number)),
  );

  app.post(
    '/api/sms/opt-outs',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Opts a number out at the customer’s word (on a call, in person): no mailing or automatic SMS goes to it; audited', body: OptOutQuerySchema, response: { 200: OptOutStatusSchema, ...authenticatedErrors } },
    },
    async (request) => optOutBody(await sms.recordOptOut(request.body.number, request.actor)),
  );

  app.delete(
    '/api/sms/opt-outs',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Undoes an opt-out a user recorded; one made by replying STOP only the customer can undo, by texting START; audited', querystring: OptOutQuerySchema, response: { 200: OptOutStatusSchema, ...onRecord } },
    },
    async (request) => optOutBody(await sms.liftOptOut(request.query.number, request.actor)),
  );

  app.get(
    '/api/sms/opted-out',
    { config: { access: 'manager' }, schema: { tags, summary: 'Every number that opted out, the latest first, with its clients', querystring: OptedOutQuerySchema, response: { 200: OptedOutNumberPageSchema, ...authenticatedErrors } } },
    async (request) => {
      const page = await sms.listOptOuts(request.query);
      return { items: page.items.map(optedOutBody), ...(page.nextCursor !== undefined && { nextCursor: page.nextCursor }) };
    },
  );

  registerMailingRoutes(app, mailings);

  app.get(
    '/api/sms/rules',
    { config: { access: 'admin' }, schema: { tags, summary: 'The event-triggered SMS rules', response: { 200: SmsRuleListSchema, ...authenticatedErrors } } },
    async () => ({ items: (await sms.listRules()).map(ruleBody) }),
  );

  app.put(
    '/api/sms/rules/:kind',
    { config: { access: 'admin' }, schema: { tags, summary: 'Switches a rule on or off and sets its template', params: SmsRuleParamsSchema, body: SmsRuleBodySchema, response: { 200: SmsRuleSchema, ...onRecord } } },
    async (request) => ruleBody(await sms.updateRule(request.params.kind, request.body, request.actor)),
  );
}

function registerMailingRoutes(app: GatewayApp, mailings: MailingService): void {
  const config = { access: 'manager' } as const;

  app.get('/api/sms/mailings', { config, schema: { tags, summary: 'Mailings, newest first, with their totals', response: { 200: MailingListSchema, ...authenticatedErrors } } }, async () => ({
    items: (await mailings.list()).map(mailingWithTotalsBody),
  }));

  app.post(
    '/api/sms/mailings/estimate',
    { config, schema: { tags, summary: 'The estimate of a template and filter not saved yet, as the editor changes them', body: MailingDraftEstimateBodySchema, response: { 200: MailingEstimateSchema, ...authenticatedErrors } } },
    async (request) => mailings.estimateDraft(request.body),
  );

  app.post(
    '/api/sms/mailings/preview',
    { config, schema: { tags, summary: 'The text one client would get from a template not saved yet', body: MailingDraftPreviewBodySchema, response: { 200: MailingPreviewSchema, ...authenticatedErrors } } },
    async (request) => mailings.previewDraft(request.body),
  );

  app.post(
    '/api/sms/mailings',
    { config, schema: { tags, summary: 'A draft mailing', body: MailingBodySchema, response: { 201: MailingSchema, ...authenticatedErrors } } },
    async (request, reply) => reply.status(201).send(mailingBody(await mailings.create(request.body, request.actor))),
  );

  app.get(
    '/api/sms/mailings/:id',
    { config, schema: { tags, summary: 'A mailing with its totals (sent, delivered, failed, opted out, replied)', params: IdParamsSchema, response: { 200: MailingWithTotalsSchema, ...onRecord } } },
    async (request) => mailingWithTotalsBody(await mailings.get(request.params.id)),
  );

  app.put(
    '/api/sms/mailings/:id',
    { config, schema: { tags, summary: 'Changes a draft', params: IdParamsSchema, body: MailingBodySchema, response: { 200: MailingSchema, ...onRecord } } },
    async (request) => mailingBody(await mailings.update(request.params.id, request.body, request.actor)),
  );

  app.delete(
    '/api/sms/mailings/:id',
    { config, schema: { tags, summary: 'Deletes a draft', params: IdParamsSchema, response: { 204: Type.Null(), ...onRecord } } },
    async (request, reply) => {
      await mailings.delete(request.params.id, request.actor);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/sms/mailings/:id/preview',
    { config, schema: { tags, summary: 'The text one client would get', params: IdParamsSchema, querystring: MailingPreviewQuerySchema, response: { 200: MailingPreviewSchema, ...onRecord } } },
    async (request) => mailings.preview(request.params.id, request.query.clientId),
  );

  app.get(
    '/api/sms/mailings/:id/estimate',
    { config, schema: { tags, summary: 'Recipients, segments per message and estimated cost, if scheduled now', params: IdParamsSchema, response: { 200: MailingEstimateSchema, ...onRecord } } },
    async (request) => mailings.estimate(request.params.id),
  );

  app.post(
    '/api/sms/mailings/:id/schedule',
    { config, schema: { tags, summary: 'Fixes the recipients and sends at sendAt (or now)', params: IdParamsSchema, body: ScheduleBodySchema, response: { 200: MailingSchema, ...onRecord } } },
    async (request) => {
      const sendAt = request.body.sendAt == null ? null : new Date(request.body.sendAt);
      return mailingBody(await mailings.schedule(request.params.id, { sendAt }, request.actor));
    },
  );

  for (const action of ['pause', 'resume', 'cancel'] as const) {
    app.post(
      `/api/sms/mailings/:id/${action}`,
      { config, schema: { tags, summary: `${action[0]!.toUpperCase()}${action.slice(1)}s the mailing`, params: IdParamsSchema, response: { 200: MailingSchema, ...onRecord } } },
      async (request) => mailingBody(await mailings[action](request.params.id, request.actor)),
    );
  }

  app.get(
    '/api/sms/mailings/:id/recipients',
    { config, schema: { tags, summary: 'Per-recipient status', params: IdParamsSchema, querystring: MailingRecipientQuerySchema, response: { 200: MailingRecipientPageSchema, ...onRecord } } },
    async (request) => {
      const page = await mailings.listRecipients(request.params.id, request.query);
      return { items: page.items.map(recipientBody), ...(page.nextCursor !== undefined && { nextCursor: page.nextCursor }) };
    },
  );
}

function iso(instant: Date): string;
function iso(instant: Date | null): string | null;
function iso(instant: Date | null): string | null {
  return instant === null ? null : instant.toISOString();
}

export function messageBody(message: SmsMessage) {
  return { ...message, createdAt: iso(message.createdAt), updatedAt: iso(message.updatedAt) };
}

function optOutBody(status: OptOutStatus) {
  return { ...status, optedOutAt: iso(status.optedOutAt) };
}

function optedOutBody(optedOut: OptedOutNumber) {
  return { ...optedOut, optedOutAt: iso(optedOut.optedOutAt), clients: [...optedOut.clients] };
}

function ruleBody(rule: SmsRule) {
  return { ...rule, updatedAt: iso(rule.updatedAt) };
}

function mailingBody(mailing: Mailing) {
  return {
    ...mailing,
    filter: mailing.filter as ClientFilterBody,
    sendAt: iso(mailing.sendAt),
    createdAt: iso(mailing.createdAt),
    updatedAt: iso(mailing.updatedAt),
    startedAt: iso(mailing.startedAt),
    finishedAt: iso(mailing.finishedAt),
  };
}

function mailingWithTotalsBody(mailing: MailingWithTotals) {
  return { ...mailingBody(mailing), totals: mailing.totals };
}

function recipientBody(recipient: MailingRecipient) {
  return { ...recipient, submittedAt: iso(recipient.submittedAt), repliedAt: iso(recipient.repliedAt) };
}
