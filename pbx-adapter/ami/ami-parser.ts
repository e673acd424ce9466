/**
 * Streaming AMI parser: bytes from the socket in, `AmiMessage`s out.
 *
 * Speed comes from decoding each socket read once, natively (a StringDecoder keeps a UTF-8
 * character cut by the read for the next one), and cutting the text with `indexOf`; only the
 * unfinished last line waits, as text, for the next read.
 * An event the consumer does not want (`wantsEvent`, asked with the name on its `Event:` line) is
 * not parsed at all: the parser jumps to its blank line, so the bulk of a busy PBX's stream
 * (VarSet, Newexten, CEL) costs one search per event. A wanted message that the read holds whole
 * is copied out of it before its values are cut: a value kept for the length of a call then holds
 * on to its message, not to the whole 64 KB read.
 * Values are taken as sent (invalid UTF-8 becomes U+FFFD); a line counts as garbage when it has
 * no `Key: ` prefix with a printable-ASCII key, which binary noise almost never forms. The lines
 * of a skipped event are not checked, so garbage inside one is not reported.
 */
import { StringDecoder } from 'node:string_decoder';
import type { AmiMalformedLine, AmiMessage } from './ami-message.ts';

/** The event matters only when its `key` has one of `values`, as a `VarSet` only for a watched `Variable`. */
export interface AmiFieldCondition {
  readonly key: string;
  readonly values: ReadonlySet<string>;
}

/**
 * Whether the consumer wants an event, asked with the event's name: `false` skips it unparsed, a
 * condition parses it only when the condition holds. Return the same condition object each time.
 */
export type AmiEventInterest = (eventName: string) => boolean | AmiFieldCondition;

export interface AmiParserHandlers {
  /** Every response and every event `wantsEvent` wants, in stream order. */
  onMessage(message: AmiMessage): void;
  onMalformed?(line: AmiMalformedLine): void;
  onBanner?(text: string): void;
  /** Without it every event is parsed. Messages without an `Event` key (action responses) always are. */
  readonly wantsEvent?: AmiEventInterest;
  /** Once per unwanted event, when its end is read. */
  onSkipped?(): void;
}

export interface AmiParser {
  /** `receivedAt` becomes the `receivedAt` of every message this chunk completes. */
  push(chunk: Buffer, receivedAt: number): void;
  /** Every complete message is counted once: delivered (`messages`) or unwanted (`skipped`). */
  readonly stats: { readonly messages: number; readonly malformed: number; readonly skipped: number };
}

/** Asterisk itself reads at most 1 KiB per line; its own lines stay well under this. */
export const AMI_MAX_LINE_LENGTH = 64 * 1024;
/** The largest message in the recorded fixtures is 2.6 KB; a stream without blank lines must not grow memory forever. */
export const AMI_MAX_MESSAGE_LENGTH = 1024 * 1024;

const BANNER_PREFIX = 'Asterisk Call Manager/';
const MESSAGE_STARTS = ['Event: ', 'Response: '];
const EXCERPT_LENGTH = 60;
const MAX_REMEMBERED_KEYS = 4096;
const MAX_REMEMBERED_KEY_LENGTH = 64;
const CR = 0x0d;
const LF = 0x0a;
const COLON = 0x3a;
const SPACE = 0x20;
const EVENT_KEY = 'Event';
const EVENT_LINE_START = 'Event: ';
const NOT_TEXT = /[\x00-\x08\x0b-\x1f\x7f\ufffd]/;
const NOT_A_KEY = -1;
const NOT_REMEMBERED = -2;

type Fields = Record<string, string>;

function emptyFields(): Fields {
  return Object.create(null) as Fields;
}

function excerptOf(text: string): string {
  return text.slice(0, EXCERPT_LENGTH).replace(/[\x00-\x1f\x7f\ufffd]/g, '?');
}

/**
 * AMI uses a few hundred distinct keys. Each gets a number and one internalized string, so that
 * storing a field is a pointer-keyed insert and "seen in this message?" an array read; known keys
 * are found by length and first character without slicing the line.
 */
function createKeyTable() {
  const names: string[] = [];
  // Slot by length and first character; longer keys than the table covers are not remembered.
  const slots: (number[] | undefined)[] = new Array<number[] | undefined>(MAX_REMEMBERED_KEY_LENGTH << 7).fill(undefined);
  return {
    names,
    /** The key's number, NOT_A_KEY for an invalid key, NOT_REMEMBERED when the table is full. */
    idAt(text: string, start: number, end: number): number {
      const length = end - start;
      const slot = length < MAX_REMEMBERED_KEY_LENGTH ? (length << 7) | (text.charCodeAt(start) & 0x7f) : -1;
      const known = slot >= 0 ? slots[slot] : undefined;
      if (known) {
        for (let i = 0; i < known.length; i++) if (text.startsWith(names[known[i]!]!, start)) return known[i]!;
      }
      if (!isValidKey(text, start, end)) return NOT_A_KEY;
      // A stream inventing keys without end must not grow the table without end.
      if (slot < 0 || names.length >= MAX_REMEMBERED_KEYS) return NOT_REMEMBERED;
      const id = names.push(Object.keys({ [text.slice(start, end)]: 0 })[0]!) - 1;
      if (known) known.push(id);
      else slots[slot] = [id];
      return id;
    },
  };
}

/**
 * The first `pattern` at or after a position of the text being read (text.length: none), remembered
 * so that a read is not searched again and again to its end. `forget` before reading a new text.
 */
function createLookahead(pattern: string) {
  let found = -1;
  return {
    forget(): void {
      found = -1;
    },
    from(text: string, start: number): number {
      if (found < start) {
        const at = text.indexOf(pattern, start);
        found = at < 0 ? text.length : at;
      }
      return found;
    },
  };
}

type Lookahead = ReturnType<typeof createLookahead>;

/** The same for the first empty line (CRLF or LF) that starts after a position: its start, -1 when none. */
function createBlankLineLookahead() {
  // An LF ending a line, then an empty line: one regex finds either line end in one pass.
  const pattern = /\n\r?\n/g;
  let found = -1;
  return {
    forget(): void {
      found = -1;
    },
    from(text: string, start: number): number {
      if (found < start) {
        pattern.lastIndex = start;
        found = pattern.test(text) ? pattern.lastIndex - (text.charCodeAt(pattern.lastIndex - 2) === CR ? 2 : 1) : text.length;
      }
      return found === text.length ? -1 : found;
    },
  };
}

/** Keys are printable ASCII without spaces (`Cause-txt`, `ChanVariable(PJSIP/7001-00000000)`). */
function isValidKey(text: string, start: number, end: number): boolean {
  if (end === start) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f) return false;
  }
  return true;
}

export function createAmiParser(handlers: AmiParserHandlers): AmiParser {
  const keys = createKeyTable();
  const eventKey = keys.idAt(EVENT_KEY, 0, EVENT_KEY.length);
  const eventNames = createKeyTable();
  const wantsEvent = handlers.wantsEvent;
  // For each key number, the message it was last stored in.
  const storedIn = new Float64Array(MAX_REMEMBERED_KEYS);
  // For each key number (+1; 0 for a message's first line), the key that came next last time.
  // The messages of one event list their keys in one order, so most lines are recognised by one
  // comparison, without a search for their ": ".
  const keyAfter = new Int32Array(MAX_REMEMBERED_KEYS + 1).fill(NOT_A_KEY);
  let previousKey = NOT_A_KEY;
  let messageNumber = 1;
  const decoder = new StringDecoder('utf8');
  let tail = '';
  let skippingLongLine = false;

  let fields = emptyFields();
  let repeated: Record<string, string[]> | undefined;
  let fieldCount = 0;
  let messageLength = 0;
  let skippingLargeMessage = false;
  /** An unwanted event whose end is still to come. */
  let skippingEvent = false;
  /** Whether the message is wanted is known only once all of it is read. */
  let decideAtEnd = false;

  let messages = 0;
  let malformed = 0;
  let skipped = 0;

  // Searches in the read being parsed, and in the one message copied out of it.
  const readSeparators = createLookahead(': ');
  const messageSeparators = createLookahead(': ');
  const blankLines = createBlankLineLookahead();
  let conditionLines: { readonly condition: AmiFieldCondition; readonly lines: Lookahead } | undefined;

  function reportMalformed(reason: AmiMalformedLine['reason'], text: string): void {
    malformed++;
    handlers.onMalformed?.({ reason, excerpt: excerptOf(text) });
  }

  function resetMessage(): void {
    messageNumber++;
    if (fieldCount > 0) {
      fields = emptyFields();
      repeated = undefined;
      fieldCount = 0;
    }
    messageLength = 0;
    previousKey = NOT_A_KEY;
    skippingLargeMessage = false;
    skippingEvent = false;
    decideAtEnd = false;
  }

  function countSkipped(): void {
    skipped++;
    handlers.onSkipped?.();
  }

  function finishMessage(receivedAt: number): void {
    if (fieldCount === 0 || skippingLargeMessage) {
      resetMessage();
    } else if (decideAtEnd && !wantsParsed(fields)) {
      resetMessage();
      countSkipped();
    } else {
      messages++;
      const message: AmiMessage = repeated ? { fields, repeated, receivedAt } : { fields, receivedAt };
      resetMessage();
      handlers.onMessage(message);
    }
  }

  function finishSkippedEvent(): void {
    resetMessage();
    countSkipped();
  }

  function addKnownField(id: number, value: string): void {
    const key = keys.names[id]!;
    if (storedIn[id] === messageNumber) {
      addRepeat(key, value);
      return;
    }
    storedIn[id] = messageNumber;
    fields[key] = value;
    fieldCount++;
  }

  function addField(key: string, value: string): void {
    if (fields[key] !== undefined) {
      addRepeat(key, value);
      return;
    }
    fields[key] = value;
    fieldCount++;
  }

  function addRepeat(key: string, value: string): void {
    const first = fields[key]!;
    repeated ??= Object.create(null) as Record<string, string[]>;
    const values = repeated[key];
    if (values) values.push(value);
    else repeated[key] = [first, value];
  }

  // ---- wanted events ---------------------------------------------------------------------

  function wantsParsed(parsed: Fields): boolean {
    const interest = wantsEvent!(parsed[EVENT_KEY]!);
    if (typeof interest === 'boolean') return interest;
    const value = parsed[interest.key];
    return value !== undefined && interest.values.has(value);
  }

  function eventNameAt(text: string, start: number, end: number): string {
    const id = eventNames.idAt(text, start, end);
    return id >= 0 ? eventNames.names[id]! : text.slice(start, end);
  }

  /** The start of the first empty line at or after the line start `start`; -1 when this text has none. */
  function blankLineFrom(text: string, start: number): number {
    const first = text.charCodeAt(start);
    if (first === LF || (first === CR && text.charCodeAt(start + 1) === LF)) return start;
    return blankLines.from(text, start);
  }

  function linesWithKey(condition: AmiFieldCondition): Lookahead {
    if (conditionLines?.condition !== condition) conditionLines = { condition, lines: createLookahead(`\n${condition.key}: `) };
    return conditionLines.lines;
  }

  /** Whether `condition` holds for the message that goes on from the LF at `lf` to the blank line at `blank`. */
  function conditionHolds(text: string, lf: number, blank: number, condition: AmiFieldCondition): boolean {
    const keyLine = linesWithKey(condition).from(text, lf);
    if (keyLine >= blank) return false;
    const valueStart = keyLine + condition.key.length + 3;
    const valueLf = text.indexOf('\n', valueStart);
    const valueEnd = valueLf > valueStart && text.charCodeAt(valueLf - 1) === CR ? valueLf - 1 : valueLf;
    return condition.values.has(text.slice(valueStart, valueEnd));
  }

  /** For a whole message of the read (`start` up to its blank line at `blank`), read as it starts. */
  function isUnwantedMessage(text: string, start: number, blank: number): boolean {
    if (wantsEvent === undefined || !text.startsWith(EVENT_LINE_START, start)) return false;
    const lf = text.indexOf('\n', start);
    const end = text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
    const interest = wantsEvent(eventNameAt(text, start + EVENT_LINE_START.length, end));
    if (typeof interest === 'boolean') return !interest;
    return !conditionHolds(text, lf, blank, interest);
  }

  /** For an `Event:` line of a message read line by line: unwanted at once, or to be decided at its end. */
  function isUnwantedEvent(name: string): boolean {
    if (storedIn[eventKey] === messageNumber) return false;
    if (fieldCount > 0) {
      decideAtEnd = true;
      return false;
    }
    const interest = wantsEvent!(name);
    if (interest === false) return true;
    if (interest !== true) decideAtEnd = true;
    return false;
  }

  // ---- lines -----------------------------------------------------------------------------

  /** Garbage glued to the front of a message's first line: keep the message, drop the garbage. */
  function messageStartInside(line: string): number {
    let found = -1;
    for (const marker of MESSAGE_STARTS) found = Math.max(found, line.lastIndexOf(marker));
    return found;
  }

  function rejectLine(text: string, start: number, end: number, separators: Lookahead): void {
    const line = text.slice(start, end);
    const rescueAt = fieldCount === 0 ? messageStartInside(line) : -1;
    const rejected = rescueAt > 0 ? line.slice(0, rescueAt) : line;
    reportMalformed(NOT_TEXT.test(rejected) ? 'binary' : 'no-separator', rejected);
    if (rescueAt > 0) acceptLine(text, start + rescueAt, end, separators);
  }

  /** The end of the key `id` if the line at `start` begins with it and ": ", else -1. */
  function keyEndAt(text: string, start: number, id: number): number {
    if (id < 0) return -1;
    const name = keys.names[id]!;
    const keyEnd = start + name.length;
    const matches = text.charCodeAt(keyEnd) === COLON && text.charCodeAt(keyEnd + 1) === SPACE && text.startsWith(name, start);
    return matches ? keyEnd : -1;
  }

  function acceptLine(text: string, start: number, end: number, separators: Lookahead): void {
    const expected = keyAfter[previousKey + 1]!;
    let separator = keyEndAt(text, start, expected);
    let id = expected;
    if (separator < 0) {
      separator = separators.from(text, start);
      id = separator < end ? keys.idAt(text, start, separator) : NOT_A_KEY;
      if (id >= 0) keyAfter[previousKey + 1] = id;
    }
    if (id >= 0) previousKey = id;
    if (id === eventKey) {
      // One string per event name: consumers look names up in maps and compare them by pointer.
      const name = eventNameAt(text, separator + 2, end);
      if (wantsEvent !== undefined && isUnwantedEvent(name)) skippingEvent = true;
      else addKnownField(id, name);
    } else if (id >= 0) {
      addKnownField(id, text.slice(separator + 2, end));
    } else if (id === NOT_REMEMBERED) {
      addField(text.slice(start, separator), text.slice(separator + 2, end));
    } else if (fieldCount === 0 && text.startsWith(BANNER_PREFIX, start)) {
      handlers.onBanner?.(text.slice(start, end));
    } else {
      rejectLine(text, start, end, separators);
    }
  }

  /** One complete line, from `start` to its LF at `lf`. */
  function readLine(text: string, start: number, lf: number, separators: Lookahead, receivedAt: number): void {
    const end = lf > start && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
    if (end === start) {
      finishMessage(receivedAt);
    } else if (end - start > AMI_MAX_LINE_LENGTH) {
      reportMalformed('line-too-long', text.slice(start, start + EXCERPT_LENGTH));
    } else if (!skippingLargeMessage) {
      messageLength += lf + 1 - start;
      if (messageLength > AMI_MAX_MESSAGE_LENGTH) {
        reportMalformed('message-too-large', text.slice(start, end));
        skippingLargeMessage = true;
        fields = emptyFields();
        repeated = undefined;
      } else {
        acceptLine(text, start, end, separators);
      }
    }
  }

  /** A whole message, copied out of the read with an LF in front and its blank line at the end. */
  function readMessage(message: string, receivedAt: number): void {
    messageSeparators.forget();
    let start = 1;
    while (start < message.length && !skippingEvent) {
      const lf = message.indexOf('\n', start);
      readLine(message, start, lf, messageSeparators, receivedAt);
      start = lf + 1;
    }
    if (skippingEvent) finishSkippedEvent();
  }

  /** Reads the text of a socket read from the line start `from` up to `upTo`, which is just after an LF. */
  function readText(text: string, from: number, upTo: number, receivedAt: number): void {
    readSeparators.forget();
    blankLines.forget();
    conditionLines?.lines.forget();
    let start = from;
    while (start < upTo) {
      const atMessageStart = fieldCount === 0 && messageLength === 0;
      const blank = skippingEvent || atMessageStart ? blankLineFrom(text, start) : -1;
      if (skippingEvent) {
        if (blank < 0) return;
        start = blank + (text.charCodeAt(blank) === CR ? 2 : 1);
        finishSkippedEvent();
      } else if (blank > start) {
        const end = blank + (text.charCodeAt(blank) === CR ? 2 : 1);
        if (isUnwantedMessage(text, start, blank)) countSkipped();
        else readMessage('\n' + text.slice(start, end), receivedAt);
        start = end;
      } else {
        const lf = text.indexOf('\n', start);
        readLine(text, start, lf, readSeparators, receivedAt);
        start = lf + 1;
      }
    }
  }

  function keepTail(text: string): void {
    tail = text;
    if (tail.length > AMI_MAX_LINE_LENGTH) {
      reportMalformed('line-too-long', tail.slice(0, EXCERPT_LENGTH));
      tail = '';
      skippingLongLine = true;
    }
  }

  function push(chunk: Buffer, receivedAt: number): void {
    let text = decoder.write(chunk);
    if (skippingLongLine) {
      const lf = text.indexOf('\n');
      if (lf < 0) return;
      skippingLongLine = false;
      text = text.slice(lf + 1);
    }
    const lastLf = text.lastIndexOf('\n');
    if (lastLf < 0) {
      keepTail(tail + text);
      return;
    }
    let start = 0;
    if (tail !== '') {
      // The line the last read cut is joined and read on its own: joining the whole read would copy it.
      const firstLf = text.indexOf('\n');
      readText(tail + text.slice(0, firstLf + 1), 0, tail.length + firstLf + 1, receivedAt);
      start = firstLf + 1;
    }
    readText(text, start, lastLf + 1, receivedAt);
    keepTail(text.slice(lastLf + 1));
  }

  return {
    push,
    get stats() {
      return { messages, malformed, skipped };
    },
  };
}
