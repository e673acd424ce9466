import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.

const statements = [
  `CREATE EXTENSION IF NOT EXISTS pg_trgm`,

  `CREATE TABLE users (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     login text NOT NULL UNIQUE CHECK (login = lower(login) AND length(login) BETWEEN 1 AND 64),
     display_name text NOT NULL,
     role text NOT NULL CHECK (role IN ('operator', 'manager', 'supervisor', 'admin')),
     extension text UNIQUE,
     sip_username text,
     sip_password text,
     password_hash text NOT NULL,
     locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'uk', 'ru')),
     active boolean NOT NULL DEFAULT true,
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,

  `CREATE TABLE clients (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     kind text NOT NULL CHECK (kind IN ('organization', 'person')),
     full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 300),
     short_name text,
     relationship text NOT NULL DEFAULT 'prospect'
       CHECK (relationship IN ('customer', 'prospect', 'supplier', 'partner', 'other')),
     manager_id integer REFERENCES users (id),
     region text,
     industry text,
     ad_source text,
     birthday date,
     notes text NOT NULL DEFAULT '',
     search_text text NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now(),
     archived_at timestamptz
   )`,
  `CREATE INDEX clients_search_text_trgm ON clients USING gin (search_text gin_trgm_ops)`,
  `CREATE INDEX clients_by_name ON clients (search_text, id)`,
  `CREATE INDEX clients_by_created ON clients (created_at, id)`,
  `CREATE INDEX clients_by_updated ON clients (updated_at, id)`,
  `CREATE INDEX clients_manager ON clients (manager_id, id)`,
  `CREATE INDEX clients_birthday_day ON clients ((extract(month FROM birthday)), (extract(day FROM birthday))) WHERE birthday IS NOT NULL`,

  `CREATE TABLE contact_persons (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     client_id integer NOT NULL REFERENCES clients (id),
     full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 300),
     position text,
     birthday date,
     notes text NOT NULL DEFAULT '',
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now(),
     archived_at timestamptz
   )`,
  `CREATE INDEX contact_persons_client ON contact_persons (client_id)`,

  `CREATE TABLE phones (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     client_id integer NOT NULL REFERENCES clients (id),
     contact_person_id integer REFERENCES contact_persons (id),
     raw text NOT NULL,
     e164 text,
     trailing_digits text NOT NULL,
     extension text,
     kind text NOT NULL DEFAULT 'mobile' CHECK (kind IN ('mobile', 'work', 'home', 'fax')),
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX phones_e164 ON phones (e164)`,
  `CREATE INDEX phones_trailing_digits ON phones (trailing_digits)`,
  `CREATE INDEX phones_client ON phones (client_id)`,
  `CREATE INDEX phones_fragment_trgm ON phones USING gin (trailing_digits gin_trgm_ops, e164 gin_trgm_ops)`,

  `CREATE TABLE emails (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     client_id integer NOT NULL REFERENCES clients (id),
     contact_person_id integer REFERENCES contact_persons (id),
     address text NOT NULL,
     kind text NOT NULL DEFAULT 'work' CHECK (kind IN ('work', 'personal')),
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX emails_address ON emails (lower(address) text_pattern_ops)`,
  `CREATE INDEX emails_client ON emails (client_id)`,

  `CREATE TABLE property_definitions (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     name text NOT NULL UNIQUE,
     type text NOT NULL CHECK (type IN ('enum', 'number', 'text', 'bool', 'date')),
     allowed_values jsonb,
     show_in_pop boolean NOT NULL DEFAULT false,
     created_at timestamptz NOT NULL DEFAULT now(),
     archived_at timestamptz
   )`,

  `CREATE TABLE client_property_values (
     client_id integer NOT NULL REFERENCES clients (id),
     property_id integer NOT NULL REFERENCES property_definitions (id),
     value text NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (client_id, property_id)
   )`,
  `CREATE INDEX client_property_values_by_value ON client_property_values (property_id, value)`,

  `CREATE TABLE segments (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     name text NOT NULL UNIQUE,
     description text NOT NULL DEFAULT '',
     filter jsonb NOT NULL,
     created_by integer REFERENCES users (id),
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,

  `CREATE TABLE interaction_types (
     code text PRIMARY KEY,
     name text NOT NULL
   )`,
  `INSERT INTO interaction_types (code, name) VALUES
     ('sale', 'Sale'), ('consultation', 'Consultation'), ('complaint', 'Complaint'), ('other', 'Other')`,

  `CREATE TABLE interactions (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     channel text NOT NULL CHECK (channel IN ('call', 'sms', 'email', 'meeting', 'note')),
     direction text CHECK (direction IN ('in', 'out')),
     started_at timestamptz NOT NULL,
     ended_at timestamptz,
     duration_seconds integer,
     priority text NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
     type text NOT NULL DEFAULT 'other' REFERENCES interaction_types (code),
     state text NOT NULL DEFAULT 'no-review'
       CHECK (state IN ('no-review', 'not-done', 'done', 'partially-done')),
     status text NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'planned', 'canceled')),
     subject text NOT NULL DEFAULT '',
     notes text NOT NULL DEFAULT '',
     ad_source text,
     client_id integer REFERENCES clients (id),
     contact_person_id integer REFERENCES contact_persons (id),
     user_id integer REFERENCES users (id),
     pbx_call_id text UNIQUE,
     from_number text,
     to_number text,
     call_outcome text
       CHECK (call_outcome IN ('answered', 'missed', 'busy', 'failed', 'abandoned', 'transferred')),
     wait_seconds integer,
     talk_seconds integer,
     queue text,
     recording_ref text,
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX interactions_client_time ON interactions (client_id, started_at DESC, id DESC)`,
  `CREATE INDEX interactions_time ON interactions (started_at DESC, id DESC)`,
  `CREATE INDEX interactions_calls_by_agent ON interactions (user_id, started_at DESC) WHERE channel = 'call'`,
  `CREATE INDEX interactions_unlinked_numbers ON interactions (from_number) WHERE client_id IS NULL`,
  `CREATE INDEX interactions_unlinked_dialled ON interactions (to_number) WHERE client_id IS NULL AND direction = 'out'`,

  `CREATE TABLE deals (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     client_id integer NOT NULL REFERENCES clients (id),
     manager_id integer REFERENCES users (id),
     title text NOT NULL,
     amount numeric(14, 2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
     currency text NOT NULL DEFAULT 'UAH' CHECK (currency ~ '^[A-Z]{3}$'),
     stage text NOT NULL DEFAULT 'new' CHECK (stage IN ('new', 'in-progress', 'won', 'lost')),
     lost_reason text,
     opened_at timestamptz NOT NULL DEFAULT now(),
     closed_at timestamptz,
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX deals_client ON deals (client_id)`,
  `CREATE INDEX deals_manager_stage ON deals (manager_id, stage, closed_at)`,

  `CREATE TABLE tasks (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
     description text NOT NULL DEFAULT '',
     type text NOT NULL DEFAULT 'other',
     client_id integer REFERENCES clients (id),
     contact_person_id integer REFERENCES contact_persons (id),
     interaction_id integer REFERENCES interactions (id),
     deal_id integer REFERENCES deals (id),
     author_id integer REFERENCES users (id),
     assignee_id integer REFERENCES users (id),
     controller_id integer REFERENCES users (id),
     shared boolean NOT NULL DEFAULT false,
     importance text NOT NULL DEFAULT 'medium' CHECK (importance IN ('high', 'medium', 'low')),
     percent_done integer NOT NULL DEFAULT 0 CHECK (percent_done BETWEEN 0 AND 100),
     state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in-progress', 'done', 'canceled')),
     due_at timestamptz,
     remind_at timestamptz,
     planned_start timestamptz,
     planned_end timestamptz,
     actual_start timestamptz,
     actual_end timestamptz,
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX tasks_assignee_open ON tasks (assignee_id, due_at) WHERE state IN ('open', 'in-progress')`,
  `CREATE INDEX tasks_client ON tasks (client_id)`,
  `CREATE INDEX tasks_reminders ON tasks (remind_at) WHERE remind_at IS NOT NULL AND state IN ('open', 'in-progress')`,

  `CREATE TABLE audit_log (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     at timestamptz NOT NULL DEFAULT now(),
     user_id integer REFERENCES users (id),
     entity text NOT NULL,
     entity_id text NOT NULL,
     action text NOT NULL CHECK (action IN ('create', 'update', 'archive', 'restore', 'delete')),
     changes jsonb NOT NULL DEFAULT '{}'
   )`,
  `CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at DESC)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
