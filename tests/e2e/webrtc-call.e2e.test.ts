/**
 * Real WebRTC calls between browser phones (softphone-ui/sip in headless Chromium) through Debian's
 * Kamailio over wss:// (its self-signed certificate trusted by this browser alone), and one phone on
 * plain ws://. Every "they talk" claim is checked in the browsers' own getStats(), since a SIP dialog
 * can reach Established with no audio at all.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAudioBothWays as expectAudioBothWaysIn, expectNoAudioComingIn } from '../support/audio-flow.ts';
import { launchChromium } from '../support/chromium.ts';
import { startKamailio, type RunningKamailio } from '../support/kamailio.ts';
import { PhonePage, servePhonePage, type PhonePageServer } from '../support/phone-page.ts';

const artifacts = new URL('./artifacts/', import.meta.url);

let kamailio: RunningKamailio;
let pageServer: PhonePageServer;
let browser: Browser;
const phones: PhonePage[] = [];

beforeAll(async () => {
  [kamailio, pageServer] = await Promise.all([startKamailio(), servePhonePage()]);
  browser = await launchChromium({ trustedCertificateSpkis: [kamailio.certificateSpki] });
  await mkdir(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([kamailio?.stop(), pageServer?.close()]);
});

async function openPhone(extension: string, server = kamailio.secureWebSocketUrl): Promise<PhonePage> {
  const phone = await PhonePage.open(browser, pageServer.url, extension, {
    server,
    domain: kamailio.domain,
    authorizationPassword: 'unused-by-the-test-registrar',
    displayName: `Agent ${extension}`,
  });
  phones.push(phone);
  await phone.waitForRegistration('registered');
  return phone;
}

async function screenshot(phone: PhonePage, name: string): Promise<void> {
  await phone.page.screenshot({ path: new URL(`webrtc-call-${name}-${phone.extension}.png`, artifacts).pathname });
}

function expectAudioBothWays(phone: PhonePage): Promise<void> {
  return expectAudioBothWaysIn(() => phone.audioFlows());
}

async function connect(caller: PhonePage, callee: PhonePage): Promise<void> {
  await caller.call(callee.extension);
  await callee.waitForCall({ kind: 'ringing-in' });
  expect((await callee.callState())).toMatchObject({ kind: 'ringing-in', remote: { number: caller.extension, displayName: `Agent ${caller.extension}` } });
  await caller.waitForCall({ kind: 'dialing', ringback: true });
  await callee.answer();
  await Promise.all([caller.waitForCall({ kind: 'talking' }), callee.waitForCall({ kind: 'talking' })]);
}

/** Who the phone is talking to, or undefined when it is not talking. */
async function talkingTo(phone: PhonePage): Promise<string | undefined> {
  const call = await phone.callState();
  return call.kind === 'talking' ? call.remote.number : undefined;
}

describe('browser phones through Kamailio', () => {
  let alice: PhonePage;
  let bob: PhonePage;
  let carol: PhonePage;

  beforeAll(async () => {
    [alice, bob, carol] = await Promise.all([openPhone('101'), openPhone('102'), openPhone('103')]);
  });

  it('call, answer, audio both ways, hold and resume, DTMF, hang up', async () => {
    await connect(alice, bob);
    await Promise.all([expectAudioBothWays(alice), expectAudioBothWays(bob)]);
    await Promise.all([screenshot(alice, 'talking'), screenshot(bob, 'talking')]);

    await alice.hold();
    expect(await alice.callState()).toMatchObject({ kind: 'talking', onHold: true });
    // Bob's browser answered the hold with recvonly: nothing comes back to Alice.
    await expectNoAudioComingIn(() => alice.audioFlows());
    await screenshot(alice, 'on-hold');

    await alice.unhold();
    expect(await alice.callState()).toMatchObject({ kind: 'talking', onHold: false });
    await expectAudioBothWays(alice);

    await alice.sendDtmf('12#');
    await expect.poll(() => alice.dtmfTonesPlayed(), { timeout: 5_000 }).toBe('12#');

    await bob.hangUp();
    await Promise.all([alice.waitForCall({ kind: 'idle' }), bob.waitForCall({ kind: 'idle' })]);
    expect((await alice.endedCalls()).at(-1)).toMatchObject({ remote: { number: '102' }, direction: 'outbound', reason: 'remote-hung-up' });
    expect((await bob.endedCalls()).at(-1)).toMatchObject({ remote: { number: '101' }, direction: 'inbound', reason: 'hung-up' });
    expect(await alice.audioFlows()).toEqual([]);
  });

  it('blind transfer: the caller ends up talking to the transfer target', async () => {
    await connect(alice, bob);
    await bob.blindTransfer(carol.extension);

    await carol.waitForCall({ kind: 'ringing-in' });
    expect(await carol.callState()).toMatchObject({ remote: { number: alice.extension } });
    await carol.answer();
    await Promise.all([alice.waitForCall({ kind: 'talking' }), carol.waitForCall({ kind: 'talking' }), bob.waitForCall({ kind: 'idle' })]);
    expect(await alice.callState()).toMatchObject({ remote: { number: carol.extension } });
    await Promise.all([expectAudioBothWays(alice), expectAudioBothWays(carol)]);
    await Promise.all([screenshot(alice, 'transferred'), screenshot(carol, 'transferred')]);

    expect((await bob.endedCalls()).at(-1)).toMatchObject({ remote: { number: alice.extension }, reason: 'transferred' });
    expect((await alice.endedCalls()).at(-1)).toMatchObject({ remote: { number: bob.extension }, reason: 'transferred' });

    await alice.hangUp();
    await Promise.all([alice.waitForCall({ kind: 'idle' }), carol.waitForCall({ kind: 'idle' })]);
  });

  it('attended transfer: consults a colleague while the caller holds, then hands the caller over', async () => {
    await connect(alice, bob);
    await bob.startConsultation(carol.extension);
    await carol.waitForCall({ kind: 'ringing-in' });
    expect(await carol.callState()).toMatchObject({ remote: { number: bob.extension } });
    expect(await bob.callState()).toMatchObject({ kind: 'talking', onHold: true, consultation: { phase: 'dialing', remote: { number: carol.extension } } });
    await carol.answer();
    await carol.waitForCall({ kind: 'talking' });
    await expectAudioBothWays(carol);
    await screenshot(bob, 'consulting');

    await bob.completeTransfer();
    await Promise.all([bob.waitForCall({ kind: 'idle' }), alice.waitForCall({ kind: 'talking' })]);
    await expect.poll(() => talkingTo(carol), { timeout: 10_000 }).toBe(alice.extension);
    await Promise.all([expectAudioBothWays(alice), expectAudioBothWays(carol)]);
    expect((await bob.endedCalls()).slice(-2).map((call) => [call.remote.number, call.reason])).toEqual(
      expect.arrayContaining([
        [alice.extension, 'transferred'],
        [carol.extension, 'transferred'],
      ]),
    );
    expect((await carol.endedCalls()).at(-1)).toMatchObject({ remote: { number: bob.extension }, reason: 'transferred' });

    await carol.hangUp();
    await Promise.all([alice.waitForCall({ kind: 'idle' }), carol.waitForCall({ kind: 'idle' })]);
  });

  it('registers again after the proxy restarts, and takes calls', async () => {
    await kamailio.restart();
    await Promise.all([alice.waitForRegistration('reconnecting'), bob.waitForRegistration('reconnecting')]);
    await Promise.all([alice.waitForRegistration('registered', 15_000), bob.waitForRegistration('registered', 15_000)]);

    await connect(bob, alice);
    await expectAudioBothWays(alice);
    await alice.hangUp();
    await bob.waitForCall({ kind: 'idle' });
  });

  it('a phone on plain ws:// reaches one on wss://, with audio both ways', async () => {
    const dave = await openPhone('104', kamailio.webSocketUrl);
    await connect(dave, alice);
    await Promise.all([expectAudioBothWays(dave), expectAudioBothWays(alice)]);
    await dave.hangUp();
    await Promise.all([alice.waitForCall({ kind: 'idle' }), dave.waitForCall({ kind: 'idle' })]);
  });

  it('reconnects at once when the browser comes back online', async () => {
    await carol.goOnline();
    await carol.waitForRegistration('registered');
    await connect(alice, carol);
    await expectAudioBothWays(carol);
    await carol.hangUp();
    await alice.waitForCall({ kind: 'idle' });
  });
});
