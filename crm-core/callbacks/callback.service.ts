import type { Kysely, Transaction } from 'kysely';
import type { Database, TaskRow, TaskState } from '../../db/schema.ts';
import { auditedValues, insertAuditEntry } from '../audit/audit.repository.ts';
import { selectCrmSettings } from '../settings/crm-settings.repository.ts';
import type { Actor } from '../shared/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { NotFoundError } from '../shared/validation-error.ts';
import {
  callbackDescription,
  callbackEffectOf,
  callbackTaskType,
  callbackTitle,
  CallbackUnavailableError,
  type CallbackCloseReason,
  type FinishedCall,
} from './callback.ts';
import {
  answeredCallWithNumberSince,
  claimCallbackTask,
  closeCallbackTask,
  insertCallbackTaskUnlessOpen,
  insertMissedCall,
  missedCallCounted,
  selectActiveClientManager,
  selectCallbackTask,
  selectOpenCallbackForUpdate,
  selectOpenCallbacksFor,
  selectOpenCallbacksOfCustomerForUpdate,
  type OpenCallbackRow,
} from './callback.repository.ts';

export { CallbackUnavailableError, type FinishedCall } from './callback.ts';

/** A callback task as the agents' list shows it. */
export interface Callback {
  readonly taskId: number;
  readonly title: string;
  readonly number: string;
  readonly clientId: number | null;
  readonly contactPersonId: number | null;
  /** The first missed call's interaction. */
  readonly interactionId: number | null;
  /** Null while nobody holds it: any agent may take it. */
  readonly assigneeId: number | null;
  readonly shared: boolean;
  readonly state: TaskState;
  readonly dueAt: Date | null;
  readonly createdAt: Date;
}

export interface OpenCallback extends Callback {
  readonly missedCalls: number;
  readonly lastMissedAt: Date | null;
}

/** What a finished call did to callbacks. */
export type CallbackChange =
  | { readonly kind: 'opened'; readonly callback: Callback }
  | { readonly kind: 'joined'; readonly callback: Callback }
  | { readonly kind: 'closed'; readonly callbacks: readonly Callback[] }
  | { readonly kind: 'unchanged' };

export type CallbackService = ReturnType<typeof createCallbackService>;

const unchanged: CallbackChange = { kind: 'unchanged' };

export function createCallbackService({ db, clock }: { db: Kysely<Database>; clock: Clock }) {
  async function noteMissedCall(call: FinishedCall, number: string): Promise<CallbackChange> {
    // A replayed call, or a missed call logged after the customer had already talked to us.
    if (await missedCallCounted(db, call.pbxCallId)) return unchanged;
    if (await answeredCallWithNumberSince(db, number, call.startedAt)) return unchanged;
    const assigneeId = call.clientId === null ? undefined : await selectActiveClientManager(db, call.clientId);
    const { callback_deadline_minutes: deadlineMinutes } = await selectCrmSettings(db);
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const opened = await insertCallbackTaskUnlessOpen(trx, {
        title: callbackTitle(number),
        description: callbackDescription(call),
        type: callbackTaskType,
        callback_number: number,
        client_id: call.clientId,
        contact_person_id: call.contactPersonId,
        interaction_id: call.interactionId,
        assignee_id: assigneeId ?? null,
        shared: assigneeId === undefined,
        importance: 'high',
        due_at: new Date(call.endedAt.getTime() + deadlineMinutes * 60_000),
        created_at: now,
        updated_at: now,
      });
      const task = opened ?? (await selectOpenCallbackForUpdate(trx, number));
      if (task === undefined) throw new Error(`the open callback for a number closed while a missed call joined it (call ${call.pbxCallId})`);
      const counted = await insertMissedCall(trx, { pbxCallId: call.pbxCallId, taskId: task.id, missedAt: call.startedAt });
      if (!counted) {
        if (opened) throw new Error(`missed call ${call.pbxCallId} was counted by another writer meanwhile`);
        return unchanged;
      }
      if (opened) {
        await insertAuditEntry(trx, { userId: null, entity: 'task', entityId: task.id, action: 'create', changes: auditedValues(callbackFromRow(task)) });
        return { kind: 'opened', callback: callbackFromRow(task) } as const;
      }
      await insertAuditEntry(trx, { userId: null, entity: 'task', entityId: task.id, action: 'update', changes: { missedCall: { from: null, to: call.pbxCallId } } });
      return { kind: 'joined', callback: callbackFromRow(task) } as const;
    });
  }

  async function closeReached(call: FinishedCall, number: string, reason: CallbackCloseReason): Promise<CallbackChange> {
    const now = clock.now();
    const closed = await db.transaction().execute(async (trx) => {
      const open = await selectOpenCallbacksOfCustomerForUpdate(trx, { number, clientId: call.clientId, answeredCallStartedAt: call.startedAt });
      const done: TaskRow[] = [];
      for (const task of open) {
        done.push(await closeCallbackTask(trx, task.id, now));
        await insertAuditEntry(trx, {
          userId: null,
          entity: 'task',
          entityId: task.id,
          action: 'update',
          changes: { state: { from: task.state, to: 'done' }, closedBecause: { from: null, to: reason }, closedByCall: { from: null, to: call.pbxCallId } },
        });
      }
      return done;
    });
    return closed.length === 0 ? unchanged : { kind: 'closed', callbacks: closed.map(callbackFromRow) };
  }

  return {
    /** Opens, joins or closes callbacks for a call the CRM has logged. Safe to repeat for the same call. */
    async noteFinishedCall(call: FinishedCall): Promise<CallbackChange> {
      const effect = callbackEffectOf(call);
      if (effect.kind === 'missed') return noteMissedCall(call, effect.number);
      if (effect.kind === 'reached') return closeReached(call, effect.number, effect.reason);
      return unchanged;
    },

    /**
     * The acting user takes the callback: it becomes theirs and in progress. Of two agents taking it
     * at once, one gets it; the other gets CallbackUnavailableError, as does anyone once it is taken.
     */
    async take(taskId: number, actor: Actor & { readonly userId: number }): Promise<Callback> {
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const claimed = await claimCallbackTask(trx, taskId, actor.userId, now);
        if (claimed !== undefined) {
          await insertAuditEntry(trx, {
            userId: actor.userId,
            entity: 'task',
            entityId: taskId,
            action: 'update',
            changes: { assigneeId: { from: null, to: actor.userId }, state: { from: 'open', to: 'in-progress' } },
          });
          return callbackFromRow(claimed);
        }
        return explainUnclaimable(trx, taskId, actor.userId);
      });
    },

    /** Open callbacks the user may work on: theirs and the shared ones nobody took yet, oldest first. */
    async listOpenFor(userId: number, limit = 100): Promise<OpenCallback[]> {
      const rows = await selectOpenCallbacksFor(db, userId, limit);
      return rows.map(openCallbackFromRow);
    },
  };
}

/** Taking a callback one already holds is no error; anything else that was not claimed is. */
async function explainUnclaimable(trx: Transaction<Database>, taskId: number, userId: number): Promise<Callback> {
  const task = await selectCallbackTask(trx, taskId);
  if (task === undefined) throw new NotFoundError('callback', taskId);
  if (task.state === 'in-progress' && task.assignee_id === userId) return callbackFromRow(task);
  throw new CallbackUnavailableError(taskId, task.state === 'done' || task.state === 'canceled' ? 'closed' : 'taken');
}

function callbackFromRow(row: TaskRow): Callback {
  return {
    taskId: row.id,
    title: row.title,
    number: row.callback_number ?? '',
    clientId: row.client_id,
    contactPersonId: row.contact_person_id,
    interactionId: row.interaction_id,
    assigneeId: row.assignee_id,
    shared: row.shared,
    state: row.state,
    dueAt: row.due_at,
    createdAt: row.created_at,
  };
}

function openCallbackFromRow(row: OpenCallbackRow): OpenCallback {
  return { ...callbackFromRow(row), missedCalls: Number(row.missed_calls), lastMissedAt: row.last_missed_at };
}
