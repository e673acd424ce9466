/**
 * Recorded AMI transcripts (shared/fixtures/ami) loaded and played back byte for byte,
 * at the recorded pace or faster.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_FIXTURE_DIRECTORY = fileURLToPath(new URL('../../../shared/fixtures/ami/', import.meta.url));

export interface RecordedMessage {
  /** Seconds from the recorder's TCP connect to the socket read that completed this message. */
  readonly offsetSeconds: number;
  /** `Event:<name>` or `Response:<value>`, as in the timing file. */
  readonly kind: string;
  /** The message exactly as Asterisk sent it, blank line included. */
  readonly bytes: Buffer;
}

export interface Transcript {
  readonly name: string;
  /** The banner line with its CRLF. */
  readonly banner: Buffer;
  readonly messages: readonly RecordedMessage[];
}

interface TimingRow {
  readonly offsetSeconds: number;
  readonly byteOffset: number;
  readonly kind: string;
}

function parseTimingFile(text: string, path: string): TimingRow[] {
  const [header, ...lines] = text.split('\n').filter((line) => line.length > 0);
  if (header !== 'offset_s\tbyte_offset\tkind') throw new Error(`${path}: unexpected header ${JSON.stringify(header)}`);
  return lines.map((line, index) => {
    const [offset, byteOffset, kind] = line.split('\t');
    const row = { offsetSeconds: Number(offset), byteOffset: Number(byteOffset), kind: kind ?? '' };
    if (!Number.isFinite(row.offsetSeconds) || !Number.isInteger(row.byteOffset) || row.kind === '') {
      throw new Error(`${path}: row ${index + 2} is not "offset_s<TAB>byte_offset<TAB>kind": ${JSON.stringify(line)}`);
    }
    return row;
  });
}

/** Reads `<name>.ami` and `<name>.timing.tsv` and cuts the stream into its recorded messages. */
export function loadTranscript(name: string, directory: string = DEFAULT_FIXTURE_DIRECTORY): Transcript {
  const streamPath = join(directory, `${name}.ami`);
  const timingPath = join(directory, `${name}.timing.tsv`);
  const stream = readFileSync(streamPath);
  const rows = parseTimingFile(readFileSync(timingPath, 'utf8'), timingPath);
  const first = rows[0];
  if (!first) throw new Error(`${timingPath}: no messages`);
  const messages = rows.map((row, index) => {
    const end = rows[index + 1]?.byteOffset ?? stream.length;
    if (end <= row.byteOffset || end > stream.length) throw new Error(`${timingPath}: byte offsets out of order at row ${index + 2}`);
    return { offsetSeconds: row.offsetSeconds, kind: row.kind, bytes: stream.subarray(row.byteOffset, end) };
  });
  return { name, banner: stream.subarray(0, first.byteOffset), messages };
}

export interface ReplayTimers {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface TranscriptReplayOptions {
  /** Where the recorded bytes go; one call per recorded socket read. */
  write(bytes: Buffer): void;
  /** 1 replays at the recorded pace, 10 ten times faster, Infinity without waiting. */
  speed?: number;
  clock?: { now(): number };
  timers?: ReplayTimers;
  onFinished?(): void;
}

export interface TranscriptReplay {
  stop(): void;
}

/** Messages that arrived in one socket read are written together, as Asterisk's bytes did. */
function groupByRead(messages: readonly RecordedMessage[]): { offsetSeconds: number; bytes: Buffer }[] {
  const groups: { offsetSeconds: number; parts: Buffer[] }[] = [];
  for (const message of messages) {
    const last = groups.at(-1);
    if (last && last.offsetSeconds === message.offsetSeconds) last.parts.push(message.bytes);
    else groups.push({ offsetSeconds: message.offsetSeconds, parts: [message.bytes] });
  }
  return groups.map((group) => ({ offsetSeconds: group.offsetSeconds, bytes: Buffer.concat(group.parts) }));
}

/**
 * Plays back everything the PBX sent after its reply to the recorder's Login (FullyBooted,
 * SuccessfulAuth, events, responses), timed from that reply; call it right after answering
 * the client's own Login.
 */
export function replayTranscript(transcript: Transcript, options: TranscriptReplayOptions): TranscriptReplay {
  const speed = options.speed ?? 1;
  if (!(speed > 0)) throw new Error(`replay speed must be positive, got ${speed}`);
  const clock = options.clock ?? Date;
  const timers: ReplayTimers = options.timers ?? { setTimeout, clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) };

  const loginIndex = transcript.messages.findIndex((message) => message.kind.startsWith('Response:'));
  const loginReply = transcript.messages[loginIndex];
  if (!loginReply) throw new Error(`transcript ${transcript.name} has no Login response`);
  const groups = groupByRead(transcript.messages.slice(loginIndex + 1));

  const startedAt = clock.now();
  let next = 0;
  let pending: unknown;
  let stopped = false;

  function dueAt(offsetSeconds: number): number {
    return startedAt + ((offsetSeconds - loginReply!.offsetSeconds) * 1000) / speed;
  }

  function writeDue(): void {
    pending = undefined;
    const now = clock.now();
    while (!stopped && next < groups.length && dueAt(groups[next]!.offsetSeconds) <= now) {
      options.write(groups[next]!.bytes);
      next++;
    }
    if (stopped) return;
    const upcoming = groups[next];
    if (!upcoming) {
      options.onFinished?.();
      return;
    }
    pending = timers.setTimeout(writeDue, Math.max(0, dueAt(upcoming.offsetSeconds) - now));
  }

  writeDue();
  return {
    stop() {
      stopped = true;
      if (pending !== undefined) timers.clearTimeout(pending);
    },
  };
}
