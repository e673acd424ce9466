import type { Kysely } from 'kysely';
import type { CrmSettingsRow, Database } from '../../db/schema.ts';
import { insertAuditEntry } from '../audit/audit.repository.ts';
import { type Actor, systemActor } from '../shared/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { type CrmSettings, type CrmSettingsChanges, validateSettingsChanges } from './crm-settings.ts';
import { selectCrmSettings, updateCrmSettings } from './crm-settings.repository.ts';

export type { CrmSettings, CrmSettingsChanges } from './crm-settings.ts';

export type CrmSettingsService = ReturnType<typeof createCrmSettingsService>;

export function createCrmSettingsService({ db, clock }: { db: Kysely<Database>; clock: Clock }) {
  return {
    async get(): Promise<CrmSettings> {
      return crmSettingsFromRow(await selectCrmSettings(db));
    },

    async update(changes: CrmSettingsChanges, actor: Actor = systemActor): Promise<CrmSettings> {
      const valid = validateSettingsChanges(changes);
      const row = await db.transaction().execute(async (trx) => {
        const updated = await updateCrmSettings(trx, {
          time_zone: valid.timeZone,
          birthday_reminder_days: valid.birthdayReminderDays,
          callback_deadline_minutes: valid.callbackDeadlineMinutes,
          currency: valid.currency,
          sms_exchange_rate: valid.smsExchangeRate,
          updated_at: clock.now(),
        });
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'crm-settings', entityId: 'crm', action: 'update', changes: { ...valid } });
        return updated;
      });
      return crmSettingsFromRow(row);
    },
  };
}

export function crmSettingsFromRow(row: CrmSettingsRow): CrmSettings {
  return {
    timeZone: row.time_zone,
    birthdayReminderDays: row.birthday_reminder_days,
    callbackDeadlineMinutes: row.callback_deadline_minutes,
    currency: row.currency,
    smsExchangeRate: row.sms_exchange_rate === null ? null : canonicalRate(row.sms_exchange_rate),
  };
}

/** numeric(14, 6) reads back as "41.250000": shown as the admin would write it, "41.25". */
function canonicalRate(rate: string): string {
  return rate.includes('.') ? rate.replace(/\.?0+$/, '') : rate;
}
