import type { Kysely, Transaction } from 'kysely';
import type { Database, InteractionRow, NewInteractionRow } from '../../db/schema.ts';
import { auditedValues, describeChanges, insertAuditEntry } from '../audit/audit.repository.ts';
import { checkClientAndContactPerson } from '../contacts/contact-person.service.ts';
import { type Actor, systemActor } from '../shared/actor.ts';
import { type Page, toPage } from '../shared/keyset-page.ts';
import { timestampPositionFromCursor } from '../shared/timestamp-sort-key.ts';
import { createIssueCollector, DuplicateError, NotFoundError, ValidationError } from '../shared/validation-error.ts';
import { userExists } from '../users/user.repository.ts';
import { linkCallToChosenClient, linkUnlinkedCallsToClient } from './interaction-linking.ts';
import {
  type CallLogEntry,
  type CallLogFilter,
  type CallLogScope,
  type CallLogTotals,
  type CallOutcome,
  callOutcomes,
  type ClientHistoryFilter,
  type Interaction,
  type InteractionFilter,
  type InteractionType,
  type NewCall,
  type NewInteraction,
  secondsBetween,
  validateCallLogFilter,
  validateClientHistoryFilter,
  validateInteractionFilter,
  validateNewCall,
  validateNewInteraction,
  validateTypeCode,
  validateWrapUp,
  type WrapUp,
} from './interaction.ts';
import {
  insertCallUnlessRecorded,
  insertInteraction,
  insertInteractionType,
  interactionTypeExists,
  selectCalls,
  selectCallTotals,
  type CallLogRow,
  selectClientInteractions,
  selectInteractionById,
  selectInteractionForUpdate,
  selectInteractionByPbxCallId,
  selectInteractions,
  selectInteractionTypes,
  type SortedInteractionRow,
  updateInteraction,
} from './interaction.repository.ts';

export { callLogScopeOf } from './interaction.ts';
export type { CallLogEntry, CallLogFilter, CallLogScope, CallLogTotals, ClientHistoryFilter, Interaction, InteractionFilter, InteractionType, NewCall, NewInteraction, WrapUp } from './interaction.ts';

/** `created` is false when the PBX replayed a call already recorded; `interaction` is then the stored one. */
export interface RecordedCall {
  readonly interaction: Interaction;
  readonly created: boolean;
}

const unknownType = 'is not a known interaction type';
const exportBatchSize = 200;

export type InteractionService = ReturnType<typeof createInteractionService>;

interface ResolvedLinks {
  readonly clientId: number | null;
  readonly contactPersonId: number | null;
  readonly userId: number | null;
}

export function createInteractionService({ db }: { db: Kysely<Database> }) {
  /** The call log, newest first, of the calls `scope` lets the reader see (every call when left out). */
  async function listCalls(filter: CallLogFilter = {}, scope?: CallLogScope): Promise<Page<CallLogEntry>> {
    const { numberDigits, limit } = validateCallLogFilter(filter);
    const after = filter.cursor === undefined ? undefined : timestampPositionFromCursor(filter.cursor);
    const rows = await selectCalls(db, { ...filter, numberDigits, ...(scope && { scope }) }, after, limit + 1);
    return toPage(rows, limit, callLogEntryFromRow, positionOf);
  }

  return {
    /** Logs an interaction; every link and the type must exist. */
    async record(input: NewInteraction, actor: Actor = systemActor): Promise<Interaction> {
      const interaction = validateNewInteraction(input);
      const row = await db.transaction().execute(async (trx) => {
        const userId = interaction.userId === undefined ? actor.userId : interaction.userId;
        const links = await resolveLinks(trx, { ...interaction, userId }, interaction.type);
        const inserted = await insertInteraction(trx, { ...interactionColumns(interaction), ...linkColumns(links) });
        await auditCreated(trx, inserted, actor);
        return inserted;
      });
      return interactionFromRow(row);
    },

    /** Logs a finished PBX call once: replaying the same PBX call id, even concurrently, returns the first one. */
    async recordCall(input: NewCall, actor: Actor = systemActor): Promise<RecordedCall> {
      const call = validateNewCall(input);
      return db.transaction().execute(async (trx) => {
        const links = await resolveLinks(trx, call);
        const inserted = await insertCallUnlessRecorded(trx, { ...callColumns(call), ...linkColumns(links) });
        if (inserted !== undefined) {
          await auditCreated(trx, inserted, actor);
          return { interaction: interactionFromRow(inserted), created: true };
        }
        const existing = await selectInteractionByPbxCallId(trx, call.pbxCallId);
        if (existing === undefined) throw new Error(`call ${call.pbxCallId} conflicted on insert but cannot be read`);
        return { interaction: interactionFromRow(existing), created: false };
      });
    },

    /** Type, state, subject, notes and priority; the audit log keeps what changed from what. */
    async updateWrapUp(interactionId: number, changes: WrapUp, actor: Actor = systemActor): Promise<Interaction> {
      const wrapUp = validateWrapUp(changes);
      const row = await db.transaction().execute(async (trx) => {
        const before = await selectInteractionForUpdate(trx, interactionId);
        if (before === undefined) throw new NotFoundError('interaction', interactionId);
        const changed = describeChanges(interactionFromRow(before), wrapUp);
        if (Object.keys(changed).length === 0) return before;
        if (changed.type !== undefined) await requireType(trx, wrapUp.type);
        const updated = await updateInteraction(trx, interactionId, {
          type: wrapUp.type,
          state: wrapUp.state,
          subject: wrapUp.subject,
          notes: wrapUp.notes,
          priority: wrapUp.priority,
        });
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'interaction', entityId: interactionId, action: 'update', changes: changed });
        return updated;
      });
      return interactionFromRow(row);
    },

    async get(interactionId: number): Promise<Interaction> {
      const row = await selectInteractionById(db, interactionId);
      if (row === undefined) throw new NotFoundError('interaction', interactionId);
      return interactionFromRow(row);
    },

    /** A client's history, newest first. */
    async listByClient(clientId: number, filter: ClientHistoryFilter = {}): Promise<Page<Interaction>> {
      const { limit } = validateClientHistoryFilter(filter);
      const after = filter.cursor === undefined ? undefined : timestampPositionFromCursor(filter.cursor);
      const rows = await selectClientInteractions(db, clientId, filter, after, limit + 1);
      return toPage(rows, limit, interactionFromRow, positionOf);
    },

    /** Interactions of every channel, newest first: a client's history, a user's work, a period. */
    async list(filter: InteractionFilter = {}): Promise<Page<Interaction>> {
      const { limit } = validateInteractionFilter(filter);
      const after = filter.cursor === undefined ? undefined : timestampPositionFromCursor(filter.cursor);
      const rows = await selectInteractions(db, filter, after, limit + 1);
      return toPage(rows, limit, interactionFromRow, positionOf);
    },

    listCalls,

    /** Totals over every call the filter matches in `scope`, whatever page is shown. */
    async callTotals(filter: CallLogFilter = {}, scope?: CallLogScope): Promise<CallLogTotals> {
      const { numberDigits } = validateCallLogFilter(filter);
      const rows = await selectCallTotals(db, { ...filter, numberDigits, ...(scope && { scope }) });
      const byOutcome = Object.fromEntries(callOutcomes.map((outcome) => [outcome, 0])) as Record<CallOutcome, number>;
      let calls = 0;
      let talkSeconds = 0;
      let waitSeconds = 0;
      for (const row of rows) {
        const count = Number(row.calls);
        calls += count;
        talkSeconds += Number(row.talk_seconds);
        waitSeconds += Number(row.wait_seconds);
        if (row.call_outcome !== null) byOutcome[row.call_outcome] += count;
      }
      return { calls, talkSeconds, waitSeconds, byOutcome };
    },

    /**
     * Every call the filter matches, newest first, read page by page so an export of any size stays
     * small in memory. The filter is checked at once, before the first row is read.
     */
    exportCalls(filter: Omit<CallLogFilter, 'cursor' | 'limit'> = {}, scope?: CallLogScope): AsyncGenerator<CallLogEntry> {
      validateCallLogFilter(filter);
      return (async function* () {
        let cursor: string | undefined;
        do {
          const page = await listCalls({ ...filter, limit: exportBatchSize, ...(cursor !== undefined && { cursor }) }, scope);
          yield* page.items;
          cursor = page.nextCursor;
        } while (cursor !== undefined);
      })();
    },

    async listTypes(): Promise<InteractionType[]> {
      return selectInteractionTypes(db);
    },

    async addType(input: InteractionType): Promise<InteractionType> {
      const type = validateTypeCode(input);
      const inserted = await insertInteractionType(db, type);
      if (inserted === undefined) throw DuplicateError.of('code', 'is already an interaction type');
      return inserted;
    },

    linkUnlinkedCallsToClient,

    /** Links the logged call, if no client claimed it, to the one an operator picked among those sharing its number. */
    linkCallToChosenClient: (pbxCallId: string, choice: { readonly clientId: number; readonly contactPersonId: number | null }, actor: Actor) =>
      linkCallToChosenClient(db, pbxCallId, choice, actor),
  };
}

/** Checks that everything the interaction points at exists, naming each missing one. */
async function resolveLinks(trx: Transaction<Database>, wanted: NewInteraction | NewCall, type?: string): Promise<ResolvedLinks> {
  const issues = createIssueCollector();
  const contactPersonId = wanted.contactPersonId ?? null;
  const userId = wanted.userId ?? null;
  const clientId = await checkClientAndContactPerson(trx, { clientId: wanted.clientId ?? null, contactPersonId }, issues);
  if (userId !== null && !(await userExists(trx, userId))) issues.add('userId', 'is not a known user');
  if (type !== undefined && !(await interactionTypeExists(trx, type))) issues.add('type', unknownType);
  issues.throwIfAny();
  return { clientId, contactPersonId, userId };
}

async function requireType(trx: Transaction<Database>, code: string | undefined): Promise<void> {
  if (code !== undefined && !(await interactionTypeExists(trx, code))) throw ValidationError.of('type', unknownType);
}

async function auditCreated(trx: Transaction<Database>, row: InteractionRow, actor: Actor): Promise<void> {
  await insertAuditEntry(trx, { userId: actor.userId, entity: 'interaction', entityId: row.id, action: 'create', changes: auditedValues(interactionFromRow(row)) });
}

function interactionColumns(interaction: NewInteraction): NewInteractionRow {
  return {
    channel: interaction.channel,
    direction: interaction.direction ?? null,
    started_at: interaction.startedAt,
    ended_at: interaction.endedAt ?? null,
    duration_seconds: interaction.durationSeconds ?? null,
    priority: interaction.priority,
    type: interaction.type,
    state: interaction.state,
    status: interaction.status,
    subject: interaction.subject,
    notes: interaction.notes,
    ad_source: interaction.adSource ?? null,
    from_number: interaction.fromNumber ?? null,
    to_number: interaction.toNumber ?? null,
  };
}

function callColumns(call: NewCall): NewInteractionRow {
  return {
    channel: 'call',
    direction: call.direction,
    started_at: call.startedAt,
    ended_at: call.endedAt,
    duration_seconds: secondsBetween(call.startedAt, call.endedAt),
    pbx_call_id: call.pbxCallId,
    from_number: call.fromNumber,
    to_number: call.toNumber,
    call_outcome: call.outcome,
    wait_seconds: call.waitSeconds,
    talk_seconds: call.talkSeconds,
    queue: call.queue ?? null,
    recording_ref: call.recordingRef ?? null,
  };
}

function linkColumns(links: ResolvedLinks) {
  return { client_id: links.clientId, contact_person_id: links.contactPersonId, user_id: links.userId };
}

function positionOf(row: SortedInteractionRow): readonly [string, number] {
  return [row.sort_key, row.id];
}

function callLogEntryFromRow(row: CallLogRow): CallLogEntry {
  return { ...interactionFromRow(row), clientName: row.client_name, agentName: row.agent_name };
}

function interactionFromRow(row: InteractionRow): Interaction {
  return {
    id: row.id,
    channel: row.channel,
    direction: row.direction,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    durationSeconds: row.duration_seconds,
    priority: row.priority,
    type: row.type,
    state: row.state,
    status: row.status,
    subject: row.subject,
    notes: row.notes,
    adSource: row.ad_source,
    clientId: row.client_id,
    contactPersonId: row.contact_person_id,
    userId: row.user_id,
    fromNumber: row.from_number,
    toNumber: row.to_number,
    pbxCallId: row.pbx_call_id,
    callOutcome: row.call_outcome,
    waitSeconds: row.wait_seconds,
    talkSeconds: row.talk_seconds,
    queue: row.queue,
    recordingRef: row.recording_ref,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
