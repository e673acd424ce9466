/**
 * A client on one screen: what an operator needs while the phone rings. Built from one read of
 * indexed subqueries; segments are matched here, in memory, against segment filters
 * read at most once a minute, so the card never runs a segment's list query.
 */
import type { Kysely } from 'kysely';
import type { ClientKind, Database, Relationship } from '../../db/schema.ts';
import { fromStoredValue, type PropertyType, type PropertyValue } from '../properties/property.ts';
import { selectSegments } from '../segments/segment.repository.ts';
import type { Clock } from '../shared/clock.ts';
import type { ClientFilter, PropertyCondition } from './client-filter.ts';
import type { PhoneMatchQuery, PhoneMatchRow } from '../phones/phone.repository.ts';
import { selectCallerCard, selectClientCard, selectLastContactTimes, type ClientCardRow } from './client-summary.repository.ts';
import { foldForSearch } from './search-text.ts';

export interface ClientSummary {
  readonly client: {
    readonly id: number;
    readonly kind: ClientKind;
    readonly fullName: string;
    readonly shortName: string | null;
    readonly relationship: Relationship;
    readonly notes: string;
  };
  readonly contactPerson: { readonly id: number; readonly fullName: string; readonly position: string | null; readonly notes: string } | null;
  readonly manager: { readonly id: number; readonly displayName: string } | null;
  readonly segments: readonly { readonly id: number; readonly name: string }[];
  /** Properties marked `show_in_pop` that the client has a value for. */
  readonly keyProperties: readonly { readonly id: number; readonly name: string; readonly type: PropertyType; readonly value: PropertyValue }[];
  readonly lastInteractions: readonly {
    readonly id: number;
    readonly channel: string;
    readonly direction: 'in' | 'out' | null;
    readonly startedAt: Date;
    readonly type: string;
    readonly subject: string;
    readonly notes: string;
    readonly callOutcome: string | null;
    readonly userName: string | null;
  }[];
  readonly openTasks: readonly {
    readonly id: number;
    readonly title: string;
    readonly state: string;
    readonly importance: string;
    readonly dueAt: Date | null;
    readonly assigneeName: string | null;
  }[];
}

export interface ClientSummaryService {
  /** Null when there is no such client. */
  summarize(clientId: number, contactPersonId?: number | null): Promise<ClientSummary | null>;
  /**
   * A caller's phone matches and, when the number is one client's, that client's summary, read
   * in one round trip: the screen-pop's path.
   */
  forCaller(query: PhoneMatchQuery): Promise<{ readonly matches: readonly PhoneMatchRow[]; readonly onlyClient: ClientSummary | null }>;
  /** When each client was last in touch (no entry: never). */
  lastContacts(clientIds: readonly number[]): Promise<Map<number, Date>>;
}

const lastInteractionCount = 5;
const openTaskCount = 10;
/** A note on a card is a glance, not the whole text. */
const notePreviewLength = 300;
const segmentsFreshForMs = 60_000;

interface SavedSegment {
  readonly id: number;
  readonly name: string;
  readonly filter: ClientFilter;
}

export function createClientSummaryService({ db, clock }: { db: Kysely<Database>; clock: Clock }): ClientSummaryService {
  let segments: { readonly readAt: number; readonly list: Promise<SavedSegment[]> } | undefined;

  function savedSegments(): Promise<SavedSegment[]> {
    const now = clock.now().getTime();
    if (segments === undefined || now - segments.readAt > segmentsFreshForMs) {
      const list = selectSegments(db).then((rows) => rows.map((row) => ({ id: row.id, name: row.name, filter: row.filter as ClientFilter })));
      segments = { readAt: now, list };
      list.catch(() => (segments = undefined));
    }
    return segments.list;
  }

  return {
    async summarize(clientId, contactPersonId = null) {
      const [client, allSegments] = await Promise.all([
        selectClientCard(db, { clientId, contactPersonId, interactionLimit: lastInteractionCount, taskLimit: openTaskCount }),
        savedSegments(),
      ]);
      return client === undefined ? null : summaryOf(client, allSegments);
    },
    async forCaller(query) {
      const [rows, allSegments] = await Promise.all([selectCallerCard(db, { ...query, interactionLimit: lastInteractionCount, taskLimit: openTaskCount }), savedSegments()]);
      const card = rows[0]?.card ?? null;
      return { matches: rows, onlyClient: card === null ? null : summaryOf(card, allSegments) };
    },
    lastContacts: (clientIds) => selectLastContactTimes(db, clientIds),
  };
}

function summaryOf(client: ClientCardRow, allSegments: readonly SavedSegment[]): ClientSummary {
  const { contact_person: person, properties } = client;
  const values = new Map(properties.map((row) => [row.id, { type: row.type, text: row.value }]));
  return {
    client: { id: client.id, kind: client.kind, fullName: client.full_name, shortName: client.short_name, relationship: client.relationship, notes: client.notes },
    contactPerson: person ? { id: person.id, fullName: person.full_name, position: person.position, notes: person.notes } : null,
    manager: client.manager_id !== null && client.manager_name !== null ? { id: client.manager_id, displayName: client.manager_name } : null,
    segments: allSegments.filter((segment) => clientMatches(client, values, segment.filter)).map(({ id, name }) => ({ id, name })),
    keyProperties: properties
      .filter((row) => row.show_in_pop && row.archived_at === null)
      .map((row) => ({ id: row.id, name: row.name, type: row.type, value: fromStoredValue(row.type, row.value) })),
    lastInteractions: client.interactions.map((row) => ({
      id: row.id,
      channel: row.channel,
      direction: row.direction,
      startedAt: new Date(row.started_at),
      type: row.type,
      subject: row.subject,
      notes: row.notes.slice(0, notePreviewLength),
      callOutcome: row.call_outcome,
      userName: row.user_name,
    })),
    openTasks: client.open_tasks.map((row) => ({
      id: row.id,
      title: row.title,
      state: row.state,
      importance: row.importance,
      dueAt: row.due_at === null ? null : new Date(row.due_at),
      assigneeName: row.assignee_name,
    })),
  };
}

type StoredValues = Map<number, { readonly type: PropertyType; readonly text: string }>;

/**
 * A saved segment filter applied to one client. A `query` matches by the words of the name
 * (phone and email fragments are for searching lists, and do not make a segment here).
 */
export function clientMatches(client: ClientCardRow, values: StoredValues, filter: ClientFilter): boolean {
  const inList = <T>(list: readonly T[] | undefined, value: T) => list === undefined || list.length === 0 || list.includes(value);
  if (!inList(filter.kinds, client.kind) || !inList(filter.relationships, client.relationship)) return false;
  if (filter.managerIds?.length && (client.manager_id === null || !filter.managerIds.includes(client.manager_id))) return false;
  if (filter.regions?.length && (client.region === null || !filter.regions.includes(client.region))) return false;
  if (filter.industries?.length && (client.industry === null || !filter.industries.includes(client.industry))) return false;
  if (filter.query !== undefined && !foldForSearch(filter.query).split(' ').every((word) => client.search_text.includes(word))) return false;
  return (filter.properties ?? []).every((condition) => propertyMatches(values.get(condition.propertyId), condition));
}

function propertyMatches(stored: { type: PropertyType; text: string } | undefined, condition: PropertyCondition): boolean {
  if (stored === undefined) return false;
  const value = fromStoredValue(stored.type, stored.text);
  if (condition.anyOf?.length && !condition.anyOf.some((wanted) => String(wanted) === String(value))) return false;
  const comparable = (bound: number | string) => (stored.type === 'number' ? Number(value) - Number(bound) : String(value).localeCompare(String(bound)));
  if (condition.min !== undefined && comparable(condition.min) < 0) return false;
  if (condition.max !== undefined && comparable(condition.max) > 0) return false;
  return true;
}
