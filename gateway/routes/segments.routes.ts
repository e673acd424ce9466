/**
 * Segments, saved client filters. Every user may list them and filter clients by one; creating,
 * changing and deleting them is for supervisors and above, since a segment is the audience of a
 * mailing and mailings are theirs.
 */
import Type from 'typebox';
import type { SegmentService } from '../../crm-core/segments/segment.service.ts';
import type { GatewayApp } from '../app.ts';
import { authenticatedErrors, ErrorResponseSchema, IdParamsSchema } from '../schemas/common.schemas.ts';
import { NewSegmentBodySchema, SegmentChangesBodySchema, SegmentListSchema, SegmentSchema, SegmentSizeSchema } from '../schemas/segments.schemas.ts';
import { segmentBody } from './crm-bodies.ts';

export interface SegmentRouteDependencies {
  readonly segments: SegmentService;
}

const tags = ['segments'];
const onRecord = { ...authenticatedErrors, 404: ErrorResponseSchema };

export function registerSegmentRoutes(app: GatewayApp, { segments }: SegmentRouteDependencies): void {
  app.get(
    '/api/segments',
    { config: { access: 'operator' }, schema: { tags, summary: 'Every segment, by name', response: { 200: SegmentListSchema, ...authenticatedErrors } } },
    async () => ({ items: (await segments.list()).map(segmentBody) }),
  );

  app.get(
    '/api/segments/:id',
    { config: { access: 'operator' }, schema: { tags, summary: 'One segment', params: IdParamsSchema, response: { 200: SegmentSchema, ...onRecord } } },
    async (request) => segmentBody(await segments.get(request.params.id)),
  );

  app.get(
    '/api/segments/:id/size',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'How many current clients the segment holds now; its clients are `GET /api/clients?segmentId=`', params: IdParamsSchema, response: { 200: SegmentSizeSchema, ...onRecord } },
    },
    async (request) => ({ clients: await segments.countMembers(request.params.id) }),
  );

  app.post(
    '/api/segments',
    {
      config: { access: 'supervisor' },
      schema: { tags, summary: 'Saves a client filter as a segment', body: NewSegmentBodySchema, response: { 201: SegmentSchema, ...authenticatedErrors, 409: ErrorResponseSchema } },
    },
    async (request, reply) => reply.status(201).send(segmentBody(await segments.create(request.body, request.actor))),
  );

  app.patch(
    '/api/segments/:id',
    {
      config: { access: 'supervisor' },
      schema: { tags, summary: 'Changes the name, description or filter', params: IdParamsSchema, body: SegmentChangesBodySchema, response: { 200: SegmentSchema, ...onRecord, 409: ErrorResponseSchema } },
    },
    async (request) => segmentBody(await segments.update(request.params.id, request.body, request.actor)),
  );

  app.delete(
    '/api/segments/:id',
    {
      config: { access: 'supervisor' },
      schema: { tags, summary: 'Deletes the saved filter; no client is touched', params: IdParamsSchema, response: { 204: Type.Null(), ...onRecord } },
    },
    async (request, reply) => {
      await segments.delete(request.params.id, request.actor);
      return reply.status(204).send(null);
    },
  );
}
