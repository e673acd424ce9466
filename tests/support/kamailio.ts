/**
 * Debian's Kamailio as the SIP registrar and proxy for browser-phone tests: the config kept in
 * tests/e2e/kamailio/, two free ports on 127.0.0.1 (ws:// and wss://), WebSocket only, everything
 * under a temporary directory, a self-signed certificate for WSS included.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const configTemplate = new URL('../e2e/kamailio/kamailio.cfg', import.meta.url);
const STARTUP_TIMEOUT_MS = 10_000;

export interface RunningKamailio {
  readonly port: number;
  readonly tlsPort: number;
  /** The SIP domain clients register in (the proxy itself). */
  readonly domain: string;
  readonly webSocketUrl: string;
  /** WSS, with the self-signed certificate below. */
  readonly secureWebSocketUrl: string;
  /**
   * Base64 SHA-256 of the certificate's public key (SubjectPublicKeyInfo), the form Chromium's
   * --ignore-certificate-errors-spki-list takes: that browser trusts this certificate and no other.
   */
  readonly certificateSpki: string;
  /** What Kamailio wrote to stderr, for a failing test's message. */
  log(): string;
  /** Stops and starts it again on the same port, as a PBX restart would. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startKamailio(): Promise<RunningKamailio> {
  const [port, tlsPort] = await twoFreePorts();
  const directory = await mkdtemp(join(tmpdir(), 'dzvinok-kamailio-'));
  const configFile = join(directory, 'kamailio.cfg');
  const pidFile = join(directory, 'kamailio.pid');
  const certificate = await selfSignedCertificate(directory);
  const config = (await readFile(configTemplate, 'utf8'))
    .replaceAll('__PORT__', String(port))
    .replaceAll('__TLS_PORT__', String(tlsPort))
    .replaceAll('__CERTIFICATE__', certificate.certificateFile)
    .replaceAll('__PRIVATE_KEY__', certificate.privateKeyFile);
  await writeFile(configFile, config);
  let output = '';

  async function start(): Promise<number> {
    // Kamailio forks its workers and the launcher exits; the workers keep our stderr pipe.
    const launcher = spawn('kamailio', ['-f', configFile, '-P', pidFile, '-Y', directory, '-E'], { stdio: ['ignore', 'pipe', 'pipe'] });
    launcher.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      launcher.once('error', reject);
      launcher.once('exit', resolve);
    });
    if (exitCode !== 0) throw new Error(`kamailio exited with ${exitCode}:\n${output}`);
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    await Promise.all([waitUntilListening(port, () => output), waitUntilListening(tlsPort, () => output)]);
    return pid;
  }

  async function stop(pid: number): Promise<void> {
    if (!isRunning(pid)) return;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 5_000;
    while (isRunning(pid) && Date.now() < deadline) await sleep(50);
    if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    while ((await isListening(port)) || (await isListening(tlsPort))) await sleep(50);
  }

  let pid = await start();
  return {
    port,
    tlsPort,
    domain: '127.0.0.1',
    webSocketUrl: `ws://127.0.0.1:${port}/ws`,
    secureWebSocketUrl: `wss://127.0.0.1:${tlsPort}/ws`,
    certificateSpki: certificate.spki,
    log: () => output,
    async restart() {
      await stop(pid);
      pid = await start();
    },
    async stop() {
      await stop(pid);
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** A certificate for 127.0.0.1 (and localhost), valid for two days, made with the openssl CLI. */
async function selfSignedCertificate(directory: string): Promise<{ certificateFile: string; privateKeyFile: string; spki: string }> {
  const certificateFile = join(directory, 'certificate.pem');
  const privateKeyFile = join(directory, 'private-key.pem');
  await promisify(execFile)('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-keyout', privateKeyFile, '-out', certificateFile,
  ]);
  const publicKey = new X509Certificate(await readFile(certificateFile)).publicKey.export({ type: 'spki', format: 'der' });
  return { certificateFile, privateKeyFile, spki: createHash('sha256').update(publicKey).digest('base64') };
}

/** Two ports at once: the second is asked for while the first is still held, so they differ. */
async function twoFreePorts(): Promise<[number, number]> {
  const servers = [createServer(), createServer()];
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
  const ports = servers.map((server) => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP port');
    return address.port;
  });
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return [ports[0]!, ports[1]!];
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitUntilListening(port: number, log: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!(await isListening(port))) {
    if (Date.now() > deadline) throw new Error(`kamailio is not listening on ${port}:\n${log()}`);
    await sleep(50);
  }
}
