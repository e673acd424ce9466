import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.

const statements = [
  // A reminder is delivered once: the gateway claims it by setting reminded_at.
  `ALTER TABLE tasks ADD COLUMN reminded_at timestamptz`,
  // Reminders whose time passed before delivery existed would otherwise all pop up at once.
  `UPDATE tasks SET reminded_at = remind_at WHERE remind_at < now()`,
  `DROP INDEX tasks_reminders`,
  `CREATE INDEX tasks_due_reminders ON tasks (assignee_id, remind_at)
     WHERE reminded_at IS NULL AND remind_at IS NOT NULL AND state IN ('open', 'in-progress')`,
  `CREATE INDEX tasks_assignee_due ON tasks (assignee_id, due_at, id)`,
  `CREATE INDEX tasks_contact_person ON tasks (contact_person_id) WHERE contact_person_id IS NOT NULL`,

  // One row of settings the reports and reminders share.
  `CREATE TABLE crm_settings (
     id boolean PRIMARY KEY DEFAULT true CHECK (id),
     time_zone text NOT NULL DEFAULT 'Europe/Kyiv',
     birthday_reminder_days integer NOT NULL DEFAULT 3 CHECK (birthday_reminder_days BETWEEN 0 AND 30),
     callback_deadline_minutes integer NOT NULL DEFAULT 60 CHECK (callback_deadline_minutes BETWEEN 1 AND 10080),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `INSERT INTO crm_settings DEFAULT VALUES`,

  // The birthday task made for a person in a given year, so each birthday is reminded once.
  `CREATE TABLE birthday_reminders (
     client_id integer NOT NULL REFERENCES clients (id),
     contact_person_id integer REFERENCES contact_persons (id),
     birthday_year integer NOT NULL,
     task_id integer REFERENCES tasks (id),
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE UNIQUE INDEX birthday_reminders_once_a_year
     ON birthday_reminders (client_id, (coalesce(contact_person_id, 0)), birthday_year)`,
  `CREATE INDEX contact_persons_birthday_day ON contact_persons ((extract(month FROM birthday)), (extract(day FROM birthday)))
     WHERE birthday IS NOT NULL`,

  // What an advertising source cost in a calendar month, for the campaign report's return.
  `CREATE TABLE campaign_costs (
     ad_source text NOT NULL CHECK (length(ad_source) BETWEEN 1 AND 200),
     month date NOT NULL CHECK (extract(day FROM month) = 1),
     amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
     updated_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (ad_source, month)
   )`,

  // Reports: won and lost deals by closing time; first inbound contacts per client (inquiries).
  `CREATE INDEX deals_closed ON deals (closed_at) INCLUDE (client_id, manager_id, stage, amount) WHERE stage IN ('won', 'lost')`,
  `CREATE INDEX interactions_inbound_by_client ON interactions (client_id, started_at, id) WHERE direction = 'in'`,
  // A client's manager and advertising source without touching the wide client rows: a year of
  // inquiries looks up several hundred thousand clients (halved the inquiry report on 1M clients).
  `CREATE INDEX clients_attribution ON clients (id) INCLUDE (manager_id, ad_source)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
