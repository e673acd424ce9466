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
export type TwilioMessageStatus =
  | 'queued' | 'accepted' | 'scheduled' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed' | 'canceled'
  | 'receiving' | 'received';
export type MailingState = 'draft' | 'scheduled' | 'sending' | 'paused' | 'cancelled' | 'done';
export type MailingRecipientState = 'pending' | 'claimed' | 'submitted' | 'failed' | 'opted-out' | 'cancelled';
export type OptOutSource = 'keyword' | 'carrier' | 'manual';
export type SmsRuleKind = 'missed-call' | 'birthday' | 'meeting-reminder';

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
  /** When the reminder was handed to the gateway for delivery; null while it waits. */
  reminded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  planned_start: Timestamp | null;
  planned_end: Timestamp | null;
  actual_start: Timestamp | null;
  actual_end: Timestamp | null;
  /** Callback tasks only: the number to call back (E.164 where it parses); one open callback per number. */
  callback_number: string | null;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

/** The missed calls a callback task answers, each once. */
export interface CallbackMissedCallsTable {
  pbx_call_id: string;
  task_id: number;
  missed_at: Timestamp;
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

/** The one row of settings shared by reminders and reports. */
export interface CrmSettingsTable {
  id: ColumnType<boolean, true | undefined, never>;
  /** IANA name: reports group by this zone's days and hours; birthdays are reminded in it. */
  time_zone: Generated<string>;
  birthday_reminder_days: Generated<number>;
  /** A missed call returned within this many minutes counts as a callback in time. */
  callback_deadline_minutes: Generated<number>;
  /** ISO 4217: the currency reports show revenue and costs in. */
  currency: Generated<string>;
  /** What one unit of the SMS price currency (SMS_PRICE_CURRENCY, USD) costs in `currency`; null until set. */
  sms_exchange_rate: Decimal | null;
  updated_at: TimestampWithDefault;
}

/** The birthday task made for a client (contact_person_id null) or contact person in one year. */
export interface BirthdayRemindersTable {
  client_id: number;
  contact_person_id: number | null;
  birthday_year: number;
  task_id: number | null;
  created_at: TimestampWithDefault;
}

/** What an advertising source cost in a calendar month (`month` is its first day). */
export interface CampaignCostsTable {
  ad_source: string;
  month: CalendarDate;
  amount: Decimal;
  updated_at: TimestampWithDefault;
}

/** One SMS sent or received, logged as the interaction `interaction_id`. */
export interface SmsMessagesTable {
  id: Generated<number>;
  interaction_id: number;
  direction: Direction;
  from_number: string;
  to_number: string;
  body: string;
  twilio_sid: string | null;
  status: TwilioMessageStatus;
  error_code: number | null;
  segments: number;
  price: Decimal | null;
  price_unit: string | null;
  /** The rule event that sent it (`missed-call:<call id>`), so a rule sends once per event. */
  rule_key: string | null;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface SmsMailingsTable {
  id: Generated<number>;
  name: string;
  template: string;
  /** A client-list filter (ClientFilter), `segmentId` included. */
  recipient_filter: Json<unknown>;
  state: ColumnType<MailingState, MailingState | undefined, MailingState>;
  send_at: Timestamp | null;
  /** Minutes after local midnight; both null when the mailing has no quiet hours. */
  quiet_hours_start: number | null;
  quiet_hours_end: number | null;
  rate_per_second: number | null;
  created_by: number | null;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface SmsMailingRecipientsTable {
  id: Generated<number>;
  mailing_id: number;
  client_id: number;
  contact_person_id: number | null;
  to_number: string;
  /** IANA zone of the number's country: quiet hours are the recipient's. */
  time_zone: string;
  body: string;
  segments: number;
  state: ColumnType<MailingRecipientState, MailingRecipientState | undefined, MailingRecipientState>;
  attempts: Generated<number>;
  /** A retry after a refusal, or the end of the recipient's quiet hours. */
  next_attempt_at: TimestampWithDefault;
  claim_owner: string | null;
  claimed_at: Timestamp | null;
  twilio_sid: string | null;
  twilio_status: TwilioMessageStatus | null;
  error_code: number | null;
  price: Decimal | null;
  submitted_at: Timestamp | null;
  replied_at: Timestamp | null;
  updated_at: TimestampWithDefault;
}

/** Numbers that replied STOP (or that Twilio refused with 21610): no mailing or rule texts them. */
export interface SmsOptOutsTable {
  phone_number: string;
  opted_out_at: TimestampWithDefault;
  source: OptOutSource;
}

export interface SmsRulesTable {
  kind: SmsRuleKind;
  enabled: Generated<boolean>;
  template: string;
  /** Meeting reminders: how long before the meeting. */
  lead_minutes: Generated<number>;
  updated_at: TimestampWithDefault;
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
  callback_missed_calls: CallbackMissedCallsTable;
  audit_log: AuditLogTable;
  sms_messages: SmsMessagesTable;
  sms_mailings: SmsMailingsTable;
  sms_mailing_recipients: SmsMailingRecipientsTable;
  sms_opt_outs: SmsOptOutsTable;
  sms_rules: SmsRulesTable;
  crm_settings: CrmSettingsTable;
  birthday_reminders: BirthdayRemindersTable;
  campaign_costs: CampaignCostsTable;
  sessions: SessionsTable;
  caller_choices: CallerChoicesTable;
  pending_wrap_ups: PendingWrapUpsTable;
}

/** The client an operator picked for a number that several clients share. */
export interface CallerChoicesTable {
  /** E.164 where the number parses, else its digits. */
  caller_number: string;
  user_id: number;
  client_id: number;
  contact_person_id: number | null;
  chosen_at: TimestampWithDefault;
}

/** A wrap-up that arrived before its call was logged. */
export interface PendingWrapUpsTable {
  pbx_call_id: string;
  user_id: number;
  wrap_up: Json<Record<string, unknown>>;
  follow_up: Json<Record<string, unknown>> | null;
  received_at: TimestampWithDefault;
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
export type CrmSettingsRow = Selectable<CrmSettingsTable>;
export type CampaignCostRow = Selectable<CampaignCostsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type SmsMessageRow = Selectable<SmsMessagesTable>;
export type SmsMailingRow = Selectable<SmsMailingsTable>;
export type SmsMailingRecipientRow = Selectable<SmsMailingRecipientsTable>;
export type SmsRuleRow = Selectable<SmsRulesTable>;
