/**
 * Listen, whisper and barge: the supervisor's phone rings and, once answered, joins the agent's
 * call. Each one is audited and shown on every supervisor's board.
 */
import type { Logger } from 'pino';
import type { SessionUser } from '../../crm-core/sessions/session.service.ts';
import type { SupervisionLog } from '../../crm-core/supervision/supervision.service.ts';
import type { PbxAdapter } from '../../pbx-adapter/index.ts';
import { pbxErrorToHttp } from '../calls/pbx-errors.ts';
import { httpError } from '../http-errors.ts';
import type { SupervisionMode } from '../schemas/supervisor.schemas.ts';
import type { LiveBoard } from './live-board.ts';

export interface SupervisionDependencies {
  readonly pbx: Pick<PbxAdapter, 'supervise'>;
  readonly supervisionLog: Pick<SupervisionLog, 'record'>;
  readonly board: Pick<LiveBoard, 'noteSupervision'>;
  readonly log: Logger;
  readonly now?: () => number;
}

export type Supervision = ReturnType<typeof createSupervision>;

export function createSupervision(dependencies: SupervisionDependencies) {
  const log = dependencies.log.child({ module: 'supervision' });
  const now = dependencies.now ?? Date.now;

  return {
    async join(supervisor: SessionUser, mode: SupervisionMode, agentExtension: string): Promise<{ readonly spiedCallId: string }> {
      const supervisorExtension = supervisor.extension;
      if (supervisorExtension === null) throw httpError(409, 'You have no extension for the PBX to ring: ask an administrator to give you one');
      if (supervisorExtension === agentExtension) throw httpError(409, 'agentExtension: that is your own extension');
      const { spiedCallId } = await dependencies.pbx.supervise({ supervisorExtension, agentExtension, mode }).catch((error: unknown) => {
        throw pbxErrorToHttp(error);
      });
      await dependencies.supervisionLog.record({ callId: spiedCallId, mode, agentExtension, supervisorExtension }, { userId: supervisor.id, role: supervisor.role });
      dependencies.board.noteSupervision({
        callId: spiedCallId,
        agentExtension,
        mode,
        supervisorId: supervisor.id,
        supervisorName: supervisor.displayName,
        supervisorExtension,
        startedAt: new Date(now()).toISOString(),
      });
      log.info({ supervisorId: supervisor.id, supervisorExtension, agentExtension, mode, spiedCallId }, 'supervisor joined a call');
      return { spiedCallId };
    },
  };
}
