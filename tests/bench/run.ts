/**
 * `npm run bench` runs every tests/bench/<name>.bench.ts, `npm run bench -- NAME` just one.
 * Each benchmark runs in its own process and ends by printing `BENCH <name> key=value ...`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDirectory = dirname(fileURLToPath(import.meta.url));
const suffix = '.bench.ts';

const available = readdirSync(benchDirectory)
  .filter((file) => file.endsWith(suffix))
  .map((file) => file.slice(0, -suffix.length))
  .sort();

const [requested, ...benchArguments] = process.argv.slice(2);
const selected = requested ? available.filter((name) => name === requested) : available;

if (selected.length === 0) {
  console.error(`No benchmark named "${requested}". Available: ${available.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of selected) {
  console.log(`\n== bench ${name}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(benchDirectory, name + suffix), ...benchArguments], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
