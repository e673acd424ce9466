/**
 * Replays the recorded Asterisk transcripts in `../shared/fixtures/ami` (see its README) as
 * `AmiMessage`s, each with the `receivedAt` its `.timing.tsv` gives, so durations come out as they
 * were recorded without waiting. For tests and benchmarks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AmiMessage } from '../ami/ami-message.ts';
import { createAmiParser } from '../ami/ami-parser.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURE_DIRECTORY = resolve(REPO_ROOT, '../shared/fixtures/ami');

/** Every recorded scenario, e.g. `queue_ringall` and `queue_ringall.timestamped`. */
export function recordedScenarios(): string[] {
  return readdirSync(FIXTURE_DIRECTORY)
    .filter((file) => file.endsWith('.ami'))
    .map((file) => file.slice(0, -'.ami'.length))
    .sort();
}

interface TimingRow {
  readonly offsetSeconds: number;
  readonly byteOffset: number;
}

function readTiming(scenario: string): TimingRow[] {
  const lines = readFileSync(join(FIXTURE_DIRECTORY, `${scenario}.timing.tsv`), 'utf8').trim().split('\n');
  return lines.slice(1).map((line) => {
    const [offset, byteOffset] = line.split('\t');
    return { offsetSeconds: Number(offset), byteOffset: Number(byteOffset) };
  });
}

/**
 * @param epochMs the wall-clock time of the TCP connect; message n arrives at `epochMs + offset_s(n)`.
 */
export function loadRecordedMessages(scenario: string, epochMs: number): AmiMessage[] {
  const bytes = readFileSync(join(FIXTURE_DIRECTORY, `${scenario}.ami`));
  const timing = readTiming(scenario);
  const messages: AmiMessage[] = [];
  const parser = createAmiParser({ onMessage: (message) => messages.push(message) });
  parser.push(bytes.subarray(0, timing[0]?.byteOffset ?? bytes.length), epochMs);
  timing.forEach((row, index) => {
    const end = timing[index + 1]?.byteOffset ?? bytes.length;
    parser.push(bytes.subarray(row.byteOffset, end), epochMs + row.offsetSeconds * 1000);
  });
  if (messages.length !== timing.length) {
    throw new Error(`${scenario}: parsed ${messages.length} messages, timing lists ${timing.length}`);
  }
  return messages;
}

/** The `+N.NNNs` offsets at which `.actions.txt` says each action was sent, keyed by ActionID. */
export function recordedActionOffsets(scenario: string): Map<string, number> {
  const text = readFileSync(join(FIXTURE_DIRECTORY, `${scenario}.actions.txt`), 'utf8');
  const offsets = new Map<string, number>();
  for (const block of text.split(/\n(?=\[)/)) {
    const offset = /^\[[^\]]* \+([\d.]+)s\]/.exec(block);
    const actionId = /^ActionID: (.+)$/m.exec(block);
    if (offset?.[1] && actionId?.[1]) offsets.set(actionId[1].trim(), Number(offset[1]));
  }
  return offsets;
}
