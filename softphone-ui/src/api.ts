/**
 * The gateway's HTTP API as the UI calls it. Shapes are the gateway's own (`gateway/schemas`,
 * types only, so no server code reaches the bundle); an error answer becomes an `ApiError`
 * carrying the fields the gateway named.
 */
import type { LoginBody, PhoneSettings, SessionResponse, SessionUserBody, UpdateMeBody } from '../../gateway/schemas/auth.schemas.ts';
import type { CallLogExportQuery, CallLogPage, CallLogQuery, ClickToCallBody, OpenCallback, PlacedCall } from '../../gateway/schemas/calls.schemas.ts';
import type { ClientCard, ClientListQuery, ClientPage, ClientSearchBody, NewClientBody } from '../../gateway/schemas/clients.schemas.ts';
import type { ErrorResponse } from '../../gateway/schemas/common.schemas.ts';
import type { Deal } from '../../gateway/schemas/deals.schemas.ts';
import type { Interaction, InteractionListQuery, InteractionType } from '../../gateway/schemas/interactions.schemas.ts';
import type { PropertyDefinition } from '../../gateway/schemas/properties.schemas.ts';
import type {
  AbcXyzQuery,
  AbcXyzReport,
  CallStatisticsReport,
  CampaignCost,
  CampaignsQuery,
  CampaignsReport,
  InquiriesQuery,
  InquiriesReport,
  LostReasonsReport,
  ManagerEfficiencyReport,
  ReportPeriodQuery,
  WorkSettings,
} from '../../gateway/schemas/reports.schemas.ts';
import type { Segment } from '../../gateway/schemas/segments.schemas.ts';
import type {
  MailingBody,
  MailingDraftEstimateBody,
  MailingDraftPreviewBody,
  MailingEstimate,
  MailingPreview,
  MailingRecipientPage,
  MailingRecipientQuery,
  MailingResponse,
  MailingWithTotals,
  OptedOutNumberPage,
  OptOutStatus,
  SmsMessageBody,
  SmsRule,
  SmsRuleBody,
} from '../../gateway/schemas/sms.schemas.ts';
import type { SuperviseBody, SupervisionMode, SupervisionStartedSchema, SupervisorBoard } from '../../gateway/schemas/supervisor.schemas.ts';
import type { Birthday, BirthdayQuery, NewTaskBody, Task, TaskChangesBody, TaskListQuery, TaskPage } from '../../gateway/schemas/tasks.schemas.ts';
import type { UserListItem } from '../../gateway/schemas/users.schemas.ts';
import type { Static } from 'typebox';

export type SessionUser = SessionUserBody;
type SupervisionStarted = Static<typeof SupervisionStartedSchema>;
export type { CallLogEntry, CallLogPage, CallLogQuery, OpenCallback } from '../../gateway/schemas/calls.schemas.ts';
export type { ClientCard, ClientFilter, ClientListItem, ClientSearchBody, PropertyCondition } from '../../gateway/schemas/clients.schemas.ts';
export type { Phone } from '../../gateway/schemas/contact-details.schemas.ts';
export type { Interaction, InteractionType } from '../../gateway/schemas/interactions.schemas.ts';
export type { PropertyDefinition, PropertyValue } from '../../gateway/schemas/properties.schemas.ts';
export type { Segment } from '../../gateway/schemas/segments.schemas.ts';
export type { Deal } from '../../gateway/schemas/deals.schemas.ts';
export type {
  AbcXyzQuery,
  AbcXyzReport,
  CallStatisticsReport,
  CampaignsReport,
  InquiriesReport,
  LostReasonsReport,
  ManagerEfficiencyReport,
  ReportPeriodQuery,
  WorkSettings,
} from '../../gateway/schemas/reports.schemas.ts';
export type { MailingEstimate, MailingPreview, MailingRecipient, MailingRecipientPage, MailingWithTotals, OptedOutNumber, OptOutStatus, SmsRule } from '../../gateway/schemas/sms.schemas.ts';
export type { Birthday, Task } from '../../gateway/schemas/tasks.schemas.ts';
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

/** Every page of a task list: a calendar's week or month, my day. */
async function everyTask(path: string, query: TaskListQuery = {}): Promise<Task[]> {
  const tasks: Task[] = [];
  let cursor: string | undefined;
  do {
    const page = await request<TaskPage>('GET', withQuery(path, { ...query, limit: 200, cursor }));
    tasks.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return tasks;
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
  /** The client list with every filter, custom property conditions included. */
  searchClients: (body: ClientSearchBody) => request<ClientPage>('POST', '/api/clients/search', body),
  segments: () => listOrEmpty<Segment>('/api/segments'),
  properties: () => listOrEmpty<PropertyDefinition>('/api/properties'),
  client: (id: number) => request<ClientCard>('GET', `/api/clients/${id}`),
  createClient: (body: NewClientBody) => request<ClientCard>('POST', '/api/clients', body),
  addPhoneToClient: (clientId: number, number: string) => request<unknown>('POST', `/api/clients/${clientId}/phones`, { number }),
  interactions: (query: InteractionListQuery) => listOrEmpty<Interaction>(withQuery('/api/interactions', query)),
  interactionTypes: () => listOrEmpty<InteractionType>('/api/interaction-types'),
  /** One page of tasks (keyset paging: pass the page's `nextCursor` for the next). */
  tasks: (query: TaskListQuery) => request<TaskPage>('GET', withQuery('/api/tasks', query)),
  everyTask: (query: TaskListQuery) => everyTask('/api/tasks', query),
  myDay: () => everyTask('/api/tasks/my-day'),
  task: (id: number) => request<Task>('GET', `/api/tasks/${id}`),
  createTask: (body: NewTaskBody) => request<Task>('POST', '/api/tasks', body),
  updateTask: (id: number, body: TaskChangesBody) => request<Task>('PATCH', `/api/tasks/${id}`, body),
  birthdays: (range: BirthdayQuery['range']) => listOrEmpty<Birthday>(withQuery('/api/birthdays', { range })),
  clientDeals: (clientId: number) => listOrEmpty<Deal>(`/api/clients/${clientId}/deals`),
  clientSms: (clientId: number) => listOrEmpty<SmsMessageBody>(`/api/clients/${clientId}/sms`),
  sendSms: (clientId: number, to: string, body: string) => request<SmsMessageBody>('POST', `/api/clients/${clientId}/sms`, { to, body }),
  users: () => listOrEmpty<UserListItem>('/api/users'),
  workSettings: () => request<WorkSettings>('GET', '/api/work-settings'),
  saveWorkSettings: (body: Partial<WorkSettings>) => request<WorkSettings>('PATCH', '/api/work-settings', body),

  callLog: async (query: CallLogQuery): Promise<CallLogPage> => (await orNull(request<CallLogPage>('GET', withQuery('/api/calls', query)))) ?? { items: [] },
  callLogCsvUrl: (query: CallLogExportQuery) => withQuery('/api/calls.csv', query),
  callbacks: () => listOrEmpty<OpenCallback>('/api/callbacks'),
  callStatistics: (query: ReportPeriodQuery) => request<CallStatisticsReport>('GET', withQuery('/api/reports/calls', query)),

  abcXyz: (query: AbcXyzQuery) => request<AbcXyzReport>('GET', withQuery('/api/reports/abc-xyz', query)),
  managerEfficiency: (query: ReportPeriodQuery) => request<ManagerEfficiencyReport>('GET', withQuery('/api/reports/manager-efficiency', query)),
  lostReasons: (query: ReportPeriodQuery) => request<LostReasonsReport>('GET', withQuery('/api/reports/lost-reasons', query)),
  inquiries: (query: InquiriesQuery) => request<InquiriesReport>('GET', withQuery('/api/reports/inquiries', query)),
  campaigns: (query: CampaignsQuery) => request<CampaignsReport>('GET', withQuery('/api/reports/campaigns', query)),
  setCampaignCost: (cost: CampaignCost) => request<CampaignCost>('PUT', '/api/reports/campaign-costs', cost),
  /** A report table as CSV: `report` is the report's path, `query` its own plus `table` and `delimiter`. */
  reportCsvUrl: (report: string, query: Query) => withQuery(`/api/reports/${report}/csv`, query),

  liveBoard: () => orNull(request<SupervisorBoard>('GET', '/api/supervisor/board')),
  /** Rings my phone and joins the agent's call as `mode` once I answer. */
  supervise: (mode: SupervisionMode, body: SuperviseBody) => request<SupervisionStarted>('POST', `/api/supervisor/${mode}`, body),


  mailings: () => listOrEmpty<MailingWithTotals>('/api/sms/mailings'),
  mailing: (id: number) => request<MailingWithTotals>('GET', `/api/sms/mailings/${id}`),
  createMailing: (body: MailingBody) => request<MailingResponse>('POST', '/api/sms/mailings', body),
  updateMailing: (id: number, body: MailingBody) => request<MailingResponse>('PUT', `/api/sms/mailings/${id}`, body),
  deleteMailing: (id: number) => request<void>('DELETE', `/api/sms/mailings/${id}`),
  estimateMailing: (body: MailingDraftEstimateBody) => request<MailingEstimate>('POST', '/api/sms/mailings/estimate', body),
  previewMailing: (body: MailingDraftPreviewBody) => request<MailingPreview>('POST', '/api/sms/mailings/preview', body),
  /** Fixes the recipients and sends at `sendAt`, or now when it is null. */
  scheduleMailing: (id: number, sendAt: string | null) => request<MailingResponse>('POST', `/api/sms/mailings/${id}/schedule`, { sendAt }),
  changeMailing: (id: number, action: 'pause' | 'resume' | 'cancel') => request<MailingResponse>('POST', `/api/sms/mailings/${id}/${action}`),
  mailingRecipients: (id: number, query: MailingRecipientQuery) => request<MailingRecipientPage>('GET', withQuery(`/api/sms/mailings/${id}/recipients`, query)),
  optedOut: (cursor?: string) => request<OptedOutNumberPage>('GET', withQuery('/api/sms/opted-out', { cursor })),
  optOutStatus: (number: string) => request<OptOutStatus>('GET', withQuery('/api/sms/opt-outs', { number })),
  /** The customer asked, by word of mouth, for no more SMS to this number. */
  recordOptOut: (number: string) => request<OptOutStatus>('POST', '/api/sms/opt-outs', { number }),
  /** Undoes an opt-out a user recorded (one the customer made by replying STOP is refused). */
  liftOptOut: (number: string) => request<OptOutStatus>('DELETE', withQuery('/api/sms/opt-outs', { number })),
  smsRules: () => listOrEmpty<SmsRule>('/api/sms/rules'),
  updateSmsRule: (kind: SmsRule['kind'], body: SmsRuleBody) => request<SmsRule>('PUT', `/api/sms/rules/${kind}`, body),
};
