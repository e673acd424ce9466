/**
 * Twilio's webhooks: status callbacks and inbound messages. Public routes, but each request must
 * carry a valid `X-Twilio-Signature` computed on the URL Twilio called (PUBLIC_URL plus the path
 * and query), so a forged or unsigned request gets 403 and changes nothing.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import twilio from 'twilio';
import Type from 'typebox';
import { isTwilioMessageStatus } from '../../crm-core/sms/sms.ts';
import type { SmsService } from '../../crm-core/sms/sms.service.ts';
import type { GatewayApp } from '../app.ts';
import { httpError } from '../http-errors.ts';
import { ErrorResponseSchema } from '../schemas/common.schemas.ts';
import { TwilioWebhookBodySchema } from '../schemas/sms.schemas.ts';

export interface SmsWebhookDependencies {
  readonly sms: Pick<SmsService, 'applyStatusReport' | 'receive'>;
  readonly authToken: string;
  /** The origin Twilio calls, e.g. `https://crm.example.com`: signatures cover it, not the address the process sees. */
  readonly publicUrl: string;
}

export const statusCallbackPath = '/api/sms/twilio/status';
export const inboundWebhookPath = '/api/sms/twilio/inbound';

const tags = ['sms webhooks'];
const emptyTwiml = '<?xml version="1.0" encoding="UTF-8"?><Response/>';
const formContentType = 'application/x-www-form-urlencoded';

const StatusCallbackQuerySchema = Type.Object({
  message: Type.Optional(Type.Integer({ minimum: 1 })),
  recipient: Type.Optional(Type.Integer({ minimum: 1 })),
});

export async function registerSmsWebhookRoutes(app: GatewayApp, dependencies: SmsWebhookDependencies): Promise<void> {
  const publicUrl = dependencies.publicUrl.replace(/\/+$/, '');

  function refuseUnsigned(request: FastifyRequest, fields: Record<string, string>): void {
    const signature = request.headers['x-twilio-signature'];
    const valid = typeof signature === 'string' && twilio.validateRequest(dependencies.authToken, signature, `${publicUrl}${request.url}`, fields);
    if (!valid) throw httpError(403, 'The request does not carry a valid Twilio signature');
  }

  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    if (!scope.hasContentTypeParser(formContentType)) {
      scope.addContentTypeParser(formContentType, { parseAs: 'string' }, (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      });
    }

    scope.post(
      statusCallbackPath,
      {
        config: { access: 'public' },
        schema: { tags, summary: "Twilio's status callback", querystring: StatusCallbackQuerySchema, body: TwilioWebhookBodySchema, response: { 200: Type.String(), 400: ErrorResponseSchema, 403: ErrorResponseSchema } },
      },
      async (request, reply) => {
        refuseUnsigned(request, request.body);
        const { MessageSid: sid, MessageStatus: status, ErrorCode: errorCode } = request.body;
        if (!sid) throw httpError(400, 'MessageSid is required');
        if (!isTwilioMessageStatus(status)) throw httpError(400, 'MessageStatus is not a Twilio message status');
        await dependencies.sms.applyStatusReport({
          sid,
          status,
          errorCode: errorCode ? Number(errorCode) : null,
          ...(request.query.message !== undefined && { messageId: request.query.message }),
          ...(request.query.recipient !== undefined && { recipientId: request.query.recipient }),
        });
        return reply.status(200).type('text/plain').send('');
      },
    );

    scope.post(
      inboundWebhookPath,
      {
        config: { access: 'public' },
        schema: { tags, summary: 'An SMS to our number; STOP, START and the like change the opt-out', body: TwilioWebhookBodySchema, response: { 200: Type.String(), 400: ErrorResponseSchema, 403: ErrorResponseSchema } },
      },
      async (request, reply) => {
        refuseUnsigned(request, request.body);
        const { MessageSid: sid, From: from, To: to, Body: body, OptOutType: optOutType } = request.body;
        if (!sid || !from) throw httpError(400, 'MessageSid and From are required');
        await dependencies.sms.receive({ sid, from, to: to ?? '', body: body ?? '', ...(optOutType !== undefined && { optOutType }) });
        return reply.status(200).type('text/xml').send(emptyTwiml);
      },
    );
  });
}
