import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, signIn, type SignedInUser } from '../../tests/support/gateway.ts';
import { reportPeriod, seedReportFixture, type ReportFixture } from '../../tests/support/report-fixture.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import type { GatewayApp } from '../app.ts';

const database = useTestDatabase();
let app: GatewayApp;
let manager: SignedInUser;
let supervisor: SignedInUser;
let operator: SignedInUser;
let fixture: ReportFixture;
const period = `from=${reportPeriod.from.toISOString()}&to=${reportPeriod.to.toISOString()}&timeZone=Europe/Kyiv`;

beforeAll(async () => {
  app = await buildTestApp(database.db);
  manager = await signIn(app, database.db, { role: 'manager' });
  supervisor = await signIn(app, database.db, { role: 'supervisor' });
  operator = await signIn(app, database.db, { role: 'operator' });
  // The signed-in manager plays m1 of the fixture: clients c1, c2 and c6.
  fixture = await seedReportFixture(database.db, { m1: manager.user.id });
});

const get = (url: string, who: SignedInUser) => app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });

describe('report routes', () => {
  it("give a manager their own clients' figures and a supervisor everyone's", async () => {
    // Revenue in Q1 (see the service tests): all clients 10900; the manager's c1 3000 + c2 1000 = 4000.
    const mine = await get(`/api/reports/abc-xyz?${period}`, manager);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().totalRevenue).toBe('4000.00');
    expect(mine.json().topClients.map((client: { clientId: number }) => client.clientId)).toEqual([fixture.clients.c1, fixture.clients.c2]);
    expect((await get(`/api/reports/abc-xyz?${period}`, supervisor)).json().totalRevenue).toBe('10900.00');

    const efficiency = await get(`/api/reports/manager-efficiency?${period}`, manager);
    expect(efficiency.json().managers.map((row: { userId: number }) => row.userId)).toEqual([manager.user.id]);
    const everyone = (await get(`/api/reports/manager-efficiency?${period}`, supervisor)).json().managers.map((row: { userId: number }) => row.userId);
    expect(everyone).toEqual(expect.arrayContaining([manager.user.id, fixture.m2]));

    // Lost in Q1: the manager's c1 700 and c2 100; everyone's 4 deals.
    expect((await get(`/api/reports/lost-reasons?${period}`, manager)).json().totalDeals).toBe(2);
    expect((await get(`/api/reports/lost-reasons?${period}`, supervisor)).json().totalDeals).toBe(4);
    // Inquiries: only c6 is the manager's; 5 in all.
    expect((await get(`/api/reports/inquiries?${period}&bucket=week`, manager)).json().total).toEqual({ inquiries: 1, converted: 0, conversion: 0 });
    expect((await get(`/api/reports/inquiries?${period}`, supervisor)).json().total.inquiries).toBe(5);
    const campaigns = (await get(`/api/reports/campaigns?${period}`, manager)).json();
    expect(campaigns.costsShown).toBe(false);
    expect(campaigns.campaigns.every((row: { cost: string | null }) => row.cost === null)).toBe(true);
  });

  it('keep reports from operators, and call statistics and costs from managers', async () => {
    expect((await get(`/api/reports/abc-xyz?${period}`, operator)).statusCode).toBe(403);
    expect((await get(`/api/reports/calls?${period}`, manager)).statusCode).toBe(403);
    expect((await get(`/api/reports/campaign-costs?fromMonth=2026-01-01&toMonth=2026-12-01`, manager)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/reports/abc-xyz?${period}` })).statusCode).toBe(401);
    const calls = await get(`/api/reports/calls?${period}`, supervisor);
    expect(calls.statusCode).toBe(200);
    expect(calls.json().total).toMatchObject({ calls: 11, inbound: 8, answered: 3, abandoned: 2 });
  });

  it('name the bad field of a request', async () => {
    const missing = await get(`/api/reports/lost-reasons?from=${reportPeriod.from.toISOString()}`, supervisor);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toEqual([expect.objectContaining({ field: 'to' })]);
    const backwards = await get(`/api/reports/abc-xyz?from=${reportPeriod.to.toISOString()}&to=${reportPeriod.from.toISOString()}&aPercent=120`, supervisor);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields.map((issue: { field: string }) => issue.field).sort()).toEqual(['aPercent', 'to']);
    const window = await get(`/api/reports/campaigns?${period}&attributionDays=400`, supervisor);
    expect(window.statusCode).toBe(400);
    expect(window.json().fields).toEqual([{ field: 'attributionDays', message: 'must be a whole number from 1 to 365' }]);
  });

  it('export a report table as CSV that Excel opens with Cyrillic intact', async () => {
    const response = await get(`/api/reports/lost-reasons/csv?${period}&delimiter=semicolon`, supervisor);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="lost-reasons-2026-01-01-2026-03-31.csv"');
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe('\uFEFFRank;Reason;Deals;Share;Amount');
    expect(lines.slice(2, 4)).toEqual(['2;Chose a competitor;1;0.25;2000.00', '3;No budget;1;0.25;100.00']);
    const matrix = await get(`/api/reports/abc-xyz/csv?${period}&table=matrix`, supervisor);
    expect(matrix.body.split('\r\n').slice(0, 3)).toEqual(['\uFEFFABC,XYZ,Clients,Revenue', 'A,X,1,3000.00', 'A,Y,1,6000.00']);
    const mailings = (await get(`/api/reports/campaigns/csv?${period}&table=mailings`, supervisor)).body;
    expect(mailings).toBe('\uFEFFMailing,Sent,Segments,Responses,Conversions,Conversion,Deals won,Revenue,Cost,Return on cost\r\n');
    // Monday 10:00 Kyiv: i4 out (busy) and i10 in, answered after 20 s.
    const week = (await get(`/api/reports/calls/csv?${period}&table=week`, supervisor)).body.split('\r\n');
    expect(week).toHaveLength(1 + 7 * 24 + 1);
    expect(week[0]).toMatch(/^\uFEFFWeekday,Hour,Calls,/);
    expect(week[1 + 10]).toBe('1,10,2,1,1,1,1,0,0,20,');
  });

  it('let a supervisor enter campaign costs and an admin change the work settings', async () => {
    const put = await app.inject({ method: 'PUT', url: '/api/reports/campaign-costs', headers: { cookie: supervisor.cookie }, payload: { adSource: 'Радіо', month: '2026-06-01', amount: '1200' } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ adSource: 'Радіо', month: '2026-06-01', amount: '1200.00' });
    expect((await get('/api/reports/campaign-costs?fromMonth=2026-06-01&toMonth=2026-06-01', supervisor)).json().items).toEqual([put.json()]);

    const settings = { timeZone: 'Europe/Warsaw', birthdayReminderDays: 5 };
    expect((await app.inject({ method: 'PATCH', url: '/api/work-settings', headers: { cookie: supervisor.cookie }, payload: settings })).statusCode).toBe(403);
    const admin = await signIn(app, database.db, { role: 'admin' });
    const patched = await app.inject({ method: 'PATCH', url: '/api/work-settings', headers: { cookie: admin.cookie }, payload: { ...settings, timeZone: 'Europe/Warszawa' } });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().fields).toEqual([{ field: 'timeZone', message: 'must be an IANA time zone such as Europe/Kyiv' }]);
    await app.inject({ method: 'PATCH', url: '/api/work-settings', headers: { cookie: admin.cookie }, payload: settings });
    expect((await get('/api/work-settings', operator)).json()).toEqual({ ...settings, callbackDeadlineMinutes: 60, currency: 'UAH', smsExchangeRate: null });

    const money = await app.inject({ method: 'PATCH', url: '/api/work-settings', headers: { cookie: admin.cookie }, payload: { currency: 'eur', smsExchangeRate: '0.925000' } });
    expect(money.json()).toMatchObject({ currency: 'EUR', smsExchangeRate: '0.925' });
    const refused = await app.inject({ method: 'PATCH', url: '/api/work-settings', headers: { cookie: admin.cookie }, payload: { currency: 'euro', smsExchangeRate: '0' } });
    expect(refused.json().fields.map((issue: { field: string }) => issue.field)).toEqual(['currency', 'smsExchangeRate']);
    const cleared = await app.inject({ method: 'PATCH', url: '/api/work-settings', headers: { cookie: admin.cookie }, payload: { smsExchangeRate: null } });
    expect(cleared.json()).toMatchObject({ currency: 'EUR', smsExchangeRate: null });
  });
});
