/**
 * The operator's desk, the client base, languages, click-to-call and the supervisor's screens in
 * headless Chromium against the real gateway, the AMI simulator and PGlite (tests/support/ui-app.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/connect.ts';
import { en, type Messages } from '../../softphone-ui/src/i18n/en.ts';
import { uk } from '../../softphone-ui/src/i18n/uk.ts';
import { formatPhone } from '../../softphone-ui/src/format-phone.ts';
import type { TestSite } from '../support/pbx-site.ts';
import { catalogs, demoPassword, englishLeftOver, expectLabelledControls, expectNoHorizontalScroll, layoutOf, screenshot, startUiApp, type UiApp } from '../support/ui-app.ts';

/** The recorded site routes this number straight to extension 101 (operator1). */
const didOfExtension101 = '+380445550100';
const unknownNumber = '+380939876543';

let app: UiApp;
let database: OpenDatabase;
let browser: Browser;
let site: TestSite;
let baseUrl: string;

beforeAll(async () => {
  app = await startUiApp();
  ({ database, browser, site, baseUrl } = app);
});

afterAll(() => app?.close());

const signedIn: UiApp['signedIn'] = (login, options) => app.signedIn(login, options);

async function knownClient(): Promise<{ id: number; fullName: string; number: string }> {
  const row = await database.db
    .selectFrom('phones')
    .innerJoin('clients', 'clients.id', 'phones.client_id')
    .select(['clients.id', 'clients.full_name', 'phones.e164'])
    .where('phones.e164', 'is not', null)
    .where('phones.contact_person_id', 'is', null)
    .where('clients.archived_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('phones as other').select('other.id').whereRef('other.e164', '=', 'phones.e164').whereRef('other.id', '<>', 'phones.id'))),
    )
    .orderBy('phones.id')
    .executeTakeFirstOrThrow();
  return { id: row.id, fullName: row.full_name, number: row.e164! };
}

describe('an operator at the desk', () => {
  let page: Page;

  beforeAll(async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    page = await context.newPage();
  });

  it('signs in and sees the desktop in the language of their profile, then picks English', async () => {
    await page.goto(baseUrl);
    await expect.poll(() => page.getByRole('heading', { name: en['signIn.title'] }).isVisible()).toBe(true);
    await screenshot(page, 'sign-in');
    await page.getByLabel(en['signIn.login']).fill('operator1');
    await page.getByLabel(en['signIn.password']).fill(demoPassword);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();

    // operator1's profile says Ukrainian.
    const ukrainianNavigation = page.getByRole('navigation', { name: uk['nav.label'] });
    await ukrainianNavigation.waitFor();
    await page.getByRole('combobox', { name: uk['language.label'] }).selectOption('en');

    const navigation = page.getByRole('navigation', { name: en['nav.label'] });
    const links = await navigation.getByRole('link').allTextContents();
    expect(links).toEqual([en['nav.calls'], en['nav.clients'], en['nav.tasks']]);
    const phoneBar = page.getByRole('region', { name: en['phone.label'] });
    await expect.poll(() => phoneBar.textContent()).toContain(en['phone.deskPhone']);
    await expect.poll(() => phoneBar.getByRole('status').filter({ hasText: en['connection.open'] }).count()).toBe(1);
    await expectNoHorizontalScroll(page);
    await expectLabelledControls(page);
  });

  it("pops a known caller's card while the phone rings, and saves the wrap-up onto the call", async () => {
    const client = await knownClient();
    const steady = () => layoutOf([page.getByRole('navigation', { name: en['nav.label'] }), page.getByRole('region', { name: en['phone.label'] }), page.getByRole('main')]);
    const before = await steady();
    const placed = site.pbx.placeInboundCall({ from: client.number, did: didOfExtension101, ringSeconds: 4, talkSeconds: 6 });
    await site.play(2_000);

    const pop = page.getByRole('region', { name: en['pop.region'] });
    await pop.getByRole('heading', { name: client.fullName }).waitFor();
    expect(await pop.textContent()).toContain(en['callState.ringing']);
    expect(await steady()).toEqual(before);
    await expectNoHorizontalScroll(page);
    await expectLabelledControls(page);
    await screenshot(page, 'desktop-pop');

    await site.play(4_000);
    await expect.poll(() => pop.textContent()).toContain(en['callState.talking']);
    await pop.getByLabel(en['wrapUp.notes']).fill('Asked about the delivery date');
    await site.play(8_000);
    await expect.poll(() => pop.textContent()).toContain(en['callState.wrap-up']);
    await pop.getByLabel(en['wrapUp.type']).selectOption({ label: en['wrapUp.type.sale'] });
    await pop.getByRole('button', { name: en['wrapUp.save'] }).click();
    await pop.waitFor({ state: 'detached' });

    const interaction = () =>
      database.db.selectFrom('interactions').select(['client_id', 'notes', 'type']).where('pbx_call_id', '=', placed.linkedid).executeTakeFirst();
    await expect.poll(interaction, { timeout: 10_000 }).toEqual({ client_id: client.id, notes: 'Asked about the delivery date', type: 'sale' });
  });

  it('offers a new-client form with the unknown number filled in, which creates the client', async () => {
    site.pbx.placeInboundCall({ from: unknownNumber, did: didOfExtension101, ringSeconds: null, patienceSeconds: 20 });
    await site.play(2_000);

    const pop = page.getByRole('region', { name: en['pop.region'] });
    const form = pop.getByRole('form', { name: en['newClient.title'] });
    await form.waitFor();
    expect(await form.getByLabel(en['newClient.phone']).inputValue()).toBe(unknownNumber);
    await screenshot(page, 'desktop-unknown-caller');
    await form.getByLabel(en['newClient.fullName']).fill('Тарас Новенький');
    await form.getByRole('button', { name: en['newClient.create'] }).click();
    await pop.getByRole('heading', { name: 'Тарас Новенький' }).waitFor();

    const created = await database.db
      .selectFrom('clients')
      .innerJoin('phones', 'phones.client_id', 'clients.id')
      .select(['clients.full_name', 'phones.e164'])
      .where('phones.e164', '=', unknownNumber)
      .execute();
    expect(created).toEqual([{ full_name: 'Тарас Новенький', e164: unknownNumber }]);

    // The caller gives up: the card stays, as a missed call to call back.
    await site.play(25_000);
    await pop.getByRole('heading', { name: en['pop.missedTitle'].replace('{number}', formatPhone(unknownNumber)) }).waitFor();
    await switchLanguage(page, 'en', 'uk');
    expect(await englishLeftOver(page, uk)).toEqual([]);
    await switchLanguage(page, 'uk', 'en');
    await pop.getByRole('button', { name: en['pop.dismiss'] }).click();
    await pop.waitFor({ state: 'detached' });
  });

  it("adds an unknown caller's number to a client found by name, and shows that client's card", async () => {
    const client = await knownClient();
    const newNumber = '+380939876545';
    site.pbx.placeInboundCall({ from: newNumber, did: didOfExtension101, ringSeconds: null, patienceSeconds: 20 });
    await site.play(2_000);

    const pop = page.getByRole('region', { name: en['pop.region'] });
    const search = pop.getByRole('searchbox', { name: en['pop.attachSearch'] });
    await search.pressSequentially(client.fullName.slice(0, 1));
    await search.fill(client.fullName);
    await pop.getByRole('button', { name: en['pop.attach'].replace('{name}', client.fullName) }).click();
    await pop.getByRole('heading', { name: client.fullName }).waitFor();
    const owners = await database.db.selectFrom('phones').select('client_id').where('e164', '=', newNumber).execute();
    expect(owners).toEqual([{ client_id: client.id }]);

    await site.play(25_000);
    await pop.getByRole('button', { name: en['pop.dismiss'] }).click();
    await pop.waitFor({ state: 'detached' });
  });

  it('shows the client list and a client card', async () => {
    await page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.clients'] }).click();
    const list = page.getByRole('table');
    await list.getByRole('row').nth(5).waitFor();
    await expectNoHorizontalScroll(page);
    await expectLabelledControls(page);
    await screenshot(page, 'client-list');

    const client = await knownClient();
    await page.getByRole('searchbox', { name: en['clients.search'] }).fill(client.fullName);
    await list.getByRole('link', { name: client.fullName }).click();
    await page.getByRole('heading', { name: client.fullName }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectLabelledControls(page);
    await screenshot(page, 'client-card');
  });

  it('finds English left on screen when it looks for it (the check below can fail)', async () => {
    expect((await englishLeftOver(page, uk)).length).toBeGreaterThan(5);
  });

  for (const locale of ['uk', 'ru'] as const) {
    it(`speaks ${locale} everywhere once the language is switched`, async () => {
      await speaksOnly(page, locale, operatorScreens);
      await screenshot(page, `tasks-${locale}`);
      await switchLanguage(page, locale, 'en');
    });
  }
});

type ScreenKeys = readonly (readonly [link: keyof Messages, title: keyof Messages])[];
const operatorScreens: ScreenKeys = [
  ['nav.calls', 'calls.title'],
  ['nav.clients', 'clients.title'],
  ['nav.tasks', 'tasks.title'],
];
const supervisorScreens: ScreenKeys = [
  ['nav.live', 'live.title'],
  ['nav.callLog', 'log.title'],
  ['nav.mailings', 'mailings.title'],
  ['nav.reports', 'reports.title'],
];

async function switchLanguage(page: Page, from: keyof typeof catalogs, to: keyof typeof catalogs): Promise<void> {
  await page.getByRole('combobox', { name: catalogs[from]['language.label'] }).selectOption(to);
  await page.getByRole('navigation', { name: catalogs[to]['nav.label'] }).waitFor();
}

/** Switches to `locale` and opens each screen: no English message may be left on any. */
async function speaksOnly(page: Page, locale: 'uk' | 'ru', screens: ScreenKeys): Promise<void> {
  await switchLanguage(page, 'en', locale);
  const words = catalogs[locale];
  for (const [link, title] of screens) {
    await page.getByRole('navigation', { name: words['nav.label'] }).getByRole('link', { name: words[link] }).click();
    await page.getByRole('heading', { level: 1, name: words[title] }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await englishLeftOver(page, words)).toEqual([]);
  }
}

describe('a manager with a desk phone', () => {
  it("dials a client's phone from the card: the gateway asks the PBX to Originate", async () => {
    // Manager2 takes extension 202 from operator4 for this test.
    await database.db.updateTable('users').set({ extension: null }).where('login', '=', 'operator4').execute();
    await database.db.updateTable('users').set({ extension: '202' }).where('login', '=', 'manager2').execute();
    const client = await knownClient();
    const page = await signedIn('manager2');
    await page.goto(`${baseUrl}/clients/${client.id}`);
    await page.getByRole('heading', { name: client.fullName }).waitFor();
    await page.getByRole('tab', { name: en['card.tab.contacts'] }).click();

    const originatesBefore = site.actions.filter((action) => action.fields['Action'] === 'Originate').length;
    await page.getByRole('button', { name: en['phone.dial'].replace('{number}', formatPhone(client.number)) }).click();
    await page.getByRole('status').filter({ hasText: en['phone.deskPhoneRinging'].replace('{number}', formatPhone(client.number)) }).waitFor();
    const originates = site.actions.filter((action) => action.fields['Action'] === 'Originate').slice(originatesBefore);
    expect(originates).toHaveLength(1);
    expect(originates[0]!.fields).toMatchObject({ Channel: expect.stringContaining('202') });
  });
});

describe('a supervisor', () => {
  it('sees the live call on the live board, and the call log', async () => {
    const page = await signedIn('supervisor1', { locale: 'en' });
    const navigation = page.getByRole('navigation', { name: en['nav.label'] });
    await navigation.getByRole('link', { name: en['nav.live'] }).click();
    await page.getByRole('heading', { name: en['live.title'] }).waitFor();

    const client = await knownClient();
    site.pbx.placeInboundCall({ from: client.number, did: didOfExtension101, ringSeconds: 1, talkSeconds: 60 });
    await site.play(3_000);
    const operatorTile = page.getByRole('listitem', { name: 'Марія Шевчук' });
    await operatorTile.getByText(en['live.caller'].replace('{caller}', formatPhone(client.number))).waitFor();
    await operatorTile.getByText(en['callState.talking']).waitFor();

    await operatorTile.getByRole('button', { name: en['live.listenTo'].replace('{name}', 'Марія Шевчук') }).click();
    await site.play(3_000);
    await operatorTile.getByText(en['live.monitoring.listen'].replace('{name}', 'Оксана Мельник')).waitFor();
    await expectNoHorizontalScroll(page);
    await expectLabelledControls(page);
    await screenshot(page, 'live-board');

    await site.play(62_000);
    await navigation.getByRole('link', { name: en['nav.callLog'] }).click();
    await page.getByRole('heading', { name: en['log.title'] }).waitFor();
    await page.getByRole('table').getByRole('row').nth(2).waitFor();
    await expectNoHorizontalScroll(page);
    await expectLabelledControls(page);
    await screenshot(page, 'call-log');

    for (const locale of ['uk', 'ru'] as const) {
      await speaksOnly(page, locale, supervisorScreens);
      await switchLanguage(page, locale, 'en');
    }
  });
});
