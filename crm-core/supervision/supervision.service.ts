/** Supervisors listening to, whispering to or barging in on agents' calls: each one is audited. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { insertAuditEntry } from '../audit/audit.repository.ts';
import type { Actor } from '../shared/actor.ts';

export interface Supervision {
  /** The call joined (the PBX call id). */
  readonly callId: string;
  readonly mode: 'listen' | 'whisper' | 'barge';
  readonly agentExtension: string;
  readonly supervisorExtension: string;
}

export type SupervisionLog = ReturnType<typeof createSupervisionLog>;

export function createSupervisionLog({ db }: { db: Kysely<Database> }) {
  return {
    /** The audit entry names the call; its changes say who joined whose call, and how. */
    async record(supervision: Supervision, actor: Actor): Promise<void> {
      await db.transaction().execute((trx) =>
        insertAuditEntry(trx, {
          userId: actor.userId,
          entity: 'call',
          entityId: supervision.callId,
          action: 'supervise',
          changes: { mode: supervision.mode, agentExtension: supervision.agentExtension, supervisorExtension: supervision.supervisorExtension },
        }),
      );
    },
  };
}
