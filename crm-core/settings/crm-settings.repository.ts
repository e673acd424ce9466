import type { Kysely, Updateable } from 'kysely';
import type { CrmSettingsRow, CrmSettingsTable, Database } from '../../db/schema.ts';

export async function selectCrmSettings(db: Kysely<Database>): Promise<CrmSettingsRow> {
  return db.selectFrom('crm_settings').selectAll().executeTakeFirstOrThrow();
}

export async function updateCrmSettings(db: Kysely<Database>, changes: Updateable<CrmSettingsTable>): Promise<CrmSettingsRow> {
  return db.updateTable('crm_settings').set(changes).returningAll().executeTakeFirstOrThrow();
}
