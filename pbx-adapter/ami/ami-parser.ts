/**
 * Streaming AMI parser: bytes from the socket in, `AmiMessage`s out.
 *
 * Speed comes from decoding each socket read once, natively (a StringDecoder keeps a UTF-8
 * character cut by the read for the next one), and cutting the text with `indexOf`; only the
 * unfinished last line waits, as text, for the next read.
 * Values are taken as sent (invalid UTF-8 becomes U+FFFD); a line counts as garbage when it has
 * no `Key: ` prefix with a printable-ASCII key, which binary noise almost never forms.
 */
import { StringDecoder } from 'node:string_decoder';
import type { AmiMalformedLine, AmiMessage } from './ami-message.ts';

export interface AmiParserHandlers {
  onMessage(message: AmiMessage): void;
  onMalformed?(line: AmiMalformedLine): void;
  onBanner?(text: string): void;
}

export interface AmiParser {
  /** `receivedAt` becomes the `receivedAt` of every message this chunk completes. */
  push(chunk: Buffer, receivedAt: number): void;
  readonly stats: { readonly messages: number; readonly malformed: number };
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
  // For each key number, the message it was last stored in.
  const storedIn = new Float64Array(MAX_REMEMBERED_KEYS);
  let messageNumber = 1;
  const decoder = new StringDecoder('utf8');
  let tail = '';
  let skippingLongLine = false;

  let fields = emptyFields();
  let repeated: Record<string, string[]> | undefined;
  let fieldCount = 0;
  let messageLength = 0;
  let skippingLargeMessage = false;

  let messages = 0;
  let malformed = 0;

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
    skippingLargeMessage = false;
  }

  function finishMessage(receivedAt: number): void {
    if (fieldCount > 0 && !skippingLargeMessage) {
      messages++;
      const message: AmiMessage = repeated ? { fields, repeated, receivedAt } : { fields, receivedAt };
      resetMessage();
      handlers.onMessage(message);
      return;
    }
    resetMessage();
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

  /** Garbage glued to the front of a message's first line: keep the message, drop the garbage. */
  function messageStartInside(line: string): number {
    let found = -1;
    for (const marker of MESSAGE_STARTS) found = Math.max(found, line.lastIndexOf(marker));
    return found;
  }

  function rejectLine(text: string, start: number, end: number): void {
    const line = text.slice(start, end);
    const rescueAt = fieldCount === 0 ? messageStartInside(line) : -1;
    const rejected = rescueAt > 0 ? line.slice(0, rescueAt) : line;
    reportMalformed(NOT_TEXT.test(rejected) ? 'binary' : 'no-separator', rejected);
    if (rescueAt > 0) acceptLine(text, start + rescueAt, end);
  }

  // The first ": " at or after the line being read (text.length: none), remembered so that
  // a run of lines without one is not searched again and again to the end of the read.
  let separatorAhead = -1;

  function separatorFrom(text: string, start: number): number {
    if (separatorAhead < start) {
      const at = text.indexOf(': ', start);
      separatorAhead = at < 0 ? text.length : at;
    }
    return separatorAhead;
  }

  function acceptLine(text: string, start: number, end: number): void {
    const separator = separatorFrom(text, start);
    const id = separator < end ? keys.idAt(text, start, separator) : NOT_A_KEY;
    if (id >= 0) {
      addKnownField(id, text.slice(separator + 2, end));
    } else if (id === NOT_REMEMBERED) {
      addField(text.slice(start, separator), text.slice(separator + 2, end));
    } else if (fieldCount === 0 && text.startsWith(BANNER_PREFIX, start)) {
      handlers.onBanner?.(text.slice(start, end));
    } else {
      rejectLine(text, start, end);
    }
  }

  /** Reads the lines of `text` up to `upTo`, which is just after an LF. */
  function parseLines(text: string, upTo: number, receivedAt: number): void {
    separatorAhead = -1;
    let start = 0;
    while (start < upTo) {
      const lf = text.indexOf('\n', start);
      const next = lf + 1;
      const end = lf > start && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
      if (end === start) {
        finishMessage(receivedAt);
      } else if (end - start > AMI_MAX_LINE_LENGTH) {
        reportMalformed('line-too-long', text.slice(start, start + EXCERPT_LENGTH));
      } else if (!skippingLargeMessage) {
        messageLength += next - start;
        if (messageLength > AMI_MAX_MESSAGE_LENGTH) {
          reportMalformed('message-too-large', text.slice(start, end));
          skippingLargeMessage = true;
          fields = emptyFields();
          repeated = undefined;
        } else {
          acceptLine(text, start, end);
        }
      }
      start = next;
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
    const lines = tail === '' ? text : tail + text;
    parseLines(lines, tail.length + lastLf + 1, receivedAt);
    keepTail(text.slice(lastLf + 1));
  }

  return {
    push,
    get stats() {
      return { messages, malformed };
    },
  };
}
