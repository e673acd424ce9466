/**
 * SMS mailings in headless Chromium against the real gateway, Twilio's simulator (its status
 * callbacks signed and posted back) and the mailing dispatcher, on the seeded demo data
 * (tests/support/ui-app.ts): write, estimate, preview, send and watch a mailing to delivery;
 * schedule, pause, resume and cancel one; an opt-out the customer asks for on the card; the
 * automatic SMS; who sees what.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPhone } from '../../softphone-ui/src/format-phone.ts';
import { en, type Messages } from '../../softphone-ui/src/i18n/en.ts';
import { formatMessage, type MessageValues } from '../../softphone-ui/src/i18n/format-message.ts';
import { uk } from '../../softphone-ui/src/i18n/uk.ts';
import { newClient } from '../support/crm-factories.ts';
import { mailingServiceFor, senderNumber } from '../support/sms.ts';
import { englishLeftOver, expectLabelledControls, expectNoHorizontalScroll, screenshot, startUiApp, type UiApp } from '../support/ui-app.ts';

const unreachableNumber = '+380509998811';
const testRegion = 'Тестова область';

let app: UiApp;

beforeAll(async () => {
  app = await startUiApp({ sms: { deliveryFailures: { [unreachableNumber]: { status: 'undelivered', errorCode: 30003 } } } });
});

afterAll(() => app?.close());

/** An English message as the screen shows it. */
const words = (key: keyof Messages, values: MessageValues = {}) => formatMessage(en[key], values, 'en');

/** A description list read as term → definition, e.g. the estimate or the totals. */
async function figuresOf(container: Locator): Promise<Record<string, string>> {
  const [terms, definitions] = await Promise.all([container.getByRole('term').allTextContents(), container.getByRole('definition').allTextContents()]);
  return Object.fromEntries(terms.map((term, index) => [term.trim(), definitions[index]!.trim()]));
}

async function openMailings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.mailings'] }).click();
  await page.getByRole('heading', { level: 1, name: en['mailings.title'] }).waitFor();
}

async function startNewMailing(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: en['mailings.sections'] }).getByRole('link', { name: en['mailings.new'] }).click();
  await page.getByRole('heading', { name: en['mailings.new'] }).waitFor();
  await page.getByLabel(en['mailings.nameLabel']).fill(name);
}

async function chooseRegion(page: Page, region: string): Promise<void> {
  await page.getByRole('radio', { name: en['mailings.byFilter'] }).check();
  await page.getByLabel(en['clients.region'], { exact: true }).fill(region);
}

/** Recipients asleep at this hour would wait for the morning: these mailings go out at once. */
async function sendAtAnyHour(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: en['mailings.quietHoursOn'] }).uncheck();
}

/** Confirms in the dialog, then waits for the mailing's own page. */
async function confirmSending(page: Page, title: keyof Messages, button: keyof Messages, name: string): Promise<void> {
  await page.getByRole('button', { name: en[button], exact: true }).click();
  await page.getByRole('dialog', { name: en[title] }).getByRole('button', { name: en[button], exact: true }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

const totalsOf = (page: Page) => page.getByRole('region', { name: en['mailings.totals'] });
/** The state of the mailing open, announced as it changes. */
const stateOf = (page: Page) => page.getByRole('article').getByRole('status');

describe('a supervisor', () => {
  let page: Page;
  const template = 'Вітаємо, ! Для VIP-клієнтів знижка 20% до кінця місяця.';
  const withName = 'Вітаємо, {{name}}! Для VIP-клієнтів знижка 20% до кінця місяця.';
  let recipients: number;

  beforeAll(async () => {
    page = await app.signedIn('supervisor1', { locale: 'en' });
  });

  it('writes a Cyrillic mailing to a segment with a placeholder, sees UCS-2, the segments, the recipients and the cost, and previews a recipient', async () => {
    const db = app.database.db;
    const vip = await db.selectFrom('segments').select('id').where('name', '=', 'VIP').executeTakeFirstOrThrow();
    const expected = await mailingServiceFor(db, { now: () => new Date() }).estimateDraft({ template: withName, filter: { segmentId: vip.id } });
    recipients = expected.recipients;
    expect(recipients).toBeGreaterThan(0);

    await openMailings(page);
    await startNewMailing(page, 'VIP: spring offer');
    await page.getByRole('combobox', { name: en['mailings.segment'], exact: true }).selectOption({ label: 'VIP' });
    const message = page.getByLabel(en['mailings.template'], { exact: true });
    await message.fill(template);
    // The cursor after "Вітаємо, ", as if clicked there; the placeholder goes in at the cursor.
    await message.evaluate((area) => (area as unknown as { setSelectionRange(start: number, end: number): void }).setSelectionRange(9, 9));
    await page.getByRole('group', { name: words('mailings.insertPlaceholder', { group: en['mailings.placeholders.client'] }) }).getByRole('button', { name: en['mailings.placeholder.name'], exact: true }).click();
    expect(await message.inputValue()).toBe(withName);

    const estimate = page.getByRole('region', { name: en['mailings.estimate'] });
    await expect.poll(async () => (await figuresOf(estimate))[en['mailings.estimate.recipients']], { timeout: 10_000 }).toBe(String(recipients));
    const figures = await figuresOf(estimate);
    expect(figures[en['mailings.estimate.encoding']]).toBe('UCS-2');
    await estimate.getByText(en['mailings.encoding.ucs2']).waitFor();
    const segments = expected.segmentsPerMessage;
    expect(figures[en['mailings.estimate.segmentsPerMessage']]).toBe(segments.min === segments.max ? String(segments.min) : `${segments.min}–${segments.max}`);
    expect(figures[en['mailings.estimate.totalSegments']]).toBe(String(expected.totalSegments));
    expect(figures[en['mailings.estimate.cost']]).toBe(new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(Number(expected.estimatedCost)));

    // Any recipient: one found by name, with their own mobile number.
    const client = await db
      .selectFrom('clients')
      .innerJoin('client_property_values as value', 'value.client_id', 'clients.id')
      .innerJoin('property_definitions as property', 'property.id', 'value.property_id')
      .innerJoin('phones', 'phones.client_id', 'clients.id')
      .select(['clients.id', 'clients.full_name'])
      .where('property.name', '=', 'VIP')
      .where('value.value', '=', 'true')
      .where('phones.kind', '=', 'mobile')
      .where('phones.contact_person_id', 'is', null)
      .where('clients.archived_at', 'is', null)
      .orderBy('clients.id', 'desc')
      .executeTakeFirstOrThrow();
    const rendered = await mailingServiceFor(db, { now: () => new Date() }).previewDraft({ template: withName, clientId: client.id });
    const preview = page.getByRole('region', { name: en['mailings.preview'] });
    await preview.getByLabel(en['mailings.previewFind']).fill(client.full_name);
    await preview.getByRole('list', { name: en['mailings.previewCandidates'] }).getByRole('button', { name: client.full_name, exact: true }).click();
    const bubble = preview.getByLabel(words('mailings.previewOf', { name: client.full_name }));
    await expect.poll(() => bubble.textContent()).toBe(rendered.body);
    expect(rendered.body).not.toContain('{{');
    expect(rendered.body.startsWith('Вітаємо, ') && rendered.body.length > 'Вітаємо, ! '.length).toBe(true);
    await preview.getByText(words('mailings.previewTo', { name: client.full_name, number: formatPhone(rendered.to!) })).waitFor();

    await expectLabelledControls(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'mailing-editor');
  });

  it('sends it and watches the totals and the chart reach delivered for every recipient', async () => {
    await sendAtAnyHour(page);
    await confirmSending(page, 'mailings.confirmSendTitle', 'mailings.send', 'VIP: spring offer');
    const everyone = String(recipients);
    await expect.poll(async () => (await figuresOf(totalsOf(page)))[en['mailings.outcome.delivered']], { timeout: 40_000 }).toBe(everyone);
    const totals = await figuresOf(totalsOf(page));
    expect(totals).toMatchObject({ [en['mailings.totals.recipients']]: everyone, [en['mailings.outcome.sent']]: everyone, [en['mailings.outcome.failed']]: '0' });
    const chart = page.getByRole('figure', { name: en['mailings.chart'] }).getByRole('img');
    await expect.poll(() => chart.getAttribute('aria-label')).toContain(words('mailings.chartBar', { outcome: en['mailings.outcome.delivered'], count: recipients, total: recipients, share: '100%' }));
    await expect.poll(() => stateOf(page).textContent()).toBe(en['mailings.state.done']);
    await expect.poll(() => page.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(words('mailings.progressValue', { sent: recipients, total: recipients }));

    const recipientRows = page.getByRole('region', { name: en['mailings.recipientsTitle'] }).getByRole('row');
    await expect.poll(() => recipientRows.count()).toBe(Math.min(recipients, 50) + 1);
    await expect.poll(() => recipientRows.nth(1).getByText(en['smsStatus.delivered']).count()).toBe(1);
    await expectLabelledControls(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'mailing-delivered');
  });

  it('sees a reply counted, and a recipient who replied STOP among the numbers that opted out', async () => {
    const sentTo = await app.database.db
      .selectFrom('sms_mailing_recipients as recipient')
      .innerJoin('sms_mailings as mailing', 'mailing.id', 'recipient.mailing_id')
      .innerJoin('clients', 'clients.id', 'recipient.client_id')
      .select(['recipient.to_number', 'clients.full_name'])
      .where('mailing.name', '=', 'VIP: spring offer')
      .orderBy('recipient.id')
      .execute();
    const [thankful, unsubscribing] = sentTo;
    await app.twilio!.injectInbound({ from: thankful!.to_number, to: senderNumber, body: 'Дякую, зайду в суботу' });
    await app.twilio!.injectInbound({ from: unsubscribing!.to_number, to: senderNumber, body: 'STOP' });

    await page.reload();
    await expect.poll(async () => (await figuresOf(totalsOf(page)))[en['mailings.outcome.replied']]).toBe('1');
    await page.getByRole('combobox', { name: en['mailings.showOutcome'], exact: true }).selectOption('replied');
    const repliedRows = page.getByRole('region', { name: en['mailings.recipientsTitle'] }).getByRole('row');
    await expect.poll(() => repliedRows.count()).toBe(2);
    await repliedRows.nth(1).getByText(thankful!.full_name).waitFor();

    await page.getByRole('navigation', { name: en['mailings.sections'] }).getByRole('link', { name: en['sms.optedOut.title'] }).click();
    const optedOut = page.getByRole('row', { name: new RegExp(formatPhone(unsubscribing!.to_number).replaceAll('+', '\\+')) });
    await optedOut.getByRole('link', { name: unsubscribing!.full_name }).waitFor();
    await optedOut.getByText(en['sms.optedOut.source.keyword']).waitFor();
    await expectLabelledControls(page);
    await screenshot(page, 'mailing-opted-out');
  });

  it("shows a message Twilio could not deliver with its error code explained in words", async () => {
    await newClient(app.database.db, { kind: 'person', fullName: 'Iryna Koval', region: testRegion, phones: [{ number: unreachableNumber, kind: 'mobile' }] });
    await newClient(app.database.db, { kind: 'person', fullName: 'Petro Melnyk', region: testRegion, phones: [{ number: '+380509998822', kind: 'mobile' }] });
    await openMailings(page);
    await startNewMailing(page, 'Order ready');
    await chooseRegion(page, testRegion);
    await page.getByLabel(en['mailings.template'], { exact: true }).fill('Hello {{name}}, your order is ready.');
    const estimate = page.getByRole('region', { name: en['mailings.estimate'] });
    await expect.poll(async () => (await figuresOf(estimate))[en['mailings.estimate.encoding']], { timeout: 10_000 }).toBe('GSM-7');
    await sendAtAnyHour(page);

    // Kept as a draft first: it has its own address, and opens again as it was left.
    await page.getByRole('button', { name: en['mailings.saveDraft'] }).click();
    await page.getByRole('heading', { name: en['mailings.editDraft'] }).waitFor();
    await page.getByRole('status').filter({ hasText: en['mailings.saved'] }).waitFor();
    await page.waitForURL((url) => /^\/mailings\/\d+$/.test(url.pathname));
    await page.reload();
    expect(await page.getByLabel(en['mailings.template'], { exact: true }).inputValue()).toBe('Hello {{name}}, your order is ready.');
    expect(await page.getByLabel(en['clients.region'], { exact: true }).inputValue()).toBe(testRegion);
    expect(await page.getByRole('checkbox', { name: en['mailings.quietHoursOn'] }).isChecked()).toBe(false);
    await confirmSending(page, 'mailings.confirmSendTitle', 'mailings.send', 'Order ready');

    await expect.poll(async () => (await figuresOf(totalsOf(page)))[en['mailings.outcome.failed']], { timeout: 20_000 }).toBe('1');
    await page.getByRole('combobox', { name: en['mailings.showOutcome'], exact: true }).selectOption('failed');
    const failedRow = page.getByRole('region', { name: en['mailings.recipientsTitle'] }).getByRole('row', { name: /Iryna Koval/ });
    await failedRow.getByText(en['smsStatus.undelivered']).waitFor();
    await failedRow.getByText(words('card.sms.error', { code: '30003', meaning: en['twilioError.30003'] })).waitFor();
    await failedRow.scrollIntoViewIfNeeded();
    await screenshot(page, 'mailing-failed');
  });

  it('schedules one for tomorrow in its own time, pauses and resumes it, then cancels it after confirming', async () => {
    await openMailings(page);
    await startNewMailing(page, 'Tomorrow morning');
    await chooseRegion(page, testRegion);
    await page.getByLabel(en['mailings.template'], { exact: true }).fill('Good morning, {{name}}!');
    await page.getByRole('radio', { name: en['mailings.sendLater'] }).check();
    const tomorrow = new Date(Date.now() + 86_400_000);
    const local = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}T10:00`;
    await page.getByLabel(en['mailings.sendAtLabel']).fill(local);
    await expect.poll(async () => (await figuresOf(page.getByRole('region', { name: en['mailings.estimate'] })))[en['mailings.estimate.recipients']], { timeout: 10_000 }).toBe('2');
    await confirmSending(page, 'mailings.confirmScheduleTitle', 'mailings.schedule', 'Tomorrow morning');

    const state = stateOf(page);
    await expect.poll(() => state.textContent()).toBe(en['mailings.state.scheduled']);
    await page.getByRole('article').getByText(new Intl.DateTimeFormat('en', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(local)), { exact: true }).waitFor();
    await page.getByRole('button', { name: en['mailings.pause'] }).click();
    await expect.poll(() => state.textContent()).toBe(en['mailings.state.paused']);
    await page.getByRole('button', { name: en['mailings.resume'] }).click();
    await expect.poll(() => state.textContent()).toBe(en['mailings.state.scheduled']);

    await page.getByRole('button', { name: en['mailings.cancel'] }).click();
    const dialog = page.getByRole('dialog', { name: en['mailings.confirmCancelTitle'] });
    await dialog.getByText(words('mailings.confirmCancel', { count: 2 })).waitFor();
    await dialog.getByRole('button', { name: en['mailings.goBack'] }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await state.textContent()).toBe(en['mailings.state.scheduled']);
    await page.getByRole('button', { name: en['mailings.cancel'] }).click();
    await screenshot(page, 'mailing-cancel-dialog');
    await dialog.getByRole('button', { name: en['mailings.cancelConfirmed'] }).click();
    await expect.poll(() => state.textContent()).toBe(en['mailings.state.cancelled']);
    await expect.poll(async () => (await figuresOf(totalsOf(page)))[en['mailings.outcome.cancelled']]).toBe('2');
    expect(await page.getByRole('button', { name: en['mailings.resume'] }).count()).toBe(0);
  });

  it('lists every mailing with its state and progress, in Ukrainian too', async () => {
    await page.getByRole('navigation', { name: en['mailings.sections'] }).getByRole('link', { name: en['mailings.all'] }).click();
    const rows = page.getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);
    const vipRow = page.getByRole('row', { name: /VIP: spring offer/ });
    await vipRow.getByText(en['mailings.state.done']).waitFor();
    expect(await vipRow.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(words('mailings.progressValue', { sent: recipients, total: recipients }));
    await page.getByRole('row', { name: /Tomorrow morning/ }).getByText(en['mailings.state.cancelled']).waitFor();
    await expectLabelledControls(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'mailing-list');

    await page.getByRole('combobox', { name: en['language.label'] }).selectOption('uk');
    await page.getByRole('heading', { level: 1, name: uk['mailings.title'] }).waitFor();
    expect(await englishLeftOver(page, uk)).toEqual([]);
    await page.getByRole('link', { name: 'VIP: spring offer' }).click();
    await page.getByRole('region', { name: uk['mailings.totals'] }).waitFor();
    expect(await englishLeftOver(page, uk)).toEqual([]);
    await screenshot(page, 'mailing-delivered-uk');
  });
});

describe("an operator on a client's SMS tab", () => {
  it('records the customer’s spoken wish for no SMS and then sends nothing to the number, allows SMS again after confirming, and offers no way back from a STOP reply', async () => {
    const number = '+380509998833';
    const client = await newClient(app.database.db, { kind: 'person', fullName: 'Olena Tkachuk', phones: [{ number, kind: 'mobile' }] });
    const page = await app.signedIn('operator1', { locale: 'en' });
    await page.goto(`${app.baseUrl}/clients/${client.id}/sms`);
    expect(await page.getByLabel(new RegExp(`^${en['card.sms.to']}`)).inputValue()).toBe(number);
    await page.getByLabel(en['card.sms.text']).fill('Your order is ready');
    const send = page.getByRole('button', { name: en['card.sms.send'] });
    const optedOutBy = (key: 'card.sms.optOut.manual' | 'card.sms.optOut.keyword') => page.getByRole('status').filter({ hasText: en[key].split(' (')[0]! });

    await page.getByRole('button', { name: en['card.sms.optOut.record'] }).click();
    await optedOutBy('card.sms.optOut.manual').waitFor();
    expect(await send.isDisabled()).toBe(true);

    await page.getByRole('button', { name: en['card.sms.optOut.lift'] }).click();
    await page.getByRole('dialog', { name: en['card.sms.optOut.liftTitle'] }).getByRole('button', { name: en['card.sms.optOut.lift'] }).click();
    await page.getByRole('button', { name: en['card.sms.optOut.record'] }).waitFor();
    expect(await send.isEnabled()).toBe(true);

    await app.twilio!.injectInbound({ from: number, to: senderNumber, body: 'STOP' });
    await expect
      .poll(async () => {
        await page.reload();
        await page.getByLabel(en['card.sms.text']).waitFor();
        return optedOutBy('card.sms.optOut.keyword').count();
      })
      .toBe(1);
    expect(await page.getByRole('button', { name: en['card.sms.optOut.lift'] }).count()).toBe(0);
    await page.getByLabel(en['card.sms.text']).fill('Your order is ready');
    expect(await send.isDisabled()).toBe(true);
    await expectLabelledControls(page);
    await screenshot(page, 'card-sms-opted-out');
  });
});

describe('who sees what', () => {
  it('keeps mailings from operators: no link, and the address leads to their calls', async () => {
    const page = await app.signedIn('operator1', { locale: 'en' });
    const links = await page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link').allTextContents();
    expect(links).not.toContain(en['nav.mailings']);
    await page.goto(`${app.baseUrl}/mailings`);
    await page.getByRole('heading', { level: 1, name: en['calls.title'] }).waitFor();
  });

  it('gives managers mailings but not the automatic SMS, which is for administrators', async () => {
    const manager = await app.signedIn('manager2', { locale: 'en' });
    await openMailings(manager);
    const sections = await manager.getByRole('navigation', { name: en['mailings.sections'] }).getByRole('link').allTextContents();
    expect(sections).toEqual([en['mailings.all'], en['mailings.new'], en['sms.optedOut.title']]);
  });

  it('lets an administrator switch the birthday greeting on with its own template', async () => {
    const page = await app.signedIn('admin', { locale: 'en' });
    await openMailings(page);
    await page.getByRole('navigation', { name: en['mailings.sections'] }).getByRole('link', { name: en['sms.rules.title'] }).click();
    const birthday = page.getByRole('form', { name: en['sms.rule.birthday'] });
    await birthday.getByRole('switch', { name: en['sms.rules.enabled'] }).check();
    const text = birthday.getByLabel(en['sms.rules.template'], { exact: true });
    await text.fill('З днем народження, !');
    await text.evaluate((area) => (area as unknown as { setSelectionRange(start: number, end: number): void }).setSelectionRange(19, 19));
    await birthday.getByRole('button', { name: en['mailings.placeholder.name'], exact: true }).click();
    await birthday.getByRole('button', { name: en['sms.rules.save'] }).click();
    await birthday.getByRole('status').filter({ hasText: /^Saved at / }).waitFor();
    const rule = await app.database.db.selectFrom('sms_rules').selectAll().where('kind', '=', 'birthday').executeTakeFirstOrThrow();
    expect(rule).toMatchObject({ enabled: true, template: 'З днем народження, {{name}}!' });
    expect(await page.getByRole('form', { name: en['sms.rule.meeting-reminder'] }).getByLabel(en['sms.rules.leadMinutes']).inputValue()).toBe(String(rule.lead_minutes));
    await expectLabelledControls(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'mailing-rules');
  });
});
