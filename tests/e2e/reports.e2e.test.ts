/**
 * The reports section in headless Chromium against the real gateway, PGlite seeded with the demo
 * data and SMS through the Twilio simulator (tests/support/ui-app.ts). Every figure on screen is
 * checked against what the report API answered the page itself, in the page's own request.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AbcXyzReport,
  CallStatisticsReport,
  CampaignsReport,
  InquiriesReport,
  LostReasonsReport,
  ManagerEfficiencyReport,
} from '../../gateway/schemas/reports.schemas.ts';
import { en, type MessageKey, type Messages } from '../../softphone-ui/src/i18n/en.ts';
import { formatMessage, type MessageValues } from '../../softphone-ui/src/i18n/format-message.ts';
import { ru } from '../../softphone-ui/src/i18n/ru.ts';
import { uk } from '../../softphone-ui/src/i18n/uk.ts';
import { addDays, dayIn, periodQuery, presetRange, startOfDayIn } from '../../softphone-ui/src/screens/reports/period.ts';
import { publicUrl, startSimulatedTwilio } from '../support/sms.ts';
import { englishLeftOver, expectLabelledControls, expectNoHorizontalScroll, screenshot, startUiApp, type UiApp } from '../support/ui-app.ts';

const timeZone = 'Europe/Kyiv';
const mailingName = 'Листопадова пропозиція';
const reportTitles: readonly MessageKey[] = [
  'reports.abcXyz.title', 'reports.managers.title', 'reports.lost.title', 'reports.inquiries.title', 'reports.campaigns.title', 'reports.calls.title',
];

let app: UiApp;

beforeAll(async () => {
  const { simulator, transport } = await startSimulatedTwilio();
  // Enough clients that every manager wins deals in a year.
  app = await startUiApp({ clients: 1000, site: { sms: { transport, authToken: simulator.authToken, publicUrl, pricePerSegment: 0.05, currency: 'USD' } } });
  // An admin set the SMS exchange rate: mailing costs come out in hryvnias.
  await app.database.db.updateTable('crm_settings').set({ sms_exchange_rate: '41.5' }).execute();
  await mailingSentToClientsOf('manager1', mailingName);
});

afterAll(() => app?.close());

const today = dayIn(timeZone);
const lastMonth = presetRange('last-month', today);
/** The year the demo data spans, up to today. */
const pastYear = { from: addDays(today, -364), to: today };

const words = (key: MessageKey, values: MessageValues = {}) => formatMessage(en[key], values, 'en');
/** Text with every run of spaces (Intl puts no-break ones in numbers) as one plain space. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const money = (amount: string | number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'UAH' }).format(Number(amount));
/** Key figures and charts round to whole hryvnias; tables show the kopiykas. */
const roundMoney = (amount: string | number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'UAH', maximumFractionDigits: 0 }).format(Number(amount));
const number = (value: number) => new Intl.NumberFormat('en').format(value);
const percent = (share: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(share);
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The next answer of `/api/reports/<path>` to the page, with the query the page asked it. */
async function nextReport<Report>(page: Page, path: string, action: () => Promise<unknown>): Promise<{ report: Report; query: URLSearchParams }> {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => new URL(candidate.url()).pathname === `/api/reports/${path}` && candidate.request().method() === 'GET'),
    action(),
  ]);
  expect(response.status()).toBe(200);
  return { report: (await response.json()) as Report, query: new URL(response.url()).searchParams };
}

async function expectText(locator: Locator, expected: string): Promise<void> {
  await expect.poll(async () => plain(await locator.textContent())).toBe(plain(expected));
}

async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map(plain);
}

function keyFigure(page: Page, label: string): Locator {
  return page
    .getByLabel(en['reports.keyFigures'])
    .locator('div')
    .filter({ has: page.getByRole('term').filter({ hasText: exactly(label) }) })
    .getByRole('definition');
}

function reportSections(page: Page): Locator {
  return page.getByRole('navigation', { name: en['reports.sections'] });
}

async function openReport<Report>(page: Page, title: MessageKey, path: string) {
  const opened = await nextReport<Report>(page, path, () => reportSections(page).getByRole('link', { name: en[title] }).click());
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${en[title]}`) }).waitFor();
  return opened;
}

/** Types the days into the period picker; the report of `path` for them. */
async function typePeriod<Report>(page: Page, path: string, range: { from: string; to: string }) {
  const from = page.getByLabel(en['reports.from'], { exact: true });
  const to = page.getByLabel(en['reports.to'], { exact: true });
  // Each day typed must leave a range that ends after it starts, or nothing is asked: moving later, the last day goes first.
  const steps: [Locator, string][] = range.from > (await to.inputValue()) ? [[to, range.to], [from, range.from]] : [[from, range.from], [to, range.to]];
  let typed: { report: Report; query: URLSearchParams } | undefined;
  for (const [field, day] of steps) {
    if ((await field.inputValue()) !== day) typed = await nextReport<Report>(page, path, () => field.fill(day));
  }
  expect(Object.fromEntries(typed!.query)).toMatchObject(periodQuery(range, timeZone));
  await expectText(page.getByRole('heading', { level: 2 }), `${await reportTitle(page)} ${await dayRange(page, range)}`);
  return typed!;
}

/** The report's name as its heading starts. */
async function reportTitle(page: Page): Promise<string> {
  return plain(await reportSections(page).locator('[aria-current="page"]').textContent());
}

/** How the page's browser writes a span of days (Intl's spacing differs between ICU versions). */
function dayRange(page: Page, range: { from: string; to: string }): Promise<string> {
  return page.evaluate(
    ({ from, to }) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(new Date(`${from}T00:00Z`), new Date(`${to}T00:00Z`)),
    range,
  );
}

async function checkLayout(page: Page, name: string) {
  await expectNoHorizontalScroll(page);
  await expectLabelledControls(page);
  await screenshot(page, `report-${name}`);
}

/** A mailing sent on the 10th of last month to (up to 20 of) the clients `login` manages, each with a mobile number. */
async function mailingSentToClientsOf(login: string, name: string): Promise<void> {
  const db = app.database.db;
  const recipients = await db
    .selectFrom('phones')
    .innerJoin('clients', 'clients.id', 'phones.client_id')
    .innerJoin('users', 'users.id', 'clients.manager_id')
    .select(['clients.id as clientId', 'phones.e164'])
    .distinctOn('clients.id')
    .where('users.login', '=', login)
    .where('phones.kind', '=', 'mobile')
    .where('phones.e164', 'is not', null)
    .orderBy('clients.id')
    .limit(20)
    .execute();
  const sentAt = new Date(startOfDayIn(addDays(lastMonth.from, 9), timeZone).getTime() + 12 * 3_600_000);
  const mailing = await db
    .insertInto('sms_mailings')
    .values({ name, template: 'Знижка 10 % до кінця місяця', recipient_filter: JSON.stringify({}), state: 'done', send_at: sentAt, started_at: sentAt, finished_at: sentAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('sms_mailing_recipients')
    .values(recipients.map((recipient) => ({
      mailing_id: mailing.id, client_id: recipient.clientId, to_number: recipient.e164!, time_zone: timeZone, body: 'Знижка 10 % до кінця місяця',
      segments: 1, state: 'submitted' as const, twilio_status: 'delivered' as const, submitted_at: sentAt,
    })))
    .execute();
}

describe('a supervisor', () => {
  let page: Page;
  let abcXyz: { report: AbcXyzReport; query: URLSearchParams };

  beforeAll(async () => {
    page = await app.signedIn('supervisor1', { locale: 'en' });
  });

  it('opens the reports at the ABC/XYZ analysis of this month, and counts the days typed in as the API did', async () => {
    const thisMonth = await nextReport<AbcXyzReport>(page, 'abc-xyz', () =>
      page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.reports'] }).click(),
    );
    await page.waitForURL((url) => url.pathname === '/reports');
    expect(Object.fromEntries(thisMonth.query)).toMatchObject({ ...periodQuery(presetRange('this-month', today), timeZone), aPercent: '80', bPercent: '15' });
    expect(await reportSections(page).getByRole('link').allTextContents()).toEqual(reportTitles.map((title) => en[title]));
    await expect.poll(() => page.getByRole('button', { name: en['reports.preset.this-month'] }).getAttribute('aria-pressed')).toBe('true');

    abcXyz = await typePeriod(page, 'abc-xyz', pastYear);
    const { report } = abcXyz;
    expect(await page.getByRole('button', { name: en['reports.preset.this-month'] }).getAttribute('aria-pressed')).toBe('false');
    expect(report.topClients.length).toBeGreaterThan(10);
    await expectText(keyFigure(page, en['reports.abcXyz.revenue']), roundMoney(report.totalRevenue));
    for (const summary of report.classes) {
      await expectText(
        keyFigure(page, words('reports.abcXyz.classFigure', { abc: summary.abc })),
        words('reports.abcXyz.classValue', { count: summary.clients, share: percent(summary.revenueShare ?? 0) }),
      );
    }
    const matrix = page.getByRole('table', { name: new RegExp(`^${en['reports.abcXyz.matrix']}`) });
    for (const abc of ['A', 'B', 'C']) {
      const cells = report.matrix.filter((cell) => cell.abc === abc).map((cell) => plain(`${words('reports.abcXyz.clients', { count: cell.clients })} · ${money(cell.revenue)}`));
      expect(await texts(matrix.getByRole('row', { name: new RegExp(`^${abc} `) }).getByRole('cell'))).toEqual(cells);
    }
    const richest = report.topClients[0]!;
    const topClients = page.getByRole('table', { name: new RegExp(`^${words('reports.abcXyz.topClients', { count: report.topClients.length })}`) });
    expect(await texts(topClients.getByRole('row').nth(1).getByRole('cell'))).toEqual([
      '1', richest.fullName, money(richest.revenue), percent(richest.revenueShare), percent(richest.revenueShare), number(richest.monthsWithPurchases),
      number(richest.variation), `${richest.abc}${richest.xyz}`,
    ].map(plain));
    await page.getByRole('img', { name: words('reports.abcXyz.pareto', { count: report.topClients.length }) }).waitFor();
    await page.getByRole('img', { name: en['reports.abcXyz.matrix'] }).waitFor();
    await checkLayout(page, 'abc-xyz');
  });

  it('counts again for other class limits, and for a period picked from the presets', async () => {
    const before = abcXyz.report;
    await page.getByLabel(words('reports.abcXyz.shareOfRevenue', { abc: 'A' })).fill('50');
    await page.getByLabel(words('reports.abcXyz.shareOfRevenue', { abc: 'B' })).fill('30');
    abcXyz = await nextReport<AbcXyzReport>(page, 'abc-xyz', () => page.getByRole('button', { name: en['reports.apply'] }).click());
    expect(Object.fromEntries(abcXyz.query)).toMatchObject({ aPercent: '50', bPercent: '30' });
    // The same revenue, fewer clients in A once A ends at half of it.
    expect(abcXyz.report.totalRevenue).toBe(before.totalRevenue);
    expect(abcXyz.report.classes[0]!.clients).toBeLessThan(before.classes[0]!.clients);
    const classA = abcXyz.report.classes[0]!;
    await expectText(
      keyFigure(page, words('reports.abcXyz.classFigure', { abc: 'A' })),
      words('reports.abcXyz.classValue', { count: classA.clients, share: percent(classA.revenueShare ?? 0) }),
    );
    await page.getByText(words('reports.abcXyz.limit', { classes: 'A+B', share: percent(0.8) })).waitFor();

    abcXyz = await nextReport<AbcXyzReport>(page, 'abc-xyz', () => page.getByRole('button', { name: en['reports.preset.last-month'] }).click());
    expect(Object.fromEntries(abcXyz.query)).toMatchObject({ ...periodQuery(lastMonth, timeZone), aPercent: '50' });
    await expectText(page.getByRole('heading', { level: 2 }), `${en['reports.abcXyz.title']} ${await dayRange(page, lastMonth)}`);
    expect(Number(abcXyz.report.totalRevenue)).toBeLessThan(Number(before.totalRevenue));
    await expectText(keyFigure(page, en['reports.abcXyz.revenue']), roundMoney(abcXyz.report.totalRevenue));
    expect(await page.getByRole('button', { name: en['reports.preset.last-month'] }).getAttribute('aria-pressed')).toBe('true');
  });

  it('downloads the matrix it shows as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: words('reports.csvOf', { table: en['reports.abcXyz.matrix'] }) }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^abc-xyz-matrix-.*\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe('\uFEFFABC,XYZ,Clients,Revenue');
    expect(lines.slice(1, 10)).toEqual(abcXyz.report.matrix.map((cell) => `${cell.abc},${cell.xyz},${cell.clients},${cell.revenue}`));
  });

  it('shows the manager efficiency, lost deals, inquiries, campaigns and call statistics', async () => {
    const managers = await openReport<ManagerEfficiencyReport>(page, 'reports.managers.title', 'manager-efficiency');
    await page.waitForURL((url) => url.pathname === '/reports/managers');
    const bySales = [...managers.report.managers].sort((left, right) => Number(right.salesVolume) - Number(left.salesVolume));
    const salesTable = page.getByRole('table', { name: new RegExp(`^${en['reports.managers.salesTable']}`) });
    expect(await texts(salesTable.getByRole('rowheader'))).toEqual(bySales.map((manager) => plain(manager.displayName)));
    await expectText(salesTable.getByRole('row').nth(1).getByRole('cell').first(), money(bySales[0]!.salesVolume));
    await expectText(keyFigure(page, en['reports.managers.won']), number(bySales.reduce((sum, manager) => sum + manager.dealsWon, 0)));
    const topSeller = page.getByRole('figure', { name: en['reports.managers.salesChart'] }).getByRole('listitem').first();
    expect(await texts(topSeller.locator('span'))).toEqual([plain(bySales[0]!.displayName), plain(roundMoney(bySales[0]!.salesVolume))]);
    await checkLayout(page, 'managers');

    const lost = await openReport<LostReasonsReport>(page, 'reports.lost.title', 'lost-reasons');
    const topReason = lost.report.reasons[0]!;
    await expectText(keyFigure(page, en['reports.lost.deals']), number(lost.report.totalDeals));
    const firstBar = page.getByRole('figure', { name: en['reports.lost.chart'] }).getByRole('listitem').first();
    expect(await texts(firstBar.locator('span'))).toEqual([
      plain(topReason.reason),
      plain(words('reports.lost.bar', { count: topReason.deals, share: percent(topReason.share), amount: roundMoney(topReason.amount) })),
    ]);
    await checkLayout(page, 'lost-reasons');

    const inquiries = await openReport<InquiriesReport>(page, 'reports.inquiries.title', 'inquiries');
    await expectText(keyFigure(page, en['reports.inquiries.inquiries']), number(inquiries.report.total.inquiries));
    const weekly = await nextReport<InquiriesReport>(page, 'inquiries', () => page.getByLabel(en['reports.inquiries.bucket']).selectOption('week'));
    expect(weekly.query.get('bucket')).toBe('week');
    const byPeriod = page.getByRole('table', { name: new RegExp(`^${en['reports.inquiries.byPeriod']}`) });
    await expect.poll(() => byPeriod.getByRole('rowheader').count()).toBe(weekly.report.byPeriod.length);
    await page.getByRole('img', { name: en['reports.inquiries.byPeriod'] }).waitFor();
    await checkLayout(page, 'inquiries');

    const campaigns = await openReport<CampaignsReport>(page, 'reports.campaigns.title', 'campaigns');
    const mailing = campaigns.report.mailings.find((candidate) => candidate.name === mailingName)!;
    expect(mailing.sent).toBeGreaterThan(0);
    // Each message is one segment: sent × 0.05 USD × 41.5.
    expect(mailing.cost).toBe((mailing.sent * 0.05 * 41.5).toFixed(2));
    const mailings = page.getByRole('table', { name: new RegExp(`^${en['reports.campaigns.mailings']}`) });
    expect(await texts(mailings.getByRole('row', { name: new RegExp(`^${mailingName}`) }).getByRole('cell'))).toEqual([
      number(mailing.sent), number(mailing.responses), number(mailing.conversions), percent(mailing.conversion ?? 0), number(mailing.dealsWon),
      money(mailing.revenue), money(mailing.cost!), new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(mailing.returnOnCost!),
    ].map(plain));
    await page.getByText(words('reports.campaigns.costBasis', { price: '0.05', priceCurrency: 'USD', rate: '41.5', currency: 'UAH' })).waitFor();

    const source = campaigns.report.campaigns.find((row) => row.adSource !== null && row.cost === null)!.adSource!;
    await page.getByLabel(en['reports.source'], { exact: true }).fill(source);
    await page.getByLabel(words('reports.campaigns.amount', { currency: 'UAH' })).fill('12000,50');
    const withCost = await nextReport<CampaignsReport>(page, 'campaigns', () => page.getByRole('button', { name: en['reports.campaigns.saveCost'] }).click());
    expect(withCost.report.campaigns.find((row) => row.adSource === source)!.cost).toBe('12000.50');
    const month = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${lastMonth.from}T00:00Z`));
    await expectText(page.getByRole('status').filter({ hasText: /^Saved: / }), words('reports.campaigns.costSaved', { source, month, amount: money('12000.50') }));
    const sourceRow = page
      .getByRole('table', { name: new RegExp(`^${en['reports.campaigns.sources']}`) })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: source, exact: true }) });
    await expectText(sourceRow.getByRole('cell').nth(5), money('12000.50'));
    await checkLayout(page, 'campaigns');

    const calls = await openReport<CallStatisticsReport>(page, 'reports.calls.title', 'calls');
    expect(calls.report.total.calls).toBeGreaterThan(0);
    await expectText(keyFigure(page, en['reports.calls.calls']), number(calls.report.total.calls));
    await expectText(keyFigure(page, en['reports.calls.answerRate']), percent(calls.report.total.answerRate!));
    await page.getByRole('img', { name: en['reports.calls.week'] }).waitFor();
    await page.getByRole('img', { name: en['reports.calls.byWeekday'] }).waitFor();
    const byWeekday = page.getByRole('table', { name: new RegExp(`^${en['reports.calls.byWeekday']}`) });
    await expectText(byWeekday.getByRole('row', { name: /^Monday / }).getByRole('cell').first(), number(calls.report.byWeekday[0]!.calls));
    await checkLayout(page, 'calls');
  });

  it('prints the open report without the navigation, the phone or the controls', async () => {
    const screenSize = page.viewportSize()!;
    // An A4 page's width at 96 dots per inch.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('navigation', { name: en['nav.label'] }).isVisible()).toBe(false);
      expect(await page.getByRole('region', { name: en['phone.label'] }).isVisible()).toBe(false);
      expect(await reportSections(page).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: en['reports.print'] }).isVisible()).toBe(false);
      expect(await page.getByRole('group', { name: en['reports.period'] }).isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: words('reports.csvOf', { table: en['reports.calls.byHour'] }) }).isVisible()).toBe(false);
      expect(await page.getByRole('heading', { level: 2, name: new RegExp(`^${en['reports.calls.title']}`) }).isVisible()).toBe(true);
      expect(await page.getByRole('img', { name: en['reports.calls.week'] }).isVisible()).toBe(true);
      expect(await page.getByRole('table', { name: new RegExp(`^${en['reports.calls.byHour']}`) }).isVisible()).toBe(true);
      await screenshot(page, 'report-print');
      await page.pdf({ path: new URL('./artifacts/ui-report-print.pdf', import.meta.url).pathname, format: 'A4', printBackground: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize(screenSize);
    }
  });

  it('reads every report in Ukrainian and in Russian', async () => {
    let language: Messages = en;
    for (const [locale, words] of [['uk', uk], ['ru', ru]] as const) {
      await page.getByRole('combobox', { name: language['language.label'] }).selectOption(locale);
      language = words;
      const sections = page.getByRole('navigation', { name: words['reports.sections'] });
      for (const title of reportTitles) {
        await sections.getByRole('link', { name: words[title] }).click();
        await page.getByRole('heading', { level: 2, name: new RegExp(`^${words[title]}`) }).waitFor();
        await expect.poll(() => page.getByRole('status').filter({ hasText: words['app.loading'] }).count()).toBe(0);
        await page.getByLabel(words['reports.keyFigures']).or(page.getByRole('table').first()).first().waitFor();
        expect(await englishLeftOver(page, words)).toEqual([]);
      }
      await screenshot(page, `report-calls-${locale}`);
    }
    await page.getByRole('combobox', { name: language['language.label'] }).selectOption('en');
  });
});

describe('a manager', () => {
  it("sees only their own clients' figures, and no call statistics", async () => {
    const manager = await app.database.db.selectFrom('users').select(['id', 'display_name']).where('login', '=', 'manager1').executeTakeFirstOrThrow();
    const supervisor = await app.signedIn('supervisor2', { locale: 'en' });
    const page = await app.signedIn('manager1', { locale: 'en' });
    await nextReport(page, 'abc-xyz', () => page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.reports'] }).click());
    const mine = await typePeriod<AbcXyzReport>(page, 'abc-xyz', pastYear);
    expect(await reportSections(page).getByRole('link').allTextContents()).toEqual(reportTitles.slice(0, -1).map((title) => en[title]));

    const everyone = (await (await supervisor.request.get(`${app.baseUrl}/api/reports/abc-xyz?${mine.query}`)).json()) as AbcXyzReport;
    expect(Number(mine.report.totalRevenue)).toBeGreaterThan(0);
    expect(Number(mine.report.totalRevenue)).toBeLessThan(Number(everyone.totalRevenue));
    expect(new Set(mine.report.topClients.map((client) => client.managerId))).toEqual(new Set([manager.id]));
    await expectText(keyFigure(page, en['reports.abcXyz.revenue']), roundMoney(mine.report.totalRevenue));

    await openReport<ManagerEfficiencyReport>(page, 'reports.managers.title', 'manager-efficiency');
    const salesTable = page.getByRole('table', { name: new RegExp(`^${en['reports.managers.salesTable']}`) });
    expect(await texts(salesTable.getByRole('rowheader'))).toEqual([manager.display_name]);
    // The period went along to the other report and is in its address: a reload shows the same figures.
    await page.waitForURL((url) => url.pathname === '/reports/managers' && url.searchParams.get('from') === pastYear.from && url.searchParams.get('to') === pastYear.to);
    const reloaded = await nextReport<ManagerEfficiencyReport>(page, 'manager-efficiency', () => page.reload());
    expect(Object.fromEntries(reloaded.query)).toMatchObject(periodQuery(pastYear, timeZone));
    await expectText(page.getByRole('heading', { level: 2 }), `${en['reports.managers.title']} ${await dayRange(page, pastYear)}`);

    const campaigns = await openReport<CampaignsReport>(page, 'reports.campaigns.title', 'campaigns');
    expect(campaigns.report.costsShown).toBe(false);
    const mailings = page.getByRole('table', { name: new RegExp(`^${en['reports.campaigns.mailings']}`) });
    expect(await mailings.getByRole('columnheader').allTextContents()).not.toContain(en['reports.campaigns.cost']);
    expect(await page.getByRole('button', { name: en['reports.campaigns.saveCost'] }).count()).toBe(0);
    await checkLayout(page, 'manager-campaigns');
  });
});

describe('an operator', () => {
  it('has no reports in the navigation, and their address opens the calls instead', async () => {
    const page = await app.signedIn('operator1', { locale: 'en' });
    const navigation = page.getByRole('navigation', { name: en['nav.label'] });
    expect(await navigation.getByRole('link').allTextContents()).toEqual([en['nav.calls'], en['nav.clients'], en['nav.tasks']]);
    await page.goto(`${app.baseUrl}/reports/abc-xyz`);
    await page.getByRole('heading', { level: 1, name: en['calls.title'] }).waitFor();
    expect(await reportSections(page).count()).toBe(0);
  });
});
