import type { Kysely, Transaction } from 'kysely';
import type { AuditAction, AuditRow, Database } from '../../db/schema.ts';

export interface AuditEntry {
  readonly userId: number | null;
  readonly entity: string;
  readonly entityId: number | string;
  readonly action: AuditAction;
  /** For updates, `{ field: { from, to } }`; for creates, the new values. */
  readonly changes?: Record<string, unknown>;
}

/** Writes an audit entry in the caller's transaction, so the change and its record land together. */
export async function insertAuditEntry(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      user_id: entry.userId,
      entity: entry.entity,
      entity_id: String(entry.entityId),
      action: entry.action,
      changes: JSON.stringify(entry.changes ?? {}),
    })
    .execute();
}

export async function selectAuditTrail(db: Kysely<Database>, entity: string, entityId: number | string): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', String(entityId))
    .orderBy('id')
    .execute();
}

const notAudited = new Set(['id', 'createdAt', 'updatedAt']);

/** A record's values as a create or delete entry keeps them: without the id (the entry names it) and the timestamps. */
export function auditedValues(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([field]) => !notAudited.has(field)));
}

/** The fields whose values differ, as `{ field: { from, to } }`, for an update's audit entry. */
export function describeChanges<T extends object>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after) as [keyof T & string, unknown][]) {
    const from = before[field];
    if (to !== undefined && !sameValue(from, to)) changes[field] = { from, to };
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
