import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PgliteServerReady } from './pglite-server.ts';

const serverEntry = fileURLToPath(new URL('./pglite-server.ts', import.meta.url));
const startTimeoutMs = 60_000;

export interface PgliteProcess {
  /** A `postgres://` URL that `pg` connects to. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts PGlite in a child process; `dataDir` is a directory, or `memory://` for a throwaway database. */
export async function startPgliteProcess(options: { dataDir: string; maxConnections?: number }): Promise<PgliteProcess> {
  if (!options.dataDir.includes('://')) mkdirSync(options.dataDir, { recursive: true });
  const child = fork(serverEntry, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      PGLITE_DATA_DIR: options.dataDir,
      PGLITE_MAX_CONNECTIONS: String(options.maxConnections ?? 8),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('PGlite did not start within 60 s')), startTimeoutMs);
    child.once('message', (message: PgliteServerReady) => {
      clearTimeout(timer);
      resolve(message.port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`PGlite process exited with code ${code} before it was ready (data directory ${options.dataDir})`));
    });
  });

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
