/**
 * How many segments (billed parts) an SMS takes. GSM-7 fits 160 characters alone, 153 per part
 * when split; one character outside GSM-7 (any Cyrillic letter, an emoji, curly quotes) makes the
 * whole message UCS-2: 70 alone, 67 per part. GSM extension characters take two septets.
 */

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  readonly encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  readonly units: number;
  readonly segments: number;
  /** How many units each segment holds for this message (160/153 or 70/67). */
  readonly unitsPerSegment: number;
}

const gsmBasic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** Sent as an escape and the character: two septets each. */
const gsmExtension = new Set('\f^{}\\[~]|€');

const limits: Record<SmsEncoding, { readonly single: number; readonly multipart: number }> = {
  'GSM-7': { single: 160, multipart: 153 },
  'UCS-2': { single: 70, multipart: 67 },
};

export function countSegments(text: string): SegmentCount {
  const septets = gsmSeptets(text);
  const encoding: SmsEncoding = septets === undefined ? 'UCS-2' : 'GSM-7';
  const units = septets ?? text.length;
  const limit = limits[encoding];
  const segments = units <= limit.single ? 1 : Math.ceil(units / limit.multipart);
  return { encoding, units, segments, unitsPerSegment: segments === 1 ? limit.single : limit.multipart };
}

/** The septets the text takes in GSM-7, or undefined when it cannot be written in GSM-7. */
function gsmSeptets(text: string): number | undefined {
  let septets = 0;
  for (const character of text) {
    if (gsmBasic.has(character)) septets += 1;
    else if (gsmExtension.has(character)) septets += 2;
    else return undefined;
  }
  return septets;
}
