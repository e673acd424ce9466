/**
 * Users. Every signed-in user may list who works here (names for a manager picker, an agent on a
 * call); only an admin reads a full profile, creates a user, changes one (role, extension,
 * deactivation) or sets a new password.
 */
import Type from 'typebox';
import type { UserService } from '../../crm-core/users/user.service.ts';
import type { GatewayApp } from '../app.ts';
import { hasRole } from '../plugins/auth.ts';
import { authenticatedErrors, ErrorResponseSchema, IdParamsSchema } from '../schemas/common.schemas.ts';
import { NewUserBodySchema, PasswordResetBodySchema, UserChangesBodySchema, UserListQuerySchema, UserListSchema, UserSchema } from '../schemas/users.schemas.ts';
import { userBody, userListItemBody } from './crm-bodies.ts';

export interface UserRouteDependencies {
  readonly users: UserService;
  /** Ends every session of a user whose password an admin has just reset. */
  readonly endSessionsOf: (userId: number) => Promise<void>;
}

const tags = ['users'];
const onRecord = { ...authenticatedErrors, 404: ErrorResponseSchema };

export function registerUserRoutes(app: GatewayApp, { users, endSessionsOf }: UserRouteDependencies): void {
  app.get(
    '/api/users',
    {
      config: { access: 'operator' },
      schema: { tags, summary: 'Users by name; deactivated ones too when an admin asks', querystring: UserListQuerySchema, response: { 200: UserListSchema, ...authenticatedErrors } },
    },
    async (request) => {
      const includeInactive = request.query.includeInactive === true && hasRole(request.user, 'admin');
      return { items: (await users.list({ includeInactive })).map(userListItemBody) };
    },
  );

  app.get(
    '/api/users/:id',
    { config: { access: 'admin' }, schema: { tags, summary: "A user's full profile", params: IdParamsSchema, response: { 200: UserSchema, ...onRecord } } },
    async (request) => userBody(await users.get(request.params.id)),
  );

  app.post(
    '/api/users',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'Creates a user with a password', body: NewUserBodySchema, response: { 201: UserSchema, ...authenticatedErrors, 409: ErrorResponseSchema } },
    },
    async (request, reply) => reply.status(201).send(userBody(await users.create(request.body, request.actor))),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'Changes the fields given; `active: false` deactivates and ends the sessions at once', params: IdParamsSchema, body: UserChangesBodySchema, response: { 200: UserSchema, ...onRecord, 409: ErrorResponseSchema } },
    },
    async (request) => userBody(await users.update(request.params.id, request.body, request.actor)),
  );

  app.post(
    '/api/users/:id/password',
    {
      config: { access: 'admin' },
      schema: { tags, summary: "Sets a new password and signs the user out everywhere", params: IdParamsSchema, body: PasswordResetBodySchema, response: { 204: Type.Null(), ...onRecord } },
    },
    async (request, reply) => {
      await users.changePassword(request.params.id, request.body.password, request.actor);
      await endSessionsOf(request.params.id);
      return reply.status(204).send(null);
    },
  );
}
