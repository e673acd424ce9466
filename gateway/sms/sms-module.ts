/** SMS in the app: its services and both route modules, given Twilio's transport and the public URL. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CountryCode } from '../../crm-core/phones/phone-number.ts';
import type { Clock } from '../../crm-core/shared/clock.ts';
import { createMailingService } from '../../crm-core/sms/mailing.service.ts';
import { createSmsService, type SmsMessage, type SmsService } from '../../crm-core/sms/sms.service.ts';
import type { SmsTransport } from '../../crm-core/sms/sms-transport.ts';
import type { GatewayApp } from '../app.ts';
import { registerSmsRoutes } from './sms.routes.ts';
import { registerSmsWebhookRoutes, statusCallbackPath } from './sms-webhooks.routes.ts';

export interface SmsSetup {
  readonly transport: SmsTransport;
  /** Twilio's auth token: webhook signatures are checked with it. */
  readonly authToken: string;
  /** The origin Twilio reaches the gateway at (PUBLIC_URL). */
  readonly publicUrl: string;
  /** For mailing estimates. */
  readonly pricePerSegment: number;
  readonly currency: string;
  /** Told of every change to a message (sent, a new status, a reply), for live updates. */
  readonly onMessageChanged?: (message: SmsMessage) => void;
}

export function statusCallbackUrlOf(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${statusCallbackPath}`;
}

export async function registerSms(
  app: GatewayApp,
  context: { readonly db: Kysely<Database>; readonly clock: Clock; readonly defaultCountry: CountryCode; readonly setup: SmsSetup },
): Promise<SmsService> {
  const { db, clock, defaultCountry, setup } = context;
  const sms = createSmsService({
    db,
    clock,
    defaultCountry,
    transport: setup.transport,
    statusCallbackUrl: statusCallbackUrlOf(setup.publicUrl),
    ...(setup.onMessageChanged && { onMessageChanged: setup.onMessageChanged }),
  });
  const mailings = createMailingService({ db, clock, defaultCountry, pricePerSegment: setup.pricePerSegment, currency: setup.currency });
  registerSmsRoutes(app, { sms, mailings });
  await registerSmsWebhookRoutes(app, { sms, authToken: setup.authToken, publicUrl: setup.publicUrl });
  return sms;
}
