/**
 * What a browser's own getStats() says about its call's audio, for any page with the media probe
 * (the phone page, or the app with `PhonePageServer.mediaProbeScript` as an init script). A SIP
 * dialog can reach Established with no audio at all: "they talk" is checked here, never on call state.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AudioFlow, MediaProbeGlobals } from '../e2e/phone-page/phone-page-api.ts';

export type AudioFlowReader = () => Promise<AudioFlow[]>;

/** The audio of a page the media probe was installed in as an init script (the app's). */
export function probedAudioFlows(page: Page): Promise<AudioFlow[]> {
  return page.evaluate(() => (globalThis as MediaProbeGlobals).mediaProbe.audioFlows());
}

export function probedDtmfTones(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as MediaProbeGlobals).mediaProbe.dtmfTonesPlayed);
}

export function probedMicrophones(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as MediaProbeGlobals).mediaProbe.microphonesSending());
}

/** The one open peer connection's audio counters, once ICE connected and bytes moved both ways. */
export async function audioFlowing(audioFlows: AudioFlowReader): Promise<AudioFlow> {
  await expect
    .poll(async () => (await audioFlows()).filter((flow) => flow.bytesSent > 0 && flow.bytesReceived > 0).length, { timeout: 10_000, interval: 100 })
    .toBe(1);
  const [flow] = await audioFlows();
  if (!flow) throw new Error('the peer connection closed');
  return flow;
}

/** Audio keeps coming: both counters grow between two readings. */
export async function expectAudioBothWays(audioFlows: AudioFlowReader): Promise<void> {
  const before = await audioFlowing(audioFlows);
  await expect
    .poll(async () => {
      const [now] = await audioFlows();
      return now !== undefined && now.bytesSent > before.bytesSent && now.bytesReceived > before.bytesReceived;
    }, { timeout: 5_000, interval: 100 })
    .toBe(true);
}

/** Nothing comes in any more (the far end holds us, or answered our hold with recvonly). */
export async function expectNoAudioComingIn(audioFlows: AudioFlowReader): Promise<void> {
  await expect
    .poll(async () => {
      const first = (await audioFlows())[0]?.bytesReceived;
      await new Promise((resolve) => setTimeout(resolve, 400));
      return first === (await audioFlows())[0]?.bytesReceived;
    }, { timeout: 5_000 })
    .toBe(true);
}
