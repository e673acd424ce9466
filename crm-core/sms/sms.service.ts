/**
 * Single SMS: sent from a client card or by a rule, received from anyone. Every message is logged
 * as an interaction (channel sms) in the same transaction as its message row, so the client's
 * history and the delivery status never disagree.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database, Direction, OptOutSource, SmsMessageRow, SmsRuleKind, SmsRuleRow } from '../../db/schema.ts';
import { auditedValues, describeChanges, insertAuditEntry } from '../audit/audit.repository.ts';
import { checkClientAndContactPerson } from '../contacts/contact-person.service.ts';
import { insertInteraction } from '../interactions/interaction.repository.ts';
import { type CountryCode, parsePhoneNumber } from '../phones/phone-number.ts';
import { createPhoneLookup } from '../phones/phone.service.ts';
import { selectPropertyDefinitions } from '../properties/property.repository.ts';
import { type Actor, systemActor } from '../shared/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { checkBoolean, checkOneOf, checkRequiredText } from '../shared/field-checks.ts';
import { checkPageLimit, decodeCursor, foreignCursor, toPage, type Page, type PageRequest } from '../shared/keyset-page.ts';
import { isTimestampSortKey } from '../shared/timestamp-sort-key.ts';
import { withUniqueFieldErrors } from '../shared/unique-field-errors.ts';
import { createIssueCollector, NotFoundError, ValidationError } from '../shared/validation-error.ts';
import { adoptClaimedRecipient, markRecipientsReplied, selectRecipientBySidForUpdate, updateRecipientStatus } from './mailing.repository.ts';
import {
  explainTwilioError,
  isRetryableRefusal,
  keywordEffect,
  optedOutErrorCode,
  smsRuleKinds,
  statusMovesForward,
  type KeywordEffect,
  type TwilioMessageStatus,
} from './sms.ts';
import { countSegments } from './sms-segments.ts';
import { clientPlaceholders, eventPlaceholders, maxTemplateLength, unknownPlaceholders } from './sms-template.ts';
import { SmsRefusedError, type SmsTransport } from './sms-transport.ts';
import {
  deleteOptOut,
  insertOptOut,
  insertSmsMessage,
  selectClientSmsMessages,
  selectClientsWithNumbers,
  selectOptOut,
  selectOptOutsPage,
  selectRuleForUpdate,
  selectRules,
  selectSmsMessageById,
  selectSmsMessageBySidForUpdate,
  selectSmsMessageParties,
  selectUnansweredSmsMessageForUpdate,
  smsMessageWithRuleKeyExists,
  smsMessageWithSidExists,
  updateRule,
  updateSmsMessage,
  type OptOutPosition,
} from './sms.repository.ts';

export interface SmsMessage {
  readonly id: number;
  /** The interaction the message is logged as, in the client's history. */
  readonly interactionId: number;
  readonly direction: Direction;
  readonly from: string;
  readonly to: string;
  readonly body: string;
  readonly sid: string | null;
  readonly status: TwilioMessageStatus;
  readonly errorCode: number | null;
  /** The error code in words (English; the UI translates by code). */
  readonly errorMessage: string | null;
  readonly segments: number;
  readonly price: string | null;
  readonly priceUnit: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Who a message concerns: its client, the client's responsible manager, and the user who sent it. */
export interface SmsMessageParties {
  readonly clientId: number | null;
  readonly managerId: number | null;
  /** Null for a message a rule or a mailing sent, and for an inbound one. */
  readonly senderId: number | null;
}

export interface OptOutStatus {
  readonly number: string;
  readonly optedOut: boolean;
  readonly optedOutAt: Date | null;
  readonly source: OptOutSource | null;
}

export interface OptedOutNumber {
  readonly number: string;
  readonly optedOutAt: Date;
  readonly source: OptOutSource;
  /** The current clients with this number, theirs or a contact person's. */
  readonly clients: readonly { readonly id: number; readonly name: string }[];
}

export interface SmsRule {
  readonly kind: SmsRuleKind;
  readonly enabled: boolean;
  readonly template: string;
  /** Meeting reminders: minutes before the meeting. */
  readonly leadMinutes: number;
  readonly updatedAt: Date;
}

export interface NewCardMessage {
  readonly clientId: number;
  readonly contactPersonId?: number | null;
  /** As typed; read with the default country. */
  readonly to: string;
  readonly body: string;
}

export interface RuleMessage {
  readonly ruleKey: string;
  readonly clientId: number | null;
  readonly contactPersonId?: number | null;
  readonly to: string;
  readonly body: string;
}

/** What Twilio's status callback says; `messageId` and `recipientId` come from the callback URL. */
export interface StatusReport {
  readonly sid: string;
  readonly status: TwilioMessageStatus;
  readonly errorCode: number | null;
  readonly messageId?: number;
  readonly recipientId?: number;
}

export interface InboundSms {
  readonly sid: string;
  readonly from: string;
  readonly to: string;
  readonly body: string;
  /** Twilio's Advanced Opt-Out reading of the message (STOP, START, HELP), when it is on. */
  readonly optOutType?: string;
}

export interface ReceivedSms {
  /** Undefined when Twilio repeated a message already stored. */
  readonly message?: SmsMessage;
  readonly clientId: number | null;
  readonly keyword?: KeywordEffect;
}

export interface SmsServiceDependencies {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly transport: SmsTransport;
  readonly defaultCountry: CountryCode;
  /** The public URL of the status callback route; each message adds its id as a query parameter. */
  readonly statusCallbackUrl: string;
  /** Told of every change to a message, for live updates in the UI. */
  readonly onMessageChanged?: (message: SmsMessage) => void;
}

export const maxBodyLength = 1600;
const maxClientMessages = 200;
const cardRetryDelaysMs = [250, 1_000, 2_000];
/** A reply within this long after a mailing counts as a reply to it. */
const replyWindowMs = 7 * 24 * 3600_000;
const ruleLeadMinutes = { min: 5, max: 10_080 };

export type SmsService = ReturnType<typeof createSmsService>;

export function createSmsService(dependencies: SmsServiceDependencies) {
  const { db, clock, transport, defaultCountry } = dependencies;
  const phoneLookup = createPhoneLookup({ db, defaultCountry });
  const changed = (row: SmsMessageRow) => {
    const message = smsMessageFromRow(row);
    dependencies.onMessageChanged?.(message);
    return message;
  };

  /** Logs the message, then hands it to Twilio; a refusal is recorded on the message with its meaning. */
  async function send(outgoing: { clientId: number | null; contactPersonId: number | null; to: string; body: string; ruleKey: string | null }, actor: Actor) {
    const logged = await db.transaction().execute(async (trx) => {
      const issues = createIssueCollector();
      const clientId = await checkClientAndContactPerson(trx, { clientId: outgoing.clientId, contactPersonId: outgoing.contactPersonId }, issues);
      issues.throwIfAny();
      const now = clock.now();
      const interaction = await insertInteraction(trx, {
        channel: 'sms',
        direction: 'out',
        started_at: now,
        ended_at: now,
        duration_seconds: 0,
        notes: outgoing.body,
        client_id: clientId,
        contact_person_id: outgoing.contactPersonId,
        user_id: actor.userId,
        from_number: transport.sender,
        to_number: outgoing.to,
      });
      await insertAuditEntry(trx, { userId: actor.userId, entity: 'interaction', entityId: interaction.id, action: 'create', changes: auditedValues({ channel: 'sms', direction: 'out', clientId, toNumber: outgoing.to }) });
      return insertSmsMessage(trx, {
        interaction_id: interaction.id,
        direction: 'out',
        from_number: transport.sender,
        to_number: outgoing.to,
        body: outgoing.body,
        twilio_sid: null,
        status: 'queued',
        error_code: null,
        segments: countSegments(outgoing.body).segments,
        price: null,
        price_unit: null,
        rule_key: outgoing.ruleKey,
      });
    });
    changed(logged);
    return changed(await handToTwilio(logged));
  }

  /** Twilio said "not now" (429, 5xx): a person is waiting on the card, so a few quick tries, then the refusal stands. */
  async function sendWithRetries(row: SmsMessageRow) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await transport.send({ to: row.to_number, body: row.body, statusCallback: `${dependencies.statusCallbackUrl}?message=${row.id}` });
      } catch (error) {
        const delay = cardRetryDelaysMs[attempt];
        if (!(error instanceof SmsRefusedError) || !isRetryableRefusal(error.httpStatus, error.code) || delay === undefined) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  async function handToTwilio(row: SmsMessageRow): Promise<SmsMessageRow> {
    try {
      const accepted = await sendWithRetries(row);
      return await db.transaction().execute(async (trx) => {
        // A status callback may have come first and moved the message further already.
        const current = (await selectSmsMessageBySidForUpdate(trx, accepted.sid)) ?? row;
        const status = statusMovesForward(current.status, accepted.status) ? accepted.status : current.status;
        return updateSmsMessage(trx, row.id, { twilio_sid: accepted.sid, status, segments: accepted.segments });
      });
    } catch (error) {
      if (!(error instanceof SmsRefusedError)) throw error;
      if (error.code === optedOutErrorCode) await insertOptOut(db, row.to_number, 'carrier', clock.now());
      return updateSmsMessage(db, row.id, { status: 'failed', error_code: error.code ?? null });
    }
  }

  function phoneNumberOf(number: string): string {
    const e164 = parsePhoneNumber(number ?? '', defaultCountry).e164;
    if (e164 === null) throw ValidationError.of('number', 'is not a phone number');
    return e164;
  }

  async function optOutStatusOf(e164: string): Promise<OptOutStatus> {
    const row = await selectOptOut(db, e164);
    return { number: e164, optedOut: row !== undefined, optedOutAt: row?.opted_out_at ?? null, source: row?.source ?? null };
  }

  function checkOutgoing(to: string, body: string) {
    const issues = createIssueCollector();
    const e164 = parsePhoneNumber(to ?? '', defaultCountry).e164;
    if (e164 === null) issues.add('to', 'is not a phone number');
    const text = checkRequiredText(body, 'body', issues, maxBodyLength);
    issues.throwIfAny();
    return { to: e164!, body: text };
  }

  async function refuseIfOptedOut(number: string) {
    if (await selectOptOut(db, number)) throw ValidationError.of('to', 'has opted out of SMS (replied STOP)');
  }

  return {
    /** From a client card or after a call: refused when the number opted out. */
    async sendToClient(input: NewCardMessage, actor: Actor = systemActor): Promise<SmsMessage> {
      const { to, body } = checkOutgoing(input.to, input.body);
      await refuseIfOptedOut(to);
      return send({ clientId: input.clientId, contactPersonId: input.contactPersonId ?? null, to, body, ruleKey: null }, actor);
    },

    /** Sends once per rule key; undefined when it was sent before or the number opted out. */
    async sendForRule(input: RuleMessage): Promise<SmsMessage | undefined> {
      const { to, body } = checkOutgoing(input.to, input.body);
      if ((await smsMessageWithRuleKeyExists(db, input.ruleKey)) || (await selectOptOut(db, to))) return undefined;
      // Another process may log the same event first: the unique rule key stops this one before Twilio.
      return withUniqueFieldErrors({ sms_messages_rule_key_key: ['ruleKey', 'was sent already'] }, () =>
        send({ clientId: input.clientId, contactPersonId: input.contactPersonId ?? null, to, body, ruleKey: input.ruleKey }, systemActor),
      ).catch((error: unknown) => {
        if (error instanceof ValidationError && error.issues[0]?.field === 'ruleKey') return undefined;
        throw error;
      });
    },

    async getMessage(id: number): Promise<SmsMessage> {
      const row = await selectSmsMessageById(db, id);
      if (!row) throw new NotFoundError('sms message', id);
      return smsMessageFromRow(row);
    },

    async listClientMessages(clientId: number): Promise<SmsMessage[]> {
      return (await selectClientSmsMessages(db, clientId, maxClientMessages)).map(smsMessageFromRow);
    },

    /** Applies a status callback to its message or mailing recipient; an older status than the stored one changes nothing. */
    async applyStatusReport(report: StatusReport): Promise<'updated' | 'unchanged' | 'unknown'> {
      const now = clock.now();
      const result = await db.transaction().execute(async (trx) => {
        const message = await applyToMessage(trx, report, now);
        if (message !== 'unknown') return message;
        return applyToRecipient(trx, report, now);
      });
      if (typeof result === 'object') {
        changed(result);
        return 'updated';
      }
      return result;
    },

    /** An SMS from anyone: into the matching client's history, or a new inquiry when the number matches no one. */
    async receive(inbound: InboundSms): Promise<ReceivedSms> {
      const from = parsePhoneNumber(inbound.from, defaultCountry).e164 ?? inbound.from;
      const keyword = keywordEffect(inbound.optOutType ?? '') ?? keywordEffect(inbound.body);
      if (await smsMessageWithSidExists(db, inbound.sid)) return { clientId: null, keyword };
      if (keyword === 'opt-out') await insertOptOut(db, from, 'keyword', clock.now());
      if (keyword === 'opt-in') await deleteOptOut(db, from);
      const matches = await phoneLookup.findClientsByPhone(from);
      const clientIds = new Set(matches.map((match) => match.client.id));
      const only = clientIds.size === 1 ? matches[0] : undefined;
      const now = clock.now();
      const row = await db.transaction().execute(async (trx) => {
        const interaction = await insertInteraction(trx, {
          channel: 'sms',
          direction: 'in',
          started_at: now,
          ended_at: now,
          duration_seconds: 0,
          notes: inbound.body,
          client_id: only?.client.id ?? null,
          contact_person_id: only?.contactPerson?.id ?? null,
          from_number: from,
          to_number: inbound.to,
        });
        await insertAuditEntry(trx, { userId: null, entity: 'interaction', entityId: interaction.id, action: 'create', changes: { channel: 'sms', direction: 'in', clientId: interaction.client_id } });
        return insertSmsMessage(trx, {
          interaction_id: interaction.id,
          direction: 'in',
          from_number: from,
          to_number: inbound.to,
          body: inbound.body,
          twilio_sid: inbound.sid,
          status: 'received',
          error_code: null,
          segments: countSegments(inbound.body).segments,
          price: null,
          price_unit: null,
          rule_key: null,
        });
      });
      if (keyword === undefined) await markRecipientsReplied(db, from, new Date(now.getTime() - replyWindowMs), now);
      return { message: changed(row), clientId: only?.client.id ?? null, keyword };
    },

    optOutStatus: (number: string): Promise<OptOutStatus> => optOutStatusOf(phoneNumberOf(number)),

    /**
     * A customer who asks, on a call or in person, for no more SMS: the number is opted out as if
     * they had replied STOP. Audited; a number already opted out stays as it was.
     */
    async recordOptOut(number: string, actor: Actor): Promise<OptOutStatus> {
      const e164 = phoneNumberOf(number);
      await db.transaction().execute(async (trx) => {
        if (await insertOptOut(trx, e164, 'manual', clock.now())) {
          await insertAuditEntry(trx, { userId: actor.userId, entity: 'sms-opt-out', entityId: e164, action: 'create', changes: { source: 'manual' } });
        }
      });
      return optOutStatusOf(e164);
    },

    /**
     * Undoes an opt-out a user recorded. One the customer made by replying STOP (or that Twilio
     * reported) is theirs to undo, by texting START: Twilio would refuse the messages anyway.
     */
    async liftOptOut(number: string, actor: Actor): Promise<OptOutStatus> {
      const e164 = phoneNumberOf(number);
      await db.transaction().execute(async (trx) => {
        const optOut = await selectOptOut(trx, e164);
        if (optOut === undefined) throw new NotFoundError('sms opt-out', e164);
        if (optOut.source !== 'manual') throw ValidationError.of('number', 'opted out by replying STOP: only the customer can opt back in, by texting START');
        await deleteOptOut(trx, e164);
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'sms-opt-out', entityId: e164, action: 'delete', changes: { source: optOut.source } });
      });
      return optOutStatusOf(e164);
    },

    /** Every number that opted out, the latest first, a page at a time. */
    async listOptOuts(request: PageRequest = {}): Promise<Page<OptedOutNumber>> {
      const issues = createIssueCollector();
      const limit = checkPageLimit(request.limit, issues);
      issues.throwIfAny();
      const after = request.cursor === undefined ? null : optOutPositionOf(request.cursor);
      const rows = await selectOptOutsPage(db, { after, limit: limit + 1 });
      const clients = await selectClientsWithNumbers(db, rows.map((row) => row.phone_number));
      const clientsOf = (number: string) => [...new Map(clients.filter((client) => client.number === number).map((client) => [client.id, { id: client.id, name: client.full_name }])).values()];
      return toPage(
        rows,
        limit,
        (row) => ({ number: row.phone_number, optedOutAt: row.opted_out_at, source: row.source, clients: clientsOf(row.phone_number) }),
        (row) => [row.sort_key, row.phone_number],
      );
    },

    async listRules(): Promise<SmsRule[]> {
      return (await selectRules(db)).map(ruleFromRow);
    },

    async updateRule(kind: SmsRuleKind, input: { enabled: boolean; template: string; leadMinutes?: number }, actor: Actor = systemActor): Promise<SmsRule> {
      const issues = createIssueCollector();
      checkOneOf(kind, smsRuleKinds, 'kind', issues);
      checkBoolean(input.enabled, 'enabled', issues);
      const template = checkRequiredText(input.template, 'template', issues, maxTemplateLength);
      const leadMinutes = input.leadMinutes ?? 60;
      if (!Number.isInteger(leadMinutes) || leadMinutes < ruleLeadMinutes.min || leadMinutes > ruleLeadMinutes.max) {
        issues.add('leadMinutes', `must be a whole number from ${ruleLeadMinutes.min} to ${ruleLeadMinutes.max}`);
      }
      const properties = (await selectPropertyDefinitions(db, { includeArchived: false })).map((definition) => definition.name);
      const unknown = unknownPlaceholders(template, [...clientPlaceholders, ...eventPlaceholders, ...properties]);
      if (unknown.length > 0) issues.add('template', `has unknown placeholders: ${unknown.join(', ')}`);
      issues.throwIfAny();
      const row = await db.transaction().execute(async (trx) => {
        const before = await selectRuleForUpdate(trx, kind);
        if (!before) throw new NotFoundError('sms rule', kind);
        const updated = await updateRule(trx, kind, { enabled: input.enabled, template, lead_minutes: leadMinutes });
        const changes = describeChanges(ruleFromRow(before), ruleFromRow(updated));
        delete changes.updatedAt;
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'sms-rule', entityId: kind, action: 'update', changes });
        return updated;
      });
      return ruleFromRow(row);
    },
  };
}

async function applyToMessage(trx: Transaction<Database>, report: StatusReport, now: Date): Promise<SmsMessageRow | 'unchanged' | 'unknown'> {
  let row = await selectSmsMessageBySidForUpdate(trx, report.sid);
  if (!row && report.messageId !== undefined) {
    // The send's answer never arrived (the connection dropped): the callback tells us the sid.
    const unanswered = await selectUnansweredSmsMessageForUpdate(trx, report.messageId);
    if (unanswered) row = await updateSmsMessage(trx, unanswered.id, { twilio_sid: report.sid });
  }
  if (!row) return 'unknown';
  if (report.errorCode === optedOutErrorCode) await insertOptOut(trx, row.to_number, 'carrier', now);
  if (!statusMovesForward(row.status, report.status)) return 'unchanged';
  return updateSmsMessage(trx, row.id, { status: report.status, error_code: report.errorCode ?? row.error_code });
}

async function applyToRecipient(trx: Transaction<Database>, report: StatusReport, now: Date): Promise<'updated' | 'unchanged' | 'unknown'> {
  const row = await selectRecipientBySidForUpdate(trx, report.sid);
  if (!row) {
    if (report.recipientId === undefined) return 'unknown';
    // Its dispatcher stopped before recording the sid: the callback records it, and the claim is settled.
    const adopted = await adoptClaimedRecipient(trx, report.recipientId, { sid: report.sid, status: report.status, errorCode: report.errorCode, at: now });
    return adopted ? 'updated' : 'unknown';
  }
  if (report.errorCode === optedOutErrorCode) await insertOptOut(trx, row.to_number, 'carrier', now);
  if (!statusMovesForward(row.twilio_status, report.status)) return 'unchanged';
  await updateRecipientStatus(trx, row.id, { twilio_status: report.status, error_code: report.errorCode ?? row.error_code });
  return 'updated';
}

export async function findSmsMessageParties(db: Kysely<Database>, message: Pick<SmsMessage, 'interactionId'>): Promise<SmsMessageParties> {
  const row = await selectSmsMessageParties(db, message.interactionId);
  return { clientId: row?.client_id ?? null, managerId: row?.manager_id ?? null, senderId: row?.user_id ?? null };
}

export function smsMessageFromRow(row: SmsMessageRow): SmsMessage {
  return {
    id: row.id,
    interactionId: row.interaction_id,
    direction: row.direction,
    from: row.from_number,
    to: row.to_number,
    body: row.body,
    sid: row.twilio_sid,
    status: row.status,
    errorCode: row.error_code,
    errorMessage: explainTwilioError(row.error_code),
    segments: row.segments,
    price: row.price,
    priceUnit: row.price_unit,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function optOutPositionOf(cursor: string): OptOutPosition {
  const [at, number, ...rest] = decodeCursor(cursor);
  if (!isTimestampSortKey(at) || typeof number !== 'string' || rest.length > 0) throw foreignCursor();
  return { at, number };
}

function ruleFromRow(row: SmsRuleRow): SmsRule {
  return { kind: row.kind, enabled: row.enabled, template: row.template, leadMinutes: row.lead_minutes, updatedAt: row.updated_at };
}
