/**
 * A small, fixed CRM for checking reports against figures worked out by hand (the arithmetic is
 * in the report tests). The period is the first quarter of 2026 in Kyiv (UTC+2 until 29 March,
 * UTC+3 after): [2025-12-31T22:00Z, 2026-03-31T21:00Z), three calendar months.
 *
 *   client  manager  source    won deals in the period        other deals
 *   c1      m1       Google    Jan 1000, Feb 1000, Mar 1000    won Dec 2025 9999; lost Feb 700 "Too expensive"
 *   c2      m1       Facebook  Jan 500 + Jan 500               lost Mar 100 "No budget"
 *   c3      m2       Google    Feb 4000, Mar 2000              lost Mar 300 "too expensive"
 *   c4      m2       Google    Mar 500                         lost Jan 2000 "Chose a competitor"
 *   c5      —        —         Jan 200, Feb 200                won at the period's end exactly (not in it) 777
 *   c6      m1       Facebook  —
 *
 * Interactions (Kyiv time; "in"/"out" calls with outcome, wait/talk seconds, who handled them):
 *   i0  2025-12-20 call in  c2  answered 5/50  m1   (before the period: c2's first contact)
 *   i1  Jan 10 10:00 (Sat) call out c1  answered 5/120 m1
 *   i2  Jan 12 11:00 (Mon) call in  c1  answered 10/60 m1
 *   i3  Feb 2 09:30 (Mon)  call in  c2  missed 30/0   —
 *   i4  Feb 2 10:00 (Mon)  call out c2  busy 15/0     m1   (30 min after i3: a callback in time)
 *   i5  Mar 3 14:00 (Tue)  call in  c1  abandoned 45/0 —
 *   i6  Mar 3 16:00 (Tue)  call out c1  answered 8/300 m1  (2 h after i5: too late)
 *   i7  Jan 15 12:00 sms out c1 m1 · i8 Feb 20 12:00 meeting c2 m1 · i9 Mar 1 12:00 note c2 m1
 *   i10 Jan 5 10:00 (Mon)  call in  c3  answered 20/200 m2
 *   i11 Jan 5 12:00 (Mon)  call in  c3  missed 25/0   —
 *   i12 Feb 10 12:00       email in c4 m2, source Billboard
 *   i13 Feb 14 10:00 (Sat) call in  +380671111111 (no client) answered 12/30 m2
 *   i14 Mar 1 10:30 (Sun)  call in  +380671111111 missed 18/0 —
 *   i15 Mar 5 10:00 (Thu)  call in  +380672222222 abandoned 50/0 —
 *   i16 Mar 20 12:00       sms in   c5 —
 *   i17 Mar 10 12:00       sms in   c6 —
 *
 * Campaign costs: Google Jan, Feb, Mar 1000 each and Apr 5000; Facebook Feb 2000; Billboard Mar 1500.
 */
import type { Kysely } from 'kysely';
import type { CallOutcome, Channel, Database, Direction } from '../../db/schema.ts';
import { newClient, newUser } from './crm-factories.ts';

export const reportPeriod = { from: new Date('2025-12-31T22:00:00Z'), to: new Date('2026-03-31T21:00:00Z') };
export const reportTimeZone = 'Europe/Kyiv';

/** A Kyiv wall-clock time in the winter months of the fixture (UTC+2). */
export function kyiv(localTime: string): Date {
  return new Date(`${localTime}:00+02:00`);
}

export interface ReportFixture {
  readonly m1: number;
  readonly m2: number;
  readonly clients: Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5' | 'c6', number>;
}

/** Managers `m1` and `m2` are made ('Manager One', 'Manager Two') unless existing users are given. */
export async function seedReportFixture(db: Kysely<Database>, managers: { m1?: number; m2?: number } = {}): Promise<ReportFixture> {
  const m1 = managers.m1 ?? (await newUser(db, { role: 'manager', displayName: 'Manager One' })).id;
  const m2 = managers.m2 ?? (await newUser(db, { role: 'manager', displayName: 'Manager Two' })).id;
  const client = async (name: string, managerId: number | null, adSource: string | null) =>
    (await newClient(db, { kind: 'person', fullName: name, managerId, adSource })).id;
  const clients = {
    c1: await client('Client One', m1, 'Google'),
    c2: await client('Client Two', m1, 'Facebook'),
    c3: await client('Client Three', m2, 'Google'),
    c4: await client('Client Four', m2, 'Google'),
    c5: await client('Client Five', null, null),
    c6: await client('Client Six', m1, 'Facebook'),
  };
  const { c1, c2, c3, c4, c5, c6 } = clients;

  const won = (clientId: number, managerId: number | null, amount: string, closedAt: Date) =>
    ({ client_id: clientId, manager_id: managerId, title: 'Order', amount, stage: 'won' as const, opened_at: closedAt, closed_at: closedAt });
  const lost = (clientId: number, managerId: number, amount: string, closedAt: Date, reason: string) =>
    ({ ...won(clientId, managerId, amount, closedAt), stage: 'lost' as const, lost_reason: reason });
  await db.insertInto('deals').values([
    won(c1, m1, '1000', kyiv('2026-01-20T12:00')),
    won(c1, m1, '1000', kyiv('2026-02-20T12:00')),
    won(c1, m1, '1000', kyiv('2026-03-20T12:00')),
    won(c1, m1, '9999', kyiv('2025-12-15T12:00')),
    lost(c1, m1, '700', kyiv('2026-02-21T12:00'), 'Too expensive'),
    won(c2, m1, '500', kyiv('2026-01-05T12:00')),
    won(c2, m1, '500', kyiv('2026-01-25T12:00')),
    lost(c2, m1, '100', kyiv('2026-03-15T12:00'), 'No budget'),
    won(c3, m2, '4000', kyiv('2026-02-05T12:00')),
    won(c3, m2, '2000', kyiv('2026-03-05T12:00')),
    lost(c3, m2, '300', kyiv('2026-03-06T12:00'), 'too expensive'),
    won(c4, m2, '500', kyiv('2026-03-25T12:00')),
    lost(c4, m2, '2000', kyiv('2026-01-07T12:00'), 'Chose a competitor'),
    won(c5, null, '200', kyiv('2026-01-02T12:00')),
    won(c5, null, '200', kyiv('2026-02-02T12:00')),
    won(c5, null, '777', reportPeriod.to),
    { client_id: c6, manager_id: m1, title: 'Offer', amount: '5000', stage: 'in-progress' as const, opened_at: kyiv('2026-03-11T12:00') },
  ]).execute();

  const call = (direction: Direction, at: Date, clientId: number | null, outcome: CallOutcome, wait: number, talk: number, userId: number | null, fromNumber: string | null = null) => ({
    channel: 'call' as Channel, direction, started_at: at, client_id: clientId, call_outcome: outcome,
    wait_seconds: wait, talk_seconds: talk, user_id: userId, from_number: fromNumber, ad_source: null as string | null,
  });
  const other = (channel: Channel, direction: Direction | null, at: Date, clientId: number, userId: number | null, adSource: string | null = null) => ({
    channel, direction, started_at: at, client_id: clientId, call_outcome: null, wait_seconds: null, talk_seconds: null,
    user_id: userId, from_number: null, ad_source: adSource,
  });
  await db.insertInto('interactions').values([
    call('in', kyiv('2025-12-20T10:00'), c2, 'answered', 5, 50, m1),
    call('out', kyiv('2026-01-10T10:00'), c1, 'answered', 5, 120, m1),
    call('in', kyiv('2026-01-12T11:00'), c1, 'answered', 10, 60, m1),
    call('in', kyiv('2026-02-02T09:30'), c2, 'missed', 30, 0, null),
    call('out', kyiv('2026-02-02T10:00'), c2, 'busy', 15, 0, m1),
    call('in', kyiv('2026-03-03T14:00'), c1, 'abandoned', 45, 0, null),
    call('out', kyiv('2026-03-03T16:00'), c1, 'answered', 8, 300, m1),
    other('sms', 'out', kyiv('2026-01-15T12:00'), c1, m1),
    other('meeting', null, kyiv('2026-02-20T12:00'), c2, m1),
    other('note', null, kyiv('2026-03-01T12:00'), c2, m1),
    call('in', kyiv('2026-01-05T10:00'), c3, 'answered', 20, 200, m2),
    call('in', kyiv('2026-01-05T12:00'), c3, 'missed', 25, 0, null),
    other('email', 'in', kyiv('2026-02-10T12:00'), c4, m2, 'Billboard'),
    call('in', kyiv('2026-02-14T10:00'), null, 'answered', 12, 30, m2, '+380671111111'),
    call('in', kyiv('2026-03-01T10:30'), null, 'missed', 18, 0, null, '+380671111111'),
    call('in', kyiv('2026-03-05T10:00'), null, 'abandoned', 50, 0, null, '+380672222222'),
    other('sms', 'in', kyiv('2026-03-20T12:00'), c5, null),
    other('sms', 'in', kyiv('2026-03-10T12:00'), c6, null),
  ]).execute();

  await db.insertInto('campaign_costs').values([
    { ad_source: 'Google', month: '2026-01-01', amount: '1000' },
    { ad_source: 'Google', month: '2026-02-01', amount: '1000' },
    { ad_source: 'Google', month: '2026-03-01', amount: '1000' },
    { ad_source: 'Google', month: '2026-04-01', amount: '5000' },
    { ad_source: 'Facebook', month: '2026-02-01', amount: '2000' },
    { ad_source: 'Billboard', month: '2026-03-01', amount: '1500' },
  ]).execute();
  return { m1, m2, clients };
}
