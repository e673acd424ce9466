/**
 * SMS mailings as the screens show them: who they go to, what the chart draws, when to look again
 * while one is sending, and what each recipient's status means. Shapes are the gateway's
 * (`gateway/schemas/sms.schemas.ts`); nothing here touches the page.
 */
import type { ClientFilter, ClientListQuery } from '../../../gateway/schemas/clients.schemas.ts';
import type { MailingEstimate, MailingRecipient, MailingRecipientQuery, MailingWithTotals } from '../../../gateway/schemas/sms.schemas.ts';

export type MailingState = MailingWithTotals['state'];
export type MailingTotals = MailingWithTotals['totals'];
export type RecipientOutcome = NonNullable<MailingRecipientQuery['outcome']>;

export const recipientOutcomes: readonly RecipientOutcome[] = ['pending', 'sent', 'delivered', 'failed', 'opted-out', 'cancelled', 'replied'];

/** Who a mailing goes to, as the editor asks: a saved segment, or clients matching a few fields. */
export type Audience =
  | { readonly kind: 'segment'; readonly segmentId: number | null }
  | {
      readonly kind: 'filter';
      readonly relationship: string;
      readonly clientKind: string;
      readonly region: string;
      readonly industry: string;
      readonly managerId: number | null;
    };

export const emptyFilterAudience: Extract<Audience, { kind: 'filter' }> = { kind: 'filter', relationship: '', clientKind: '', region: '', industry: '', managerId: null };

/** The gateway's client filter for an audience; an empty field selects everyone on it. */
export function filterOf(audience: Audience): ClientFilter {
  if (audience.kind === 'segment') return audience.segmentId === null ? {} : { segmentId: audience.segmentId };
  return {
    ...(audience.relationship && { relationships: [audience.relationship as NonNullable<ClientFilter['relationships']>[number]] }),
    ...(audience.clientKind && { kinds: [audience.clientKind as NonNullable<ClientFilter['kinds']>[number]] }),
    ...(audience.region.trim() && { regions: [audience.region.trim()] }),
    ...(audience.industry.trim() && { industries: [audience.industry.trim()] }),
    ...(audience.managerId !== null && { managerIds: [audience.managerId] }),
  };
}

/** A saved mailing's filter back in the editor's terms (the editor offers one value per field). */
export function audienceOf(filter: ClientFilter): Audience {
  if (filter.segmentId !== undefined) return { kind: 'segment', segmentId: filter.segmentId };
  return {
    kind: 'filter',
    relationship: filter.relationships?.[0] ?? '',
    clientKind: filter.kinds?.[0] ?? '',
    region: filter.regions?.[0] ?? '',
    industry: filter.industries?.[0] ?? '',
    managerId: filter.managerIds?.[0] ?? null,
  };
}

/** The client list query that finds the audience's clients (to pick one to preview), matching `search`. */
export function clientQueryOf(filter: ClientFilter, search: string, limit: number): ClientListQuery {
  return {
    limit,
    ...(search.trim() && { query: search.trim() }),
    ...(filter.segmentId !== undefined && { segmentId: filter.segmentId }),
    ...(filter.relationships && { relationship: filter.relationships }),
    ...(filter.kinds && { kind: filter.kinds }),
    ...(filter.regions && { region: filter.regions }),
    ...(filter.industries && { industry: filter.industries }),
    ...(filter.managerIds && { managerId: filter.managerIds }),
  };
}

/** The client fields a template may name (the gateway checks them: crm-core/sms/sms-template.ts); custom properties go by their own names. */
export const clientPlaceholders = ['name', 'fullName', 'shortName', 'region', 'industry', 'birthday', 'contactName'] as const;
export type ClientPlaceholder = (typeof clientPlaceholders)[number];
/** What only a meeting reminder knows. */
export const meetingPlaceholders = ['meetingTime'] as const;

/** Puts `insertion` where the cursor is (over any selection) and says where the cursor goes after it. */
export function insertAtCursor(text: string, selectionStart: number, selectionEnd: number, insertion: string): { text: string; cursor: number } {
  const start = Math.max(0, Math.min(selectionStart, text.length));
  const end = Math.max(start, Math.min(selectionEnd, text.length));
  return { text: text.slice(0, start) + insertion + text.slice(end), cursor: start + insertion.length };
}

/** Which alphabet the messages go in: any Cyrillic letter makes a message UCS-2. */
export function encodingOf(estimate: Pick<MailingEstimate, 'encodings'>): 'none' | 'GSM-7' | 'UCS-2' | 'mixed' {
  const { gsm7, ucs2 } = estimate.encodings;
  if (gsm7 === 0 && ucs2 === 0) return 'none';
  if (ucs2 === 0) return 'GSM-7';
  return gsm7 === 0 ? 'UCS-2' : 'mixed';
}

/** "2" or "2–3", with the locale's digits. */
export function formatRange(range: { readonly min: number; readonly max: number }, formatNumber: (value: number) => string): string {
  return range.min === range.max ? formatNumber(range.min) : `${formatNumber(range.min)}–${formatNumber(range.max)}`;
}

/** The estimated cost in the locale's money format ("$1.20", "1,20 USD"); a currency Intl does not know shows its code. */
export function formatCost(locale: string, amount: string, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(Number(amount))} ${currency}`;
  }
}

/** A draft is edited, deleted or sent from its editor; these act on a mailing once it is scheduled. */
export type MailingAction = 'pause' | 'resume' | 'cancel';

const actionsByState: Record<MailingState, readonly MailingAction[]> = {
  draft: [],
  scheduled: ['pause', 'cancel'],
  sending: ['pause', 'cancel'],
  paused: ['resume', 'cancel'],
  cancelled: [],
  done: [],
};

export function actionsOf(state: MailingState): readonly MailingAction[] {
  return actionsByState[state];
}

/**
 * How long until the screen looks again, or null when nothing can change by itself. The gateway
 * pushes no mailing events, so a mailing being sent is read every two seconds; a scheduled one
 * less often; a stopped one often while Twilio still owes final statuses, then now and again
 * for replies, as long as it sent anything.
 */
export function refreshDelayOf(mailing: Pick<MailingWithTotals, 'state' | 'totals'>): number | null {
  if (mailing.state === 'sending') return 2_000;
  if (mailing.state === 'scheduled') return 10_000;
  if (mailing.totals.unconfirmed > 0) return 3_000;
  return mailing.totals.sent > 0 ? 30_000 : null;
}

/** Sent of all recipients, for the progress bar. */
export function progressOf(totals: Pick<MailingTotals, 'sent' | 'recipients'>): { readonly done: number; readonly total: number; readonly fraction: number } {
  return { done: totals.sent, total: totals.recipients, fraction: totals.recipients === 0 ? 0 : Math.min(1, totals.sent / totals.recipients) };
}

/** The chart's bars, in the order a supervisor reads a mailing. */
export const chartOutcomes = ['sent', 'delivered', 'failed', 'optedOut', 'replied'] as const satisfies readonly (keyof MailingTotals)[];
export type ChartOutcome = (typeof chartOutcomes)[number];

export interface ChartBar {
  readonly outcome: ChartOutcome;
  readonly value: number;
  /** Of all recipients. */
  readonly fraction: number;
  readonly y: number;
  readonly width: number;
}

export interface ChartGeometry {
  /** Room for the bars, after the labels. */
  readonly barArea: number;
  readonly barHeight: number;
  readonly gap: number;
}

/** One horizontal bar per outcome, as long as its share of the recipients: bars of different mailings compare. */
export function chartBars(totals: MailingTotals, geometry: ChartGeometry): ChartBar[] {
  return chartOutcomes.map((outcome, index) => {
    const value = totals[outcome];
    const fraction = totals.recipients === 0 ? 0 : Math.min(1, value / totals.recipients);
    return { outcome, value, fraction, y: index * (geometry.barHeight + geometry.gap), width: fraction * geometry.barArea };
  });
}

/**
 * What happened to one recipient's message, in the words the screen uses: waiting, being sent,
 * with Twilio (its status), refused or undelivered (with Twilio's error code), opted out, cancelled.
 */
export type RecipientStatus =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'twilio'; readonly status: NonNullable<MailingRecipient['status']>; readonly errorCode: number | null }
  | { readonly kind: 'refused'; readonly errorCode: number | null }
  | { readonly kind: 'opted-out' }
  | { readonly kind: 'cancelled' };

export function recipientStatusOf(recipient: Pick<MailingRecipient, 'state' | 'status' | 'errorCode'>): RecipientStatus {
  switch (recipient.state) {
    case 'pending':
      return { kind: 'waiting' };
    case 'claimed':
      return { kind: 'sending' };
    case 'submitted':
      return { kind: 'twilio', status: recipient.status ?? 'queued', errorCode: recipient.errorCode };
    case 'failed':
      return { kind: 'refused', errorCode: recipient.errorCode };
    case 'opted-out':
      return { kind: 'opted-out' };
    case 'cancelled':
      return { kind: 'cancelled' };
  }
}

/** True when the status is a failure the supervisor should look at. */
export function isProblem(status: RecipientStatus): boolean {
  return status.kind === 'refused' || (status.kind === 'twilio' && (status.status === 'undelivered' || status.status === 'failed'));
}

/** `<input type="datetime-local">` speaks the browser's local time without a zone; the gateway speaks instants. */
export function instantOfLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

export function localInputOf(instant: string | Date): string {
  const date = new Date(instant);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}
