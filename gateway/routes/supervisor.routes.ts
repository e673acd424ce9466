import type { GatewayApp } from '../app.ts';
import type { LiveBoard } from '../supervisor/live-board.ts';
import type { Supervision } from '../supervisor/supervision.ts';
import { authenticatedErrors } from '../schemas/common.schemas.ts';
import { SuperviseBodySchema, SupervisorBoardSchema, superviseResponses, type SupervisionMode } from '../schemas/supervisor.schemas.ts';

export interface SupervisorRouteDependencies {
  readonly board: Pick<LiveBoard, 'snapshot'>;
  readonly supervision: Pick<Supervision, 'join'>;
}

const modes: readonly { readonly mode: SupervisionMode; readonly summary: string }[] = [
  { mode: 'listen', summary: "Listen to an agent's call: my phone rings, then hears both parties" },
  { mode: 'whisper', summary: 'Whisper to an agent: only the agent hears me' },
  { mode: 'barge', summary: "Barge in on an agent's call: both parties hear me" },
];

/** The live board and listen / whisper / barge, for supervisors and admins. */
export function registerSupervisorRoutes(app: GatewayApp, dependencies: SupervisorRouteDependencies): void {
  app.get(
    '/api/supervisor/board',
    {
      config: { access: 'supervisor' },
      schema: { tags: ['supervisor'], summary: 'Calls in progress, agent states, queue waiting counts, who listens to whom', response: { 200: SupervisorBoardSchema, ...authenticatedErrors } },
    },
    async () => dependencies.board.snapshot(),
  );

  for (const { mode, summary } of modes) {
    app.post(
      `/api/supervisor/${mode}`,
      { config: { access: 'supervisor' }, schema: { tags: ['supervisor'], summary, body: SuperviseBodySchema, response: superviseResponses } },
      async (request, reply) => {
        const { agentExtension } = request.body;
        const { spiedCallId } = await dependencies.supervision.join(request.user, mode, agentExtension);
        return reply.status(202).send({ spiedCallId, agentExtension, mode });
      },
    );
  }
}
