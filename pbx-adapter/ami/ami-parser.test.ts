import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIXTURE_DIRECTORY, loadTranscript, type Transcript } from '../simulator/transcript-replay.ts';
import { decodedEventInterest } from './ami-events.ts';
import type { AmiMalformedLine, AmiMessage } from './ami-message.ts';
import { AMI_MAX_LINE_LENGTH, AMI_MAX_MESSAGE_LENGTH, createAmiParser, type AmiEventInterest } from './ami-parser.ts';

const fixtureNames = readdirSync(DEFAULT_FIXTURE_DIRECTORY)
  .filter((file) => file.endsWith('.ami'))
  .map((file) => file.slice(0, -'.ami'.length))
  .sort();

function streamOf(transcript: Transcript): Buffer {
  return Buffer.concat([transcript.banner, ...transcript.messages.map((message) => message.bytes)]);
}

interface Parsed {
  messages: AmiMessage[];
  malformed: AmiMalformedLine[];
  banners: string[];
  skipped: number;
  stats: { messages: number; malformed: number; skipped: number };
}

function parseChunks(chunks: Iterable<Buffer>, wantsEvent?: AmiEventInterest): Parsed {
  const parsed: Parsed = { messages: [], malformed: [], banners: [], skipped: 0, stats: { messages: 0, malformed: 0, skipped: 0 } };
  const parser = createAmiParser({
    onMessage: (message) => parsed.messages.push(message),
    onMalformed: (line) => parsed.malformed.push(line),
    onBanner: (text) => parsed.banners.push(text),
    onSkipped: () => parsed.skipped++,
    ...(wantsEvent && { wantsEvent }),
  });
  let read = 0;
  for (const chunk of chunks) parser.push(chunk, ++read);
  parsed.stats = { ...parser.stats };
  return parsed;
}

/** Field lists without receivedAt, so differently chunked parses can be compared. */
function contentOf(messages: readonly AmiMessage[]) {
  return messages.map((message) => ({ fields: { ...message.fields }, repeated: message.repeated && { ...message.repeated } }));
}

/** Independent reading of one recorded message: CRLF lines, split on the first ": ". */
function expectedFields(bytes: Buffer): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of bytes.toString('utf8').split('\r\n').filter((text) => text.length > 0)) {
    const separator = line.indexOf(': ');
    fields[line.slice(0, separator)] = line.slice(separator + 2);
  }
  return fields;
}

function* cutEvery(data: Buffer, size: number): Generator<Buffer> {
  for (let start = 0; start < data.length; start += size) yield data.subarray(start, start + size);
}

function* cutAt(data: Buffer, ...positions: number[]): Generator<Buffer> {
  let start = 0;
  for (const position of positions) {
    yield data.subarray(start, position);
    start = position;
  }
  yield data.subarray(start);
}

function* cutRandomly(data: Buffer, seed: number, maxSize: number): Generator<Buffer> {
  let state = seed;
  let start = 0;
  while (start < data.length) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const size = 1 + (state % maxSize);
    yield data.subarray(start, start + size);
    start += size;
  }
}

const crlf = (...lines: string[]) => Buffer.from(lines.map((line) => `${line}\r\n`).join(''));

describe('parsing the recorded Asterisk transcripts', () => {
  it.each(fixtureNames)('%s: one message per timing row, with the recorded kind and fields', (name) => {
    const transcript = loadTranscript(name);
    const parsed = parseChunks([streamOf(transcript)]);

    expect(parsed.malformed).toEqual([]);
    expect(parsed.banners).toEqual(['Asterisk Call Manager/11.0.0']);
    expect(parsed.messages).toHaveLength(transcript.messages.length);
    parsed.messages.forEach((message, index) => {
      const recorded = transcript.messages[index]!;
      const kind = message.fields.Event !== undefined ? `Event:${message.fields.Event}` : `Response:${message.fields.Response}`;
      expect(kind).toBe(recorded.kind);
      expect({ ...message.fields }).toEqual(expectedFields(recorded.bytes));
    });
  });

  it('gives the same messages whichever byte a small transcript is cut at', () => {
    for (const name of ['originate_failure_unregistered', 'webrtc_register']) {
      const data = streamOf(loadTranscript(name));
      const whole = contentOf(parseChunks([data]).messages);
      for (let cut = 1; cut < data.length; cut++) {
        expect(contentOf(parseChunks(cutAt(data, cut)).messages)).toEqual(whole);
      }
      expect(contentOf(parseChunks(cutEvery(data, 1)).messages)).toEqual(whole);
    }
  });

  it('gives the same messages for the 12.8 MB load transcript cut into random chunks of 1 to 4,096 bytes', () => {
    const data = streamOf(loadTranscript('load_busy_center'));
    const whole = parseChunks([data]);
    const chunked = parseChunks(cutRandomly(data, 7, 4096));
    expect(chunked.messages).toHaveLength(31_198);
    expect(contentOf(chunked.messages)).toEqual(contentOf(whole.messages));
    expect(chunked.malformed).toEqual([]);
  });

  it('keeps a value that starts with a space (RTCP "MES:  0.0")', () => {
    const parsed = parseChunks([streamOf(loadTranscript('dtmf_from_softphone'))]);
    const rtcp = parsed.messages.filter((message) => message.fields.Event?.startsWith('RTCP') && message.fields.MES !== undefined);
    expect(rtcp.map((message) => message.fields.MES)).toContain(' 0.0');
  });
});

describe('framing', () => {
  it('stamps each message with the receivedAt of the read that completed it', () => {
    const data = crlf('Event: A', 'Uniqueid: 1', '', 'Event: B', 'Uniqueid: 2', '');
    const cut = data.indexOf('Event: B') + 3;
    const parsed = parseChunks(cutAt(data, 4, cut));
    expect(parsed.messages.map((message) => [message.fields.Event, message.receivedAt])).toEqual([
      ['A', 2],
      ['B', 3],
    ]);
  });

  it('accepts bare LF line ends like CRLF ones', () => {
    const parsed = parseChunks([Buffer.from('Event: Hangup\nCause: 16\n\nEvent: Newstate\r\nChannelState: 6\r\n\r\n')]);
    expect(contentOf(parsed.messages)).toEqual([
      { fields: { Event: 'Hangup', Cause: '16' }, repeated: undefined },
      { fields: { Event: 'Newstate', ChannelState: '6' }, repeated: undefined },
    ]);
  });

  it('splits on the first ": " only', () => {
    const parsed = parseChunks([crlf('Event: VarSet', 'Value: a: b', 'Data: ', 'AppData:  x', '')]);
    expect({ ...parsed.messages[0]!.fields }).toEqual({ Event: 'VarSet', Value: 'a: b', Data: '', AppData: ' x' });
  });

  it('keeps every value of a repeated key, the first one in fields', () => {
    const parsed = parseChunks([crlf('Response: Success', 'Variable: A=1', 'Variable: B=2', 'Variable: C=3', '')]);
    const message = parsed.messages[0]!;
    expect(message.fields.Variable).toBe('A=1');
    expect(message.repeated?.Variable).toEqual(['A=1', 'B=2', 'C=3']);
  });

  it('reassembles a UTF-8 caller name cut inside a character', () => {
    const data = crlf('Event: NewCallerid', 'CallerIDName: Петренко Олена', '');
    for (let cut = 1; cut < data.length; cut++) {
      const parsed = parseChunks(cutAt(data, cut));
      expect(parsed.messages[0]?.fields.CallerIDName).toBe('Петренко Олена');
    }
  });

  it('stores keys named like Object.prototype members as plain fields', () => {
    const parsed = parseChunks([crlf('Event: UserEvent', '__proto__: x', 'constructor: y', 'toString: z', '')]);
    const fields = parsed.messages[0]!.fields;
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect([fields['__proto__'], fields['constructor'], fields['toString']]).toEqual(['x', 'y', 'z']);
  });

  it('reads a message with thousands of distinct keys in full', () => {
    const lines = Array.from({ length: 6000 }, (_, index) => `Key${index}: value ${index}`);
    const fields = parseChunks([crlf('Event: Many', ...lines, '')]).messages[0]!.fields;
    expect(Object.keys(fields)).toHaveLength(6001);
    expect([fields.Key0, fields.Key5999]).toEqual(['value 0', 'value 5999']);
  });

  it('ignores extra blank lines and counts messages', () => {
    const parser = createAmiParser({ onMessage: () => {} });
    parser.push(crlf('', '', 'Event: A', '', '', 'Event: B', ''), 0);
    expect(parser.stats).toEqual({ messages: 2, malformed: 0, skipped: 0 });
  });
});

describe('garbage in the stream', () => {
  const next = crlf('Event: Hangup', 'Uniqueid: 1795337424.4', 'Cause: 16', '');

  it('skips a text line without a separator and keeps the message it sits in', () => {
    const parsed = parseChunks([crlf('Event: Newstate', 'this is not a header', 'ChannelState: 6', ''), next]);
    expect(parsed.malformed).toEqual([{ reason: 'no-separator', excerpt: 'this is not a header' }]);
    expect(contentOf(parsed.messages).map((message) => message.fields)).toEqual([
      { Event: 'Newstate', ChannelState: '6' },
      { Event: 'Hangup', Uniqueid: '1795337424.4', Cause: '16' },
    ]);
  });

  it('reports binary lines between messages and keeps the next message', () => {
    const garbage = Buffer.from([0x00, 0xff, 0x13, 0x3a, 0x20, 0x80, 0x0d, 0x0a, 0x01, 0x02, 0x0a]);
    const parsed = parseChunks([crlf('Event: A', ''), garbage, next]);
    expect(parsed.malformed.map((line) => line.reason)).toEqual(['binary', 'binary']);
    expect(parsed.malformed.every((line) => /^[\x20-\x7e]*$/.test(line.excerpt))).toBe(true);
    expect(contentOf(parsed.messages).map((message) => message.fields.Event)).toEqual(['A', 'Hangup']);
    expect(parsed.messages[1]!.fields.Cause).toBe('16');
  });

  it('keeps a message whose first line has binary garbage glued in front of it', () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0xc0, 0x80]);
    const parsed = parseChunks([crlf('Event: A', ''), garbage, next]);
    expect(parsed.malformed).toEqual([{ reason: 'binary', excerpt: '?????' }]);
    expect({ ...parsed.messages[1]!.fields }).toEqual({ Event: 'Hangup', Uniqueid: '1795337424.4', Cause: '16' });
  });

  it('survives random bytes injected between every message of a transcript', () => {
    const transcript = loadTranscript('inbound_answered_agent_hangup');
    let state = 42;
    const noise = () => {
      const bytes = Buffer.alloc(1 + (state % 40));
      for (let i = 0; i < bytes.length; i++) {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        bytes[i] = state % 256 === 0x0a ? 0x00 : state % 256;
      }
      return Buffer.concat([bytes, Buffer.from('\r\n')]);
    };
    const stream = Buffer.concat(transcript.messages.flatMap((message) => [noise(), message.bytes]));
    const clean = parseChunks([Buffer.concat(transcript.messages.map((message) => message.bytes))]);
    const noisy = parseChunks(cutRandomly(stream, 3, 300));
    expect(noisy.malformed.length).toBeGreaterThanOrEqual(transcript.messages.length);
    expect(contentOf(noisy.messages)).toEqual(contentOf(clean.messages));
  });

  it('drops an over-long line, whether it arrives at once or in pieces, and keeps its message', () => {
    const longLine = `Data: ${'x'.repeat(AMI_MAX_LINE_LENGTH + 10)}`;
    const data = crlf('Event: A', longLine, 'Uniqueid: 7', '');
    for (const chunks of [[data], [...cutEvery(data, 1000)]]) {
      const parsed = parseChunks(chunks);
      expect(parsed.malformed.map((line) => line.reason)).toEqual(['line-too-long']);
      expect({ ...parsed.messages[0]!.fields }).toEqual({ Event: 'A', Uniqueid: '7' });
    }
  });

  it('drops a message larger than the cap and parses the next one', () => {
    const lines = Array.from({ length: AMI_MAX_MESSAGE_LENGTH / 1000 + 10 }, (_, index) => `Line${index}: ${'y'.repeat(990)}`);
    const parsed = parseChunks([crlf('Event: Huge', ...lines, ''), next]);
    expect(parsed.malformed.map((line) => line.reason)).toEqual(['message-too-large']);
    expect(contentOf(parsed.messages).map((message) => message.fields.Event)).toEqual(['Hangup']);
  });
});

/** The tracker's interest: the decoded events, and VarSet only of CRM_REQUEST_ID. */
const trackerInterest = decodedEventInterest();
/** Wants VarSet only of a few variables the recordings set often, and Newexten, Hangup and DialEnd. */
const dialInterest: AmiEventInterest = (() => {
  const varSet = { key: 'Variable', values: new Set(['DIALSTATUS', 'BRIDGEPEER', 'TALK']) };
  const wanted = new Set(['Newexten', 'Hangup', 'DialEnd']);
  return (name: string) => (name === 'VarSet' ? varSet : wanted.has(name));
})();
const noEvents: AmiEventInterest = () => false;

function expectSameAs(whole: Parsed, parsed: Parsed): void {
  expect(contentOf(parsed.messages)).toEqual(contentOf(whole.messages));
  expect(parsed.skipped).toBe(whole.skipped);
}

/** Independent reading of what an interest wants of a fully parsed message. */
function isWanted(message: AmiMessage, interest: AmiEventInterest): boolean {
  const name = message.fields.Event;
  if (name === undefined) return true;
  const wants = interest(name);
  if (typeof wants === 'boolean') return wants;
  const value = message.fields[wants.key];
  return value !== undefined && wants.values.has(value);
}

describe('skipping the events the consumer does not want', () => {
  const interests = [trackerInterest, dialInterest, noEvents];

  it.each(fixtureNames)('%s: the wanted messages, field for field, and every other one counted as skipped', (name) => {
    const data = streamOf(loadTranscript(name));
    const everything = parseChunks([data]);
    for (const interest of interests) {
      const wanted = everything.messages.filter((message) => isWanted(message, interest));
      const parsed = parseChunks([data], interest);
      expect(contentOf(parsed.messages)).toEqual(contentOf(wanted));
      expect(parsed.skipped).toBe(everything.messages.length - wanted.length);
      expect(parsed.stats).toEqual({ messages: wanted.length, malformed: 0, skipped: parsed.skipped });
    }
  });

  it("lets the hold of the agent's phone through to the tracker, and skips the music the caller hears", () => {
    const parsed = parseChunks([streamOf(loadTranscript('hold_unhold'))], trackerInterest);
    const names = parsed.messages.map((message) => message.fields.Event);
    expect(names.filter((name) => /hold/i.test(name ?? ''))).toEqual(['Hold', 'Unhold']);
  });

  it('gives the same wanted messages whichever byte a small transcript is cut at', () => {
    const data = streamOf(loadTranscript('originate_failure_unregistered'));
    expect(parseChunks([data], trackerInterest).messages.some((message) => message.fields.Event !== undefined)).toBe(true);
    for (const interest of [trackerInterest, dialInterest]) {
      const whole = parseChunks([data], interest);
      expect(whole.skipped).toBeGreaterThan(0);
      for (let cut = 1; cut < data.length; cut++) expectSameAs(whole, parseChunks(cutAt(data, cut), interest));
      expectSameAs(whole, parseChunks(cutEvery(data, 1), interest));
    }
  });

  it('gives the same wanted messages whatever size of chunk a longer transcript comes in', () => {
    const data = streamOf(loadTranscript('click_to_call_agent_noanswer'));
    for (const interest of [trackerInterest, dialInterest]) {
      const whole = parseChunks([data], interest);
      expect(whole.skipped).toBeGreaterThan(0);
      for (let size = 1; size <= 128; size++) expectSameAs(whole, parseChunks(cutEvery(data, size), interest));
    }
  });

  it('gives the same wanted messages for the load transcript in random chunks of 1 to 4,096 bytes', () => {
    const data = streamOf(loadTranscript('load_busy_center'));
    const everything = contentOf(parseChunks([data]).messages);
    for (const [seed, interest] of [[11, trackerInterest], [12, dialInterest], [13, noEvents]] as const) {
      const whole = parseChunks([data], interest);
      const chunked = parseChunks(cutRandomly(data, seed, 4096), interest);
      expect(contentOf(chunked.messages)).toEqual(contentOf(whole.messages));
      expect(chunked.messages.length + chunked.skipped).toBe(31_198);
      expect(chunked.malformed).toEqual([]);
    }
    const withTracker = parseChunks(cutRandomly(data, 14, 4096), trackerInterest);
    const kept = parseChunks([data]).messages.filter((message) => isWanted(message, trackerInterest));
    expect(everything.length).toBe(31_198);
    expect(contentOf(withTracker.messages)).toEqual(contentOf(kept));
  });

  it('always passes messages without an Event key, and decides on one whose Event line is not its first once all of it is read', () => {
    const data = crlf(
      ...['Response: Success', 'ActionID: 1', 'Ping: Pong', ''],
      ...['ActionID: 2', 'Event: Newexten', ''],
      ...['ActionID: 3', 'Event: Hangup', ''],
      ...['Event: Newexten', 'ActionID: 4', ''],
    );
    for (const chunks of [[data], [...cutEvery(data, 1)]]) {
      const parsed = parseChunks(chunks, (name) => name === 'Hangup');
      expect(parsed.messages.map((message) => message.fields.ActionID)).toEqual(['1', '3']);
      expect(parsed.skipped).toBe(2);
    }
  });

  it('reads the condition of an event cut anywhere, and of one with bare LF line ends', () => {
    const varSet = (variable: string) => ['Event: VarSet', 'Channel: PJSIP/7001-00000001', `Variable: ${variable}`, 'Value: ANSWER', ''];
    const data = Buffer.concat([
      crlf(...varSet('DIALSTATUS'), ...varSet('RINGTIME'), 'Event: VarSet', 'Value: no variable line', ''),
      Buffer.from(`${varSet('BRIDGEPEER').join('\n')}\n${varSet('OTHER').join('\n')}\n`),
    ]);
    for (let cut = 1; cut < data.length; cut++) {
      const parsed = parseChunks(cutAt(data, cut), dialInterest);
      expect(parsed.messages.map((message) => message.fields.Variable)).toEqual(['DIALSTATUS', 'BRIDGEPEER']);
      expect(parsed.skipped).toBe(3);
    }
  });

  it('skips an unwanted event whose blank line is the first thing of the next read', () => {
    const skippedPart = crlf('Event: Newexten', 'Application: Dial');
    const rest = Buffer.concat([Buffer.from('\r\n'), crlf('Event: Hangup', 'Uniqueid: 1', '')]);
    const parsed = parseChunks([skippedPart, rest], trackerInterest);
    expect(contentOf(parsed.messages).map((message) => message.fields)).toEqual([{ Event: 'Hangup', Uniqueid: '1' }]);
    expect(parsed.skipped).toBe(1);
  });

  it('does not check the lines of a skipped event, and still reports garbage in the wanted ones', () => {
    const data = crlf('Event: Newexten', 'garbage without separator', '', 'Event: Hangup', 'more garbage', 'Uniqueid: 1', '');
    const parsed = parseChunks([data], trackerInterest);
    expect(parsed.malformed).toEqual([{ reason: 'no-separator', excerpt: 'more garbage' }]);
    expect(contentOf(parsed.messages).map((message) => message.fields)).toEqual([{ Event: 'Hangup', Uniqueid: '1' }]);
  });
});
