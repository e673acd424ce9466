import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export async function upsertCallerChoice(
  db: Kysely<Database>,
  choice: { callerNumber: string; userId: number; clientId: number; contactPersonId: number | null; chosenAt: Date },
): Promise<void> {
  const values = { caller_number: choice.callerNumber, user_id: choice.userId, client_id: choice.clientId, contact_person_id: choice.contactPersonId, chosen_at: choice.chosenAt };
  await db
    .insertInto('caller_choices')
    .values(values)
    .onConflict((conflict) => conflict.columns(['caller_number', 'user_id']).doUpdateSet({ client_id: values.client_id, contact_person_id: values.contact_person_id, chosen_at: values.chosen_at }))
    .execute();
}

/** The choices made for the number, latest first: one per operator who picked. */
export async function selectCallerChoices(db: Kysely<Database>, callerNumber: string) {
  return db
    .selectFrom('caller_choices')
    .select(['user_id', 'client_id', 'contact_person_id'])
    .where('caller_number', '=', callerNumber)
    .orderBy('chosen_at', 'desc')
    .limit(50)
    .execute();
}
