/**
 * The operator's wrap-up of a call (type, state, notes, a follow-up task) lands on the call's
 * interaction. It may be saved before the call is logged: it then waits in `pending_wrap_ups`
 * and is applied by whichever comes second, the save or `applyReady` after logging. Taking the
 * waiting row is a DELETE … RETURNING, so it is applied once, never lost, on every gateway.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditedValues, describeChanges, insertAuditEntry } from '../audit/audit.repository.ts';
import type { Actor } from '../shared/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { checkOptionalDateTime, checkRequiredText, checkText } from '../shared/field-checks.ts';
import { createIssueCollector, ValidationError } from '../shared/validation-error.ts';
import { insertTask } from '../tasks/task.repository.ts';
import { interactionTypeExists } from './interaction.repository.ts';
import { validateWrapUp, type WrapUp } from './interaction.ts';
import { selectCallForUpdate, selectReadyWrapUpCallIds, takePendingWrapUp, upsertPendingWrapUp } from './call-wrap-up.repository.ts';

export interface FollowUpTask {
  readonly title: string;
  readonly dueAt?: Date | string | null;
  readonly description?: string;
}

export interface CallWrapUp extends WrapUp {
  readonly followUp?: FollowUpTask;
}

export interface AppliedWrapUp {
  /** Null while the call is not logged yet: the wrap-up waits for it. */
  readonly interactionId: number | null;
  readonly followUpTaskId: number | null;
}

export type CallWrapUpService = ReturnType<typeof createCallWrapUpService>;

export function createCallWrapUpService({ db, clock }: { db: Kysely<Database>; clock: Clock }) {
  async function apply(pbxCallId: string): Promise<AppliedWrapUp> {
    return db.transaction().execute(async (trx) => {
      const call = await selectCallForUpdate(trx, pbxCallId);
      if (call === undefined) return { interactionId: null, followUpTaskId: null };
      const pending = await takePendingWrapUp(trx, pbxCallId);
      if (pending === undefined) return { interactionId: call.id, followUpTaskId: null };
      const actor = { userId: pending.user_id };
      const wrapUp = pending.wrap_up as WrapUp;
      const changed = describeChanges({ type: call.type, state: call.state, subject: call.subject, notes: call.notes, priority: call.priority }, wrapUp);
      if (Object.keys(changed).length > 0) {
        await trx.updateTable('interactions').set({ ...wrapUp, updated_at: clock.now() }).where('id', '=', call.id).execute();
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'interaction', entityId: call.id, action: 'update', changes: changed });
      }
      const followUp = pending.follow_up as { title: string; dueAt: string | null; description: string } | null;
      if (followUp === null) return { interactionId: call.id, followUpTaskId: null };
      const now = clock.now();
      const task = await insertTask(trx, {
        title: followUp.title,
        description: followUp.description,
        type: 'call back',
        client_id: call.client_id,
        contact_person_id: call.contact_person_id,
        interaction_id: call.id,
        author_id: actor.userId,
        assignee_id: actor.userId,
        due_at: followUp.dueAt,
        created_at: now,
        updated_at: now,
      });
      await insertAuditEntry(trx, { userId: actor.userId, entity: 'task', entityId: task.id, action: 'create', changes: auditedValues({ ...task }) });
      return { interactionId: call.id, followUpTaskId: task.id };
    });
  }

  return {
    /** Saves the wrap-up for the call with this PBX id, now or as soon as the call is logged. */
    async save(pbxCallId: string, input: CallWrapUp, actor: Actor): Promise<AppliedWrapUp> {
      const { followUp, ...fields } = input;
      const wrapUp = validateWrapUp(fields);
      const task = followUp === undefined ? null : checkFollowUp(followUp);
      if (wrapUp.type !== undefined && !(await interactionTypeExists(db, wrapUp.type))) throw ValidationError.of('type', 'is not a known interaction type');
      if (actor.userId === null) throw new Error('a wrap-up is saved by a user');
      await upsertPendingWrapUp(db, { pbx_call_id: pbxCallId, user_id: actor.userId, wrap_up: { ...wrapUp }, follow_up: task });
      return apply(pbxCallId);
    },

    /** Applies the waiting wrap-up of a call just logged; nothing when none waits. */
    apply,

    /** Applies every waiting wrap-up whose call has been logged since (after a restart, say). */
    async applyReady(limit = 100): Promise<number> {
      const ready = await selectReadyWrapUpCallIds(db, limit);
      for (const pbxCallId of ready) await apply(pbxCallId);
      return ready.length;
    },
  };
}

function checkFollowUp(input: FollowUpTask): { title: string; dueAt: string | null; description: string } {
  const issues = createIssueCollector();
  const title = checkRequiredText(input.title, 'followUp.title', issues, 200);
  const dueAt = checkOptionalDateTime(typeof input.dueAt === 'string' ? new Date(input.dueAt) : (input.dueAt ?? null), 'followUp.dueAt', issues);
  const description = checkText(input.description ?? '', 'followUp.description', issues, 10_000);
  issues.throwIfAny();
  return { title, dueAt: dueAt?.toISOString() ?? null, description };
}
