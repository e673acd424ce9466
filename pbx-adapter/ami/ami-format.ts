import type { AmiMessage, AmiOutgoing } from './ami-message.ts';

const VALID_KEY = /^[\x21-\x39\x3b-\x7e]+$/;
const LINE_BREAK = /[\r\n]/;

/**
 * `Key: Value` lines with CRLF and the closing blank line. A CR or LF inside a value would let
 * text from a caller ID or a CRM form start a new AMI line (a new action), so it is refused.
 */
export function formatAmiMessage(message: AmiOutgoing): string {
  let text = '';
  for (const [key, value] of message) {
    if (!VALID_KEY.test(key)) throw new Error(`AMI key ${JSON.stringify(key)} is not printable ASCII without ':'`);
    if (LINE_BREAK.test(value)) throw new Error(`AMI value for ${key} contains a line break`);
    text += `${key}: ${value}\r\n`;
  }
  return `${text}\r\n`;
}

/** A header looked up the way Asterisk reads actions: key case ignored, leading blanks skipped. */
export function amiHeader(message: AmiMessage, name: string): string | undefined {
  const exact = message.fields[name];
  if (exact !== undefined) return exact.trimStart();
  const wanted = name.toLowerCase();
  for (const key in message.fields) {
    if (key.toLowerCase() === wanted) return message.fields[key]!.trimStart();
  }
  return undefined;
}
