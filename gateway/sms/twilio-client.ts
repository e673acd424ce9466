/**
 * The real `twilio` package as the SMS services' transport. The package has no base-URL option, so
 * a RequestClient subclass sends its requests to `apiBaseUrl` instead (the simulator in demo mode
 * and tests); without one, requests go to Twilio.
 */
import twilio from 'twilio';
import type { MessageInstance, MessageListInstanceCreateOptions } from 'twilio/lib/rest/api/v2010/account/message.js';
import { isTwilioMessageStatus, type TwilioMessageStatus } from '../../crm-core/sms/sms.ts';
import { SmsRefusedError, type AcceptedSms, type ListedSms, type OutgoingSms, type SmsTransport } from '../../crm-core/sms/sms-transport.ts';

export interface TwilioSettings {
  readonly accountSid: string;
  readonly authToken: string;
  /** The sender: a number, or a Messaging Service (one of the two). */
  readonly from?: string;
  readonly messagingServiceSid?: string;
  /** e.g. `http://127.0.0.1:4010`; absent = the real Twilio. */
  readonly apiBaseUrl?: string;
  readonly timeoutMs?: number;
}

type RequestOptions<TData> = Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0] & { data?: TData };

/** Sends every `*.twilio.com` request to another base URL, path and query kept. */
class RedirectingRequestClient extends twilio.RequestClient {
  constructor(
    private readonly apiBaseUrl: string,
    options: ConstructorParameters<typeof twilio.RequestClient>[0],
  ) {
    super(options);
  }

  override request<TData>(options: RequestOptions<TData>) {
    return super.request<TData>({ ...options, uri: redirect(options.uri, this.apiBaseUrl) });
  }
}

function redirect(uri: string, apiBaseUrl: string): string {
  const url = new URL(uri);
  if (!url.hostname.endsWith('.twilio.com')) return uri;
  const base = new URL(apiBaseUrl);
  url.protocol = base.protocol;
  url.host = base.host;
  return url.toString();
}

const defaultTimeoutMs = 15_000;
const listPageSize = 100;

export function createTwilioTransport(settings: TwilioSettings): SmsTransport {
  const timeout = settings.timeoutMs ?? defaultTimeoutMs;
  // Retries are the dispatcher's: the package's own retry ignores Retry-After and knows no backoff.
  const requestOptions = { timeout, autoRetry: false, keepAlive: true };
  const httpClient = settings.apiBaseUrl
    ? new RedirectingRequestClient(settings.apiBaseUrl, requestOptions)
    : new twilio.RequestClient(requestOptions);
  const client = twilio(settings.accountSid, settings.authToken, { httpClient });
  const sender: Pick<MessageListInstanceCreateOptions, 'from' | 'messagingServiceSid'> = settings.messagingServiceSid
    ? { messagingServiceSid: settings.messagingServiceSid }
    : { from: settings.from };

  return {
    sender: settings.messagingServiceSid ?? settings.from ?? '',

    async send(message: OutgoingSms): Promise<AcceptedSms> {
      try {
        const created = await client.messages.create({ ...sender, to: message.to, body: message.body, statusCallback: message.statusCallback });
        return { sid: created.sid, status: statusOf(created.status), segments: Number(created.numSegments) || 1 };
      } catch (error) {
        throw refusalOf(error);
      }
    },

    async listSentTo(to: string, since: Date): Promise<ListedSms[]> {
      const found: ListedSms[] = [];
      try {
        let page = await client.messages.page({ to, pageSize: listPageSize });
        for (;;) {
          const recent = page.instances.filter((message) => message.dateCreated >= since);
          found.push(...recent.map(listedFrom));
          const next = recent.length === page.instances.length ? await page.nextPage() : undefined;
          if (next === undefined) return found;
          page = next as typeof page;
        }
      } catch (error) {
        throw refusalOf(error);
      }
    },
  };
}

function listedFrom(message: MessageInstance): ListedSms {
  return {
    sid: message.sid,
    to: message.to,
    body: message.body,
    status: statusOf(message.status),
    createdAt: message.dateCreated,
    segments: Number(message.numSegments) || 1,
    errorCode: message.errorCode ?? null,
  };
}

function statusOf(status: string): TwilioMessageStatus {
  return isTwilioMessageStatus(status) ? status : 'queued';
}

/** Twilio's answer with an error becomes SmsRefusedError; anything else (no answer) stays as it was. */
function refusalOf(error: unknown): unknown {
  if (error instanceof twilio.RestException) return new SmsRefusedError(error.status, error.code, error.message);
  return error;
}
