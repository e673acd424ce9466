/**
 * The CRM request id a click-to-call carries through the PBX (the `CRM_REQUEST_ID` channel
 * variable). It names the client and contact person the user dialled, so the logged call and the
 * screen-pop show that client even when several clients share the number, on whichever gateway
 * logs the call and after a restart: the id itself is the record, nothing is kept in memory.
 *
 * `c2c-<nonce>` for a typed number, `c2c-<nonce>-client-<id>[-person-<id>]` for a client's phone.
 */
import { randomBytes } from 'node:crypto';

export interface ClickToCallTarget {
  readonly clientId: number;
  readonly contactPersonId: number | null;
}

const requestIdPattern = /^c2c-[0-9a-f]{12}(?:-client-(\d{1,12})(?:-person-(\d{1,12}))?)?$/;

export function clickToCallRequestId(target: ClickToCallTarget | null): string {
  const nonce = randomBytes(6).toString('hex');
  if (target === null) return `c2c-${nonce}`;
  const person = target.contactPersonId === null ? '' : `-person-${target.contactPersonId}`;
  return `c2c-${nonce}-client-${target.clientId}${person}`;
}

/** The client a click-to-call was placed for; undefined for other calls and typed numbers. */
export function clickToCallTargetOf(crmRequestId: string | undefined): ClickToCallTarget | undefined {
  const match = crmRequestId === undefined ? null : requestIdPattern.exec(crmRequestId);
  if (!match?.[1]) return undefined;
  return { clientId: Number(match[1]), contactPersonId: match[2] ? Number(match[2]) : null };
}
