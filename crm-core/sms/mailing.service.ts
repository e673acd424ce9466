/**
 * SMS mailings: a template sent to the clients a filter or segment selects. Scheduling freezes the
 * recipient list, one row per recipient with its text already rendered; the gateway's dispatcher
 * sends those rows (gateway/sms/sms-dispatcher.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import type { ClientRow, Database, MailingRecipientState, MailingState, PhoneRow, SmsMailingRow } from '../../db/schema.ts';
import { describeChanges, insertAuditEntry } from '../audit/audit.repository.ts';
import type { ClientFilter } from '../clients/client-filter.ts';
import { selectClientById, selectClientList } from '../clients/client.repository.ts';
import { resolveClientFilter } from '../clients/resolve-client-filter.ts';
import { selectActiveContactPersonsOfClients } from '../contacts/contact-person.repository.ts';
import type { CountryCode } from '../phones/phone-number.ts';
import { selectPhonesOfClients } from '../phones/phone.repository.ts';
import { selectPropertyDefinitions } from '../properties/property.repository.ts';
import { loadClientPropertyValues } from '../properties/property.service.ts';
import { filterToSave } from '../segments/segment.ts';
import { type Actor, systemActor } from '../shared/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { checkOneOf, checkOptionalDateTime, checkRequiredText, fieldsOf } from '../shared/field-checks.ts';
import { checkPageLimit, decodeCursor, encodeCursor, foreignCursor, type Page, type PageRequest } from '../shared/keyset-page.ts';
import { createIssueCollector, NotFoundError, ValidationError, type Issues } from '../shared/validation-error.ts';
import {
  cancelPendingRecipients,
  countRecipientOutcomes,
  deleteDraftMailing,
  insertMailing,
  insertRecipients,
  selectMailingById,
  selectMailingForUpdate,
  selectMailings,
  selectRecipientsPage,
  updateMailing,
  type NewRecipientRow,
  type RecipientListRow,
  type RecipientTotalsRow,
} from './mailing.repository.ts';
import { selectOptedOutAmong } from './sms.repository.ts';
import { formatTimeOfDay, parseTimeOfDay, timeZoneOfCountry, timeZoneOfNumber } from './quiet-hours.ts';
import { explainTwilioError, mailingRecipientOutcomes, mailingRecipientStates, type MailingRecipientOutcome, type TwilioMessageStatus } from './sms.ts';
import { countSegments, type SegmentCount } from './sms-segments.ts';
import { clientPlaceholders, clientTemplateValues, maxTemplateLength, renderTemplate, unknownPlaceholders } from './sms-template.ts';

export interface MailingQuietHours {
  /** `HH:MM`, the recipient's local time. */
  readonly start: string;
  readonly end: string;
}

export interface Mailing {
  readonly id: number;
  readonly name: string;
  readonly template: string;
  readonly filter: ClientFilter;
  readonly state: MailingState;
  readonly sendAt: Date | null;
  readonly quietHours: MailingQuietHours | null;
  /** Messages per second for this mailing; null = the gateway's rate. */
  readonly ratePerSecond: number | null;
  readonly createdBy: number | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
}

/** Per-recipient counts, for the totals and the chart. */
export interface MailingTotals {
  readonly recipients: number;
  /** Waiting, or being handed to Twilio right now. */
  readonly pending: number;
  /** Accepted by Twilio (delivered and undelivered ones included). */
  readonly sent: number;
  readonly delivered: number;
  /** Refused by Twilio, or undelivered or failed later. */
  readonly failed: number;
  readonly optedOut: number;
  readonly cancelled: number;
  readonly replied: number;
  /** Sent, and Twilio has not reported delivery or failure yet: the figures may still move. */
  readonly unconfirmed: number;
  readonly segments: number;
}

export interface MailingWithTotals extends Mailing {
  readonly totals: MailingTotals;
}

/** What the recipients get: the template and who it goes to. Enough for an estimate. */
export interface MailingDraft {
  readonly template: string;
  /** Which clients: a client-list filter, `segmentId` for a saved segment. */
  readonly filter: ClientFilter;
}

export interface MailingInput extends MailingDraft {
  readonly name: string;
  readonly quietHours?: MailingQuietHours | null;
  readonly ratePerSecond?: number | null;
}

export interface MailingPreview {
  readonly clientId: number;
  /** The number the message would go to; null when the client has no mobile number. */
  readonly to: string | null;
  readonly body: string;
  readonly segments: SegmentCount;
}

export interface MailingEstimate {
  readonly recipients: number;
  /** Clients the filter selects that have no mobile number: they get nothing. */
  readonly withoutMobile: number;
  readonly optedOut: number;
  readonly segmentsPerMessage: { readonly min: number; readonly max: number };
  /** As segments count them: GSM-7 extension characters (€ [ ] { } ^ ~ \\ |) take two. */
  readonly charactersPerMessage: { readonly min: number; readonly max: number };
  /** How many messages are GSM-7 and how many UCS-2 (any Cyrillic letter makes a message UCS-2). */
  readonly encodings: { readonly gsm7: number; readonly ucs2: number };
  readonly totalSegments: number;
  readonly estimatedCost: string;
  readonly currency: string;
}

export interface MailingRecipient {
  readonly id: number;
  readonly clientId: number;
  /** Null once the client is gone. */
  readonly clientName: string | null;
  readonly contactPersonId: number | null;
  readonly to: string;
  readonly body: string;
  readonly segments: number;
  readonly state: MailingRecipientState;
  readonly status: TwilioMessageStatus | null;
  readonly errorCode: number | null;
  readonly errorMessage: string | null;
  readonly attempts: number;
  readonly submittedAt: Date | null;
  readonly repliedAt: Date | null;
}

export interface RecipientListOptions extends PageRequest {
  readonly state?: MailingRecipientState;
  readonly outcome?: MailingRecipientOutcome;
}

export interface MailingServiceDependencies {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly defaultCountry: CountryCode;
  /** What one segment costs, for estimates. */
  readonly pricePerSegment: number;
  readonly currency: string;
}

const maxNameLength = 200;
const maxRatePerSecond = 1000;
const clientPageSize = 2000;
const maxMailingsListed = 200;

export type MailingService = ReturnType<typeof createMailingService>;

export function createMailingService(dependencies: MailingServiceDependencies) {
  const { db, clock, defaultCountry } = dependencies;
  const defaultTimeZone = timeZoneOfCountry(defaultCountry);

  async function checkTemplate(value: unknown, issues: Issues): Promise<string> {
    const template = checkRequiredText(value, 'template', issues, maxTemplateLength);
    const properties = (await selectPropertyDefinitions(db, { includeArchived: false })).map((definition) => definition.name);
    const unknown = unknownPlaceholders(template, [...clientPlaceholders, ...properties]);
    if (unknown.length > 0) issues.add('template', `has unknown placeholders: ${unknown.join(', ')}`);
    return template;
  }

  async function checkDraft(input: MailingDraft, issues: Issues) {
    const values = fieldsOf(input);
    const template = await checkTemplate(values.template, issues);
    if (values.filter === undefined) issues.add('filter', 'is required');
    await resolveClientFilter({ db, defaultCountry }, values.filter, 'filter', issues, { allowSegment: true });
    const segmentId = fieldsOf(values.filter).segmentId;
    const filter: ClientFilter = { ...filterToSave(values.filter), ...(segmentId != null ? { segmentId: segmentId as number } : {}) };
    return { template, filter };
  }

  async function checkInput(input: MailingInput, issues: Issues) {
    const values = fieldsOf(input);
    const name = checkRequiredText(values.name, 'name', issues, maxNameLength);
    const { template, filter } = await checkDraft(input, issues);
    return { name, template, filter, quietHours: checkQuietHours(values.quietHours, issues), ratePerSecond: checkRate(values.ratePerSecond, issues) };
  }

  /** The text one client would get from the template, whether or not the filter selects them. */
  async function previewFor(template: string, clientId: number): Promise<MailingPreview> {
    const client = await selectClientById(db, clientId);
    if (!client) throw ValidationError.of('clientId', 'is not a known client');
    const [rendered] = await renderFor(db, [client], template);
    const body = rendered?.body ?? '';
    return { clientId, to: rendered?.phone?.e164 ?? null, body, segments: countSegments(body) };
  }

  async function estimateFor(mailing: Pick<SmsMailingRow, 'template' | 'recipient_filter'>): Promise<MailingEstimate> {
    const estimate = { recipients: 0, withoutMobile: 0, optedOut: 0, min: Infinity, max: 0, minUnits: Infinity, maxUnits: 0, gsm7: 0, ucs2: 0, totalSegments: 0 };
    await forEachRecipientPage(db, mailing, async (recipients, withoutMobile) => {
      estimate.withoutMobile += withoutMobile;
      const optedOut = await selectOptedOutAmong(db, recipients.map((recipient) => recipient.to_number));
      for (const recipient of recipients) {
        estimate.recipients += 1;
        if (optedOut.has(recipient.to_number)) estimate.optedOut += 1;
        const count = countSegments(recipient.body);
        estimate.min = Math.min(estimate.min, count.segments);
        estimate.max = Math.max(estimate.max, count.segments);
        estimate.minUnits = Math.min(estimate.minUnits, count.units);
        estimate.maxUnits = Math.max(estimate.maxUnits, count.units);
        estimate[count.encoding === 'GSM-7' ? 'gsm7' : 'ucs2'] += 1;
        estimate.totalSegments += count.segments;
      }
    });
    const none = estimate.recipients === 0;
    return {
      recipients: estimate.recipients,
      withoutMobile: estimate.withoutMobile,
      optedOut: estimate.optedOut,
      segmentsPerMessage: { min: none ? 0 : estimate.min, max: estimate.max },
      charactersPerMessage: { min: none ? 0 : estimate.minUnits, max: estimate.maxUnits },
      encodings: { gsm7: estimate.gsm7, ucs2: estimate.ucs2 },
      totalSegments: estimate.totalSegments,
      estimatedCost: (estimate.totalSegments * dependencies.pricePerSegment).toFixed(2),
      currency: dependencies.currency,
    };
  }

  async function requireMailing(id: number): Promise<SmsMailingRow> {
    const row = await selectMailingById(db, id);
    if (!row) throw new NotFoundError('sms mailing', id);
    return row;
  }

  /** Changes the state under a row lock, when the mailing is in one of `from`; audited. */
  async function changeState(
    id: number,
    from: readonly MailingState[],
    actor: Actor,
    change: (trx: Transaction<Database>, row: SmsMailingRow) => Promise<SmsMailingRow>,
  ): Promise<Mailing> {
    const row = await db.transaction().execute(async (trx) => {
      const before = await selectMailingForUpdate(trx, id);
      if (!before) throw new NotFoundError('sms mailing', id);
      if (!from.includes(before.state)) throw ValidationError.of('state', `is ${before.state}; this needs the mailing to be ${from.join(' or ')}`);
      const after = await change(trx, before);
      const { updatedAt: _updatedAt, ...changes } = describeChanges(mailingFromRow(before), mailingFromRow(after));
      await insertAuditEntry(trx, { userId: actor.userId, entity: 'sms-mailing', entityId: id, action: 'update', changes });
      return after;
    });
    return mailingFromRow(row);
  }

  /** Every recipient the filter selects now, a page of clients at a time, with their text rendered. */
  async function forEachRecipientPage(
    executor: Kysely<Database>,
    mailing: Pick<SmsMailingRow, 'template' | 'recipient_filter'>,
    onPage: (recipients: NewRecipientRow[], withoutMobile: number) => Promise<void>,
  ): Promise<void> {
    const issues = createIssueCollector();
    const conditions = await resolveClientFilter({ db: executor, defaultCountry }, mailing.recipient_filter, 'filter', issues, { allowSegment: true });
    issues.throwIfAny();
    let after: { key: string; id: number } | null = null;
    for (;;) {
      const clients = await selectClientList(executor, { conditions, archived: 'hide', sort: { by: 'created', direction: 'asc' }, after, limit: clientPageSize });
      if (clients.length === 0) return;
      const recipients = await recipientsOf(executor, clients, mailing.template);
      await onPage(recipients, clients.length - recipients.length);
      const last = clients[clients.length - 1]!;
      after = { key: last.sort_key, id: last.id };
    }
  }

  /** Each client with the mobile number a mailing would use (if any) and the text they would get. */
  async function renderFor(executor: Kysely<Database>, clients: readonly ClientRow[], template: string) {
    const ids = clients.map((client) => client.id);
    const [phones, contactPersons, properties] = await Promise.all([
      selectPhonesOfClients(executor, ids),
      selectActiveContactPersonsOfClients(executor, ids),
      loadClientPropertyValues(executor, ids),
    ]);
    const mobilesByClient = groupMobiles(phones);
    const contactNames = new Map(contactPersons.map((person) => [person.id, person.full_name]));
    return clients.map((client) => {
      const phone = mobilesByClient.get(client.id);
      const contactPersonId = phone?.contact_person_id ?? null;
      const values = clientTemplateValues({
        fullName: client.full_name,
        shortName: client.short_name,
        region: client.region,
        industry: client.industry,
        birthday: client.birthday,
        contactName: contactPersonId === null ? null : contactNames.get(contactPersonId) ?? null,
        properties: (properties.get(client.id) ?? []).map((property) => ({ name: property.definition.name, value: property.value })),
      });
      return { client, phone, body: renderTemplate(template, values) };
    });
  }

  async function recipientsOf(executor: Kysely<Database>, clients: readonly ClientRow[], template: string): Promise<NewRecipientRow[]> {
    return (await renderFor(executor, clients, template)).flatMap(({ client, phone, body }) =>
      phone?.e164
        ? [{
            client_id: client.id,
            contact_person_id: phone.contact_person_id,
            to_number: phone.e164,
            time_zone: timeZoneOfNumber(phone.e164, defaultTimeZone),
            body,
            segments: countSegments(body).segments,
          }]
        : [],
    );
  }

  return {
    async create(input: MailingInput, actor: Actor = systemActor): Promise<Mailing> {
      const issues = createIssueCollector();
      const checked = await checkInput(input, issues);
      issues.throwIfAny();
      const row = await insertMailing(db, {
        name: checked.name,
        template: checked.template,
        recipient_filter: JSON.stringify(checked.filter),
        quiet_hours_start: checked.quietHours?.start ?? null,
        quiet_hours_end: checked.quietHours?.end ?? null,
        rate_per_second: checked.ratePerSecond,
        created_by: actor.userId,
      });
      await db.transaction().execute((trx) =>
        insertAuditEntry(trx, { userId: actor.userId, entity: 'sms-mailing', entityId: row.id, action: 'create', changes: { name: row.name, template: row.template, filter: checked.filter } }),
      );
      return mailingFromRow(row);
    },

    /** A draft only: once scheduled, its recipients and texts are fixed. */
    async update(id: number, input: MailingInput, actor: Actor = systemActor): Promise<Mailing> {
      const issues = createIssueCollector();
      const checked = await checkInput(input, issues);
      issues.throwIfAny();
      return changeState(id, ['draft'], actor, (trx) =>
        updateMailing(trx, id, {
          name: checked.name,
          template: checked.template,
          recipient_filter: JSON.stringify(checked.filter),
          quiet_hours_start: checked.quietHours?.start ?? null,
          quiet_hours_end: checked.quietHours?.end ?? null,
          rate_per_second: checked.ratePerSecond,
        }),
      );
    },

    async delete(id: number, actor: Actor = systemActor): Promise<void> {
      const row = await requireMailing(id);
      if (!(await deleteDraftMailing(db, id))) throw ValidationError.of('state', `is ${row.state}; only a draft can be deleted`);
      await db.transaction().execute((trx) => insertAuditEntry(trx, { userId: actor.userId, entity: 'sms-mailing', entityId: id, action: 'delete', changes: { name: row.name } }));
    },

    async get(id: number): Promise<MailingWithTotals> {
      const row = await requireMailing(id);
      const [totals] = await countRecipientOutcomes(db, [id]);
      return { ...mailingFromRow(row), totals: totalsFrom(totals) };
    },

    /** The latest mailings, newest first, each with its totals (a draft has none yet). */
    async list(): Promise<MailingWithTotals[]> {
      const rows = await selectMailings(db, maxMailingsListed);
      const totals = new Map((await countRecipientOutcomes(db, rows.map((row) => row.id))).map((counts) => [counts.mailing_id, counts]));
      return rows.map((row) => ({ ...mailingFromRow(row), totals: totalsFrom(totals.get(row.id)) }));
    },

    /** The text one client would get, whether or not the filter selects them. */
    async preview(id: number, clientId: number): Promise<MailingPreview> {
      return previewFor((await requireMailing(id)).template, clientId);
    },

    /** The same for a template not saved yet, as it is being written. */
    async previewDraft(input: { readonly template: string; readonly clientId: number }): Promise<MailingPreview> {
      const issues = createIssueCollector();
      const template = await checkTemplate(fieldsOf(input).template, issues);
      issues.throwIfAny();
      return previewFor(template, input.clientId);
    },

    /** Recipients, segments and cost if the mailing were scheduled now. */
    async estimate(id: number): Promise<MailingEstimate> {
      return estimateFor(await requireMailing(id));
    },

    /** The same for a template and filter not saved yet, as they are being written. */
    async estimateDraft(input: MailingDraft): Promise<MailingEstimate> {
      const issues = createIssueCollector();
      const draft = await checkDraft(input, issues);
      issues.throwIfAny();
      return estimateFor({ template: draft.template, recipient_filter: draft.filter });
    },

    /**
     * Freezes the recipient list (one row per recipient, text rendered) and schedules the mailing
     * for `sendAt`, or starts it now. All recipients are written, or none.
     */
    async schedule(id: number, options: { readonly sendAt?: Date | null } = {}, actor: Actor = systemActor): Promise<Mailing> {
      const issues = createIssueCollector();
      const sendAt = checkOptionalDateTime(options.sendAt, 'sendAt', issues);
      issues.throwIfAny();
      const now = clock.now();
      const startsNow = sendAt === null || sendAt <= now;
      return changeState(id, ['draft'], actor, async (trx, mailing) => {
        let enqueued = 0;
        await forEachRecipientPage(trx, mailing, async (recipients) => {
          enqueued += await insertRecipients(trx, id, recipients, now);
        });
        if (enqueued === 0) throw ValidationError.of('filter', 'selects no client with a mobile number');
        return updateMailing(trx, id, { state: startsNow ? 'sending' : 'scheduled', send_at: sendAt ?? now, started_at: startsNow ? now : null });
      });
    },

    /** Stops sending after the messages already handed to Twilio. */
    async pause(id: number, actor: Actor = systemActor): Promise<Mailing> {
      return changeState(id, ['scheduled', 'sending'], actor, (trx) => updateMailing(trx, id, { state: 'paused' }));
    },

    async resume(id: number, actor: Actor = systemActor): Promise<Mailing> {
      const now = clock.now();
      return changeState(id, ['paused'], actor, (trx, mailing) => {
        const due = mailing.send_at === null || mailing.send_at <= now;
        return updateMailing(trx, id, due ? { state: 'sending', started_at: mailing.started_at ?? now } : { state: 'scheduled' });
      });
    },

    /** No recipient still waiting gets the message; those already sent stay sent. */
    async cancel(id: number, actor: Actor = systemActor): Promise<Mailing> {
      const now = clock.now();
      return changeState(id, ['draft', 'scheduled', 'sending', 'paused'], actor, async (trx) => {
        await cancelPendingRecipients(trx, id);
        return updateMailing(trx, id, { state: 'cancelled', finished_at: now });
      });
    },

    async listRecipients(id: number, options: RecipientListOptions = {}): Promise<Page<MailingRecipient>> {
      await requireMailing(id);
      const issues = createIssueCollector();
      const limit = checkPageLimit(options.limit, issues);
      if (options.state !== undefined) checkOneOf(options.state, mailingRecipientStates, 'state', issues);
      if (options.outcome !== undefined) checkOneOf(options.outcome, mailingRecipientOutcomes, 'outcome', issues);
      issues.throwIfAny();
      const afterId = options.cursor === undefined ? null : recipientCursorPosition(options.cursor);
      const rows = await selectRecipientsPage(db, id, { state: options.state, outcome: options.outcome, afterId, limit: limit + 1 });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return { items: page.map(recipientFromRow), ...(rows.length > limit && last ? { nextCursor: encodeCursor([last.id]) } : {}) };
    },
  };
}

/** The client's own mobile number first, then a contact person's. */
function groupMobiles(phones: readonly PhoneRow[]): Map<number, PhoneRow> {
  const chosen = new Map<number, PhoneRow>();
  for (const phone of phones) {
    if (phone.kind !== 'mobile' || phone.e164 === null) continue;
    const current = chosen.get(phone.client_id);
    if (current === undefined || (current.contact_person_id !== null && phone.contact_person_id === null)) chosen.set(phone.client_id, phone);
  }
  return chosen;
}

function checkQuietHours(value: unknown, issues: Issues): { start: number; end: number } | null {
  if (value === undefined || value === null) return null;
  const { start, end } = fieldsOf(value);
  const startMinutes = typeof start === 'string' ? parseTimeOfDay(start) : undefined;
  const endMinutes = typeof end === 'string' ? parseTimeOfDay(end) : undefined;
  if (startMinutes === undefined) issues.add('quietHours.start', 'must be a time as HH:MM');
  if (endMinutes === undefined) issues.add('quietHours.end', 'must be a time as HH:MM');
  if (startMinutes === undefined || endMinutes === undefined) return null;
  if (startMinutes === endMinutes) issues.add('quietHours.end', 'must differ from the start');
  return { start: startMinutes, end: endMinutes };
}

function checkRate(value: unknown, issues: Issues): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > maxRatePerSecond) {
    issues.add('ratePerSecond', `must be a whole number from 1 to ${maxRatePerSecond}`);
    return null;
  }
  return value as number;
}

function recipientCursorPosition(cursor: string): number {
  const [id, ...rest] = decodeCursor(cursor);
  if (!Number.isSafeInteger(id) || rest.length > 0) throw foreignCursor();
  return id as number;
}

function totalsFrom(counts: RecipientTotalsRow | undefined): MailingTotals {
  return {
    recipients: counts?.recipients ?? 0,
    pending: counts?.pending ?? 0,
    sent: counts?.sent ?? 0,
    delivered: counts?.delivered ?? 0,
    failed: counts?.failed ?? 0,
    optedOut: counts?.opted_out ?? 0,
    cancelled: counts?.cancelled ?? 0,
    replied: counts?.replied ?? 0,
    unconfirmed: counts?.unconfirmed ?? 0,
    segments: counts?.segments ?? 0,
  };
}

function mailingFromRow(row: SmsMailingRow): Mailing {
  return {
    id: row.id,
    name: row.name,
    template: row.template,
    filter: row.recipient_filter as ClientFilter,
    state: row.state,
    sendAt: row.send_at,
    quietHours:
      row.quiet_hours_start === null || row.quiet_hours_end === null
        ? null
        : { start: formatTimeOfDay(row.quiet_hours_start), end: formatTimeOfDay(row.quiet_hours_end) },
    ratePerSecond: row.rate_per_second,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

function recipientFromRow(row: RecipientListRow): MailingRecipient {
  return {
    id: row.id,
    clientId: row.client_id,
    clientName: row.client_name,
    contactPersonId: row.contact_person_id,
    to: row.to_number,
    body: row.body,
    segments: row.segments,
    state: row.state,
    status: row.twilio_status,
    errorCode: row.error_code,
    errorMessage: explainTwilioError(row.error_code),
    attempts: row.attempts,
    submittedAt: row.submitted_at,
    repliedAt: row.replied_at,
  };
}
