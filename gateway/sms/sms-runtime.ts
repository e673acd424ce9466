/**
 * SMS as server.ts runs it: the real Twilio when TWILIO_ACCOUNT_SID is set, the Twilio-shaped
 * simulator otherwise (demo mode), the mailing dispatcher and the event-triggered rules.
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import type { CountryCode } from '../../crm-core/phones/phone-number.ts';
import type { Clock } from '../../crm-core/shared/clock.ts';
import { createSmsService } from '../../crm-core/sms/sms.service.ts';
import type { PbxEvent } from '../../pbx-adapter/index.ts';
import type { Config } from '../config.ts';
import { statusCallbackUrlOf, type SmsSetup } from './sms-module.ts';
import { createSmsDispatcher } from './sms-dispatcher.ts';
import { startSmsRules } from './sms-rules.ts';
import { inboundWebhookPath } from './sms-webhooks.routes.ts';
import { createTwilioTransport } from './twilio-client.ts';
import { startTwilioSimulator } from './twilio-simulator.ts';

export interface SmsRuntimeDependencies {
  readonly settings: Config['sms'];
  readonly db: Kysely<Database>;
  readonly pbx: { on(listener: (event: PbxEvent) => void): () => void };
  readonly clock: Clock;
  readonly log: Logger;
  readonly defaultCountry: CountryCode;
}

export interface SmsRuntime {
  /** For buildApp: the routes and webhooks. */
  readonly setup: SmsSetup;
  stop(): Promise<void>;
}

/** The sender Twilio's test credentials accept. */
const simulatedSender = '+15005550006';

export async function startSmsRuntime({ settings, db, pbx, clock, log, defaultCountry }: SmsRuntimeDependencies): Promise<SmsRuntime> {
  const simulator = settings.twilio
    ? undefined
    : await startTwilioSimulator({ log, inboundWebhookUrl: `${settings.publicUrl}${inboundWebhookPath}` });
  const account = settings.twilio ?? { accountSid: simulator!.accountSid, authToken: simulator!.authToken, from: simulatedSender };
  const transport = createTwilioTransport({ ...account, ...(simulator && { apiBaseUrl: simulator.url }) });
  const statusCallbackUrl = statusCallbackUrlOf(settings.publicUrl);

  const dispatcher = createSmsDispatcher({ db, transport, clock, log, statusCallbackUrl, ratePerSecond: settings.ratePerSecond });
  dispatcher.start();
  const rules = startSmsRules({ db, pbx, clock, log, defaultCountry, sms: createSmsService({ db, clock, transport, defaultCountry, statusCallbackUrl }) });
  if (simulator) log.info({ module: 'sms', url: simulator.url }, 'demo mode: SMS go to the built-in Twilio simulator');

  return {
    setup: { transport, authToken: account.authToken, publicUrl: settings.publicUrl, pricePerSegment: settings.pricePerSegment, currency: settings.currency },
    async stop() {
      await dispatcher.stop();
      rules.stop();
      await simulator?.close();
    },
  };
}
