/**
 * Clients: the list (search box, filters, sort, keyset pages), the card, create, partial update,
 * archive and restore; a client is never deleted. Operators and everyone above may do all of it.
 */
import Type from 'typebox';
import type { ClientListOptions, ClientService } from '../../crm-core/clients/client.service.ts';
import type { DealService } from '../../crm-core/deals/deal.service.ts';
import { NotFoundError } from '../../crm-core/shared/validation-error.ts';
import type { GatewayApp } from '../app.ts';
import {
  ClientCardSchema,
  ClientChangesBodySchema,
  type ClientListQuery,
  ClientListQuerySchema,
  ClientPageSchema,
  ClientSearchBodySchema,
  NewClientBodySchema,
} from '../schemas/clients.schemas.ts';
import { authenticatedErrors, ErrorResponseSchema, IdParamsSchema, strict } from '../schemas/common.schemas.ts';
import { ClientDealsSchema } from '../schemas/deals.schemas.ts';
import { clientCardBody, clientListItemBody, dealBody, pageBody } from './crm-bodies.ts';

export interface ClientRouteDependencies {
  readonly clients: ClientService;
  readonly deals: Pick<DealService, 'listByClient'>;
}

const tags = ['clients'];
const onRecord = { ...authenticatedErrors, 404: ErrorResponseSchema };
const CardQuerySchema = Type.Object({ includeArchived: Type.Optional(Type.Boolean({ description: 'Show an archived client rather than 404' })) }, strict);

export function registerClientRoutes(app: GatewayApp, { clients, deals }: ClientRouteDependencies): void {
  app.get(
    '/api/clients',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Clients by search text and simple filters, one page at a time', querystring: ClientListQuerySchema, response: { 200: ClientPageSchema, ...authenticatedErrors } },
    },
    async (request) => pageBody(await clients.list(listOptionsOf(request.query)), clientListItemBody),
  );

  app.post(
    '/api/clients/search',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Clients by the full filter, custom property conditions included', body: ClientSearchBodySchema, response: { 200: ClientPageSchema, ...authenticatedErrors } },
    },
    async (request) => pageBody(await clients.list(request.body), clientListItemBody),
  );

  app.get(
    '/api/clients/:id',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'The client card', params: IdParamsSchema, querystring: CardQuerySchema, response: { 200: ClientCardSchema, ...onRecord } },
    },
    async (request) => {
      const card = await clients.getCard(request.params.id);
      if (card.archivedAt !== null && request.query.includeArchived !== true) throw new NotFoundError('client', card.id);
      return clientCardBody(card, request.user.locale);
    },
  );

  app.post(
    '/api/clients',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'A new client, with phones, emails, contact persons and property values', body: NewClientBodySchema, response: { 201: ClientCardSchema, ...authenticatedErrors } },
    },
    async (request, reply) => {
      const card = await clients.create(request.body, request.actor);
      return reply.status(201).send(clientCardBody(card, request.user.locale));
    },
  );

  app.patch(
    '/api/clients/:id',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Changes the fields given', params: IdParamsSchema, body: ClientChangesBodySchema, response: { 200: ClientCardSchema, ...onRecord } },
    },
    async (request) => clientCardBody(await clients.update(request.params.id, request.body, request.actor), request.user.locale),
  );

  app.post(
    '/api/clients/:id/archive',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Hides the client from lists, search and screen-pop; nothing is deleted', params: IdParamsSchema, response: { 200: ClientCardSchema, ...onRecord } },
    },
    async (request) => {
      await clients.archive(request.params.id, request.actor);
      return clientCardBody(await clients.getCard(request.params.id), request.user.locale);
    },
  );

  app.post(
    '/api/clients/:id/restore',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Brings an archived client back', params: IdParamsSchema, response: { 200: ClientCardSchema, ...onRecord } },
    },
    async (request) => {
      await clients.restore(request.params.id, request.actor);
      return clientCardBody(await clients.getCard(request.params.id), request.user.locale);
    },
  );

  app.get(
    '/api/clients/:id/deals',
    {
      config: { access: 'operator' },
      schema: { tags: ['deals'], summary: "The client's deals, newest first", params: IdParamsSchema, response: { 200: ClientDealsSchema, ...onRecord } },
    },
    async (request) => {
      await clients.getCard(request.params.id);
      return { items: (await deals.listByClient(request.params.id)).map(dealBody) };
    },
  );
}

function listOptionsOf(query: ClientListQuery): ClientListOptions {
  return {
    filter: {
      query: query.query,
      kinds: query.kind,
      relationships: query.relationship,
      managerIds: query.managerId,
      regions: query.region,
      industries: query.industry,
      segmentId: query.segmentId,
    },
    sort: { by: query.sortBy, direction: query.sortDirection },
    archived: query.archived,
    limit: query.limit,
    cursor: query.cursor,
  };
}
