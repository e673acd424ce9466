/**
 * Interactions of every channel: a client's history, a user's own work, logging a meeting, note,
 * email or SMS, and the wrap-up after a call. Below supervisor (who sees all call logs), a user
 * sees what is linked to a client plus their own, and wraps up only their own or nobody's.
 */
import type { Interaction, InteractionService } from '../../crm-core/interactions/interaction.service.ts';
import type { SessionUser } from '../../crm-core/sessions/session.service.ts';
import { NotFoundError } from '../../crm-core/shared/validation-error.ts';
import type { GatewayApp } from '../app.ts';
import { httpError } from '../http-errors.ts';
import { hasRole } from '../plugins/auth.ts';
import { authenticatedErrors, ErrorResponseSchema, IdParamsSchema } from '../schemas/common.schemas.ts';
import {
  type InteractionListQuery,
  InteractionListQuerySchema,
  InteractionPageSchema,
  InteractionSchema,
  InteractionTypeListSchema,
  InteractionTypeSchema,
  NewInteractionBodySchema,
  NewInteractionTypeBodySchema,
  WrapUpBodySchema,
} from '../schemas/interactions.schemas.ts';
import { interactionBody, pageBody } from './crm-bodies.ts';

export interface InteractionRouteDependencies {
  readonly interactions: InteractionService;
}

const tags = ['interactions'];
const onRecord = { ...authenticatedErrors, 404: ErrorResponseSchema };

export function registerInteractionRoutes(app: GatewayApp, { interactions }: InteractionRouteDependencies): void {
  app.get(
    '/api/interactions',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Interactions, newest first, by client, channel, direction, user and period', querystring: InteractionListQuerySchema, response: { 200: InteractionPageSchema, ...authenticatedErrors } },
    },
    async (request) => {
      const { channel, from, to, ...filter } = visibleTo(request.user, request.query);
      const page = await interactions.list({
        ...filter,
        channels: channel,
        from: from === undefined ? undefined : new Date(from),
        to: to === undefined ? undefined : new Date(to),
      });
      return pageBody(page, interactionBody);
    },
  );

  app.get(
    '/api/interactions/:id',
    { config: { access: 'operator' }, schema: { tags, summary: 'One interaction', params: IdParamsSchema, response: { 200: InteractionSchema, ...onRecord } } },
    async (request) => {
      const interaction = await interactions.get(request.params.id);
      if (!maySee(request.user, interaction)) throw new NotFoundError('interaction', interaction.id);
      return interactionBody(interaction);
    },
  );

  app.post(
    '/api/interactions',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Logs a meeting, note, email, SMS or a call made outside the PBX', body: NewInteractionBodySchema, response: { 201: InteractionSchema, ...authenticatedErrors } },
    },
    async (request, reply) => {
      const { startedAt, endedAt, ...fields } = request.body;
      if (fields.userId !== undefined && fields.userId !== request.user.id && !hasRole(request.user, 'supervisor')) {
        throw httpError(403, 'Only a supervisor or above may log an interaction for another user');
      }
      const interaction = await interactions.record(
        { ...fields, startedAt: new Date(startedAt), endedAt: endedAt == null ? endedAt : new Date(endedAt) },
        request.actor,
      );
      return reply.status(201).send(interactionBody(interaction));
    },
  );

  app.patch(
    '/api/interactions/:id',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'The wrap-up: type, state, subject, notes, priority', params: IdParamsSchema, body: WrapUpBodySchema, response: { 200: InteractionSchema, ...onRecord } },
    },
    async (request) => {
      const interaction = await interactions.get(request.params.id);
      if (!maySee(request.user, interaction)) throw new NotFoundError('interaction', interaction.id);
      if (!mayWrapUp(request.user, interaction)) throw httpError(403, 'Only the user who handled it, or a supervisor or above, may change this');
      return interactionBody(await interactions.updateWrapUp(interaction.id, request.body, request.actor));
    },
  );

  app.get(
    '/api/interaction-types',
    { config: { access: 'operator' }, schema: { tags, summary: 'The types an interaction can have, by name', response: { 200: InteractionTypeListSchema, ...authenticatedErrors } } },
    async () => ({ items: await interactions.listTypes() }),
  );

  app.post(
    '/api/interaction-types',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'Adds an interaction type', body: NewInteractionTypeBodySchema, response: { 201: InteractionTypeSchema, ...authenticatedErrors, 409: ErrorResponseSchema } },
    },
    async (request, reply) => reply.status(201).send(await interactions.addType(request.body)),
  );
}

/** Below supervisor, a list is a client's history or the user's own work. */
function visibleTo(user: SessionUser, query: InteractionListQuery): InteractionListQuery {
  if (hasRole(user, 'supervisor') || query.clientId !== undefined) return query;
  if (query.userId !== undefined && query.userId !== user.id) {
    throw httpError(403, "Only a supervisor or above may list another user's interactions; give clientId for a client's history");
  }
  return { ...query, userId: user.id };
}

function maySee(user: SessionUser, interaction: Interaction): boolean {
  return hasRole(user, 'supervisor') || interaction.clientId !== null || interaction.userId === user.id;
}

function mayWrapUp(user: SessionUser, interaction: Interaction): boolean {
  return hasRole(user, 'supervisor') || interaction.userId === null || interaction.userId === user.id;
}
