/**
 * The e2e phone page (tests/e2e/phone-page/): softphone-ui/sip bundled by Vite into a temporary
 * directory and served on http://localhost (a secure context, so the page may use the microphone),
 * and a driver that works one page's phone from a test. The same build gives the media probe as a
 * script of its own, for pages the test did not write (the app's).
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
// The DOM-free modules, not index.ts: this file is type-checked without the browser's types.
import type { CallState, EndedCall } from '../../softphone-ui/sip/call-state.ts';
import type { PhoneOptions, RegistrationState } from '../../softphone-ui/sip/phone-types.ts';
import type { AudioFlow, PhonePageGlobals } from '../e2e/phone-page/phone-page-api.ts';

const pageSource = fileURLToPath(new URL('../e2e/phone-page/', import.meta.url));
const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export interface PhonePageServer {
  readonly url: string;
  /** A classic script that puts `mediaProbe` on a page: `browserContext.addInitScript({ path })`. */
  readonly mediaProbeScript: string;
  close(): Promise<void>;
}

export async function servePhonePage(): Promise<PhonePageServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'dzvinok-phone-page-'));
  const probeDir = join(outDir, 'probe');
  const common = { root: pageSource, configFile: false, logLevel: 'warn' } as const;
  await build({ ...common, build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false } });
  await build({
    ...common,
    build: {
      outDir: probeDir,
      emptyOutDir: true,
      minify: false,
      reportCompressedSize: false,
      lib: { entry: join(pageSource, 'media-probe-script.ts'), formats: ['iife'], name: 'mediaProbeScript', fileName: () => 'media-probe.js' },
    },
  });
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname).replace(/^(\.\.[/\\])+/, '');
    const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
    stat(file)
      .then(() => {
        response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(response);
      })
      .catch(() => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${portOf(server)}/`,
    mediaProbeScript: join(probeDir, 'media-probe.js'),
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the phone page server has no port');
  return address.port;
}

/** One browser page with one phone on it, worked through `globalThis.phonePage`. */
export class PhonePage {
  private constructor(
    readonly page: Page,
    readonly extension: string,
  ) {}

  static async open(browser: Browser, url: string, extension: string, options: Omit<PhoneOptions, 'uri' | 'authorizationUsername'> & { domain: string }): Promise<PhonePage> {
    const page = await browser.newPage();
    await page.goto(url);
    const { domain, ...rest } = options;
    const phoneOptions: PhoneOptions = { ...rest, uri: `sip:${extension}@${domain}`, authorizationUsername: extension };
    await page.evaluate((given) => (globalThis as PhonePageGlobals).phonePage.start(given), phoneOptions);
    return new PhonePage(page, extension);
  }

  registration(): Promise<RegistrationState> {
    return this.page.evaluate(() => (globalThis as PhonePageGlobals).phonePage.registration);
  }

  callState(): Promise<CallState> {
    return this.page.evaluate(() => (globalThis as PhonePageGlobals).phonePage.call);
  }

  endedCalls(): Promise<EndedCall[]> {
    return this.page.evaluate(() => [...(globalThis as PhonePageGlobals).phonePage.endedCalls]);
  }

  audioFlows(): Promise<AudioFlow[]> {
    return this.page.evaluate(() => (globalThis as PhonePageGlobals).phonePage.audioFlows());
  }

  dtmfTonesPlayed(): Promise<string> {
    return this.page.evaluate(() => (globalThis as PhonePageGlobals).phonePage.dtmfTonesPlayed);
  }

  async waitForRegistration(kind: RegistrationState['kind'], timeout = 10_000): Promise<void> {
    await this.page.waitForFunction((wanted) => (globalThis as PhonePageGlobals).phonePage.registration.kind === wanted, kind, { timeout, polling: 50 });
  }

  async waitForCall(match: Partial<Record<string, unknown>> & { kind: CallState['kind'] }, timeout = 10_000): Promise<void> {
    await this.page.waitForFunction(
      (wanted) => {
        const call = (globalThis as PhonePageGlobals).phonePage.call as unknown as Record<string, unknown>;
        return Object.entries(wanted).every(([key, value]) => call[key] === value);
      },
      match,
      { timeout, polling: 50 },
    );
  }

  call(target: string): Promise<void> {
    return this.page.evaluate((given) => (globalThis as PhonePageGlobals).phonePage.phone.call(given), target);
  }

  answer(): Promise<void> {
    return this.page.evaluate(() => (globalThis as PhonePageGlobals).phonePage.phone.answer());
  }

  hangUp(): Promise<void> {
    return this.page.evaluate(() => (globalThis as PhonePageGlobals).phonePage.phone.hangUp());
  }

  hold(): Promise<void> {
    return this.page.evaluate(() => (globalThis as PhonePageGlobals).phonePage.phone.hold());
  }

  unhold(): Promise<void> {
    return this.page.evaluate(() => (globalThis as PhonePageGlobals).phonePage.phone.unhold());
  }

  sendDtmf(tones: string): Promise<void> {
    return this.page.evaluate((given) => (globalThis as PhonePageGlobals).phonePage.phone.sendDtmf(given), tones);
  }

  blindTransfer(target: string): Promise<void> {
    return this.page.evaluate((given) => (globalThis as PhonePageGlobals).phonePage.phone.blindTransfer(given), target);
  }

  startConsultation(target: string): Promise<void> {
    return this.page.evaluate((given) => (globalThis as PhonePageGlobals).phonePage.phone.startConsultation(given), target);
  }

  completeTransfer(): Promise<void> {
    return this.page.evaluate(() => (globalThis as PhonePageGlobals).phonePage.phone.completeTransfer());
  }

  /** Simulates the browser coming back online after a network change. */
  goOnline(): Promise<void> {
    return this.page.evaluate(() => {
      (globalThis as unknown as EventTarget).dispatchEvent(new Event('online'));
    });
  }
}
