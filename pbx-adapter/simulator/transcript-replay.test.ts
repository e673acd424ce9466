import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTranscript, replayTranscript } from './transcript-replay.ts';

describe('loading a transcript', () => {
  it('cuts the recorded stream into one message per timing row', () => {
    const transcript = loadTranscript('queue_ringall');
    expect(transcript.banner.toString()).toBe('Asterisk Call Manager/11.0.0\r\n');
    for (const message of transcript.messages) {
      const text = message.bytes.toString('utf8');
      const [firstLine] = text.split('\r\n');
      expect(firstLine!.replace(': ', ':')).toBe(message.kind);
      expect(text.endsWith('\r\n\r\n')).toBe(true);
    }
  });

  it('names the file when a timing file is broken', () => {
    const directory = mkdtempSync(join(tmpdir(), 'transcript-'));
    writeFileSync(join(directory, 'broken.ami'), 'Asterisk Call Manager/11.0.0\r\n');
    writeFileSync(join(directory, 'broken.timing.tsv'), 'offset_s\tbyte_offset\tkind\nsoon\t30\tResponse:Success\n');
    expect(() => loadTranscript('broken', directory)).toThrow(/broken\.timing\.tsv: row 2/);
  });
});

describe('replaying a transcript', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const transcript = loadTranscript('inbound_answered_agent_hangup');
  const loginReply = transcript.messages[0]!;
  const afterLogin = transcript.messages.slice(1);

  it('writes each recorded read at its recorded time after the Login reply, scaled by the speed', () => {
    const writes: { at: number; bytes: Buffer }[] = [];
    const startedAt = Date.now();
    replayTranscript(transcript, { speed: 2, write: (bytes) => writes.push({ at: Date.now() - startedAt, bytes }) });
    vi.runAllTimers();

    const reads = [...new Set(afterLogin.map((message) => message.offsetSeconds))];
    expect(writes).toHaveLength(reads.length);
    writes.forEach((write, index) => {
      const offset = reads[index]!;
      expect(Math.abs(write.at - ((offset - loginReply.offsetSeconds) * 1000) / 2)).toBeLessThanOrEqual(1);
      const recorded = afterLogin.filter((message) => message.offsetSeconds === offset).map((message) => message.bytes);
      expect(write.bytes.equals(Buffer.concat(recorded))).toBe(true);
    });
  });

  it('keeps the recorded pace at speed 1: nothing of the answered call before its time', () => {
    const written: string[] = [];
    replayTranscript(transcript, { write: (bytes) => written.push(bytes.toString('utf8')) });
    const answer = afterLogin.find((message) => message.bytes.includes('DialStatus: ANSWER'))!;
    const answerAtMs = (answer.offsetSeconds - loginReply.offsetSeconds) * 1000;

    vi.advanceTimersByTime(Math.floor(answerAtMs) - 1);
    expect(written.join('')).not.toContain('DialStatus: ANSWER');
    vi.advanceTimersByTime(2);
    expect(written.join('')).toContain('DialStatus: ANSWER');
  });

  it('writes everything at once at infinite speed, and nothing after stop()', () => {
    const all: Buffer[] = [];
    replayTranscript(transcript, { speed: Infinity, write: (bytes) => all.push(bytes) });
    expect(Buffer.concat(all).equals(Buffer.concat(afterLogin.map((message) => message.bytes)))).toBe(true);

    const some: Buffer[] = [];
    const replay = replayTranscript(transcript, { speed: 1, write: (bytes) => some.push(bytes) });
    vi.advanceTimersByTime(100);
    const before = some.length;
    replay.stop();
    vi.runAllTimers();
    expect(some.length).toBe(before);
    expect(before).toBeLessThan(all.length);
  });
});
