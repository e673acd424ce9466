/**
 * A local server that answers Twilio's Messages API as Twilio does, for demo mode and tests:
 * create, fetch and list (paged) messages; JSON with RFC 2822 dates; errors as Twilio's JSON
 * `{code, message, more_info, status}`; Twilio's magic test numbers; 429 above a set rate; status
 * progress queued → sending → sent → delivered (or undelivered/failed for chosen numbers) with
 * status callbacks signed as Twilio signs them; and inbound messages posted to a webhook.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import type { Logger } from 'pino';
import type { Clock } from '../../crm-core/shared/clock.ts';
import { keywordEffect, type TwilioMessageStatus } from '../../crm-core/sms/sms.ts';
import { countSegments } from '../../crm-core/sms/sms-segments.ts';

export interface SimulatedMessage {
  readonly sid: string;
  readonly direction: 'outbound-api' | 'inbound';
  readonly from: string;
  readonly to: string;
  readonly body: string;
  readonly messagingServiceSid: string | null;
  readonly statusCallback: string | null;
  readonly segments: number;
  status: TwilioMessageStatus;
  errorCode: number | null;
  price: string | null;
  readonly dateCreated: Date;
  dateUpdated: Date;
  dateSent: Date | null;
}

export interface DeliveryFailure {
  readonly status: 'undelivered' | 'failed';
  readonly errorCode: number;
}

export interface TwilioSimulatorOptions {
  readonly accountSid?: string;
  readonly authToken?: string;
  readonly host?: string;
  readonly port?: number;
  /** Requests per second (a burst of as many) before answering 429; unlimited when absent. */
  readonly ratePerSecond?: number;
  /** Time between status steps. */
  readonly statusStepMs?: number;
  /** When false, statuses move only through `advance`. */
  readonly autoProgress?: boolean;
  /** Recipients whose messages end undelivered or failed, by E.164 number. */
  readonly deliveryFailures?: Readonly<Record<string, DeliveryFailure>>;
  /** Where inbound messages go (the product's inbound webhook, as its public URL). */
  readonly inboundWebhookUrl?: string;
  /** Posts a signed webhook and returns the HTTP status; `fetch` by default. Tests pass `app.inject`. */
  readonly postWebhook?: (url: string, params: Record<string, string>, signature: string) => Promise<number>;
  readonly clock?: Clock;
  readonly log?: Logger;
}

export interface TwilioSimulator {
  /** Base URL, e.g. `http://127.0.0.1:4010`: give it to the twilio client as `apiBaseUrl`. */
  readonly url: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** Every message, in creation order. */
  messages(): readonly SimulatedMessage[];
  /** Answers the next `count` creates with this HTTP status (500, 503…) and Twilio's error JSON. */
  failNextCreates(count: number, httpStatus: number): void;
  /** Moves a message to `status` and posts its status callback. */
  advance(sid: string, status: TwilioMessageStatus, errorCode?: number): Promise<number | undefined>;
  /** Posts a status callback for `status` without changing the message (a late or repeated callback). */
  sendStatusCallback(sid: string, status: TwilioMessageStatus, errorCode?: number): Promise<number | undefined>;
  /** An SMS from `from` to `to`, posted to the inbound webhook; returns the webhook's HTTP status. */
  injectInbound(message: { from: string; to: string; body: string }): Promise<number>;
  /** Resolves when every status step and callback started so far is done. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const apiVersion = '2010-04-01';
const magicTo: Readonly<Record<string, number>> = {
  '+15005550001': 21211,
  '+15005550002': 21612,
  '+15005550003': 21408,
  '+15005550004': 21610,
  '+15005550009': 21614,
};
const magicFrom: Readonly<Record<string, number>> = { '+15005550001': 21212, '+15005550007': 21606, '+15005550008': 21611 };
const errorTexts: Readonly<Record<number, string>> = {
  20003: 'Authenticate',
  20404: 'The requested resource was not found',
  20429: 'Too Many Requests',
  20500: 'Internal Server Error',
  21211: "The 'To' number is not a valid phone number.",
  21212: "The 'From' number is not a valid phone number, shortcode, or alphanumeric sender ID.",
  21408: 'Permission to send an SMS has not been enabled for the region indicated by the To number.',
  21602: 'Message body is required.',
  21603: "A 'From' phone number is required.",
  21604: "A 'To' phone number is required.",
  21606: "The 'From' phone number provided is not a valid message-capable Twilio phone number for this destination/account.",
  21610: 'Attempt to send to unsubscribed recipient',
  21611: "This 'From' number has exceeded the maximum number of queued messages.",
  21612: "The 'To' phone number is not currently reachable via SMS.",
  21614: "'To' number is not a valid mobile number",
  21617: 'The concatenated message body exceeds the 1600 character limit.',
};
const e164 = /^\+[1-9]\d{6,14}$/;
const maxBodyLength = 1600;
const defaultPageSize = 50;
const maxPageSize = 1000;
const pricePerSegment = 0.0079;

class TwilioError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number,
  ) {
    super(errorTexts[code] ?? 'Error');
  }
}

export async function startTwilioSimulator(options: TwilioSimulatorOptions = {}): Promise<TwilioSimulator> {
  const accountSid = options.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = options.authToken ?? randomBytes(16).toString('hex');
  const clock = options.clock ?? { now: () => new Date() };
  const stepMs = options.statusStepMs ?? 200;
  const log = options.log?.child({ module: 'twilio-simulator' });
  const messages: SimulatedMessage[] = [];
  const bySid = new Map<string, SimulatedMessage>();
  const pending = new Set<Promise<unknown>>();
  const timers = new Set<NodeJS.Timeout>();
  const bucket = { tokens: options.ratePerSecond ?? 0, refilledAt: performance.now() };
  let forcedFailures: { count: number; httpStatus: number } = { count: 0, httpStatus: 500 };

  const postWebhook =
    options.postWebhook ??
    (async (url: string, params: Record<string, string>, signature: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(params),
      });
      return response.status;
    });

  function track<T>(promise: Promise<T>): Promise<T> {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise)).catch(() => {});
    return promise;
  }

  async function postSigned(url: string, params: Record<string, string>): Promise<number | undefined> {
    const signature = twilio.getExpectedTwilioSignature(authToken, url, params);
    try {
      return await postWebhook(url, params, signature);
    } catch (error) {
      log?.warn({ err: error }, 'webhook could not be delivered');
      return undefined;
    }
  }

  function callbackParams(message: SimulatedMessage, status: TwilioMessageStatus, errorCode: number | null): Record<string, string> {
    return {
      AccountSid: accountSid,
      ApiVersion: apiVersion,
      From: message.from,
      To: message.to,
      MessageSid: message.sid,
      SmsSid: message.sid,
      MessageStatus: status,
      SmsStatus: status,
      ...(message.messagingServiceSid ? { MessagingServiceSid: message.messagingServiceSid } : {}),
      ...(errorCode !== null ? { ErrorCode: String(errorCode) } : {}),
    };
  }

  function sendStatusCallback(sid: string, status: TwilioMessageStatus, errorCode?: number) {
    const message = bySid.get(sid);
    if (!message?.statusCallback) return Promise.resolve(undefined);
    return track(postSigned(message.statusCallback, callbackParams(message, status, errorCode ?? null)));
  }

  function advance(sid: string, status: TwilioMessageStatus, errorCode?: number) {
    const message = bySid.get(sid);
    if (!message) return Promise.resolve(undefined);
    const now = clock.now();
    message.status = status;
    message.dateUpdated = now;
    if (status === 'sent') message.dateSent = now;
    if (errorCode !== undefined) message.errorCode = errorCode;
    if (['delivered', 'undelivered', 'failed'].includes(status)) message.price = (-pricePerSegment * message.segments).toFixed(5);
    return sendStatusCallback(sid, status, errorCode);
  }

  /** queued → sending → sent → delivered, or the failure set for the number; a callback for each after the first. */
  function progress(message: SimulatedMessage) {
    const failure = options.deliveryFailures?.[message.to];
    const steps: [TwilioMessageStatus, number | undefined][] = failure
      ? failure.status === 'failed'
        ? [['failed', failure.errorCode]]
        : [['sending', undefined], ['sent', undefined], ['undelivered', failure.errorCode]]
      : [['sending', undefined], ['sent', undefined], ['delivered', undefined]];
    const step = (index: number) => {
      const next = steps[index];
      if (!next) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        void track(advance(message.sid, next[0], next[1]).then(() => step(index + 1)));
      }, stepMs);
      timers.add(timer);
    };
    step(0);
  }

  function takeRateToken(): boolean {
    const rate = options.ratePerSecond;
    if (rate === undefined) return true;
    const now = performance.now();
    bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.refilledAt) / 1000) * rate);
    bucket.refilledAt = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  function createMessage(params: URLSearchParams): SimulatedMessage {
    if (!takeRateToken()) throw new TwilioError(429, 20429);
    if (forcedFailures.count > 0) {
      forcedFailures = { ...forcedFailures, count: forcedFailures.count - 1 };
      throw new TwilioError(forcedFailures.httpStatus, 20500);
    }
    const to = params.get('To') ?? '';
    const from = params.get('From') ?? '';
    const messagingServiceSid = params.get('MessagingServiceSid');
    const body = params.get('Body') ?? '';
    if (to === '') throw new TwilioError(400, 21604);
    if (from === '' && !messagingServiceSid) throw new TwilioError(400, 21603);
    if (magicFrom[from] !== undefined) throw new TwilioError(400, magicFrom[from]);
    if (from !== '' && !e164.test(from)) throw new TwilioError(400, 21212);
    if (magicTo[to] !== undefined) throw new TwilioError(400, magicTo[to]);
    if (!e164.test(to)) throw new TwilioError(400, 21211);
    if (body.trim() === '') throw new TwilioError(400, 21602);
    if (body.length > maxBodyLength) throw new TwilioError(400, 21617);
    const now = clock.now();
    const message: SimulatedMessage = {
      sid: `SM${randomBytes(16).toString('hex')}`,
      direction: 'outbound-api',
      from: from || '+15005550006',
      to,
      body,
      messagingServiceSid,
      statusCallback: params.get('StatusCallback'),
      segments: countSegments(body).segments,
      status: messagingServiceSid ? 'accepted' : 'queued',
      errorCode: null,
      price: null,
      dateCreated: now,
      dateUpdated: now,
      dateSent: null,
    };
    messages.push(message);
    bySid.set(message.sid, message);
    if (options.autoProgress ?? true) progress(message);
    return message;
  }

  function listPage(url: URL, basePath: string) {
    const query = url.searchParams;
    const pageSize = Math.min(Number(query.get('PageSize') ?? defaultPageSize) || defaultPageSize, maxPageSize);
    const page = Math.max(Number(query.get('Page') ?? 0) || 0, 0);
    const to = query.get('To');
    const from = query.get('From');
    const matching = messages
      .filter((message) => (to === null || message.to === to) && (from === null || message.from === from))
      .filter((message) => dateSentMatches(message, query))
      .sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime() || (a.sid < b.sid ? 1 : -1));
    const start = page * pageSize;
    const slice = matching.slice(start, start + pageSize);
    const pageUri = (index: number) => {
      const next = new URLSearchParams(query);
      next.set('PageSize', String(pageSize));
      next.set('Page', String(index));
      return `${basePath}?${next.toString()}`;
    };
    return {
      messages: slice.map((message) => messageJson(message)),
      end: start + Math.max(slice.length - 1, 0),
      first_page_uri: pageUri(0),
      next_page_uri: start + pageSize < matching.length ? pageUri(page + 1) : null,
      page,
      page_size: pageSize,
      previous_page_uri: page > 0 ? pageUri(page - 1) : null,
      start,
      uri: pageUri(page),
    };
  }

  function messageJson(message: SimulatedMessage) {
    const uri = `/${apiVersion}/Accounts/${accountSid}/Messages/${message.sid}.json`;
    return {
      account_sid: accountSid,
      api_version: apiVersion,
      body: message.body,
      date_created: rfc2822(message.dateCreated),
      date_sent: message.dateSent ? rfc2822(message.dateSent) : null,
      date_updated: rfc2822(message.dateUpdated),
      direction: message.direction,
      error_code: message.errorCode,
      error_message: message.errorCode === null ? null : (errorTexts[message.errorCode] ?? null),
      from: message.from,
      messaging_service_sid: message.messagingServiceSid,
      num_media: '0',
      num_segments: String(message.segments),
      price: message.price,
      price_unit: 'USD',
      sid: message.sid,
      status: message.status,
      subresource_uris: { media: uri.replace('.json', '/Media.json') },
      to: message.to,
      uri,
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://simulator');
    const accountPath = `/${apiVersion}/Accounts/${accountSid}/Messages`;
    try {
      if (!authorized(request, accountSid, authToken) || !url.pathname.startsWith(`/${apiVersion}/Accounts/${accountSid}/`)) {
        throw new TwilioError(401, 20003);
      }
      if (request.method === 'POST' && url.pathname === `${accountPath}.json`) {
        const message = createMessage(new URLSearchParams(await readBody(request)));
        return sendJson(response, 201, messageJson(message));
      }
      if (request.method === 'GET' && url.pathname === `${accountPath}.json`) return sendJson(response, 200, listPage(url, `${accountPath}.json`));
      const single = new RegExp(`^${accountPath}/(SM[0-9a-f]{32})\\.json$`).exec(url.pathname);
      const message = single ? bySid.get(single[1]!) : undefined;
      if (request.method === 'GET' && message) return sendJson(response, 200, messageJson(message));
      throw new TwilioError(404, 20404);
    } catch (error) {
      if (!(error instanceof TwilioError)) throw error;
      const moreInfo = `https://www.twilio.com/docs/errors/${error.code}`;
      return sendJson(response, error.httpStatus, { code: error.code, message: error.message, more_info: moreInfo, status: error.httpStatus });
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log?.error({ err: error }, 'simulator request failed');
      if (!response.headersSent) sendJson(response, 500, { code: 20500, message: 'Internal Server Error', more_info: '', status: 500 });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;

  return {
    url: `http://${address.address}:${address.port}`,
    accountSid,
    authToken,
    messages: () => messages,
    failNextCreates(count, httpStatus) {
      forcedFailures = { count, httpStatus };
    },
    advance,
    sendStatusCallback,
    async injectInbound({ from, to, body }) {
      if (!options.inboundWebhookUrl) throw new Error('the simulator has no inbound webhook URL');
      const now = clock.now();
      const message: SimulatedMessage = {
        sid: `SM${randomBytes(16).toString('hex')}`,
        direction: 'inbound',
        from,
        to,
        body,
        messagingServiceSid: null,
        statusCallback: null,
        segments: countSegments(body).segments,
        status: 'received',
        errorCode: null,
        price: null,
        dateCreated: now,
        dateUpdated: now,
        dateSent: now,
      };
      messages.push(message);
      bySid.set(message.sid, message);
      const keyword = keywordEffect(body);
      const optOutType = keyword === 'opt-out' ? 'STOP' : keyword === 'opt-in' ? 'START' : keyword === 'help' ? 'HELP' : undefined;
      const status = await track(
        postSigned(options.inboundWebhookUrl, {
          MessageSid: message.sid,
          SmsSid: message.sid,
          SmsMessageSid: message.sid,
          AccountSid: accountSid,
          From: from,
          To: to,
          Body: body,
          NumMedia: '0',
          NumSegments: String(message.segments),
          SmsStatus: 'received',
          ApiVersion: apiVersion,
          ...(optOutType ? { OptOutType: optOutType } : {}),
        }),
      );
      return status ?? 0;
    },
    async settled() {
      while (pending.size > 0 || timers.size > 0) {
        await Promise.allSettled([...pending]);
        if (timers.size > 0) await new Promise((resolve) => setTimeout(resolve, stepMs));
      }
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `Thu, 24 Aug 2023 05:01:45 +0000`, as Twilio writes dates. */
export function rfc2822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

function dateSentMatches(message: SimulatedMessage, query: URLSearchParams): boolean {
  const day = (text: string | null) => (text === null ? undefined : new Date(`${text}T00:00:00Z`).getTime());
  const sent = message.dateSent?.getTime();
  const on = day(query.get('DateSent'));
  const before = day(query.get('DateSent<'));
  const after = day(query.get('DateSent>'));
  if (on === undefined && before === undefined && after === undefined) return true;
  if (sent === undefined) return false;
  const dayMs = 86_400_000;
  return (on === undefined || (sent >= on && sent < on + dayMs)) && (before === undefined || sent < before + dayMs) && (after === undefined || sent >= after);
}

function authorized(request: IncomingMessage, accountSid: string, authToken: string): boolean {
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return false;
  return Buffer.from(header.slice(6), 'base64').toString('utf8') === `${accountSid}:${authToken}`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
