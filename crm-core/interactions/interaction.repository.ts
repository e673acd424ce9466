import { type Expression, type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type SqlBool, sql, type Transaction, type Updateable } from 'kysely';
import type { CallOutcome, Channel, Database, Direction, InteractionRow, InteractionsTable, NewInteractionRow } from '../../db/schema.ts';
import type { KeysetPosition } from '../shared/keyset-page.ts';
import { timestampSortKey } from '../shared/timestamp-sort-key.ts';
import type { CallLogFilter, CallLogScope, InteractionFilter } from './interaction.ts';

/** A row with its position in newest-first order, `started_at` to the microsecond as ISO text. */
export type SortedInteractionRow = InteractionRow & { readonly sort_key: string };

/** The call log filter with the number as digits only, limited to the calls the reader may see. */
export type CallLogQuery = Omit<CallLogFilter, 'number' | 'limit' | 'cursor'> & { readonly numberDigits?: string; readonly scope?: CallLogScope };

export async function insertInteraction(trx: Transaction<Database>, row: NewInteractionRow): Promise<InteractionRow> {
  return trx.insertInto('interactions').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Inserts a PBX call unless one with its call id exists; undefined when it did. */
export async function insertCallUnlessRecorded(trx: Transaction<Database>, row: NewInteractionRow): Promise<InteractionRow | undefined> {
  return trx
    .insertInto('interactions')
    .values(row)
    .onConflict((conflict) => conflict.column('pbx_call_id').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function selectInteractionByPbxCallId(db: Kysely<Database>, pbxCallId: string): Promise<InteractionRow | undefined> {
  return db.selectFrom('interactions').selectAll().where('pbx_call_id', '=', pbxCallId).executeTakeFirst();
}

export async function selectInteractionById(db: Kysely<Database>, id: number): Promise<InteractionRow | undefined> {
  return db.selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function selectInteractionForUpdate(trx: Transaction<Database>, id: number): Promise<InteractionRow | undefined> {
  return trx.selectFrom('interactions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateInteraction(
  trx: Transaction<Database>,
  id: number,
  changes: Updateable<InteractionsTable>,
): Promise<InteractionRow> {
  return trx
    .updateTable('interactions')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function selectClientInteractions(
  db: Kysely<Database>,
  clientId: number,
  filter: { readonly channel?: Channel; readonly direction?: Direction },
  after: KeysetPosition | undefined,
  limit: number,
): Promise<SortedInteractionRow[]> {
  let query = newestFirst(db, after, limit).where('client_id', '=', clientId);
  if (filter.channel !== undefined) query = query.where('channel', '=', filter.channel);
  if (filter.direction !== undefined) query = query.where('direction', '=', filter.direction);
  return query.execute();
}

export async function selectInteractions(
  db: Kysely<Database>,
  filter: Omit<InteractionFilter, 'limit' | 'cursor'>,
  after: KeysetPosition | undefined,
  limit: number,
): Promise<SortedInteractionRow[]> {
  let query = newestFirst(db, after, limit);
  if (filter.clientId !== undefined) query = query.where('client_id', '=', filter.clientId);
  if (filter.channels !== undefined && filter.channels.length > 0) query = query.where('channel', 'in', filter.channels);
  if (filter.direction !== undefined) query = query.where('direction', '=', filter.direction);
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  if (filter.from !== undefined) query = query.where('started_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('started_at', '<', filter.to);
  return query.execute();
}

/** A call log row: the interaction with its client's and agent's names. */
export type CallLogRow = SortedInteractionRow & { readonly client_name: string | null; readonly agent_name: string | null };

export async function selectCalls(
  db: Kysely<Database>,
  filter: CallLogQuery,
  after: KeysetPosition | undefined,
  limit: number,
): Promise<CallLogRow[]> {
  return newestFirst(db, after, limit)
    .where((eb) => callLogConditions(eb, filter))
    .leftJoin('clients', 'clients.id', 'interactions.client_id')
    .leftJoin('users', 'users.id', 'interactions.user_id')
    .select(['clients.full_name as client_name', 'users.display_name as agent_name'])
    .execute();
}

export interface CallTotalsRow {
  readonly call_outcome: CallOutcome | null;
  readonly calls: number;
  readonly talk_seconds: number;
  readonly wait_seconds: number;
}

/** Per outcome: how many calls the filter matches, and their talk and wait time. */
export async function selectCallTotals(db: Kysely<Database>, filter: CallLogQuery): Promise<CallTotalsRow[]> {
  return db
    .selectFrom('interactions')
    .where((eb) => callLogConditions(eb, filter))
    .select((eb) => [
      'call_outcome',
      eb.fn.countAll<number>().as('calls'),
      sql<number>`coalesce(sum(talk_seconds), 0)::integer`.as('talk_seconds'),
      sql<number>`coalesce(sum(wait_seconds), 0)::integer`.as('wait_seconds'),
    ])
    .groupBy('call_outcome')
    .execute();
}

function callLogConditions(eb: ExpressionBuilder<Database, 'interactions'>, filter: CallLogQuery): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('interactions.channel', '=', 'call')];
  if (filter.from !== undefined) conditions.push(eb('interactions.started_at', '>=', filter.from));
  if (filter.to !== undefined) conditions.push(eb('interactions.started_at', '<', filter.to));
  if (filter.userId !== undefined) conditions.push(eb('interactions.user_id', '=', filter.userId));
  if (filter.direction !== undefined) conditions.push(eb('interactions.direction', '=', filter.direction));
  if (filter.outcome !== undefined) conditions.push(eb('interactions.call_outcome', '=', filter.outcome));
  if (filter.clientId !== undefined) conditions.push(eb('interactions.client_id', '=', filter.clientId));
  const { numberDigits } = filter;
  if (numberDigits !== undefined) {
    // Ends with the digits: the reversed number starts with them reversed, which its index finds.
    const startsReversed = `${[...numberDigits].reverse().join('')}%`;
    conditions.push(
      eb.or([eb(sql`reverse(interactions.from_number)`, 'like', startsReversed), eb(sql`reverse(interactions.to_number)`, 'like', startsReversed)]),
    );
  }
  const scope = filter.scope ?? { kind: 'every-call' };
  if (scope.kind === 'own') conditions.push(eb('interactions.user_id', '=', scope.userId));
  if (scope.kind === 'own-and-managed-clients') {
    const managedClients = eb.selectFrom('clients').select('clients.id').where('clients.manager_id', '=', scope.userId);
    conditions.push(eb.or([eb('interactions.user_id', '=', scope.userId), eb('interactions.client_id', 'in', managedClients)]));
  }
  return eb.and(conditions);
}

/** Interactions from these numbers that no client claimed yet now belong to this client. */
export async function linkInteractionsFromNumbers(
  trx: Transaction<Database>,
  clientId: number,
  numbers: readonly string[],
): Promise<{ id: number; from_number: string | null }[]> {
  return trx
    .updateTable('interactions')
    .set({ client_id: clientId, updated_at: sql`now()` })
    .where('client_id', 'is', null)
    .where((eb) =>
      eb.or([
        eb('from_number', 'in', numbers),
        eb.and([eb('direction', '=', 'out'), eb('to_number', 'in', numbers)]),
      ]),
    )
    .returning(['id', 'from_number'])
    .execute();
}

/** The call with this PBX id, if logged and still without a client, now belongs to this one. */
export async function linkUnlinkedCall(
  trx: Transaction<Database>,
  pbxCallId: string,
  choice: { readonly clientId: number; readonly contactPersonId: number | null },
): Promise<{ id: number } | undefined> {
  return trx
    .updateTable('interactions')
    .set({ client_id: choice.clientId, contact_person_id: choice.contactPersonId, updated_at: sql`now()` })
    .where('pbx_call_id', '=', pbxCallId)
    .where('client_id', 'is', null)
    .returning('id')
    .executeTakeFirst();
}

export async function selectInteractionTypes(db: Kysely<Database>) {
  return db.selectFrom('interaction_types').selectAll().orderBy('name').orderBy('code').execute();
}

export async function insertInteractionType(db: Kysely<Database>, type: { code: string; name: string }) {
  return db
    .insertInto('interaction_types')
    .values(type)
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function interactionTypeExists(db: Kysely<Database>, code: string): Promise<boolean> {
  const row = await db.selectFrom('interaction_types').select('code').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

export async function interactionExists(db: Kysely<Database>, interactionId: number): Promise<boolean> {
  const row = await db.selectFrom('interactions').select('id').where('id', '=', interactionId).executeTakeFirst();
  return row !== undefined;
}

/** Strictly older than the previous page's last row: `started_at`, then id, descending. */
function newestFirst(
  db: Kysely<Database>,
  after: KeysetPosition | undefined,
  limit: number,
): SelectQueryBuilder<Database, 'interactions', SortedInteractionRow> {
  let query = db.selectFrom('interactions').selectAll('interactions').select(timestampSortKey('interactions.started_at').as('sort_key'));
  if (after !== undefined) {
    query = query.where(sql<boolean>`(interactions.started_at, interactions.id) < (${after.key}::timestamptz, ${after.id})`);
  }
  return query.orderBy('interactions.started_at', 'desc').orderBy('interactions.id', 'desc').limit(limit);
}
