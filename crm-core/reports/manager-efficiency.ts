import type { UserRole } from '../../db/schema.ts';
import type { ManagerEfficiencyRow } from './manager-efficiency.repository.ts';
import { ratio } from './report-request.ts';

export interface ManagerEfficiency {
  readonly userId: number;
  readonly displayName: string;
  readonly role: UserRole;
  /** Revenue of the deals the user won in the period. */
  readonly salesVolume: string;
  readonly dealsWon: number;
  readonly dealsLost: number;
  /** Interactions the user handled, by channel (canceled meetings left out). */
  readonly interactions: { readonly call: number; readonly sms: number; readonly email: number; readonly meeting: number; readonly note: number };
  /** Outgoing calls the user made, reached or not. */
  readonly callsMade: number;
  /** Incoming calls the user answered. */
  readonly callsAnswered: number;
  /** Over the user's calls with any talk; null without one. */
  readonly averageTalkSeconds: number | null;
  /** Incoming calls from the user's clients, and how many nobody answered. */
  readonly clientCalls: number;
  readonly missedClientCalls: number;
  readonly missedCallShare: number | null;
  /** Missed calls whose client was called back (by anyone) within the callback deadline. */
  readonly callbacksInTime: number;
  readonly callbackInTimeShare: number | null;
  /**
   * The user's clients who are VIP (A class of the company-wide ABC analysis of the period) and
   * had never won a deal before it: VIPs the period brought in.
   */
  readonly vipClientsGained: number;
}

export interface ManagerEfficiencyReport {
  readonly callbackDeadlineMinutes: number;
  readonly managers: ManagerEfficiency[];
}

export function buildManagerEfficiencyReport(callbackDeadlineMinutes: number, rows: readonly ManagerEfficiencyRow[]): ManagerEfficiencyReport {
  return {
    callbackDeadlineMinutes,
    managers: rows.map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      role: row.role,
      salesVolume: row.sales_volume,
      dealsWon: row.deals_won,
      dealsLost: row.deals_lost,
      interactions: { call: row.calls, sms: row.sms, email: row.emails, meeting: row.meetings, note: row.notes },
      callsMade: row.calls_made,
      callsAnswered: row.calls_answered,
      averageTalkSeconds: row.calls_with_talk === 0 ? null : Math.round(row.talk_seconds_total / row.calls_with_talk),
      clientCalls: row.inbound_client_calls,
      missedClientCalls: row.missed_client_calls,
      missedCallShare: ratio(row.missed_client_calls, row.inbound_client_calls),
      callbacksInTime: row.callbacks_in_time,
      callbackInTimeShare: ratio(row.callbacks_in_time, row.missed_client_calls),
      vipClientsGained: row.vip_clients_gained,
    })),
  };
}
