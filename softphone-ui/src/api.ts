/**
 * The gateway's HTTP API as the UI calls it. Shapes are the gateway's own (`gateway/schemas`,
 * types only, so no server code reaches the bundle); an error answer becomes an `ApiError`
 * carrying the fields the gateway named.
 */
import type { LoginBody, PhoneSettings, SessionResponse, SessionUserBody, UpdateMeBody } from '../../gateway/schemas/auth.schemas.ts';
import type { CallLogExportQuery, CallLogPage, CallLogQuery, ClickToCallBody, OpenCallback, PlacedCall } from '../../gateway/schemas/calls.schemas.ts';
import type { ClientCard, ClientListQuery, ClientPage, NewClientBody } from '../../gateway/schemas/clients.schemas.ts';
import type { ErrorResponse } from '../../gateway/schemas/common.schemas.ts';
import type { Interaction, InteractionListQuery, InteractionType } from '../../gateway/schemas/interactions.schemas.ts';
import type { CallStatisticsReport } from '../../gateway/schemas/reports.schemas.ts';
import type { MailingResponse, SmsMessageBody } from '../../gateway/schemas/sms.schemas.ts';
import type { SuperviseBody, SupervisionMode, SupervisionStartedSchema, SupervisorBoard } from '../../gateway/schemas/supervisor.schemas.ts';
import type { NewTaskBody, Task, TaskListQuery } from '../../gateway/schemas/tasks.schemas.ts';
import type { UserListItem } from '../../gateway/schemas/users.schemas.ts';
import type { Static } from 'typebox';

export type SessionUser = SessionUserBody;
type SupervisionStarted = Static<typeof SupervisionStartedSchema>;
export type { CallLogEntry, CallLogPage, CallLogQuery, OpenCallback } from '../../gateway/schemas/calls.schemas.ts';
export type { ClientCard, ClientListItem, ClientListQuery } from '../../gateway/schemas/clients.schemas.ts';
export type { Phone } from '../../gateway/schemas/contact-details.schemas.ts';
export type { Interaction, InteractionType } from '../../gateway/schemas/interactions.schemas.ts';
export type { CallStatisticsReport } from '../../gateway/schemas/reports.schemas.ts';
export type { Task } from '../../gateway/schemas/tasks.schemas.ts';
export type { UserListItem } from '../../gateway/schemas/users.schemas.ts';
export type { BoardAgent, BoardCall, BoardQueue, BoardSupervision, SupervisionMode, SupervisorBoard } from '../../gateway/schemas/supervisor.schemas.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: readonly { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The route is not there (yet) on this gateway, or the record is gone. */
  get notFound(): boolean {
    return this.status === 404;
  }
}

type Query = Readonly<Record<string, string | number | boolean | null | undefined | readonly (string | number)[]>>;

export function withQuery(path: string, query: Query = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload ?? {}) as Partial<ErrorResponse>;
    throw new ApiError(response.status, error.message ?? error.error ?? response.statusText, error.fields ?? []);
  }
  return payload as T;
}

/** A list that this gateway does not serve (yet) reads as empty, so its screen still works. */
async function listOrEmpty<T>(path: string): Promise<T[]> {
  const page = await orNull(request<{ items: T[] }>('GET', path));
  return page?.items ?? [];
}

async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof ApiError && error.notFound) return null;
    throw error;
  }
}

export const api = {
  signIn: (body: LoginBody) => request<SessionResponse>('POST', '/api/auth/login', body),
  signOut: () => request<void>('POST', '/api/auth/logout'),
  me: () => request<SessionResponse>('GET', '/api/auth/me'),
  saveLocale: (body: UpdateMeBody) => request<SessionResponse>('PATCH', '/api/auth/me', body),

  phoneSettings: () => request<PhoneSettings>('GET', '/api/phone/settings'),
  clickToCall: (body: ClickToCallBody) => request<PlacedCall>('POST', '/api/calls', body),

  clients: async (query: ClientListQuery): Promise<ClientPage> => (await orNull(request<ClientPage>('GET', withQuery('/api/clients', query)))) ?? { items: [] },
  client: (id: number) => request<ClientCard>('GET', `/api/clients/${id}`),
  createClient: (body: NewClientBody) => request<ClientCard>('POST', '/api/clients', body),
  addPhoneToClient: (clientId: number, number: string) => request<unknown>('POST', `/api/clients/${clientId}/phones`, { number }),
  interactions: (query: InteractionListQuery) => listOrEmpty<Interaction>(withQuery('/api/interactions', query)),
  interactionTypes: () => listOrEmpty<InteractionType>('/api/interaction-types'),
  tasks: (query: TaskListQuery) => listOrEmpty<Task>(withQuery('/api/tasks', query)),
  createTask: (body: NewTaskBody) => request<Task>('POST', '/api/tasks', body),
  clientSms: (clientId: number) => listOrEmpty<SmsMessageBody>(`/api/clients/${clientId}/sms`),
  sendSms: (clientId: number, to: string, body: string) => request<SmsMessageBody>('POST', `/api/clients/${clientId}/sms`, { to, body }),
  users: () => listOrEmpty<UserListItem>('/api/users'),

  callLog: async (query: CallLogQuery): Promise<CallLogPage> => (await orNull(request<CallLogPage>('GET', withQuery('/api/calls', query)))) ?? { items: [] },
  callLogCsvUrl: (query: CallLogExportQuery) => withQuery('/api/calls.csv', query),
  callbacks: () => listOrEmpty<OpenCallback>('/api/callbacks'),
  callStatistics: (from: string, to: string) => orNull(request<CallStatisticsReport>('GET', withQuery('/api/reports/calls', { from, to }))),

  liveBoard: () => orNull(request<SupervisorBoard>('GET', '/api/supervisor/board')),
  /** Rings my phone and joins the agent's call as `mode` once I answer. */
  supervise: (mode: SupervisionMode, body: SuperviseBody) => request<SupervisionStarted>('POST', `/api/supervisor/${mode}`, body),

  mailings: () => listOrEmpty<MailingResponse>('/api/sms/mailings'),
};
