import { describe, expect, it } from 'vitest';
import type { UserRole } from '../../db/schema.ts';
import { buildManagerEfficiencyReport } from './manager-efficiency.ts';
import type { ReportUserRow } from './manager-efficiency.repository.ts';

function user(user_id: number, role: UserRole, active = true): ReportUserRow {
  return { user_id, display_name: `User ${user_id}`, role, active };
}

const nothing = { deals: [], interactions: [], clientCalls: [], vips: [] };

describe('who the manager efficiency report lists', () => {
  it('lists every active manager and operator even with nothing done, and no idle supervisor or admin', () => {
    const users = [user(1, 'manager'), user(2, 'operator'), user(3, 'supervisor'), user(4, 'admin')];
    const report = buildManagerEfficiencyReport(60, { users, ...nothing });
    expect(report.managers.map((row) => row.userId)).toEqual([1, 2]);
    expect(report.managers[0]).toMatchObject({ salesVolume: '0.00', dealsWon: 0, averageTalkSeconds: null, missedCallShare: null });
  });

  it('lists a supervisor who handled calls, and a deactivated user only for the work they did in the period', () => {
    const users = [user(3, 'supervisor'), user(5, 'operator', false), user(6, 'manager', false)];
    const report = buildManagerEfficiencyReport(60, {
      users,
      ...nothing,
      interactions: [
        { user_id: 3, calls: 2, sms: 0, emails: 0, meetings: 0, notes: 0, calls_made: 0, calls_answered: 2, talk_seconds_total: 90, calls_with_talk: 2 },
      ],
      deals: [{ user_id: 6, sales_volume: '500.00', deals_won: 1, deals_lost: 0 }],
    });
    expect(report.managers.map((row) => [row.userId, row.averageTalkSeconds, row.salesVolume])).toEqual([
      [3, 45, '0.00'],
      [6, null, '500.00'],
    ]);
  });

  it("puts calls from a manager's clients and the VIPs gained on that manager's row", () => {
    const report = buildManagerEfficiencyReport(60, {
      users: [user(1, 'manager')],
      ...nothing,
      clientCalls: [{ user_id: 1, inbound_client_calls: 4, missed_client_calls: 2, callbacks_in_time: 1 }],
      vips: [{ user_id: 1, vip_clients_gained: 3 }],
    });
    expect(report.managers[0]).toMatchObject({ clientCalls: 4, missedClientCalls: 2, missedCallShare: 0.5, callbackInTimeShare: 0.5, vipClientsGained: 3 });
  });
});
