import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.

const statements = [
  // The currency the reports show revenue and costs in.
  `ALTER TABLE crm_settings ADD COLUMN currency text NOT NULL DEFAULT 'UAH' CHECK (currency ~ '^[A-Z]{3}$')`,
  // Twilio prices SMS in its own currency (USD): what one unit of it costs in the CRM's currency,
  // so that a mailing's cost can be set against the revenue it brought. Null until an admin sets it.
  `ALTER TABLE crm_settings ADD COLUMN sms_exchange_rate numeric(14, 6) CHECK (sms_exchange_rate > 0)`,
  // The campaign report finds the mailing messages sent in its period.
  `CREATE INDEX sms_mailing_recipients_submitted ON sms_mailing_recipients (submitted_at) INCLUDE (mailing_id, client_id)
     WHERE state = 'submitted'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
