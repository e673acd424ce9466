/**
 * Which client a number means when several share it. An operator's pick is kept per operator, so
 * two operators who serve different companies behind one switchboard each get their own; someone
 * who never picked gets the latest pick anyone made, which beats a chooser on every call.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import { type CountryCode, parsePhoneNumber } from './phone-number.ts';
import { selectCallerChoices, upsertCallerChoice } from './caller-choice.repository.ts';

export interface CallerChoice {
  readonly clientId: number;
  readonly contactPersonId: number | null;
}

export type CallerChoices = ReturnType<typeof createCallerChoices>;

export function createCallerChoices({ db, clock, defaultCountry }: { db: Kysely<Database>; clock: Clock; defaultCountry: CountryCode }) {
  const keyOf = (number: string) => {
    const parsed = parsePhoneNumber(number, defaultCountry);
    return parsed.e164 ?? parsed.trailingDigits;
  };
  return {
    async remember(number: string, userId: number, choice: CallerChoice): Promise<void> {
      await upsertCallerChoice(db, { callerNumber: keyOf(number), userId, clientId: choice.clientId, contactPersonId: choice.contactPersonId, chosenAt: clock.now() });
    },
    async find(number: string, userId: number): Promise<CallerChoice | null> {
      const rows = await selectCallerChoices(db, keyOf(number));
      const row = rows.find((each) => each.user_id === userId) ?? rows[0];
      return row ? { clientId: row.client_id, contactPersonId: row.contact_person_id } : null;
    },
  };
}
