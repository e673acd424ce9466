import { type Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { insertAuditEntry } from '../audit/audit.repository.ts';
import { type Actor, systemActor } from '../shared/actor.ts';
import { linkInteractionsFromNumbers, linkUnlinkedCall } from './interaction.repository.ts';

/**
 * Gives a client the earlier interactions with numbers that matched no client at the time, once
 * those numbers are added to the client: calls and messages from the number, and calls dialled to
 * it. Adding a phone calls this in the same transaction (pass `trx`), so the new phone and the
 * linked calls land together; given `db`, it opens one. Returns how many interactions were linked.
 */
export async function linkUnlinkedCallsToClient(
  executor: Kysely<Database>,
  clientId: number,
  e164Numbers: readonly string[],
  actor: Actor = systemActor,
): Promise<number> {
  const numbers = [...new Set(e164Numbers.filter((number) => number.length > 0))];
  if (numbers.length === 0) return 0;
  const link = async (trx: Transaction<Database>) => {
    const linked = await linkInteractionsFromNumbers(trx, clientId, numbers);
    for (const interaction of linked) {
      await insertAuditEntry(trx, {
        userId: actor.userId,
        entity: 'interaction',
        entityId: interaction.id,
        action: 'update',
        changes: { clientId: { from: null, to: clientId } },
      });
    }
    return linked.length;
  };
  return executor instanceof Transaction ? link(executor) : executor.transaction().execute(link);
}

/**
 * Links a logged call that no client claimed to the client an operator picked for it (its number
 * is shared by several clients). A call already linked keeps its client. Returns whether it linked.
 */
export async function linkCallToChosenClient(
  db: Kysely<Database>,
  pbxCallId: string,
  choice: { readonly clientId: number; readonly contactPersonId: number | null },
  actor: Actor,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const linked = await linkUnlinkedCall(trx, pbxCallId, choice);
    if (linked === undefined) return false;
    await insertAuditEntry(trx, {
      userId: actor.userId,
      entity: 'interaction',
      entityId: linked.id,
      action: 'update',
      changes: { clientId: { from: null, to: choice.clientId }, contactPersonId: { from: null, to: choice.contactPersonId } },
    });
    return true;
  });
}
