/** Contact persons of an organization: add, read, change, archive (someone who left) and restore. */
import Type from 'typebox';
import type { ContactPersonService } from '../../crm-core/contacts/contact-person.service.ts';
import { NotFoundError } from '../../crm-core/shared/validation-error.ts';
import type { GatewayApp } from '../app.ts';
import { authenticatedErrors, ErrorResponseSchema, IdParamsSchema, strict } from '../schemas/common.schemas.ts';
import { ContactPersonChangesBodySchema, ContactPersonSchema, NewContactPersonBodySchema } from '../schemas/contact-persons.schemas.ts';
import { contactPersonBody } from './crm-bodies.ts';

export interface ContactPersonRouteDependencies {
  readonly contactPersons: ContactPersonService;
}

const tags = ['contact persons'];
const onRecord = { ...authenticatedErrors, 404: ErrorResponseSchema };
const ShowQuerySchema = Type.Object({ includeArchived: Type.Optional(Type.Boolean({ description: 'Show an archived contact person rather than 404' })) }, strict);

export function registerContactPersonRoutes(app: GatewayApp, { contactPersons }: ContactPersonRouteDependencies): void {
  app.post(
    '/api/clients/:id/contact-persons',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Adds a contact person, with phones and emails, to an organization', params: IdParamsSchema, body: NewContactPersonBodySchema, response: { 201: ContactPersonSchema, ...onRecord } },
    },
    async (request, reply) => {
      const person = await contactPersons.add(request.params.id, request.body, request.actor);
      return reply.status(201).send(contactPersonBody(person, request.user.locale));
    },
  );

  app.get(
    '/api/contact-persons/:id',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'One contact person', params: IdParamsSchema, querystring: ShowQuerySchema, response: { 200: ContactPersonSchema, ...onRecord } },
    },
    async (request) => {
      const person = await contactPersons.get(request.params.id);
      if (person.archivedAt !== null && request.query.includeArchived !== true) throw new NotFoundError('contact person', person.id);
      return contactPersonBody(person, request.user.locale);
    },
  );

  app.patch(
    '/api/contact-persons/:id',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Changes the fields given', params: IdParamsSchema, body: ContactPersonChangesBodySchema, response: { 200: ContactPersonSchema, ...onRecord } },
    },
    async (request) => contactPersonBody(await contactPersons.update(request.params.id, request.body, request.actor), request.user.locale),
  );

  app.post(
    '/api/contact-persons/:id/archive',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Someone who left: hidden from the card and screen-pop, kept for history', params: IdParamsSchema, response: { 200: ContactPersonSchema, ...onRecord } },
    },
    async (request) => contactPersonBody(await contactPersons.archive(request.params.id, request.actor), request.user.locale),
  );

  app.post(
    '/api/contact-persons/:id/restore',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Brings an archived contact person back', params: IdParamsSchema, response: { 200: ContactPersonSchema, ...onRecord } },
    },
    async (request) => contactPersonBody(await contactPersons.restore(request.params.id, request.actor), request.user.locale),
  );
}
