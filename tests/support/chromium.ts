/**
 * Debian's Chromium, driven by playwright-core (never a downloaded browser).
 */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A fake microphone that plays a tone, allowed without a permission prompt.
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  // Without it Chromium gathers no ICE candidates on loopback, yet SIP still reaches Established.
  '--allow-loopback-in-peer-connection',
];

export interface ChromiumOptions {
  /**
   * Self-signed certificates this browser accepts, by the base64 SHA-256 of their public key (what
   * `RunningKamailio.certificateSpki` gives); every other certificate error still fails.
   */
  readonly trustedCertificateSpkis?: readonly string[];
}

export function launchChromium(options: ChromiumOptions = {}): Promise<Browser> {
  const trusted = options.trustedCertificateSpkis ?? [];
  // Chromium honours the list only with --user-data-dir, which playwright always passes.
  const trustFlags = trusted.length > 0 ? [`--ignore-certificate-errors-spki-list=${trusted.join(',')}`] : [];
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags, ...trustFlags] });
}
