/**
 * Turns what a user dials into the SIP address to call: an extension or phone number becomes a user
 * at the PBX's domain (spaces, dashes, dots and brackets dropped), a SIP address is kept as it is.
 */
export function sipAddressOf(dialled: string, domain: string): string | undefined {
  const text = dialled.trim();
  if (/^sips?:/i.test(text)) return text;
  const number = text.replace(/[\s\-.()]/g, '');
  return /^\+?[0-9*#]+$/.test(number) ? `sip:${number}@${domain}` : undefined;
}
