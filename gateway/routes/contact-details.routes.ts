/** Phones and email addresses of a client or of its contact persons: added one at a time, removed by id. */
import Type from 'typebox';
import type { ContactDetailsService } from '../../crm-core/contacts/contact-details.service.ts';
import type { GatewayApp } from '../app.ts';
import { authenticatedErrors, ErrorResponseSchema, IdParamsSchema } from '../schemas/common.schemas.ts';
import { EmailSchema, NewEmailBodySchema, NewPhoneBodySchema, PhoneSchema } from '../schemas/contact-details.schemas.ts';
import { emailBody, phoneBody } from './crm-bodies.ts';

export interface ContactDetailsRouteDependencies {
  readonly contactDetails: ContactDetailsService;
}

const onRecord = { ...authenticatedErrors, 404: ErrorResponseSchema };
const removed = { 204: Type.Null(), ...onRecord };

export function registerContactDetailsRoutes(app: GatewayApp, { contactDetails }: ContactDetailsRouteDependencies): void {
  app.post(
    '/api/clients/:id/phones',
    {
      config: { access: 'operator' },
      schema: { tags: ['phones'], summary: 'Adds a phone in any spelling; calls already logged from it join the client', params: IdParamsSchema, body: NewPhoneBodySchema, response: { 201: PhoneSchema, ...onRecord } },
    },
    async (request, reply) => {
      const { contactPersonId, ...phone } = request.body;
      const added = await contactDetails.addPhone({ clientId: request.params.id, contactPersonId: contactPersonId ?? null }, phone, request.actor);
      return reply.status(201).send(phoneBody(added, request.user.locale));
    },
  );

  app.delete(
    '/api/phones/:id',
    { config: { access: 'operator' }, schema: { tags: ['phones'], summary: 'Removes a phone; the audit log keeps what it was', params: IdParamsSchema, response: removed } },
    async (request, reply) => {
      await contactDetails.removePhone(request.params.id, request.actor);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/clients/:id/emails',
    {
      config: { access: 'operator' },
      schema: { tags: ['emails'], summary: 'Adds an email address', params: IdParamsSchema, body: NewEmailBodySchema, response: { 201: EmailSchema, ...onRecord } },
    },
    async (request, reply) => {
      const { contactPersonId, ...email } = request.body;
      const added = await contactDetails.addEmail({ clientId: request.params.id, contactPersonId: contactPersonId ?? null }, email, request.actor);
      return reply.status(201).send(emailBody(added));
    },
  );

  app.delete(
    '/api/emails/:id',
    { config: { access: 'operator' }, schema: { tags: ['emails'], summary: 'Removes an email address; the audit log keeps what it was', params: IdParamsSchema, response: removed } },
    async (request, reply) => {
      await contactDetails.removeEmail(request.params.id, request.actor);
      return reply.status(204).send(null);
    },
  );
}
