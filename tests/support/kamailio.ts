/**
 * Debian's Kamailio as the SIP registrar and proxy for browser-phone tests: the config kept in
 * tests/e2e/kamailio/, a free port on 127.0.0.1, WebSocket only, everything under a temporary directory.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const configTemplate = new URL('../e2e/kamailio/kamailio.cfg', import.meta.url);
const STARTUP_TIMEOUT_MS = 10_000;

export interface RunningKamailio {
  readonly port: number;
  /** The SIP domain clients register in (the proxy itself). */
  readonly domain: string;
  readonly webSocketUrl: string;
  /** What Kamailio wrote to stderr, for a failing test's message. */
  log(): string;
  /** Stops and starts it again on the same port, as a PBX restart would. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startKamailio(): Promise<RunningKamailio> {
  const port = await freePort();
  const directory = await mkdtemp(join(tmpdir(), 'dzvinok-kamailio-'));
  const configFile = join(directory, 'kamailio.cfg');
  const pidFile = join(directory, 'kamailio.pid');
  await writeFile(configFile, (await readFile(configTemplate, 'utf8')).replaceAll('__PORT__', String(port)));
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
    await waitUntilListening(port, () => output);
    return pid;
  }

  async function stop(pid: number): Promise<void> {
    if (!isRunning(pid)) return;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 5_000;
    while (isRunning(pid) && Date.now() < deadline) await sleep(50);
    if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    while (await isListening(port)) await sleep(50);
  }

  let pid = await start();
  return {
    port,
    domain: '127.0.0.1',
    webSocketUrl: `ws://127.0.0.1:${port}/ws`,
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

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
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
