/**
 * Table types, written by hand to match the migrations. `db/schema.db.test.ts` compares them
 * with the migrated database on every engine, so a migration and this file change together.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A timestamptz column: pg returns Date; we write Date or ISO text. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type TimestampWithDefault = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column, read as `YYYY-MM-DD` text (see the type parsers in connect.ts). */
type CalendarDate = string;
/** numeric, read as text so money never passes through a float. */
type Decimal = ColumnType<string, string | number, string | number>;
type Json<T> = ColumnType<T, string, string>;

export type UserRole = 'operator' | 'manager' | 'supervisor' | 'admin';
export type Locale = 'en' | 'uk' | 'ru';
export type ClientKind = 'organization' | 'person';
export type Relationship = 'customer' | 'prospect' | 'supplier' | 'partner' | 'other';
export type PhoneKind = 'mobile' | 'work' | 'home' | 'fax';
export type EmailKind = 'work' | 'personal';
export type PropertyType = 'enum' | 'number' | 'text' | 'bool' | 'date';
export type Channel = 'call' | 'sms' | 'email' | 'meeting' | 'note';
export type Direction = 'in' | 'out';
export type Priority = 'high' | 'medium' | 'low';
export type InteractionState = 'no-review' | 'not-done' | 'done' | 'partially-done';
export type InteractionStatus = 'held' | 'planned' | 'canceled';
export type CallOutcome = 'answered' | 'missed' | 'busy' | 'failed' | 'abandoned' | 'transferred';
export type DealStage = 'new' | 'in-progress' | 'won' | 'lost';
export type TaskState = 'open' | 'in-progress' | 'done' | 'canceled';
export type AuditAction = 'create' | 'update' | 'archive' | 'restore' | 'delete' | 'login' | 'login-failed' | 'logout' | 'supervise';

export interface UsersTable {
  id: Generated<number>;
  login: string;
  display_name: string;
  role: UserRole;
  extension: string | null;
  sip_username: string | null;
  sip_password: string | null;
  password_hash: string;
  locale: ColumnType<Locale, Locale | undefined, Locale>;
  active: Generated<boolean>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface ClientsTable {
  id: Generated<number>;
  kind: ClientKind;
  full_name: string;
  short_name: string | null;
  relationship: ColumnType<Relationship, Relationship | undefined, Relationship>;
  manager_id: number | null;
  region: string | null;
  industry: string | null;
  ad_source: string | null;
  birthday: CalendarDate | null;
  notes: Generated<string>;
  search_text: string;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
  archived_at: Timestamp | null;
}

export interface ContactPersonsTable {
  id: Generated<number>;
  client_id: number;
  full_name: string;
  position: string | null;
  birthday: CalendarDate | null;
  notes: Generated<string>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
  archived_at: Timestamp | null;
}

export interface PhonesTable {
  id: Generated<number>;
  client_id: number;
  contact_person_id: number | null;
  raw: string;
  e164: string | null;
  trailing_digits: string;
  extension: string | null;
  kind: ColumnType<PhoneKind, PhoneKind | undefined, PhoneKind>;
  created_at: TimestampWithDefault;
}

export interface EmailsTable {
  id: Generated<number>;
  client_id: number;
  contact_person_id: number | null;
  address: string;
  kind: ColumnType<EmailKind, EmailKind | undefined, EmailKind>;
  created_at: TimestampWithDefault;
}

export interface PropertyDefinitionsTable {
  id: Generated<number>;
  name: string;
  type: PropertyType;
  allowed_values: Json<string[]> | null;
  show_in_pop: Generated<boolean>;
  created_at: TimestampWithDefault;
  archived_at: Timestamp | null;
}

export interface ClientPropertyValuesTable {
  client_id: number;
  property_id: number;
  value: string;
  updated_at: TimestampWithDefault;
}

export interface SegmentsTable {
  id: Generated<number>;
  name: string;
  description: Generated<string>;
  filter: Json<unknown>;
  created_by: number | null;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface InteractionTypesTable {
  code: string;
  name: string;
}

export interface InteractionsTable {
  id: Generated<number>;
  channel: Channel;
  direction: Direction | null;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  duration_seconds: number | null;
  priority: ColumnType<Priority, Priority | undefined, Priority>;
  type: Generated<string>;
  state: ColumnType<InteractionState, InteractionState | undefined, InteractionState>;
  status: ColumnType<InteractionStatus, InteractionStatus | undefined, InteractionStatus>;
  subject: Generated<string>;
  notes: Generated<string>;
  ad_source: string | null;
  client_id: number | null;
  contact_person_id: number | null;
  user_id: number | null;
  pbx_call_id: string | null;
  from_number: string | null;
  to_number: string | null;
  call_outcome: CallOutcome | null;
  wait_seconds: number | null;
  talk_seconds: number | null;
  queue: string | null;
  recording_ref: string | null;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface DealsTable {
  id: Generated<number>;
  client_id: number;
  manager_id: number | null;
  title: string;
  amount: Decimal;
  currency: Generated<string>;
  stage: ColumnType<DealStage, DealStage | undefined, DealStage>;
  lost_reason: string | null;
  opened_at: TimestampWithDefault;
  closed_at: Timestamp | null;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface TasksTable {
  id: Generated<number>;
  title: string;
  description: Generated<string>;
  type: Generated<string>;
  client_id: number | null;
  contact_person_id: number | null;
  interaction_id: number | null;
  deal_id: number | null;
  author_id: number | null;
  assignee_id: number | null;
  controller_id: number | null;
  shared: Generated<boolean>;
  importance: ColumnType<Priority, Priority | undefined, Priority>;
  percent_done: Generated<number>;
  state: ColumnType<TaskState, TaskState | undefined, TaskState>;
  due_at: Timestamp | null;
  remind_at: Timestamp | null;
  planned_start: Timestamp | null;
  planned_end: Timestamp | null;
  actual_start: Timestamp | null;
  actual_end: Timestamp | null;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

/** A signed-in browser. The cookie carries the token; only its SHA-256 is stored. */
export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: TimestampWithDefault;
  last_seen_at: TimestampWithDefault;
  expires_at: Date | string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  /** bigint, read as a number (see the type parsers in connect.ts). */
  id: Generated<number>;
  at: TimestampWithDefault;
  user_id: number | null;
  entity: string;
  entity_id: string;
  action: AuditAction;
  changes: Json<Record<string, unknown>>;
}

export interface Database {
  users: UsersTable;
  clients: ClientsTable;
  contact_persons: ContactPersonsTable;
  phones: PhonesTable;
  emails: EmailsTable;
  property_definitions: PropertyDefinitionsTable;
  client_property_values: ClientPropertyValuesTable;
  segments: SegmentsTable;
  interaction_types: InteractionTypesTable;
  interactions: InteractionsTable;
  deals: DealsTable;
  tasks: TasksTable;
  audit_log: AuditLogTable;
  sessions: SessionsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type ClientRow = Selectable<ClientsTable>;
export type NewClientRow = Insertable<ClientsTable>;
export type ClientUpdate = Updateable<ClientsTable>;
export type ContactPersonRow = Selectable<ContactPersonsTable>;
export type PhoneRow = Selectable<PhonesTable>;
export type EmailRow = Selectable<EmailsTable>;
export type PropertyDefinitionRow = Selectable<PropertyDefinitionsTable>;
export type SegmentRow = Selectable<SegmentsTable>;
export type InteractionRow = Selectable<InteractionsTable>;
export type NewInteractionRow = Insertable<InteractionsTable>;
export type DealRow = Selectable<DealsTable>;
export type TaskRow = Selectable<TasksTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type SessionRow = Selectable<SessionsTable>;
