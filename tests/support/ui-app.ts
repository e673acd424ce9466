/**
 * The softphone UI in headless Chromium against the real gateway (listening on a loopback port),
 * the AMI simulator behind a real PBX adapter, and PGlite seeded with the demo data: what every
 * browser test of the app starts from. The UI is built once per run (ui-build.global-setup.ts).
 * Elements are found only by role and label, as the people using the app find them; screenshots
 * land in tests/e2e/artifacts/.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../db/connect.ts';
import { seedDatabase } from '../../db/seed/seed.ts';
import { en, type Messages } from '../../softphone-ui/src/i18n/en.ts';
import { ru } from '../../softphone-ui/src/i18n/ru.ts';
import { uk } from '../../softphone-ui/src/i18n/uk.ts';
import type { SipServerSettings } from '../../gateway/routes/auth.routes.ts';
import type { GatewayApp } from '../../gateway/app.ts';
import { createSmsDispatcher } from '../../gateway/sms/sms-dispatcher.ts';
import type { TwilioSimulator, TwilioSimulatorOptions } from '../../gateway/sms/twilio-simulator.ts';
import { launchChromium } from './chromium.ts';
import type { TestAppOverrides } from './gateway.ts';
import { quiet, startTestSite, type TestSite } from './pbx-site.ts';
import { inboundWebhookUrl, publicUrl, startSimulatedTwilio, statusCallbackUrl } from './sms.ts';

const artifacts = new URL('../e2e/artifacts/', import.meta.url);

/** The password of every demo user the seed creates. */
export const demoPassword = 'demo-password';

export const catalogs: Record<'en' | 'uk' | 'ru', Messages> = { en, uk, ru };
export type Locale = keyof typeof catalogs;

export interface UiApp {
  readonly database: OpenDatabase;
  readonly site: TestSite;
  readonly browser: Browser;
  readonly baseUrl: string;
  /** With `sms`: the Twilio simulator the gateway sends through. */
  readonly twilio?: TwilioSimulator;
  /**
   * A fresh browser window at 1366×768, signed in as `login` (a demo user). `initScripts`: files run
   * in every page of the window before the app's own scripts.
   */
  signedIn(login: string, options?: { locale?: Locale; initScripts?: readonly string[] }): Promise<Page>;
  /** Closes the browser and the database (the site closes itself after the file's last test). */
  close(): Promise<void>;
}

export interface UiAppOptions {
  readonly clients?: number;
  /** Where browser phones register: users with a SIP account then get one. Absent: desk phones only. */
  readonly sip?: SipServerSettings;
  /** Self-signed certificates Chromium accepts (the SIP server's, for wss://), see `launchChromium`. */
  readonly trustedCertificateSpkis?: readonly string[];
  /** More parts for the site's gateway. */
  readonly site?: TestAppOverrides;
  /**
   * SMS as demo mode runs them: Twilio's simulator (its callbacks signed and posted into the
   * gateway) and the mailing dispatcher; messages to `deliveryFailures` numbers end undelivered.
   */
  readonly sms?: Pick<TwilioSimulatorOptions, 'deliveryFailures'>;
}

/** Seeds `clients` demo clients into PGlite, starts the site and opens Chromium. */
export async function startUiApp(options: UiAppOptions = {}): Promise<UiApp> {
  const chromiumOptions = options.trustedCertificateSpkis ? { trustedCertificateSpkis: options.trustedCertificateSpkis } : {};
  const [database, browser] = await Promise.all([openDatabase({ pgliteDataDir: 'memory://' }), launchChromium(chromiumOptions), mkdir(artifacts, { recursive: true })]);
  await seedDatabase(database.db, { clients: options.clients ?? 300, demoPassword });
  const sms = options.sms ? await startSms(database.db, options.sms) : undefined;
  const site = await startTestSite(database.db, Date.now(), { uiDirectory: inject('uiDirectory'), ...(options.sip && { sip: options.sip }), ...(sms && { sms: sms.setup }), ...options.site });
  sms?.deliverTo(site.app);
  const baseUrl = await site.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    database,
    site,
    browser,
    baseUrl,
    ...(sms && { twilio: sms.simulator }),
    signedIn: (login, signInOptions = {}) => signIn(browser, baseUrl, login, signInOptions),
    close: async () => {
      await sms?.stop();
      await browser.close();
      await database.close();
    },
  };
}

async function startSms(db: OpenDatabase['db'], options: NonNullable<UiAppOptions['sms']>) {
  let app: GatewayApp | undefined;
  const { simulator, transport } = await startSimulatedTwilio({
    ...options,
    inboundWebhookUrl,
    statusStepMs: 100,
    // Twilio calls the gateway at its public URL; here that is the app itself.
    postWebhook: async (url, params, signature) => {
      const { pathname, search } = new URL(url);
      const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature };
      return (await app!.inject({ method: 'POST', url: pathname + search, headers, payload: new URLSearchParams(params).toString() })).statusCode;
    },
  });
  const dispatcher = createSmsDispatcher({ db, transport, clock: { now: () => new Date() }, log: quiet, statusCallbackUrl, ratePerSecond: 20, pollIntervalMs: 250 });
  dispatcher.start();
  return {
    simulator,
    setup: { transport, authToken: simulator.authToken, publicUrl, pricePerSegment: 0.05, currency: 'USD' },
    deliverTo: (site: GatewayApp) => (app = site),
    stop: () => dispatcher.stop(),
  };
}

async function signIn(browser: Browser, baseUrl: string, login: string, { locale, initScripts = [] }: { locale?: Locale; initScripts?: readonly string[] }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  // As if this browser had picked the language before.
  if (locale) await context.addInitScript({ content: `localStorage.setItem('dzvinok.locale', ${JSON.stringify(locale)})` });
  for (const path of initScripts) await context.addInitScript({ path });
  const page = await context.newPage();
  await page.goto(baseUrl);
  const words = catalogs[locale ?? 'en'];
  await page.getByLabel(words['signIn.login']).fill(login);
  await page.getByLabel(words['signIn.password']).fill(demoPassword);
  await page.getByRole('button', { name: words['signIn.submit'] }).click();
  await page.getByRole('navigation', { name: words['nav.label'] }).waitFor();
  return page;
}

/** Saves tests/e2e/artifacts/ui-NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: new URL(`ui-${name}.png`, artifacts).pathname, animations: 'disabled' });
}

/** Nothing scrolls sideways at this size: neither the page nor any scrolling box in it. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflowing = await page.locator('html, body *').evaluateAll((elements) =>
    elements
      .filter((element) => {
        const overflowX = element.ownerDocument.defaultView.getComputedStyle(element).overflowX;
        const scrolls = element.tagName === 'HTML' || overflowX === 'auto' || overflowX === 'scroll';
        return scrolls && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
  expect(overflowing).toEqual([]);
}

/** Every control has a name a screen reader (and these tests) can find it by. */
export async function expectLabelledControls(page: Page): Promise<void> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const unnamed = snapshot.split('\n').filter((line) => /^\s*- (textbox|searchbox|combobox|listbox|button|checkbox|radio|spinbutton|slider|link|tab)\b(?!\s+")/.test(line));
  expect(unnamed).toEqual([]);
}

/** Where each element sits: nothing may move when a call's card arrives. */
export function layoutOf(locators: readonly Locator[]) {
  return Promise.all(locators.map((locator) => locator.boundingBox()));
}

/**
 * English catalog strings still on screen in another language: every visible text, label, title
 * and placeholder that reads exactly as an English message the target catalog words differently.
 */
export async function englishLeftOver(page: Page, target: Messages): Promise<string[]> {
  const patterns = (Object.keys(en) as (keyof Messages)[])
    .filter((key) => en[key] !== target[key] && !en[key].includes('plural'))
    .map((key) => ({ key, pattern: new RegExp(`^${en[key].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '.+')}$`) }));
  const lang = await page.locator('html').getAttribute('lang');
  const texts = await page.locator('body *').evaluateAll((elements, documentLang) => {
    // Names of languages are written in their own language on purpose (the language switch).
    const shown = (element: (typeof elements)[number]) => element.checkVisibility() && element.closest(`[lang]:not([lang="${documentLang}"])`) === null;
    const textNode = 3;
    return elements.filter(shown).flatMap((element) => [
      ...[...element.childNodes].filter((node) => node.nodeType === textNode).map((node) => node.textContent.trim()),
      ...['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name)?.trim() ?? ''),
    ]).filter((text) => text !== '');
  }, lang);
  return texts.flatMap((text) => patterns.filter(({ pattern }) => pattern.test(text)).map(({ key }) => `${key}: ${text}`));
}
