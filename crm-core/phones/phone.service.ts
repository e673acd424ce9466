import type { Kysely } from 'kysely';
import type { ClientKind, Database, PhoneKind, Relationship } from '../../db/schema.ts';
import { type CountryCode, parsePhoneNumber } from './phone-number.ts';
import { type PhoneMatchedBy, type PhoneMatchQuery, type PhoneMatchRow, selectPhoneMatches } from './phone.repository.ts';

export interface PhoneMatch {
  readonly matchedBy: PhoneMatchedBy;
  readonly client: {
    readonly id: number;
    readonly kind: ClientKind;
    readonly fullName: string;
    readonly shortName: string | null;
    readonly relationship: Relationship;
    readonly managerId: number | null;
  };
  /** Present when the number belongs to a contact person; `client` is then their organization. */
  readonly contactPerson?: { readonly id: number; readonly fullName: string; readonly position: string | null };
  readonly phone: { readonly id: number; readonly raw: string; readonly e164: string | null; readonly kind: PhoneKind };
}

export interface PhoneLookup {
  /**
   * Everyone the number belongs to: exact E.164 matches first, then matches on the trailing
   * digits; each client or contact person once. One indexed query: this is the screen-pop path.
   */
  findClientsByPhone(raw: string): Promise<PhoneMatch[]>;
}

/**
 * Fewer digits than this are an internal extension or a service code: matching them by their
 * trailing digits alone would pop whoever has such a fragment on file.
 */
const minimumDigitsToMatchByTrailingDigits = 7;

/** More matches than this is a shared or placeholder number; the operator searches by name instead. */
const maximumMatches = 50;

export function createPhoneLookup({ db, defaultCountry }: { db: Kysely<Database>; defaultCountry: CountryCode }): PhoneLookup {
  return {
    async findClientsByPhone(raw) {
      const query = phoneMatchQueryFor(raw, defaultCountry);
      return query === null ? [] : phoneMatchesFrom(await selectPhoneMatches(db, query));
    },
  };
}

/** What to look a caller's number up by; null when there is nothing to match (withheld, too short). */
export function phoneMatchQueryFor(raw: string, defaultCountry: CountryCode): PhoneMatchQuery | null {
  const { e164, trailingDigits } = parsePhoneNumber(raw, defaultCountry);
  const digitsToMatch = trailingDigits.length >= minimumDigitsToMatchByTrailingDigits ? trailingDigits : null;
  if (e164 === null && digitsToMatch === null) return null;
  return { e164, trailingDigits: digitsToMatch, limit: maximumMatches };
}

export function phoneMatchesFrom(rows: readonly PhoneMatchRow[]): PhoneMatch[] {
  return onePerClientOrContact(rows).map(phoneMatchFromRow);
}

/** Rows arrive best first, so the first row of each client or contact person is the one to keep. */
function onePerClientOrContact(rows: readonly PhoneMatchRow[]): PhoneMatchRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.client_id}:${row.contact_person_id ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function phoneMatchFromRow(row: PhoneMatchRow): PhoneMatch {
  return {
    matchedBy: row.matched_by,
    client: {
      id: row.client_id,
      kind: row.client_kind,
      fullName: row.client_full_name,
      shortName: row.client_short_name,
      relationship: row.client_relationship,
      managerId: row.client_manager_id,
    },
    ...(row.contact_person_id !== null && row.contact_person_full_name !== null
      ? { contactPerson: { id: row.contact_person_id, fullName: row.contact_person_full_name, position: row.contact_person_position } }
      : {}),
    phone: { id: row.phone_id, raw: row.phone_raw, e164: row.phone_e164, kind: row.phone_kind },
  };
}
