/**
 * Deals, a manager's work: every user may read them (the client card shows them), a manager and
 * above opens one, and changes their own; a supervisor and above changes anyone's or hands a deal
 * to another manager.
 */
import type { Deal, DealService } from '../../crm-core/deals/deal.service.ts';
import type { SessionUser } from '../../crm-core/sessions/session.service.ts';
import type { GatewayApp } from '../app.ts';
import { httpError } from '../http-errors.ts';
import { hasRole } from '../plugins/auth.ts';
import { authenticatedErrors, ErrorResponseSchema, IdParamsSchema } from '../schemas/common.schemas.ts';
import { DealChangesBodySchema, DealListQuerySchema, DealPageSchema, DealSchema, NewDealBodySchema, StageChangeBodySchema } from '../schemas/deals.schemas.ts';
import { dealBody, pageBody } from './crm-bodies.ts';

export interface DealRouteDependencies {
  readonly deals: DealService;
}

const tags = ['deals'];
const onRecord = { ...authenticatedErrors, 404: ErrorResponseSchema };

export function registerDealRoutes(app: GatewayApp, { deals }: DealRouteDependencies): void {
  app.get(
    '/api/deals',
    {
      config: { access: 'manager' },
      schema: { tags, summary: "A manager's deals, newest first (the signed-in user's unless managerId says otherwise)", querystring: DealListQuerySchema, response: { 200: DealPageSchema, ...authenticatedErrors } },
    },
    async (request) => {
      const { managerId = request.user.id, stage, limit, cursor } = request.query;
      if (managerId !== request.user.id) requireSupervisor(request.user, "list another manager's deals");
      return pageBody(await deals.listByManager(managerId, { stages: stage, limit, cursor }), dealBody);
    },
  );

  app.get(
    '/api/deals/:id',
    { config: { access: 'operator' }, schema: { tags, summary: 'One deal', params: IdParamsSchema, response: { 200: DealSchema, ...onRecord } } },
    async (request) => dealBody(await deals.get(request.params.id)),
  );

  app.post(
    '/api/deals',
    {
      config: { access: 'manager' },
      schema: { tags, summary: 'Opens a deal with a client', body: NewDealBodySchema, response: { 201: DealSchema, ...authenticatedErrors } },
    },
    async (request, reply) => {
      if (request.body.managerId !== undefined && request.body.managerId !== request.user.id) requireSupervisor(request.user, 'open a deal for another manager');
      return reply.status(201).send(dealBody(await deals.create(request.body, request.actor)));
    },
  );

  app.patch(
    '/api/deals/:id',
    {
      config: { access: 'manager' },
      schema: { tags, summary: 'Title, amount, currency and manager', params: IdParamsSchema, body: DealChangesBodySchema, response: { 200: DealSchema, ...onRecord } },
    },
    async (request) => {
      requireOwnDeal(request.user, await deals.get(request.params.id));
      if (request.body.managerId !== undefined && request.body.managerId !== request.user.id) requireSupervisor(request.user, 'hand a deal to another manager');
      return dealBody(await deals.update(request.params.id, request.body, request.actor));
    },
  );

  app.post(
    '/api/deals/:id/stage',
    {
      config: { access: 'manager' },
      schema: { tags, summary: 'Moves the deal: won and lost close it (lost needs a reason), new and in progress reopen it', params: IdParamsSchema, body: StageChangeBodySchema, response: { 200: DealSchema, ...onRecord } },
    },
    async (request) => {
      requireOwnDeal(request.user, await deals.get(request.params.id));
      return dealBody(await deals.updateStage(request.params.id, request.body, request.actor));
    },
  );
}

function requireSupervisor(user: SessionUser, what: string): void {
  if (!hasRole(user, 'supervisor')) throw httpError(403, `Only a supervisor or above may ${what}`);
}

function requireOwnDeal(user: SessionUser, deal: Deal): void {
  if (deal.managerId !== user.id) requireSupervisor(user, "change another manager's deal");
}
