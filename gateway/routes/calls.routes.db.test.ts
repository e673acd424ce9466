/** The call log over HTTP: who sees which calls, filters, keyset paging, totals and the CSV export. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GatewayApp } from '../app.ts';
import { newCallInteraction, newClient } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn, type SignedInUser } from '../../tests/support/gateway.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';

const database = useTestDatabase();

let app: GatewayApp;
let operator: SignedInUser;
let otherOperator: SignedInUser;
let manager: SignedInUser;
let supervisor: SignedInUser;
let managedClientId: number;
let trickyClientId: number;

/** Calls on 2026-02-10, one a minute from 09:00: who took them, with whom, and how they ended. */
beforeAll(async () => {
  const { db } = database;
  app = await buildTestApp(db);
  operator = await signIn(app, db, { role: 'operator' });
  otherOperator = await signIn(app, db, { role: 'operator' });
  manager = await signIn(app, db, { role: 'manager' });
  supervisor = await signIn(app, db, { role: 'supervisor' });
  managedClientId = (await newClient(db, { fullName: 'Managed Client', managerId: manager.user.id })).id;
  trickyClientId = (await newClient(db, { fullName: 'Smith, "Jr" =SUM(1)' })).id;
  const calls = [
    { userId: operator.user.id, clientId: trickyClientId, outcome: 'answered', talkSeconds: 100 },
    { userId: operator.user.id, clientId: null, outcome: 'missed', talkSeconds: 0 },
    { userId: otherOperator.user.id, clientId: managedClientId, outcome: 'answered', talkSeconds: 40 },
    { userId: otherOperator.user.id, clientId: null, outcome: 'busy', talkSeconds: 0 },
    { userId: manager.user.id, clientId: null, outcome: 'answered', talkSeconds: 60, direction: 'out' },
  ] as const;
  for (const [index, call] of calls.entries()) {
    const startedAt = new Date(Date.UTC(2026, 1, 10, 9, index));
    await newCallInteraction(db, {
      pbxCallId: `log-http-${index}`,
      direction: 'direction' in call ? call.direction : 'in',
      fromNumber: `+38067000000${index}`,
      outcome: call.outcome,
      userId: call.userId,
      clientId: call.clientId,
      startedAt,
      endedAt: new Date(startedAt.getTime() + 30_000),
      waitSeconds: 5,
      talkSeconds: call.talkSeconds,
    });
  }
});

const day = 'from=2026-02-10T00:00:00Z&to=2026-02-11T00:00:00Z';

async function callLog(user: SignedInUser, query = '') {
  const response = await app.inject({ method: 'GET', url: `/api/calls?${day}${query}`, headers: { cookie: user.cookie } });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: { pbxCallId: string; clientName: string | null; agentName: string | null }[]; nextCursor?: string; totals?: { calls: number; talkSeconds: number; byOutcome: Record<string, number> } };
}

const ids = (page: { items: { pbxCallId: string }[] }) => page.items.map((item) => item.pbxCallId);

describe('the call log', () => {
  it('shows operators their own calls, managers also their clients’, supervisors every call', async () => {
    expect(ids(await callLog(operator))).toEqual(['log-http-1', 'log-http-0']);
    expect(ids(await callLog(manager))).toEqual(['log-http-4', 'log-http-2']);
    expect(ids(await callLog(supervisor))).toEqual(['log-http-4', 'log-http-3', 'log-http-2', 'log-http-1', 'log-http-0']);
  });

  it("refuses an operator asking for another agent's calls", async () => {
    const response = await app.inject({ method: 'GET', url: `/api/calls?userId=${otherOperator.user.id}`, headers: { cookie: operator.cookie } });
    expect(response.statusCode).toBe(403);
    expect((await callLog(supervisor, `&userId=${otherOperator.user.id}`)).items).toHaveLength(2);
  });

  it('filters, pages without skipping or repeating, and totals every matching call on the first page', async () => {
    const first = await callLog(supervisor, '&limit=2');
    expect(ids(first)).toEqual(['log-http-4', 'log-http-3']);
    expect(first.totals).toEqual({ calls: 5, talkSeconds: 200, waitSeconds: 25, byOutcome: { answered: 3, missed: 1, busy: 1, failed: 0, abandoned: 0, transferred: 0 } });
    const second = await callLog(supervisor, `&limit=2&cursor=${first.nextCursor}`);
    expect(ids(second)).toEqual(['log-http-2', 'log-http-1']);
    expect(second.totals).toBeUndefined();
    const third = await callLog(supervisor, `&limit=2&cursor=${second.nextCursor}`);
    expect(ids(third)).toEqual(['log-http-0']);
    expect(third.nextCursor).toBeUndefined();

    expect(ids(await callLog(supervisor, '&outcome=answered&direction=in'))).toEqual(['log-http-2', 'log-http-0']);
    expect(ids(await callLog(supervisor, `&clientId=${managedClientId}`))).toEqual(['log-http-2']);
    expect(ids(await callLog(supervisor, '&number=067 000 00 03'))).toEqual(['log-http-3']);
    const named = await callLog(supervisor, `&clientId=${trickyClientId}`);
    expect(named.items[0]).toMatchObject({ clientName: 'Smith, "Jr" =SUM(1)', agentName: operator.user.displayName });
  });

  it('names a bad filter', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/calls?outcome=lost&number=12', headers: { cookie: supervisor.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.map((issue: { field: string }) => issue.field)).toEqual(['outcome']);
    const short = await app.inject({ method: 'GET', url: '/api/calls?number=12', headers: { cookie: supervisor.cookie } });
    expect(short.json().fields).toEqual([{ field: 'number', message: 'must contain at least 3 digits' }]);
  });

  it('exports the calls a user may see as CSV that Excel reads: BOM, quoting, formulas defused', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/calls.csv?${day}`, headers: { cookie: operator.cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="calls-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = response.rawPayload.toString('utf8');
    expect(body.startsWith('\uFEFFStarted (UTC),Direction,Outcome,From,To,Client,')).toBe(true);
    const lines = body.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain(`2026-02-10T09:00:00.000Z,in,answered,+380670000000,2001,"Smith, ""Jr"" =SUM(1)",${trickyClientId},`);
    expect(lines[3]).toBe('');
    expect(body).not.toContain('log-http-2');

    const refused = await app.inject({ method: 'GET', url: '/api/calls.csv?number=1', headers: { cookie: operator.cookie } });
    expect(refused.statusCode).toBe(400);
  });
});
