import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.

const twilioStatuses = `'queued', 'accepted', 'scheduled', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'canceled', 'receiving', 'received'`;

const statements = [
  // One row per SMS that went out or came in; each is logged as an interaction (channel sms).
  `CREATE TABLE sms_messages (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     interaction_id integer NOT NULL REFERENCES interactions (id),
     direction text NOT NULL CHECK (direction IN ('in', 'out')),
     from_number text NOT NULL,
     to_number text NOT NULL,
     body text NOT NULL,
     twilio_sid text UNIQUE,
     status text NOT NULL CHECK (status IN (${twilioStatuses})),
     error_code integer,
     segments integer NOT NULL CHECK (segments >= 0),
     price numeric(12, 5),
     price_unit text,
     rule_key text UNIQUE,
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX sms_messages_interaction ON sms_messages (interaction_id)`,

  `CREATE TABLE sms_mailings (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
     template text NOT NULL CHECK (length(template) BETWEEN 1 AND 1600),
     recipient_filter jsonb NOT NULL,
     state text NOT NULL DEFAULT 'draft'
       CHECK (state IN ('draft', 'scheduled', 'sending', 'paused', 'cancelled', 'done')),
     send_at timestamptz,
     quiet_hours_start smallint CHECK (quiet_hours_start BETWEEN 0 AND 1439),
     quiet_hours_end smallint CHECK (quiet_hours_end BETWEEN 0 AND 1439),
     rate_per_second integer CHECK (rate_per_second > 0),
     created_by integer REFERENCES users (id),
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now(),
     started_at timestamptz,
     finished_at timestamptz,
     CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL))
   )`,
  `CREATE INDEX sms_mailings_due ON sms_mailings (send_at) WHERE state = 'scheduled'`,

  // One row per recipient: claimed in a transaction before the API call, so no one gets it twice.
  `CREATE TABLE sms_mailing_recipients (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     mailing_id integer NOT NULL REFERENCES sms_mailings (id),
     client_id integer NOT NULL REFERENCES clients (id),
     contact_person_id integer REFERENCES contact_persons (id),
     to_number text NOT NULL,
     time_zone text NOT NULL,
     body text NOT NULL,
     segments integer NOT NULL CHECK (segments >= 0),
     state text NOT NULL DEFAULT 'pending'
       CHECK (state IN ('pending', 'claimed', 'submitted', 'failed', 'opted-out', 'cancelled')),
     attempts integer NOT NULL DEFAULT 0,
     next_attempt_at timestamptz NOT NULL DEFAULT now(),
     claim_owner text,
     claimed_at timestamptz,
     twilio_sid text UNIQUE,
     twilio_status text CHECK (twilio_status IN (${twilioStatuses})),
     error_code integer,
     price numeric(12, 5),
     submitted_at timestamptz,
     replied_at timestamptz,
     updated_at timestamptz NOT NULL DEFAULT now(),
     UNIQUE (mailing_id, client_id)
   )`,
  `CREATE INDEX sms_mailing_recipients_due ON sms_mailing_recipients (mailing_id, next_attempt_at, id) WHERE state = 'pending'`,
  `CREATE INDEX sms_mailing_recipients_claimed ON sms_mailing_recipients (claimed_at) WHERE state = 'claimed'`,
  `CREATE INDEX sms_mailing_recipients_number ON sms_mailing_recipients (to_number, submitted_at)`,

  `CREATE TABLE sms_opt_outs (
     phone_number text PRIMARY KEY,
     opted_out_at timestamptz NOT NULL DEFAULT now(),
     source text NOT NULL CHECK (source IN ('keyword', 'carrier', 'manual'))
   )`,

  `CREATE TABLE sms_rules (
     kind text PRIMARY KEY CHECK (kind IN ('missed-call', 'birthday', 'meeting-reminder')),
     enabled boolean NOT NULL DEFAULT false,
     template text NOT NULL CHECK (length(template) BETWEEN 1 AND 1600),
     lead_minutes integer NOT NULL DEFAULT 60 CHECK (lead_minutes BETWEEN 5 AND 10080),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `INSERT INTO sms_rules (kind, template) VALUES
     ('missed-call', 'Sorry we missed your call. We will call you back shortly.'),
     ('birthday', 'Happy birthday, {{name}}! Best wishes from all of us.'),
     ('meeting-reminder', 'Reminder: your meeting with us is at {{meetingTime}}.')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
