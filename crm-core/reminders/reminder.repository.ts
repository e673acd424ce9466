import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { Database, Priority, TaskRow } from '../../db/schema.ts';
import { unfinishedStates } from '../tasks/task.ts';
import type { MonthDay } from './reminder.ts';

export type ClaimedReminderRow = Pick<
  TaskRow,
  'id' | 'assignee_id' | 'title' | 'type' | 'remind_at' | 'due_at' | 'client_id' | 'contact_person_id'
> & { readonly importance: Priority; readonly client_name: string | null };

export interface BirthdayRow {
  readonly client_id: number;
  readonly contact_person_id: number | null;
  readonly full_name: string;
  readonly client_name: string;
  readonly manager_id: number | null;
  readonly birthday: string;
}

/**
 * Marks the due, undelivered reminders of the given users (all users: null) delivered and
 * returns them, in one statement: when two gateways claim at once, the second waits on the row
 * locks, sees reminded_at set and skips those rows, so each reminder is handed out once.
 */
export async function claimDueReminders(db: Kysely<Database>, now: Date, userIds: readonly number[] | null): Promise<ClaimedReminderRow[]> {
  if (userIds !== null && userIds.length === 0) return [];
  const { rows } = await sql<ClaimedReminderRow>`
    with claimed as (
      update tasks set reminded_at = ${now}
      where reminded_at is null and remind_at is not null and remind_at <= ${now}
        and state in (${sql.join(unfinishedStates)}) and assignee_id is not null
        and ${userIds === null ? sql`true` : sql`assignee_id in (${sql.join(userIds)})`}
      returning id, assignee_id, title, type, importance, remind_at, due_at, client_id, contact_person_id
    )
    select claimed.*, clients.full_name as client_name
    from claimed left join clients on clients.id = claimed.client_id
    order by claimed.remind_at, claimed.id
  `.execute(db);
  return rows;
}

/** Clients and contact persons (not archived) born on any of the month-days, optionally one manager's. */
export async function selectBirthdays(db: Kysely<Database>, monthDays: readonly MonthDay[], managerId: number | null): Promise<BirthdayRow[]> {
  if (monthDays.length === 0) return [];
  const bornOn = (column: 'clients.birthday' | 'contact_persons.birthday'): Expression<SqlBool> =>
    sql<SqlBool>`(${sql.join(
      monthDays.map(({ month, day }) => sql`(extract(month from ${sql.ref(column)}) = ${month} and extract(day from ${sql.ref(column)}) = ${day})`),
      sql` or `,
    )})`;
  const ownClients = (column: 'clients.manager_id') => (managerId === null ? sql<SqlBool>`true` : sql<SqlBool>`${sql.ref(column)} = ${managerId}`);

  const clients = db
    .selectFrom('clients')
    .select([
      'clients.id as client_id',
      sql<number | null>`null::int`.as('contact_person_id'),
      'clients.full_name',
      'clients.full_name as client_name',
      'clients.manager_id',
      sql<string>`clients.birthday::text`.as('birthday'),
    ])
    .where('clients.birthday', 'is not', null)
    .where('clients.archived_at', 'is', null)
    .where(bornOn('clients.birthday'))
    .where(ownClients('clients.manager_id'));
  const contactPersons = db
    .selectFrom('contact_persons')
    .innerJoin('clients', 'clients.id', 'contact_persons.client_id')
    .select([
      'clients.id as client_id',
      'contact_persons.id as contact_person_id',
      'contact_persons.full_name',
      'clients.full_name as client_name',
      'clients.manager_id',
      sql<string>`contact_persons.birthday::text`.as('birthday'),
    ])
    .where('contact_persons.birthday', 'is not', null)
    .where('contact_persons.archived_at', 'is', null)
    .where('clients.archived_at', 'is', null)
    .where(bornOn('contact_persons.birthday'))
    .where(ownClients('clients.manager_id'));
  return (await clients.unionAll(contactPersons).execute()) as BirthdayRow[];
}

/** The people among `clientIds` (and their contact persons) whose reminder for one of `years` was made, as `clientId/contactPersonId/year` keys. */
export async function selectClaimedBirthdayKeys(db: Kysely<Database>, clientIds: readonly number[], years: readonly number[]): Promise<Set<string>> {
  if (clientIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('birthday_reminders')
    .select(['client_id', 'contact_person_id', 'birthday_year'])
    .where('client_id', 'in', clientIds)
    .where('birthday_year', 'in', years)
    .execute();
  return new Set(rows.map((row) => birthdayKey(row.client_id, row.contact_person_id, row.birthday_year)));
}

export function birthdayKey(clientId: number, contactPersonId: number | null, year: number): string {
  return `${clientId}/${contactPersonId ?? 0}/${year}`;
}

/** Claims the year's birthday reminder of a person; false when one was made already. */
export async function claimBirthdayReminder(
  trx: Transaction<Database>,
  claim: { clientId: number; contactPersonId: number | null; year: number; at: Date },
): Promise<boolean> {
  const { rows } = await sql<{ claimed: number }>`
    insert into birthday_reminders (client_id, contact_person_id, birthday_year, created_at)
    values (${claim.clientId}, ${claim.contactPersonId}, ${claim.year}, ${claim.at})
    on conflict (client_id, (coalesce(contact_person_id, 0)), birthday_year) do nothing
    returning 1 as claimed
  `.execute(trx);
  return rows.length > 0;
}

export async function attachBirthdayTask(
  trx: Transaction<Database>,
  claim: { clientId: number; contactPersonId: number | null; year: number; taskId: number },
): Promise<void> {
  let update = trx
    .updateTable('birthday_reminders')
    .set({ task_id: claim.taskId })
    .where('client_id', '=', claim.clientId)
    .where('birthday_year', '=', claim.year);
  update = claim.contactPersonId === null ? update.where('contact_person_id', 'is', null) : update.where('contact_person_id', '=', claim.contactPersonId);
  await update.execute();
}
