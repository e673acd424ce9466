import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { ClientRow, ClientUpdate, Database, NewClientRow } from '../../db/schema.ts';
import type { KeysetPosition } from '../shared/keyset-page.ts';
import { timestampSortKey } from '../shared/timestamp-sort-key.ts';
import type { CheckedPropertyCondition, ClientConditions, ClientSort } from './client-filter.ts';
import { escapeLikePattern, type PhoneSearch, type SearchTerms } from './client-search.ts';

export type ArchivedClients = 'hide' | 'include' | 'only';

export interface ClientListQuery {
  /** All must match (a list's own filter and its segment's). */
  readonly conditions: readonly ClientConditions[];
  readonly archived: ArchivedClients;
  readonly sort: ClientSort;
  readonly after: KeysetPosition | null;
  readonly limit: number;
}

/** A client row with its sort key as text, exact to the microsecond for timestamps. */
export type ClientListRow = ClientRow & { sort_key: string };

export async function insertClient(trx: Transaction<Database>, row: NewClientRow): Promise<ClientRow> {
  return trx.insertInto('clients').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function selectClientById(db: Kysely<Database>, id: number): Promise<ClientRow | undefined> {
  return db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function clientExists(db: Kysely<Database>, clientId: number): Promise<boolean> {
  const row = await db.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  return row !== undefined;
}

export async function selectClientForUpdate(trx: Transaction<Database>, id: number): Promise<ClientRow | undefined> {
  return trx.selectFrom('clients').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateClient(trx: Transaction<Database>, id: number, changes: ClientUpdate): Promise<ClientRow> {
  return trx
    .updateTable('clients')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A change to the card (a phone, a contact person) is a change to the client. */
export async function touchClient(trx: Transaction<Database>, id: number): Promise<void> {
  await trx.updateTable('clients').set({ updated_at: sql<Date>`now()` }).where('id', '=', id).execute();
}

export async function setClientArchived(trx: Transaction<Database>, id: number, archived: boolean): Promise<ClientRow> {
  return trx
    .updateTable('clients')
    .set({ archived_at: archived ? sql<Date>`now()` : null, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function selectClientList(db: Kysely<Database>, query: ClientListQuery): Promise<ClientListRow[]> {
  const { sort, after } = query;
  const direction = sort.direction;
  return db
    .selectFrom('clients')
    .selectAll()
    .select(sortKeyText(sort).as('sort_key'))
    .where((eb) => eb.and([matching(eb, query.conditions, query.archived), ...(after ? [afterPosition(sort, after)] : [])]))
    .orderBy(sortColumns[sort.by], direction)
    .orderBy('clients.id', direction)
    .limit(query.limit)
    .execute();
}

export async function countClients(db: Kysely<Database>, conditions: readonly ClientConditions[], archived: ArchivedClients): Promise<number> {
  const row = await db
    .selectFrom('clients')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where((eb) => matching(eb, conditions, archived))
    .executeTakeFirstOrThrow();
  return row.count;
}

const sortColumns = { name: 'clients.search_text', created: 'clients.created_at', updated: 'clients.updated_at' } as const;

function sortKeyText(sort: ClientSort) {
  return sort.by === 'name' ? sql<string>`clients.search_text` : timestampSortKey(sortColumns[sort.by]);
}

/** Strictly after the previous page's last row in sort order; the id breaks ties. */
function afterPosition(sort: ClientSort, after: KeysetPosition): Expression<SqlBool> {
  const key = sort.by === 'name' ? sql`${after.key}` : sql`${after.key}::timestamptz`;
  const comparison = sql.raw(sort.direction === 'desc' ? '<' : '>');
  return sql<SqlBool>`(${sql.ref(sortColumns[sort.by])}, clients.id) ${comparison} (${key}, ${after.id})`;
}

type ClientsBuilder = ExpressionBuilder<Database, 'clients'>;

function matching(eb: ClientsBuilder, conditions: readonly ClientConditions[], archived: ArchivedClients): Expression<SqlBool> {
  return eb.and([...archivedCondition(eb, archived), ...conditions.flatMap((condition) => conditionParts(eb, condition))]);
}

function archivedCondition(eb: ClientsBuilder, archived: ArchivedClients): Expression<SqlBool>[] {
  if (archived === 'hide') return [eb('clients.archived_at', 'is', null)];
  if (archived === 'only') return [eb('clients.archived_at', 'is not', null)];
  return [];
}

function conditionParts(eb: ClientsBuilder, conditions: ClientConditions): Expression<SqlBool>[] {
  const { search, kinds, relationships, managerIds, regions, industries, properties } = conditions;
  return [
    ...(search ? [searchCondition(eb, search)] : []),
    ...(kinds.length > 0 ? [eb('clients.kind', 'in', kinds)] : []),
    ...(relationships.length > 0 ? [eb('clients.relationship', 'in', relationships)] : []),
    ...(managerIds.length > 0 ? [eb('clients.manager_id', 'in', managerIds)] : []),
    ...(regions.length > 0 ? [eb('clients.region', 'in', regions)] : []),
    ...(industries.length > 0 ? [eb('clients.industry', 'in', industries)] : []),
    ...properties.map((condition) => propertyCondition(eb, condition)),
  ];
}

/**
 * One branch per way to match, each on its own index: name words on the trigram index of
 * search_text, a whole phone number by equality on trailing_digits, an email by a prefix of
 * lower(address). A phone fragment has to scan phones. A UNION rather than an OR, which would
 * leave the planner scanning every client.
 */
function searchCondition(eb: ClientsBuilder, terms: SearchTerms): Expression<SqlBool> {
  const { words, phone, emailPrefix } = terms;
  let matches = eb
    .selectFrom('clients as named')
    .select('named.id as client_id')
    .where((named) => named.and(words.map((word) => named('named.search_text', 'like', `%${escapeLikePattern(word)}%`))));
  if (phone) matches = matches.union(phoneMatches(eb, phone));
  if (emailPrefix) matches = matches.union(emailMatches(eb, emailPrefix));
  return eb('clients.id', 'in', matches);
}

function phoneMatches(eb: ClientsBuilder, phone: PhoneSearch) {
  return eb
    .selectFrom('phones')
    .select('phones.client_id')
    .where((phones) =>
      'trailingDigits' in phone
        ? phones('phones.trailing_digits', '=', phone.trailingDigits)
        : phones.or([phones('phones.trailing_digits', 'like', `%${phone.fragment}%`), phones('phones.e164', 'like', `%${phone.fragment}%`)]),
    );
}

function emailMatches(eb: ClientsBuilder, prefix: string) {
  return eb
    .selectFrom('emails')
    .select('emails.client_id')
    .where((emails) => emails(emails.fn('lower', ['emails.address']), 'like', `${escapeLikePattern(prefix)}%`));
}

function propertyCondition(eb: ClientsBuilder, condition: CheckedPropertyCondition): Expression<SqlBool> {
  const { propertyId, anyOf, min, max } = condition;
  // Values of other properties are not numbers or dates: the CASE keeps the cast away from them.
  const typed = sql`case when client_property_values.property_id = ${propertyId} then client_property_values.value::${sql.raw(condition.type === 'date' ? 'date' : 'numeric')} end`;
  const castBound = (bound: string) => sql`${bound}::${sql.raw(condition.type === 'date' ? 'date' : 'numeric')}`;
  return eb(
    'clients.id',
    'in',
    eb
      .selectFrom('client_property_values')
      .select('client_property_values.client_id')
      .where('client_property_values.property_id', '=', propertyId)
      .$if(anyOf.length > 0, (qb) => qb.where('client_property_values.value', 'in', anyOf))
      .$if(min !== null, (qb) => qb.where(sql<SqlBool>`${typed} >= ${castBound(min!)}`))
      .$if(max !== null, (qb) => qb.where(sql<SqlBool>`${typed} <= ${castBound(max!)}`)),
  );
}
