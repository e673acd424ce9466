/**
 * The app's own phone bar with a browser phone, through Debian's Kamailio over wss://: operator5 (SIP
 * account 7001, from GET /api/phone/settings) registers, takes a call from a second sip.js phone (the
 * phone page), works it from the bar and the keyboard, transfers it, dials a client from the card,
 * picks a microphone, and registers again after the proxy restarts. Audio is checked in getStats of both
 * browsers (the media probe runs in the app's page too).
 *
 * Kamailio is the PBX here, so the gateway hears nothing of these calls over AMI: the desk follows the
 * phone's ring, but no client card arrives for it (the AMI-driven pop is in ui.e2e.test.ts).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../softphone-ui/src/i18n/en.ts';
import { uk } from '../../softphone-ui/src/i18n/uk.ts';
import { formatPhone } from '../../softphone-ui/src/format-phone.ts';
import { expectAudioBothWays, expectNoAudioComingIn, probedAudioFlows, probedDtmfTones, probedMicrophones } from '../support/audio-flow.ts';
import { startKamailio, type RunningKamailio } from '../support/kamailio.ts';
import { PhonePage, servePhonePage, type PhonePageServer } from '../support/phone-page.ts';
import { englishLeftOver, expectLabelledControls, expectNoHorizontalScroll, screenshot, startUiApp, type UiApp } from '../support/ui-app.ts';

/** operator5's extension and SIP account in the demo staff. */
const operatorExtension = '7001';

let kamailio: RunningKamailio;
let pageServer: PhonePageServer;
let app: UiApp;
let page: Page;
let phoneBar: Locator;
let caller: PhonePage;

beforeAll(async () => {
  [kamailio, pageServer] = await Promise.all([startKamailio(), servePhonePage()]);
  app = await startUiApp({
    sip: { webSocketUrl: kamailio.secureWebSocketUrl, domain: kamailio.domain },
    trustedCertificateSpkis: [kamailio.certificateSpki],
  });
  caller = await openPhone('7101');
});

afterAll(async () => {
  await app?.close();
  await Promise.all([kamailio?.stop(), pageServer?.close()]);
});

async function openPhone(extension: string): Promise<PhonePage> {
  const phone = await PhonePage.open(app.browser, pageServer.url, extension, {
    server: kamailio.secureWebSocketUrl,
    domain: kamailio.domain,
    authorizationPassword: 'unused-by-the-test-registrar',
    displayName: `Caller ${extension}`,
  });
  await phone.waitForRegistration('registered');
  return phone;
}

async function phoneReady(timeout = 10_000): Promise<void> {
  await phoneBar.getByRole('status').filter({ hasText: en['phone.registration.registered'] }).waitFor({ timeout });
}

const appAudio = () => probedAudioFlows(page);

async function ringOperator(): Promise<void> {
  await caller.call(operatorExtension);
  await phoneBar.getByRole('button', { name: en['phone.answer'] }).waitFor();
}

async function expectTalking(): Promise<void> {
  await phoneBar.getByRole('timer', { name: en['phone.timer'] }).waitFor();
  await caller.waitForCall({ kind: 'talking' });
  await Promise.all([expectAudioBothWays(appAudio), expectAudioBothWays(() => caller.audioFlows())]);
}

describe('an operator with a browser phone', () => {
  it('registers over wss:// with the account the gateway gives, and the bar says so', async () => {
    page = await app.signedIn('operator5', { initScripts: [pageServer.mediaProbeScript] });
    phoneBar = page.getByRole('region', { name: en['phone.label'] });
    await phoneReady();
    for (const control of [en['phone.hangUp'], en['phone.hold'], en['phone.mute'], en['phone.keypad'], en['phone.transfer']]) {
      expect(await phoneBar.getByRole('button', { name: control }).isDisabled()).toBe(true);
    }
    await expectNoHorizontalScroll(page);
    await expectLabelledControls(page);
    await screenshot(page, 'phone-registered');
  });

  it('rings with the caller, answers on Alt+A, mutes, holds, sends DTMF and hangs up on Alt+H', async () => {
    await ringOperator();
    await expect.poll(() => phoneBar.textContent()).toContain(`Caller 7101 · ${formatPhone(caller.extension)}`);
    expect(await phoneBar.textContent()).toContain(en['callState.ringing']);
    expect(await page.getByRole('region', { name: en['pop.region'] }).textContent()).toContain(formatPhone(caller.extension));
    await expectLabelledControls(page);
    await screenshot(page, 'phone-ringing');

    await page.keyboard.press('Alt+A');
    await expectTalking();
    expect(await phoneBar.textContent()).toContain(en['callState.talking']);
    await screenshot(page, 'phone-talking');

    await phoneBar.getByRole('button', { name: en['phone.mute'] }).click();
    const unmute = phoneBar.getByRole('button', { name: en['phone.unmute'] });
    expect(await unmute.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Alt+M');
    await phoneBar.getByRole('button', { name: en['phone.mute'], pressed: false }).waitFor();

    await phoneBar.getByRole('button', { name: en['phone.hold'] }).click();
    await phoneBar.getByRole('button', { name: en['phone.resume'], pressed: true }).waitFor();
    expect(await phoneBar.textContent()).toContain(en['callState.on-hold']);
    // The caller's browser answered the hold with recvonly: nothing comes in any more.
    await expectNoAudioComingIn(appAudio);
    await screenshot(page, 'phone-on-hold');
    await page.keyboard.press('Alt+O');
    await phoneBar.getByRole('button', { name: en['phone.hold'], pressed: false }).waitFor();
    await expectAudioBothWays(appAudio);

    await phoneBar.getByRole('button', { name: en['phone.keypad'] }).click();
    const keypad = phoneBar.getByRole('group', { name: en['phone.keypad'] });
    for (const key of ['1', '2', '#']) await keypad.getByRole('button', { name: en['phone.keypadKey'].replace('{key}', key) }).click();
    expect(await keypad.getByRole('status').textContent()).toBe('12#');
    // RFC 4733 tones travel inside the audio, where the far browser shows nothing: the app's own sender played them.
    await expect.poll(() => probedDtmfTones(page), { timeout: 5_000 }).toBe('12#');
    await screenshot(page, 'phone-keypad');

    await page.keyboard.press('Alt+H');
    await caller.waitForCall({ kind: 'idle' });
    expect((await caller.endedCalls()).at(-1)).toMatchObject({ remote: { number: operatorExtension }, reason: 'remote-hung-up' });
    await phoneBar.getByRole('button', { name: en['phone.hangUp'], disabled: true }).waitFor();
    await expect.poll(appAudio).toEqual([]);
  });

  it("dials a client's number from the card with the browser phone, and talks", async () => {
    const client = await app.database.db
      .selectFrom('phones')
      .innerJoin('clients', 'clients.id', 'phones.client_id')
      .select(['clients.id', 'clients.full_name', 'phones.e164'])
      .where('phones.e164', 'is not', null)
      .where('phones.contact_person_id', 'is', null)
      .where('clients.archived_at', 'is', null)
      .orderBy('phones.id')
      .executeTakeFirstOrThrow();
    const number = client.e164!;
    // The far end answers as that number: Kamailio routes the call to whoever registered it.
    const customer = await openPhone(number);

    await page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.clients'] }).click();
    await page.getByRole('searchbox', { name: en['clients.search'] }).fill(client.full_name);
    await page.getByRole('table').getByRole('link', { name: client.full_name }).first().click();
    await page.getByRole('heading', { name: client.full_name }).waitFor();
    await page.getByRole('tab', { name: en['card.tab.contacts'] }).click();
    await page.getByRole('button', { name: en['phone.dial'].replace('{number}', formatPhone(number)) }).first().click();

    await customer.waitForCall({ kind: 'ringing-in' });
    expect(await customer.callState()).toMatchObject({ remote: { number: operatorExtension } });
    await expect.poll(() => phoneBar.textContent()).toContain(en['callState.dialing']);
    await customer.answer();
    await phoneBar.getByRole('timer', { name: en['phone.timer'] }).waitFor();
    expect(await phoneBar.textContent()).toContain(formatPhone(number));
    await Promise.all([expectAudioBothWays(appAudio), expectAudioBothWays(() => customer.audioFlows())]);
    await screenshot(page, 'phone-dialled-from-card');

    await phoneBar.getByRole('button', { name: en['phone.hangUp'] }).click();
    await customer.waitForCall({ kind: 'idle' });
    expect((await customer.endedCalls()).at(-1)).toMatchObject({ direction: 'inbound', reason: 'remote-hung-up' });
    await customer.page.close();
  });

  it('lists the browser’s microphones and speakers; the choice outlives a reload and carries the next call', async () => {
    const devices = await openAudioDevices();
    const microphone = devices.getByRole('combobox', { name: en['phone.microphone'] });
    expect(await microphone.getByRole('option').allTextContents()).toEqual(expect.arrayContaining(['Fake Audio Input 1', 'Fake Audio Input 2']));
    expect(await devices.getByRole('combobox', { name: en['phone.speaker'] }).getByRole('option').allTextContents()).toEqual(
      expect.arrayContaining(['Fake Audio Output 1']),
    );
    await microphone.selectOption({ label: 'Fake Audio Input 2' });
    await devices.getByRole('combobox', { name: en['phone.speaker'] }).selectOption({ label: 'Fake Audio Output 1' });
    await expectLabelledControls(page);
    await screenshot(page, 'phone-audio-devices');
    await page.getByRole('combobox', { name: en['language.label'] }).selectOption('uk');
    await page.getByRole('dialog', { name: uk['phone.devicesTitle'] }).getByRole('combobox', { name: uk['phone.microphone'] }).waitFor();
    expect(await englishLeftOver(page, uk)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-audio-devices-uk');
    await page.getByRole('combobox', { name: uk['language.label'] }).selectOption('en');
    await devices.waitFor();

    await page.reload();
    await phoneReady();
    const reopened = await openAudioDevices();
    expect(await selectedOption(reopened.getByRole('combobox', { name: en['phone.microphone'] }))).toBe('Fake Audio Input 2');
    expect(await selectedOption(reopened.getByRole('combobox', { name: en['phone.speaker'] }))).toBe('Fake Audio Output 1');
    await page.keyboard.press('Escape');
    await reopened.waitFor({ state: 'detached' });

    await ringOperator();
    await phoneBar.getByRole('button', { name: en['phone.answer'] }).click();
    await expectTalking();
    expect(await probedMicrophones(page)).toEqual(['Fake Audio Input 2']);

    // Switched during the call: the far end hears the other microphone at once.
    const during = await openAudioDevices();
    await during.getByRole('combobox', { name: en['phone.microphone'] }).selectOption({ label: 'Fake Audio Input 1' });
    await expect.poll(() => probedMicrophones(page)).toEqual(['Fake Audio Input 1']);
    await expectAudioBothWays(appAudio);
    await page.keyboard.press('Escape');
    await during.waitFor({ state: 'detached' });

    await phoneBar.getByRole('button', { name: en['phone.hangUp'] }).click();
    await caller.waitForCall({ kind: 'idle' });
  });

  it('transfers the caller from the bar: blind on Alt+T, then attended after talking to the colleague first', async () => {
    const colleague = await openPhone('7102');
    const transferPanel = phoneBar.getByRole('dialog', { name: en['phone.transfer'] });

    await ringOperator();
    await page.keyboard.press('Alt+A');
    await expectTalking();
    await page.keyboard.press('Alt+T');
    await transferPanel.getByLabel(en['phone.transferTo']).fill(colleague.extension);
    await transferPanel.getByRole('button', { name: en['phone.transferBlind'] }).click();
    await colleague.waitForCall({ kind: 'ringing-in' });
    expect(await colleague.callState()).toMatchObject({ remote: { number: caller.extension } });
    await colleague.answer();
    await expect.poll(() => talkingTo(caller), { timeout: 10_000 }).toBe(colleague.extension);
    await expectAudioBothWays(() => colleague.audioFlows());
    await phoneBar.getByRole('button', { name: en['phone.hangUp'], disabled: true }).waitFor();
    await colleague.hangUp();
    await caller.waitForCall({ kind: 'idle' });

    await ringOperator();
    await page.keyboard.press('Alt+A');
    await expectTalking();
    await phoneBar.getByRole('button', { name: en['phone.transfer'] }).click();
    await transferPanel.getByLabel(en['phone.transferTo']).fill(colleague.extension);
    await transferPanel.getByRole('button', { name: en['phone.transferConsult'] }).click();
    await colleague.waitForCall({ kind: 'ringing-in' });
    expect(await colleague.callState()).toMatchObject({ remote: { number: operatorExtension } });
    await phoneBar.getByRole('button', { name: en['phone.resume'], pressed: true }).waitFor();
    await colleague.answer();
    const complete = transferPanel.getByRole('button', { name: en['phone.transferComplete'] });
    await expect.poll(() => complete.isEnabled()).toBe(true);
    await screenshot(page, 'phone-consulting');
    await complete.click();
    // The caller's new call goes to the colleague's Contact (the REFER's Replaces target): asked on the colleague's side.
    await expect.poll(() => talkingTo(colleague), { timeout: 10_000 }).toBe(caller.extension);
    await caller.waitForCall({ kind: 'talking' });
    await Promise.all([expectAudioBothWays(() => caller.audioFlows()), expectAudioBothWays(() => colleague.audioFlows())]);
    await phoneBar.getByRole('button', { name: en['phone.hangUp'], disabled: true }).waitFor();
    await caller.hangUp();
    await colleague.waitForCall({ kind: 'idle' });
    await colleague.page.close();
  });

  it('says it lost the phone system while Kamailio restarts, registers again by itself and takes calls', async () => {
    await kamailio.restart();
    await phoneBar.getByRole('status').filter({ hasText: en['phone.registration.reconnecting'] }).waitFor();
    await screenshot(page, 'phone-reconnecting');
    await Promise.all([phoneReady(20_000), caller.waitForRegistration('registered', 20_000)]);

    await ringOperator();
    await page.keyboard.press('Alt+A');
    await expectTalking();
    await caller.hangUp();
    await phoneBar.getByRole('button', { name: en['phone.hangUp'], disabled: true }).waitFor();
  });
});

/** Who the phone page is talking to, or undefined when it is not talking. */
async function talkingTo(phone: PhonePage): Promise<string | undefined> {
  const call = await phone.callState();
  return call.kind === 'talking' ? call.remote.number : undefined;
}

async function openAudioDevices(): Promise<Locator> {
  await phoneBar.getByRole('button', { name: en['phone.devicesTitle'] }).click();
  const panel = phoneBar.getByRole('dialog', { name: en['phone.devicesTitle'] });
  await panel.getByRole('combobox', { name: en['phone.microphone'] }).waitFor();
  return panel;
}

function selectedOption(select: Locator): Promise<string | undefined> {
  return select.evaluate((element) => (element as { selectedOptions?: ArrayLike<{ textContent: string | null }> }).selectedOptions?.[0]?.textContent ?? undefined);
}
