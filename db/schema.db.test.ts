import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../tests/support/test-database.ts';
import type { OpenDatabase } from './connect.ts';
import type { Database } from './schema.ts';

type Nullability = 'null' | 'not null';

/**
 * Every column of every table in schema.ts, with whether it may be null. The mapped type makes
 * the compiler reject a column missing here or one that schema.ts does not have.
 */
const declaredColumns: { [Table in keyof Database]: Record<keyof Database[Table], Nullability> } = {
  users: {
    id: 'not null', login: 'not null', display_name: 'not null', role: 'not null', extension: 'null',
    sip_username: 'null', sip_password: 'null', password_hash: 'not null', locale: 'not null', active: 'not null',
    created_at: 'not null', updated_at: 'not null',
  },
  clients: {
    id: 'not null', kind: 'not null', full_name: 'not null', short_name: 'null', relationship: 'not null',
    manager_id: 'null', region: 'null', industry: 'null', ad_source: 'null', birthday: 'null', notes: 'not null',
    search_text: 'not null', created_at: 'not null', updated_at: 'not null', archived_at: 'null',
  },
  contact_persons: {
    id: 'not null', client_id: 'not null', full_name: 'not null', position: 'null', birthday: 'null',
    notes: 'not null', created_at: 'not null', updated_at: 'not null', archived_at: 'null',
  },
  phones: {
    id: 'not null', client_id: 'not null', contact_person_id: 'null', raw: 'not null', e164: 'null',
    trailing_digits: 'not null', extension: 'null', kind: 'not null', created_at: 'not null',
  },
  emails: {
    id: 'not null', client_id: 'not null', contact_person_id: 'null', address: 'not null', kind: 'not null',
    created_at: 'not null',
  },
  property_definitions: {
    id: 'not null', name: 'not null', type: 'not null', allowed_values: 'null', show_in_pop: 'not null',
    created_at: 'not null', archived_at: 'null',
  },
  client_property_values: { client_id: 'not null', property_id: 'not null', value: 'not null', updated_at: 'not null' },
  segments: {
    id: 'not null', name: 'not null', description: 'not null', filter: 'not null', created_by: 'null',
    created_at: 'not null', updated_at: 'not null',
  },
  interaction_types: { code: 'not null', name: 'not null' },
  interactions: {
    id: 'not null', channel: 'not null', direction: 'null', started_at: 'not null', ended_at: 'null',
    duration_seconds: 'null', priority: 'not null', type: 'not null', state: 'not null', status: 'not null',
    subject: 'not null', notes: 'not null', ad_source: 'null', client_id: 'null', contact_person_id: 'null',
    user_id: 'null', pbx_call_id: 'null', from_number: 'null', to_number: 'null', call_outcome: 'null',
    wait_seconds: 'null', talk_seconds: 'null', queue: 'null', recording_ref: 'null', created_at: 'not null',
    updated_at: 'not null',
  },
  deals: {
    id: 'not null', client_id: 'not null', manager_id: 'null', title: 'not null', amount: 'not null',
    currency: 'not null', stage: 'not null', lost_reason: 'null', opened_at: 'not null', closed_at: 'null',
    created_at: 'not null', updated_at: 'not null',
  },
  tasks: {
    id: 'not null', title: 'not null', description: 'not null', type: 'not null', client_id: 'null',
    contact_person_id: 'null', interaction_id: 'null', deal_id: 'null', author_id: 'null', assignee_id: 'null',
    controller_id: 'null', shared: 'not null', importance: 'not null', percent_done: 'not null', state: 'not null',
    due_at: 'null', remind_at: 'null', reminded_at: 'null', planned_start: 'null', planned_end: 'null', actual_start: 'null',
    actual_end: 'null', callback_number: 'null', created_at: 'not null', updated_at: 'not null',
  },
  callback_missed_calls: { pbx_call_id: 'not null', task_id: 'not null', missed_at: 'not null' },
  audit_log: {
    id: 'not null', at: 'not null', user_id: 'null', entity: 'not null', entity_id: 'not null', action: 'not null',
    changes: 'not null',
  },
  sms_messages: {
    id: 'not null', interaction_id: 'not null', direction: 'not null', from_number: 'not null', to_number: 'not null',
    body: 'not null', twilio_sid: 'null', status: 'not null', error_code: 'null', segments: 'not null', price: 'null',
    price_unit: 'null', rule_key: 'null', created_at: 'not null', updated_at: 'not null',
  },
  sms_mailings: {
    id: 'not null', name: 'not null', template: 'not null', recipient_filter: 'not null', state: 'not null', send_at: 'null',
    quiet_hours_start: 'null', quiet_hours_end: 'null', rate_per_second: 'null', created_by: 'null', created_at: 'not null',
    updated_at: 'not null', started_at: 'null', finished_at: 'null',
  },
  sms_mailing_recipients: {
    id: 'not null', mailing_id: 'not null', client_id: 'not null', contact_person_id: 'null', to_number: 'not null',
    time_zone: 'not null', body: 'not null', segments: 'not null', state: 'not null', attempts: 'not null',
    next_attempt_at: 'not null', claim_owner: 'null', claimed_at: 'null', twilio_sid: 'null', twilio_status: 'null',
    error_code: 'null', price: 'null', submitted_at: 'null', replied_at: 'null', updated_at: 'not null',
  },
  sms_opt_outs: { phone_number: 'not null', opted_out_at: 'not null', source: 'not null' },
  sms_rules: { kind: 'not null', enabled: 'not null', template: 'not null', lead_minutes: 'not null', updated_at: 'not null' },
  crm_settings: {
    id: 'not null', time_zone: 'not null', birthday_reminder_days: 'not null', callback_deadline_minutes: 'not null',
    currency: 'not null', sms_exchange_rate: 'null', updated_at: 'not null',
  },
  birthday_reminders: { client_id: 'not null', contact_person_id: 'null', birthday_year: 'not null', task_id: 'null', created_at: 'not null' },
  campaign_costs: { ad_source: 'not null', month: 'not null', amount: 'not null', updated_at: 'not null' },
  caller_choices: { caller_number: 'not null', user_id: 'not null', client_id: 'not null', contact_person_id: 'null', chosen_at: 'not null' },
  pending_wrap_ups: { pbx_call_id: 'not null', user_id: 'not null', wrap_up: 'not null', follow_up: 'null', received_at: 'not null' },
  sessions: {
    token_hash: 'not null', user_id: 'not null', created_at: 'not null', last_seen_at: 'not null', expires_at: 'not null',
    ip: 'null', user_agent: 'null',
  },
};

describe('the hand-written schema types', () => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('list exactly the tables and columns of the migrated database, with their nullability', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string; is_nullable: 'YES' | 'NO' }>`
      SELECT table_name, column_name, is_nullable FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_%'`.execute(database.db);

    const migrated: Record<string, Record<string, Nullability>> = {};
    for (const row of rows) {
      migrated[row.table_name] ??= {};
      migrated[row.table_name]![row.column_name] = row.is_nullable === 'YES' ? 'null' : 'not null';
    }
    expect(migrated).toEqual(declaredColumns);
  });

  it('run the migrations again without changing anything', async () => {
    const { migrateToLatest } = await import('./migrate.ts');
    await expect(migrateToLatest(database.db)).resolves.toBeUndefined();
  });
});
