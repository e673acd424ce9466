/**
 * The read behind a screen-pop card: the client with their manager, the contact person who
 * called, property values, latest interactions and open tasks, in one statement (each part an
 * indexed subquery). It runs on every ring, where round trips and planning cost more than the
 * reads themselves: it is compiled once, with stand-in values, and sent as a named prepared
 * statement (db/prepared-statements.ts) with the ring's values swapped in.
 */
import { sql, type CompiledQuery, type Expression, type Kysely } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { prepared, withValues } from '../../db/prepared-statements.ts';
import type { Database } from '../../db/schema.ts';
import { phoneMatchQuery, phoneMatchSlots, type PhoneMatchQuery, type PhoneMatchRow } from '../phones/phone.repository.ts';

/** Stand-ins the query is compiled with; no real id or limit takes these values. */
const slots = { clientId: -1_000_000_001, contactPersonId: -1_000_000_002, interactionLimit: -1_000_000_003, taskLimit: -1_000_000_004 } as const;

export interface ClientCardQuery {
  readonly clientId: number;
  /** Null when the number is the organization's own. */
  readonly contactPersonId: number | null;
  readonly interactionLimit: number;
  readonly taskLimit: number;
}

/** Every database here speaks PostgreSQL, so one compilation serves them all. */
let compiledCardQuery: CompiledQuery<ClientCardRow> | undefined;

/**
 * Undefined when there is no such client. Times inside the nested lists arrive as JSON text,
 * whatever the row type says: read them with `new Date(...)`.
 */
export async function selectClientCard(db: Kysely<Database>, query: ClientCardQuery): Promise<ClientCardRow | undefined> {
  compiledCardQuery ??= clientCardQuery(db, { clientId: slots.clientId, contactPersonId: slots.contactPersonId }).compile();
  const values = new Map<unknown, unknown>([
    [slots.clientId, query.clientId],
    [slots.contactPersonId, query.contactPersonId],
    [slots.interactionLimit, query.interactionLimit],
    [slots.taskLimit, query.taskLimit],
  ]);
  const { rows } = await db.executeQuery(prepared(withValues(compiledCardQuery, values)));
  return rows[0];
}

export type ClientCardRow = Awaited<ReturnType<ReturnType<typeof clientCardQuery>['executeTakeFirstOrThrow']>>;

/** A phone match, with the card of its client when it is the first row and every match is that one client's. */
export type CallerCardRow = PhoneMatchRow & { readonly card: ClientCardRow | null };

/** One statement per match shape, compiled once. */
const compiledCallerCardQueries = new Map<string, CompiledQuery<CallerCardRow>>();

/**
 * The phone lookup and, when the number is one client's, that client's card, in one round trip
 * instead of two. The card is the one `selectClientCard` reads, with the contact person when
 * every match is the same one.
 */
export async function selectCallerCard(db: Kysely<Database>, query: PhoneMatchQuery & Omit<ClientCardQuery, 'clientId' | 'contactPersonId'>): Promise<CallerCardRow[]> {
  const shape = { byE164: query.e164 !== null, byTrailingDigits: query.trailingDigits !== null };
  const key = `${shape.byE164}:${shape.byTrailingDigits}`;
  let compiled = compiledCallerCardQueries.get(key);
  if (compiled === undefined) {
    compiled = callerCardQuery(db, phoneMatchQuery(db, shape)).compile(db);
    compiledCallerCardQueries.set(key, compiled);
  }
  const values = new Map<unknown, unknown>([
    [phoneMatchSlots.e164, query.e164],
    [phoneMatchSlots.trailingDigits, query.trailingDigits],
    [phoneMatchSlots.limit, query.limit],
    [slots.interactionLimit, query.interactionLimit],
    [slots.taskLimit, query.taskLimit],
  ]);
  const { rows } = await db.executeQuery(prepared(withValues(compiled, values)));
  return rows;
}

function callerCardQuery(db: Kysely<Database>, matches: Expression<PhoneMatchRow>) {
  const card = clientCardQuery(db, {
    clientId: sql<number>`matched.client_id`,
    contactPersonId: sql<number | null>`case when matched.one_contact_person then matched.contact_person_id end`,
  });
  return sql<CallerCardRow>`
    select matched.*,
      case when matched.position = 1 and matched.one_client then (select row_to_json(card) from (${card}) as card) end as card
    from (
      select ranked.*,
        row_number() over (order by ranked.matched_by, ranked.client_id, ranked.contact_person_id nulls first, ranked.phone_id) as position,
        min(ranked.client_id) over () = max(ranked.client_id) over () as one_client,
        min(coalesce(ranked.contact_person_id, 0)) over () = max(coalesce(ranked.contact_person_id, 0)) over () as one_contact_person
      from (${matches}) as ranked
    ) as matched
    order by matched.position`;
}

function clientCardQuery(db: Kysely<Database>, target: { clientId: number | Expression<number>; contactPersonId: number | Expression<number | null> }) {
  return db
    .selectFrom('clients')
    .leftJoin('users as manager', 'manager.id', 'clients.manager_id')
    .select((eb) => [
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
      jsonObjectFrom(
        eb
          .selectFrom('contact_persons')
          .select(['contact_persons.id', 'contact_persons.full_name', 'contact_persons.position', 'contact_persons.notes'])
          .where('contact_persons.id', '=', target.contactPersonId)
          .whereRef('contact_persons.client_id', '=', 'clients.id'),
      ).as('contact_person'),
      // Every value the client has, with its property's definition.
      jsonArrayFrom(
        eb
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
          .whereRef('client_property_values.client_id', '=', 'clients.id')
          .orderBy('property_definitions.id'),
      ).as('properties'),
      jsonArrayFrom(
        eb
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
          .whereRef('interactions.client_id', '=', 'clients.id')
          .orderBy('interactions.started_at', 'desc')
          .orderBy('interactions.id', 'desc')
          .limit(slots.interactionLimit),
      ).as('interactions'),
      jsonArrayFrom(
        eb
          .selectFrom('tasks')
          .leftJoin('users', 'users.id', 'tasks.assignee_id')
          .select(['tasks.id', 'tasks.title', 'tasks.state', 'tasks.importance', 'tasks.due_at', 'users.display_name as assignee_name'])
          .whereRef('tasks.client_id', '=', 'clients.id')
          .where('tasks.state', 'in', ['open', 'in-progress'])
          .orderBy('tasks.due_at', (order) => order.asc().nullsLast())
          .orderBy('tasks.id')
          .limit(slots.taskLimit),
      ).as('open_tasks'),
    ])
    .where('clients.id', '=', target.clientId);
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
