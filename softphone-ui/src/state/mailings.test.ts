import { describe, expect, it } from 'vitest';
import { clientPlaceholders as gatewayClientPlaceholders, eventPlaceholders } from '../../../crm-core/sms/sms-template.ts';
import {
  actionsOf,
  clientPlaceholders,
  meetingPlaceholders,
  audienceOf,
  chartBars,
  clientQueryOf,
  emptyFilterAudience,
  encodingOf,
  filterOf,
  formatCost,
  formatRange,
  insertAtCursor,
  instantOfLocalInput,
  isProblem,
  localInputOf,
  progressOf,
  recipientStatusOf,
  refreshDelayOf,
  type MailingTotals,
} from './mailings.ts';

const totals = (figures: Partial<MailingTotals> = {}): MailingTotals => ({
  recipients: 0, pending: 0, sent: 0, delivered: 0, failed: 0, optedOut: 0, cancelled: 0, replied: 0, unconfirmed: 0, segments: 0, ...figures,
});

describe('the audience of a mailing', () => {
  it('goes to a saved segment, or to clients matching the fields filled in', () => {
    expect(filterOf({ kind: 'segment', segmentId: 4 })).toEqual({ segmentId: 4 });
    expect(filterOf({ ...emptyFilterAudience, relationship: 'customer', region: ' Київ ', managerId: 7 })).toEqual({ relationships: ['customer'], regions: ['Київ'], managerIds: [7] });
    expect(filterOf(emptyFilterAudience)).toEqual({});
  });

  it('reads a saved filter back into the editor unchanged', () => {
    const audiences = [{ kind: 'segment', segmentId: 4 } as const, { ...emptyFilterAudience, clientKind: 'person', industry: 'Retail' }];
    for (const audience of audiences) expect(audienceOf(filterOf(audience))).toEqual(audience);
  });

  it("finds the audience's clients to preview, by name or number", () => {
    expect(clientQueryOf({ segmentId: 4 }, ' Olena ', 8)).toEqual({ limit: 8, query: 'Olena', segmentId: 4 });
    expect(clientQueryOf({ regions: ['Lviv'], relationships: ['customer'] }, '', 8)).toEqual({ limit: 8, region: ['Lviv'], relationship: ['customer'] });
  });
});

describe('inserting a placeholder', () => {
  it('offers exactly the placeholders the gateway accepts', () => {
    expect(clientPlaceholders).toEqual(gatewayClientPlaceholders);
    expect(meetingPlaceholders).toEqual(eventPlaceholders);
  });

  it('goes where the cursor is, and the cursor moves past it', () => {
    expect(insertAtCursor('Hello !', 6, 6, '{{name}}')).toEqual({ text: 'Hello {{name}}!', cursor: 14 });
  });

  it('replaces a selection, and a cursor beyond the text puts it at the end', () => {
    expect(insertAtCursor('Dear client, hi', 5, 11, '{{name}}')).toEqual({ text: 'Dear {{name}}, hi', cursor: 13 });
    expect(insertAtCursor('Hi ', 99, 99, '{{region}}')).toEqual({ text: 'Hi {{region}}', cursor: 13 });
  });
});

describe('the estimate as the editor shows it', () => {
  it('names the alphabet: one Cyrillic message makes the mailing UCS-2, part of them makes it mixed', () => {
    expect(encodingOf({ encodings: { gsm7: 5, ucs2: 0 } })).toBe('GSM-7');
    expect(encodingOf({ encodings: { gsm7: 0, ucs2: 5 } })).toBe('UCS-2');
    expect(encodingOf({ encodings: { gsm7: 2, ucs2: 3 } })).toBe('mixed');
    expect(encodingOf({ encodings: { gsm7: 0, ucs2: 0 } })).toBe('none');
  });

  it('shows one number when every message is alike, else the range', () => {
    const format = (value: number) => new Intl.NumberFormat('uk').format(value);
    expect(formatRange({ min: 2, max: 2 }, format)).toBe('2');
    expect(formatRange({ min: 1200, max: 1530 }, format)).toBe(`${format(1200)}–${format(1530)}`);
  });

  it("writes the cost in the locale's money format, and an unknown currency by its code", () => {
    expect(formatCost('en', '12.50', 'USD')).toBe('$12.50');
    expect(formatCost('uk', '12.50', 'UAH')).toBe(new Intl.NumberFormat('uk', { style: 'currency', currency: 'UAH' }).format(12.5));
    expect(formatCost('en', '3.00', 'not a currency')).toBe('3.00 not a currency');
  });
});

describe('a mailing over time', () => {
  it('offers what its state allows', () => {
    expect(actionsOf('draft')).toEqual([]);
    expect(actionsOf('scheduled')).toEqual(['pause', 'cancel']);
    expect(actionsOf('sending')).toEqual(['pause', 'cancel']);
    expect(actionsOf('paused')).toEqual(['resume', 'cancel']);
    expect(actionsOf('done')).toEqual([]);
  });

  it('is read again often while sending, and after it until Twilio has reported every message', () => {
    const sending = refreshDelayOf({ state: 'sending', totals: totals() })!;
    const awaitingReports = refreshDelayOf({ state: 'done', totals: totals({ sent: 3, unconfirmed: 3 }) })!;
    const awaitingReplies = refreshDelayOf({ state: 'done', totals: totals({ sent: 3, delivered: 3 }) })!;
    expect(sending).toBe(2_000);
    expect(refreshDelayOf({ state: 'scheduled', totals: totals() })).toBeGreaterThan(sending);
    expect(awaitingReports).toBeGreaterThanOrEqual(sending);
    expect(awaitingReplies).toBeGreaterThan(awaitingReports);
  });

  it('is not read again when nothing can change by itself: a draft, or a mailing that sent nothing', () => {
    expect(refreshDelayOf({ state: 'draft', totals: totals() })).toBeNull();
    expect(refreshDelayOf({ state: 'cancelled', totals: totals({ recipients: 4, cancelled: 4 }) })).toBeNull();
  });

  it('shows progress as sent of all recipients', () => {
    expect(progressOf({ sent: 3, recipients: 12 })).toEqual({ done: 3, total: 12, fraction: 0.25 });
    expect(progressOf({ sent: 0, recipients: 0 }).fraction).toBe(0);
  });
});

describe('the delivery chart', () => {
  const geometry = { barArea: 300, barHeight: 20, gap: 10 };

  it('draws each outcome as its share of the recipients, one row under another', () => {
    const bars = chartBars(totals({ recipients: 10, sent: 10, delivered: 8, failed: 2, optedOut: 1, replied: 3 }), geometry);
    expect(bars.map((bar) => [bar.outcome, bar.value, bar.width, bar.y])).toEqual([
      ['sent', 10, 300, 0],
      ['delivered', 8, 240, 30],
      ['failed', 2, 60, 60],
      ['optedOut', 1, 30, 90],
      ['replied', 3, 90, 120],
    ]);
  });

  it('draws nothing for a mailing without recipients, and never past the end', () => {
    expect(chartBars(totals(), geometry).every((bar) => bar.width === 0)).toBe(true);
    // Counts read a moment apart can disagree; the bar still stays inside the chart.
    expect(chartBars(totals({ recipients: 2, sent: 3 }), geometry)[0]!.width).toBe(300);
  });
});

describe("a recipient's status", () => {
  it('reads from the state of the row and, once Twilio has it, from its status', () => {
    expect(recipientStatusOf({ state: 'pending', status: null, errorCode: null })).toEqual({ kind: 'waiting' });
    expect(recipientStatusOf({ state: 'submitted', status: 'delivered', errorCode: null })).toEqual({ kind: 'twilio', status: 'delivered', errorCode: null });
    expect(recipientStatusOf({ state: 'failed', status: null, errorCode: 21614 })).toEqual({ kind: 'refused', errorCode: 21614 });
  });

  it('marks refusals and undelivered messages as problems, not waiting or opted-out ones', () => {
    expect(isProblem(recipientStatusOf({ state: 'submitted', status: 'undelivered', errorCode: 30003 }))).toBe(true);
    expect(isProblem(recipientStatusOf({ state: 'failed', status: null, errorCode: 21211 }))).toBe(true);
    expect(isProblem(recipientStatusOf({ state: 'submitted', status: 'sent', errorCode: null }))).toBe(false);
    expect(isProblem(recipientStatusOf({ state: 'opted-out', status: null, errorCode: 21610 }))).toBe(false);
  });
});

describe('the send time', () => {
  it("reads the date picker's local time as an instant and back", () => {
    const instant = instantOfLocalInput('2026-12-01T09:30');
    expect(instant).toBe(new Date(2026, 11, 1, 9, 30).toISOString());
    expect(localInputOf(instant!)).toBe('2026-12-01T09:30');
  });

  it('takes nothing from an empty or half-typed field', () => {
    expect(instantOfLocalInput('')).toBeNull();
    expect(instantOfLocalInput('2026-12-01')).toBeNull();
  });
});
