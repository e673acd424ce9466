import type { Kysely } from 'kysely';
import type { Database, SegmentRow } from '../../db/schema.ts';
import type { ClientFilter } from '../clients/client-filter.ts';
import { auditedValues, describeChanges, insertAuditEntry } from '../audit/audit.repository.ts';
import { countClients } from '../clients/client.repository.ts';
import { checkRequiredText, checkText } from '../shared/field-checks.ts';
import { resolveClientFilter } from '../clients/resolve-client-filter.ts';
import type { CountryCode } from '../phones/phone-number.ts';
import { systemActor, type Actor } from '../shared/actor.ts';
import { withUniqueFieldErrors, type UniqueFieldMessages } from '../shared/unique-field-errors.ts';
import { createIssueCollector, NotFoundError, type Issues } from '../shared/validation-error.ts';
import { filterToSave, type NewSegmentInput, type Segment, type SegmentChangesInput } from './segment.ts';
import { deleteSegment, insertSegment, selectSegmentById, selectSegments, updateSegment } from './segment.repository.ts';

export type { NewSegmentInput, Segment, SegmentChangesInput } from './segment.ts';

const maxNameLength = 150;
const maxDescriptionLength = 2000;
const uniqueFieldMessages: UniqueFieldMessages = { segments_name_key: ['name', 'is already used by another segment'] };

export type SegmentService = ReturnType<typeof createSegmentService>;

export function createSegmentService({ db, defaultCountry }: { db: Kysely<Database>; defaultCountry: CountryCode }) {
  const filterContext = { db, defaultCountry };

  /** A segment's filter is checked as a list's would be, and may not name another segment. */
  async function checkFilter(input: unknown, issues: Issues): Promise<ClientFilter> {
    await resolveClientFilter(filterContext, input, 'filter', issues, { allowSegment: false });
    return filterToSave(input);
  }

  return {
    async create(input: NewSegmentInput, actor: Actor = systemActor): Promise<Segment> {
      const issues = createIssueCollector();
      const name = checkRequiredText(input.name, 'name', issues, maxNameLength);
      const description = checkText(input.description, 'description', issues, maxDescriptionLength);
      if (input.filter === undefined) issues.add('filter', 'is required');
      const filter = await checkFilter(input.filter, issues);
      issues.throwIfAny();
      const row = await withUniqueFieldErrors(uniqueFieldMessages, () =>
        db.transaction().execute(async (trx) => {
          const inserted = await insertSegment(trx, { name, description, filter: JSON.stringify(filter) }, actor.userId);
          await insertAuditEntry(trx, { userId: actor.userId, entity: 'segment', entityId: inserted.id, action: 'create', changes: { name, description, filter } });
          return inserted;
        }),
      );
      return segmentFromRow(row);
    },

    async update(id: number, input: SegmentChangesInput, actor: Actor = systemActor): Promise<Segment> {
      const issues = createIssueCollector();
      const name = input.name === undefined ? undefined : checkRequiredText(input.name, 'name', issues, maxNameLength);
      const description = input.description === undefined ? undefined : checkText(input.description, 'description', issues, maxDescriptionLength);
      const filter = input.filter === undefined ? undefined : await checkFilter(input.filter, issues);
      issues.throwIfAny();
      const row = await withUniqueFieldErrors(uniqueFieldMessages, () =>
        db.transaction().execute(async (trx) => {
          const before = await selectSegmentById(trx, id);
          if (!before) throw new NotFoundError('segment', id);
          const changed = describeChanges(
            { name: before.name, description: before.description, filter: JSON.stringify(before.filter) },
            { name, description, filter: filter === undefined ? undefined : JSON.stringify(filter) },
          );
          if (Object.keys(changed).length === 0) return before;
          const updated = await updateSegment(trx, id, { name, description, filter: filter === undefined ? undefined : JSON.stringify(filter) });
          await insertAuditEntry(trx, { userId: actor.userId, entity: 'segment', entityId: id, action: 'update', changes: changed });
          return updated ?? before;
        }),
      );
      return segmentFromRow(row);
    },

    async get(id: number): Promise<Segment> {
      const row = await selectSegmentById(db, id);
      if (!row) throw new NotFoundError('segment', id);
      return segmentFromRow(row);
    },

    async list(): Promise<Segment[]> {
      return (await selectSegments(db)).map(segmentFromRow);
    },

    /** A segment is only a saved filter: deleting it touches no client. */
    async delete(id: number, actor: Actor = systemActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = await selectSegmentById(trx, id);
        if (!before || !(await deleteSegment(trx, id))) throw new NotFoundError('segment', id);
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'segment', entityId: id, action: 'delete', changes: auditedValues(segmentFromRow(before)) });
      });
    },

    /** How many current (not archived) clients the segment holds now. */
    async countMembers(id: number): Promise<number> {
      const row = await selectSegmentById(db, id);
      if (!row) throw new NotFoundError('segment', id);
      const issues = createIssueCollector();
      const conditions = await resolveClientFilter(filterContext, row.filter, 'filter', issues, { allowSegment: false });
      issues.throwIfAny();
      return countClients(db, conditions, 'hide');
    },
  };
}

function segmentFromRow(row: SegmentRow): Segment {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    filter: row.filter as ClientFilter,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
