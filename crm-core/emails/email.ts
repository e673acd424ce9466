import type { EmailKind } from '../../db/schema.ts';

export type { EmailKind };
export const emailKinds: readonly EmailKind[] = ['work', 'personal'];

/** An email address of a client, or of one of its contact persons when `contactPersonId` is set. */
export interface Email {
  readonly id: number;
  readonly clientId: number;
  readonly contactPersonId: number | null;
  readonly address: string;
  readonly kind: EmailKind;
}

export interface EmailInput {
  readonly address: string;
  readonly kind?: EmailKind;
}

const maxAddressLength = 254;
// Deliberately loose: one @, no spaces, a dot in the domain. Whether a mailbox exists is for mail to find out.
const addressShape = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The address as it will be stored (trimmed), or null when it cannot be an email address. */
export function normalizeEmailAddress(raw: string): string | null {
  const address = raw.trim();
  return address.length <= maxAddressLength && addressShape.test(address) ? address : null;
}

/** The same address however it was capitalised: the form compared and searched. */
export function emailMatchKey(address: string): string {
  return address.toLowerCase();
}
