import { sql, type Kysely } from 'kysely';
import type { Database, SegmentRow } from '../../db/schema.ts';

export interface SegmentColumns {
  readonly name: string;
  readonly description: string;
  /** The client filter, as JSON text. */
  readonly filter: string;
}

export async function insertSegment(db: Kysely<Database>, columns: SegmentColumns, createdBy: number | null): Promise<SegmentRow> {
  return db
    .insertInto('segments')
    .values({ ...columns, created_by: createdBy })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateSegment(db: Kysely<Database>, id: number, columns: Partial<SegmentColumns>): Promise<SegmentRow | undefined> {
  return db
    .updateTable('segments')
    .set({ ...columns, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function selectSegmentById(db: Kysely<Database>, id: number): Promise<SegmentRow | undefined> {
  return db.selectFrom('segments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function selectSegments(db: Kysely<Database>): Promise<SegmentRow[]> {
  return db.selectFrom('segments').selectAll().orderBy('name').orderBy('id').execute();
}

export async function deleteSegment(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db.deleteFrom('segments').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
