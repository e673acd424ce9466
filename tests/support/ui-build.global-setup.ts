import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

/** Builds the softphone UI once per run; every browser test file serves that build. */
export default async function buildUiOnce(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await mkdtemp(join(tmpdir(), 'dzvinok-ui-'));
  await build({
    configFile: new URL('../../softphone-ui/vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  project.provide('uiDirectory', outDir);
  return () => rm(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    uiDirectory: string;
  }
}
