/** The few indexed reads behind a screen-pop card. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export async function selectClientWithManager(db: Kysely<Database>, clientId: number) {
  return db
    .selectFrom('clients')
    .leftJoin('users as manager', 'manager.id', 'clients.manager_id')
    .select([
      'clients.id',
      'clients.kind',
      'clients.full_name',
      'clients.short_name',
      'clients.relationship',
      'clients.manager_id',
      'clients.region',
      'clients.industry',
      'clients.notes',
      'clients.search_text',
      'manager.display_name as manager_name',
    ])
    .where('clients.id', '=', clientId)
    .executeTakeFirst();
}

export type ClientWithManagerRow = NonNullable<Awaited<ReturnType<typeof selectClientWithManager>>>;

export async function selectContactPersonOfClient(db: Kysely<Database>, clientId: number, contactPersonId: number) {
  return db
    .selectFrom('contact_persons')
    .select(['id', 'full_name', 'position', 'notes'])
    .where('id', '=', contactPersonId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

/** Values of the client's properties, with every property's definition. */
export async function selectClientPropertyValues(db: Kysely<Database>, clientId: number) {
  return db
    .selectFrom('client_property_values')
    .innerJoin('property_definitions', 'property_definitions.id', 'client_property_values.property_id')
    .select([
      'property_definitions.id',
      'property_definitions.name',
      'property_definitions.type',
      'property_definitions.show_in_pop',
      'property_definitions.archived_at',
      'client_property_values.value',
    ])
    .where('client_property_values.client_id', '=', clientId)
    .orderBy('property_definitions.id')
    .execute();
}

export async function selectLatestInteractions(db: Kysely<Database>, clientId: number, limit: number) {
  return db
    .selectFrom('interactions')
    .leftJoin('users', 'users.id', 'interactions.user_id')
    .select([
      'interactions.id',
      'interactions.channel',
      'interactions.direction',
      'interactions.started_at',
      'interactions.type',
      'interactions.subject',
      'interactions.notes',
      'interactions.call_outcome',
      'users.display_name as user_name',
    ])
    .where('interactions.client_id', '=', clientId)
    .orderBy('interactions.started_at', 'desc')
    .orderBy('interactions.id', 'desc')
    .limit(limit)
    .execute();
}

export async function selectOpenTasksOfClient(db: Kysely<Database>, clientId: number, limit: number) {
  return db
    .selectFrom('tasks')
    .leftJoin('users', 'users.id', 'tasks.assignee_id')
    .select(['tasks.id', 'tasks.title', 'tasks.state', 'tasks.importance', 'tasks.due_at', 'users.display_name as assignee_name'])
    .where('tasks.client_id', '=', clientId)
    .where('tasks.state', 'in', ['open', 'in-progress'])
    .orderBy('tasks.due_at', (order) => order.asc().nullsLast())
    .orderBy('tasks.id')
    .limit(limit)
    .execute();
}

/** When each client was last in touch, for telling apart several clients that share a number. */
export async function selectLastContactTimes(db: Kysely<Database>, clientIds: readonly number[]): Promise<Map<number, Date>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('interactions')
    .select(['client_id', (eb) => eb.fn.max('started_at').as('last_at')])
    .where('client_id', 'in', clientIds)
    .groupBy('client_id')
    .execute();
  return new Map(rows.map((row) => [row.client_id!, new Date(row.last_at)]));
}
