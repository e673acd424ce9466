/**
 * Reads one recorded AMI transcript (`shared/fixtures/ami/<name>.ami` with its timing and actions
 * files) into ordered messages. Used by the template extractor and by the tests that compare the
 * scripted PBX with the recordings; the product never reads fixtures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AmiLines } from './scripted-template.ts';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../../shared/fixtures/ami');

export interface FixtureMessage {
  /** Seconds since the TCP connect. */
  readonly offsetS: number;
  readonly lines: AmiLines;
}

export interface FixtureAction {
  readonly offsetS: number;
  readonly lines: AmiLines;
}

export interface Fixture {
  readonly messages: readonly FixtureMessage[];
  readonly actions: readonly FixtureAction[];
  /** Wall-clock epoch ms of offset 0. */
  readonly originMs: number;
}

export function fixturesAvailable(): boolean {
  return existsSync(FIXTURES_DIR);
}

export function splitLines(block: string): AmiLines {
  return block.split('\r\n').filter((line) => line !== '').map((line) => {
    const colon = line.indexOf(': ');
    return colon < 0 ? [line.replace(/:$/, ''), ''] : [line.slice(0, colon), line.slice(colon + 2)];
  });
}

export function readFixture(name: string): Fixture {
  const raw = readFileSync(join(FIXTURES_DIR, `${name}.ami`));
  const timing = readFileSync(join(FIXTURES_DIR, `${name}.timing.tsv`), 'utf8').trim().split('\n').slice(1);
  const messages = timing.map((row, index) => {
    const [offset = '0', byteOffset = '0'] = row.split('\t');
    const nextRow = timing[index + 1];
    const end = nextRow ? Number(nextRow.split('\t')[1]) : raw.length;
    const block = raw.subarray(Number(byteOffset), end).toString('utf8');
    return { offsetS: Number(offset), lines: splitLines(block) };
  });
  const actions = readActions(readFileSync(join(FIXTURES_DIR, `${name}.actions.txt`), 'utf8'));
  return { messages, actions: actions.list, originMs: actions.originMs };
}

function readActions(text: string): { list: FixtureAction[]; originMs: number } {
  const list: FixtureAction[] = [];
  let originMs = 0;
  for (const block of text.split(/\n(?=\[)/)) {
    const header = /^\[(\S+) \+([\d.]+)s\]\n/.exec(block);
    if (!header) continue;
    const offsetS = Number(header[2]);
    if (list.length === 0) originMs = Date.parse(header[1] ?? '') - offsetS * 1000;
    list.push({ offsetS, lines: splitLines(block.slice(header[0].length).trim().replaceAll('\n', '\r\n')) });
  }
  return { list, originMs };
}

export function field(lines: AmiLines, key: string): string | undefined {
  return lines.find(([k]) => k === key)?.[1];
}
