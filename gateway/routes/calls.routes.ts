import { Readable } from 'node:stream';
import Type from 'typebox';
import type { Callback, CallbackService, OpenCallback } from '../../crm-core/callbacks/callback.service.ts';
import { CallbackUnavailableError } from '../../crm-core/callbacks/callback.service.ts';
import { callLogScopeOf, type CallLogEntry, type CallLogFilter, type InteractionService } from '../../crm-core/interactions/interaction.service.ts';
import type { SessionUser } from '../../crm-core/sessions/session.service.ts';
import type { GatewayApp } from '../app.ts';
import { callLogCsv } from '../calls/call-log-csv.ts';
import type { ClickToCall } from '../calls/click-to-call.ts';
import { httpError } from '../http-errors.ts';
import { hasRole } from '../plugins/auth.ts';
import * as Schemas from '../schemas/calls.schemas.ts';
import { authenticatedErrors, ErrorResponseSchema, IdParamsSchema } from '../schemas/common.schemas.ts';
import { interactionBody } from './crm-bodies.ts';

/** Click-to-call, for managers and above: operators take calls, they do not dial out. */
export function registerClickToCallRoute(app: GatewayApp, { clickToCall }: { readonly clickToCall: Pick<ClickToCall, 'dial'> }): void {
  app.post(
    '/api/calls',
    {
      config: { access: 'manager' },
      schema: { tags: ['calls'], summary: "Click-to-call: ring my phone, then the client's number", body: Schemas.ClickToCallBodySchema, response: Schemas.clickToCallResponses },
    },
    async (request, reply) => reply.status(202).send(await clickToCall.dial(request.user, request.body)),
  );
}

export interface CallLogRouteDependencies {
  readonly interactions: Pick<InteractionService, 'listCalls' | 'callTotals' | 'exportCalls'>;
  readonly callbacks: Pick<CallbackService, 'take' | 'listOpenFor'>;
}

/**
 * The call log with its CSV export (operators read their own calls, managers also their clients',
 * supervisors every call), and the missed-call callbacks agents take.
 */
export function registerCallLogRoutes(app: GatewayApp, dependencies: CallLogRouteDependencies): void {
  const { interactions, callbacks } = dependencies;

  app.get(
    '/api/calls',
    {
      config: { access: 'operator' },
      schema: {
        tags: ['calls'],
        summary: 'The call log, newest first, with totals on the first page',
        querystring: Schemas.CallLogQuerySchema,
        response: { 200: Schemas.CallLogPageSchema, ...authenticatedErrors },
      },
    },
    async (request) => {
      const filter = callLogFilterOf(request.query, request.user);
      const scope = callLogScopeOf(request.user);
      const [page, totals] = await Promise.all([
        interactions.listCalls(filter, scope),
        request.query.cursor === undefined ? interactions.callTotals(filter, scope) : undefined,
      ]);
      return {
        items: page.items.map(callLogEntryBody),
        ...(page.nextCursor !== undefined && { nextCursor: page.nextCursor }),
        ...(totals !== undefined && { totals }),
      };
    },
  );

  app.get(
    '/api/calls.csv',
    {
      config: { access: 'operator' },
      schema: {
        tags: ['calls'],
        summary: 'The call log as CSV (UTF-8 with a byte-order mark), every call the filters match',
        querystring: Schemas.CallLogExportQuerySchema,
        response: { 200: Type.Unsafe<Readable>({ type: 'string', description: 'text/csv' }), ...authenticatedErrors },
      },
    },
    async (request, reply) => {
      const calls = interactions.exportCalls(callLogFilterOf(request.query, request.user), callLogScopeOf(request.user));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="calls-${new Date().toISOString().slice(0, 10)}.csv"`)
        .send(Readable.from(callLogCsv(calls)));
    },
  );

  app.get(
    '/api/callbacks',
    {
      config: { access: 'operator' },
      schema: {
        tags: ['calls'],
        summary: 'Open missed-call callbacks I may work on: mine and the shared ones nobody took',
        response: { 200: Schemas.OpenCallbacksSchema, ...authenticatedErrors },
      },
    },
    async (request) => ({ items: (await callbacks.listOpenFor(request.user.id)).map(openCallbackBody) }),
  );

  app.post(
    '/api/callbacks/:id/take',
    {
      config: { access: 'operator' },
      schema: {
        tags: ['calls'],
        summary: 'Take a callback: it becomes mine; 409 when someone else took it first or it is closed',
        params: IdParamsSchema,
        response: { ...Schemas.takeCallbackResponses, 404: ErrorResponseSchema },
      },
    },
    async (request) => {
      try {
        return callbackBody(await callbacks.take(request.params.id, { userId: request.user.id, role: request.user.role }));
      } catch (error) {
        if (error instanceof CallbackUnavailableError) throw httpError(409, error.message);
        throw error;
      }
    },
  );
}

/** An operator asking for another agent's calls is refused rather than shown an empty log. */
function callLogFilterOf(query: Schemas.CallLogExportQuery & Partial<Pick<Schemas.CallLogQuery, 'limit' | 'cursor'>>, user: SessionUser): CallLogFilter {
  if (query.userId !== undefined && query.userId !== user.id && !hasRole(user, 'manager')) {
    throw httpError(403, "Operators read their own calls only: leave out userId or give your own");
  }
  const { from, to, ...rest } = query;
  return { ...rest, ...(from !== undefined && { from: new Date(from) }), ...(to !== undefined && { to: new Date(to) }) };
}

function callLogEntryBody(entry: CallLogEntry): Schemas.CallLogEntry {
  return { ...interactionBody(entry), clientName: entry.clientName, agentName: entry.agentName };
}

function callbackBody(callback: Callback): Schemas.Callback {
  return { ...callback, dueAt: callback.dueAt?.toISOString() ?? null, createdAt: callback.createdAt.toISOString() };
}

function openCallbackBody(callback: OpenCallback): Schemas.OpenCallback {
  return { ...callbackBody(callback), missedCalls: callback.missedCalls, lastMissedAt: callback.lastMissedAt?.toISOString() ?? null };
}
