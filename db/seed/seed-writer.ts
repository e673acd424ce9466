/**
 * Writes generated clients in bulk: one transaction per batch, one INSERT per table. Each INSERT
 * binds one array per column and unnests it, so a batch of any size is a handful of parameters
 * (far below PostgreSQL's 65,535) and one plan, which is what makes a million clients take minutes.
 */
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { ClientDraft } from './client-generator.ts';

type SqlType = 'int' | 'text' | 'date' | 'timestamptz' | 'numeric' | 'bool';
type TableName = keyof Database & string;
type ColumnTypes<T extends TableName> = { readonly [K in keyof Insertable<Database[T]> & string]?: SqlType };

const clientColumns: ColumnTypes<'clients'> = {
  id: 'int', kind: 'text', full_name: 'text', short_name: 'text', relationship: 'text', manager_id: 'int',
  region: 'text', industry: 'text', ad_source: 'text', birthday: 'date', search_text: 'text',
  created_at: 'timestamptz', updated_at: 'timestamptz',
};
const contactColumns: ColumnTypes<'contact_persons'> = {
  id: 'int', client_id: 'int', full_name: 'text', position: 'text', birthday: 'date', created_at: 'timestamptz', updated_at: 'timestamptz',
};
const phoneColumns: ColumnTypes<'phones'> = {
  client_id: 'int', contact_person_id: 'int', raw: 'text', e164: 'text', trailing_digits: 'text', extension: 'text', kind: 'text',
  created_at: 'timestamptz',
};
const emailColumns: ColumnTypes<'emails'> = {
  client_id: 'int', contact_person_id: 'int', address: 'text', kind: 'text', created_at: 'timestamptz',
};
const propertyValueColumns: ColumnTypes<'client_property_values'> = { client_id: 'int', property_id: 'int', value: 'text' };
const interactionColumns: ColumnTypes<'interactions'> = {
  id: 'int', channel: 'text', direction: 'text', started_at: 'timestamptz', ended_at: 'timestamptz', duration_seconds: 'int',
  priority: 'text', type: 'text', state: 'text', status: 'text', subject: 'text', notes: 'text', client_id: 'int',
  contact_person_id: 'int', user_id: 'int', pbx_call_id: 'text', from_number: 'text', to_number: 'text', call_outcome: 'text',
  wait_seconds: 'int', talk_seconds: 'int', queue: 'text', created_at: 'timestamptz', updated_at: 'timestamptz',
};
const dealColumns: ColumnTypes<'deals'> = {
  id: 'int', client_id: 'int', manager_id: 'int', title: 'text', amount: 'numeric', stage: 'text', lost_reason: 'text',
  opened_at: 'timestamptz', closed_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz',
};
const taskColumns: ColumnTypes<'tasks'> = {
  title: 'text', type: 'text', client_id: 'int', interaction_id: 'int', deal_id: 'int', author_id: 'int', assignee_id: 'int',
  controller_id: 'int', importance: 'text', percent_done: 'int', state: 'text', due_at: 'timestamptz', remind_at: 'timestamptz',
  created_at: 'timestamptz', updated_at: 'timestamptz',
};

/** Rows written per table by one batch. */
export type WrittenRows = Record<'clients' | 'contact_persons' | 'phones' | 'emails' | 'client_property_values' | 'interactions' | 'deals' | 'tasks', number>;

/** Inserts the clients and everything attached to them, all or nothing. */
export async function insertClientBatch(db: Kysely<Database>, drafts: readonly ClientDraft[]): Promise<WrittenRows> {
  return db.transaction().execute(async (trx) => {
    const clientIds = await reserveIds(trx, 'clients', drafts.length);
    const contactIds = await reserveIds(trx, 'contact_persons', sum(drafts, (draft) => draft.contacts.length));
    const interactionIds = await reserveIds(trx, 'interactions', sum(drafts, (draft) => draft.interactions.length));
    const dealIds = await reserveIds(trx, 'deals', sum(drafts, (draft) => draft.deals.length));
    const rows = toRows(drafts, { clientIds, contactIds, interactionIds, dealIds });

    await insertRows(trx, 'clients', clientColumns, rows.clients);
    await insertRows(trx, 'contact_persons', contactColumns, rows.contact_persons);
    await insertRows(trx, 'phones', phoneColumns, rows.phones);
    await insertRows(trx, 'emails', emailColumns, rows.emails);
    await insertRows(trx, 'client_property_values', propertyValueColumns, rows.client_property_values);
    await insertRows(trx, 'interactions', interactionColumns, rows.interactions);
    await insertRows(trx, 'deals', dealColumns, rows.deals);
    await insertRows(trx, 'tasks', taskColumns, rows.tasks);
    return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length])) as WrittenRows;
  });
}

interface ReservedIds {
  readonly clientIds: readonly number[];
  readonly contactIds: readonly number[];
  readonly interactionIds: readonly number[];
  readonly dealIds: readonly number[];
}

type BatchRows = { [T in keyof WrittenRows]: Insertable<Database[T]>[] };

/** Gives every draft its ids and points attached rows at their client, contact person, interaction or deal. */
function toRows(drafts: readonly ClientDraft[], ids: ReservedIds): BatchRows {
  const rows: BatchRows = {
    clients: [], contact_persons: [], phones: [], emails: [], client_property_values: [], interactions: [], deals: [], tasks: [],
  };
  const next = { contact: 0, interaction: 0, deal: 0 };
  drafts.forEach((draft, index) => {
    const clientId = ids.clientIds[index]!;
    const contactIds = draft.contacts.map(() => ids.contactIds[next.contact++]!);
    const interactionIds = draft.interactions.map(() => ids.interactionIds[next.interaction++]!);
    const dealIds = draft.deals.map(() => ids.dealIds[next.deal++]!);
    const contactId = (contactIndex: number | null) => (contactIndex === null ? null : contactIds[contactIndex]!);

    // Drafts belong to this batch alone, so they take their ids in place instead of being copied.
    rows.clients.push(Object.assign(draft.client, { id: clientId }));
    draft.contacts.forEach((contact, i) => rows.contact_persons.push(Object.assign(contact, { id: contactIds[i]!, client_id: clientId })));
    for (const phone of draft.phones) {
      rows.phones.push(Object.assign(phone, { client_id: clientId, contact_person_id: contactId(phone.contactIndex) }));
    }
    for (const email of draft.emails) {
      rows.emails.push(Object.assign(email, { client_id: clientId, contact_person_id: contactId(email.contactIndex) }));
    }
    for (const value of draft.propertyValues) rows.client_property_values.push(Object.assign(value, { client_id: clientId }));
    draft.interactions.forEach((interaction, i) => {
      const id = interactionIds[i]!;
      const pbxCallId = interaction.channel === 'call' ? asteriskUniqueId(interaction.started_at, id) : null;
      rows.interactions.push(
        Object.assign(interaction, { id, client_id: clientId, contact_person_id: contactId(interaction.contactIndex), pbx_call_id: pbxCallId }),
      );
    });
    draft.deals.forEach((deal, i) => rows.deals.push(Object.assign(deal, { id: dealIds[i]!, client_id: clientId })));
    for (const task of draft.tasks) {
      rows.tasks.push(
        Object.assign(task, {
          client_id: clientId,
          deal_id: task.dealIndex === null ? null : dealIds[task.dealIndex]!,
          interaction_id: task.interactionIndex === null ? null : interactionIds[task.interactionIndex]!,
        }),
      );
    }
  });
  return rows;
}

/** Asterisk's Uniqueid shape (`1732475123.42`), made unique by the interaction id. */
function asteriskUniqueId(startedAt: Date | string, interactionId: number): string {
  return `${Math.floor(new Date(startedAt).getTime() / 1000)}.${interactionId}`;
}

/** Takes ids from the table's identity sequence, so rows can reference each other before they are inserted. */
async function reserveIds(trx: Transaction<Database>, table: TableName, count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await sql<{ id: number }>`
    select nextval(pg_get_serial_sequence(${table}, 'id'))::int as id from generate_series(1, ${count})`.execute(trx);
  return result.rows.map((row) => row.id);
}

async function insertRows<T extends TableName>(
  trx: Transaction<Database>,
  table: T,
  columnTypes: ColumnTypes<T>,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(columnTypes) as [string, SqlType][];
  const arrays = columns.map(([column, type]) => {
    const values = rows.map((row) => (row as Record<string, unknown>)[column] ?? null);
    return sql`${values}::${sql.raw(type)}[]`;
  });
  // Ids taken from the sequence are written as they are: the identity column would refuse them otherwise.
  const overriding = 'id' in columnTypes ? sql`overriding system value` : sql``;
  await sql`
    insert into ${sql.table(table)} (${sql.join(columns.map(([column]) => sql.ref(column)))}) ${overriding}
    select * from unnest(${sql.join(arrays)})`.execute(trx);
}

function sum<T>(list: readonly T[], count: (item: T) => number): number {
  return list.reduce((total, item) => total + count(item), 0);
}
