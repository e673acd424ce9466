/**
 * Custom client property definitions. Everyone reads them (the card and the filters need them);
 * only an admin defines, changes, archives or restores one. Values are set on the client.
 */
import type { PropertyService } from '../../crm-core/properties/property.service.ts';
import type { GatewayApp } from '../app.ts';
import { authenticatedErrors, ErrorResponseSchema, IdParamsSchema } from '../schemas/common.schemas.ts';
import {
  NewPropertyDefinitionBodySchema,
  PropertyDefinitionChangesBodySchema,
  PropertyDefinitionListSchema,
  PropertyDefinitionSchema,
  PropertyListQuerySchema,
} from '../schemas/properties.schemas.ts';
import { propertyDefinitionBody } from './crm-bodies.ts';

export interface PropertyRouteDependencies {
  readonly properties: PropertyService;
}

const tags = ['properties'];
const onRecord = { ...authenticatedErrors, 404: ErrorResponseSchema };

export function registerPropertyRoutes(app: GatewayApp, { properties }: PropertyRouteDependencies): void {
  app.get(
    '/api/properties',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Property definitions by name; archived ones only when asked for', querystring: PropertyListQuerySchema, response: { 200: PropertyDefinitionListSchema, ...authenticatedErrors } },
    },
    async (request) => ({ items: (await properties.list({ includeArchived: request.query.includeArchived ?? false })).map(propertyDefinitionBody) }),
  );

  app.post(
    '/api/properties',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'Defines a property', body: NewPropertyDefinitionBodySchema, response: { 201: PropertyDefinitionSchema, ...authenticatedErrors, 409: ErrorResponseSchema } },
    },
    async (request, reply) => reply.status(201).send(propertyDefinitionBody(await properties.define(request.body, request.actor))),
  );

  app.patch(
    '/api/properties/:id',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'Renames a property, changes its choices or whether the screen-pop shows it', params: IdParamsSchema, body: PropertyDefinitionChangesBodySchema, response: { 200: PropertyDefinitionSchema, ...onRecord, 409: ErrorResponseSchema } },
    },
    async (request) => propertyDefinitionBody(await properties.update(request.params.id, request.body, request.actor)),
  );

  app.post(
    '/api/properties/:id/archive',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'No longer offered; the values clients have are kept', params: IdParamsSchema, response: { 200: PropertyDefinitionSchema, ...onRecord } },
    },
    async (request) => propertyDefinitionBody(await properties.archive(request.params.id, request.actor)),
  );

  app.post(
    '/api/properties/:id/restore',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'Offers an archived property again', params: IdParamsSchema, response: { 200: PropertyDefinitionSchema, ...onRecord } },
    },
    async (request) => propertyDefinitionBody(await properties.restore(request.params.id, request.actor)),
  );
}
