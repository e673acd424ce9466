import type { UserRole } from '../../db/schema.ts';
import type {
  ClientCallFiguresRow,
  DealFiguresRow,
  InteractionFiguresRow,
  ReportUserRow,
  VipFiguresRow,
} from './manager-efficiency.repository.ts';
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

export interface ManagerEfficiencyFigures {
  readonly users: readonly ReportUserRow[];
  readonly deals: readonly DealFiguresRow[];
  readonly interactions: readonly InteractionFiguresRow[];
  readonly clientCalls: readonly ClientCallFiguresRow[];
  readonly vips: readonly VipFiguresRow[];
}

/**
 * One row per user with anything to show in the period: every active manager and operator, and
 * anyone else (or anyone since deactivated) who closed deals or handled interactions in it.
 */
export function buildManagerEfficiencyReport(callbackDeadlineMinutes: number, figures: ManagerEfficiencyFigures): ManagerEfficiencyReport {
  const deals = byUser(figures.deals);
  const interactions = byUser(figures.interactions);
  const clientCalls = byUser(figures.clientCalls);
  const vips = byUser(figures.vips);
  const shown = (user: ReportUserRow): boolean => {
    const didWork = deals.has(user.user_id) || interactions.has(user.user_id);
    const isAgent = user.role === 'manager' || user.role === 'operator';
    return (isAgent || didWork || clientCalls.has(user.user_id)) && (user.active || didWork);
  };
  return {
    callbackDeadlineMinutes,
    managers: figures.users.filter(shown).map((user) => {
      const deal = deals.get(user.user_id);
      const handled = interactions.get(user.user_id);
      const calls = clientCalls.get(user.user_id);
      const talkCalls = handled?.calls_with_talk ?? 0;
      const missed = calls?.missed_client_calls ?? 0;
      const callbacks = calls?.callbacks_in_time ?? 0;
      return {
        userId: user.user_id,
        displayName: user.display_name,
        role: user.role,
        salesVolume: deal?.sales_volume ?? '0.00',
        dealsWon: deal?.deals_won ?? 0,
        dealsLost: deal?.deals_lost ?? 0,
        interactions: {
          call: handled?.calls ?? 0,
          sms: handled?.sms ?? 0,
          email: handled?.emails ?? 0,
          meeting: handled?.meetings ?? 0,
          note: handled?.notes ?? 0,
        },
        callsMade: handled?.calls_made ?? 0,
        callsAnswered: handled?.calls_answered ?? 0,
        averageTalkSeconds: talkCalls === 0 ? null : Math.round((handled?.talk_seconds_total ?? 0) / talkCalls),
        clientCalls: calls?.inbound_client_calls ?? 0,
        missedClientCalls: missed,
        missedCallShare: ratio(missed, calls?.inbound_client_calls ?? 0),
        callbacksInTime: callbacks,
        callbackInTimeShare: ratio(callbacks, missed),
        vipClientsGained: vips.get(user.user_id)?.vip_clients_gained ?? 0,
      };
    }),
  };
}

function byUser<Row extends { readonly user_id: number }>(rows: readonly Row[]): Map<number, Row> {
  return new Map(rows.map((row) => [row.user_id, row]));
}
