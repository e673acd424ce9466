import { beforeAll, describe, expect, it } from 'vitest';
import { issuesByField, newUser } from '../../tests/support/crm-factories.ts';
import { kyiv, reportPeriod, reportTimeZone, seedReportFixture, type ReportFixture } from '../../tests/support/report-fixture.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { createCrmSettingsService } from '../settings/crm-settings.service.ts';
import type { Actor } from '../shared/actor.ts';
import { createReportService, type ReportService } from './report.service.ts';

// Every expected figure below is worked out by hand from tests/support/report-fixture.ts.
const database = useTestDatabase();
let reports: ReportService;
let fixture: ReportFixture;
let supervisor: Actor;
let managerOne: Actor;
const request = (actor: Actor) => ({ period: reportPeriod, actor, timeZone: reportTimeZone });

beforeAll(async () => {
  reports = createReportService({ db: database.db, clock: { now: () => new Date('2026-04-02T10:00:00Z') } });
  fixture = await seedReportFixture(database.db);
  supervisor = { userId: (await newUser(database.db, { role: 'supervisor' })).id, role: 'supervisor' };
  managerOne = { userId: fixture.m1, role: 'manager' };
});

describe('ABC/XYZ analysis', () => {
  it('classifies clients by revenue share and by how steadily they buy month to month', async () => {
    const report = await reports.abcXyz(request(supervisor));
    // Revenue in Q1: c3 4000+2000=6000, c1 3×1000=3000, c2 500+500=1000, c4 500, c5 200+200=400; total 10900.
    // Share ranked before each: c3 0 → A; c1 6000/10900=.55 → A; c2 9000/10900=.826 → B (≥ .80, < .95);
    // c4 10000/10900=.917 → B; c5 10500/10900=.963 → C.
    // Monthly (Jan, Feb, Mar), CV = population sd / mean:
    //   c1 [1000,1000,1000]: 0 → X;  c3 [0,4000,2000]: mean 2000, var (16e6+4e6)/3−4e6=2.667e6, sd 1633 → .8165 → Y;
    //   c2 [1000,0,0]: mean 333.3, var 1e6/3−111111=222222, sd 471.4 → 1.4142 → Z; c4 [0,0,500] → 1.4142 → Z;
    //   c5 [200,200,0]: mean 133.3, var 80000/3−17778=8889, sd 94.3 → .7071 → Y.
    expect(report.months).toBe(3);
    expect(report.totalRevenue).toBe('10900.00');
    expect(report.classes).toEqual([
      { abc: 'A', clients: 2, revenue: '9000.00', revenueShare: 9000 / 10900 },
      { abc: 'B', clients: 2, revenue: '1500.00', revenueShare: 1500 / 10900 },
      { abc: 'C', clients: 1, revenue: '400.00', revenueShare: 400 / 10900 },
    ]);
    const filled = report.matrix.filter((cell) => cell.clients > 0).map((cell) => [`${cell.abc}${cell.xyz}`, cell.clients, cell.revenue]);
    expect(filled).toEqual([['AX', 1, '3000.00'], ['AY', 1, '6000.00'], ['BZ', 2, '1500.00'], ['CY', 1, '400.00']]);
    expect(report.matrix).toHaveLength(9);
    const { c1, c2, c3, c4, c5 } = fixture.clients;
    expect(report.topClients.map((client) => [client.clientId, client.revenue, client.abc, client.xyz, client.variation])).toEqual([
      [c3, '6000.00', 'A', 'Y', 0.8165],
      [c1, '3000.00', 'A', 'X', 0],
      [c2, '1000.00', 'B', 'Z', 1.4142],
      [c4, '500.00', 'B', 'Z', 1.4142],
      [c5, '400.00', 'C', 'Y', 0.7071],
    ]);
  });

  it('moves the boundaries when the thresholds change', async () => {
    // A up to 50 %: only c3 (ranked first, nothing before it) is A; c1 (.55 before) now B up to 50+45=95 %: c1, c2, c4 B; c5 C.
    const report = await reports.abcXyz({ ...request(supervisor), thresholds: { aPercent: 50, bPercent: 45, yMaxVariation: 0.75 } });
    expect(report.classes.map((summary) => summary.clients)).toEqual([1, 3, 1]);
    // Y now ends at .75: c3 (.8165) becomes Z, c5 (.7071) stays Y.
    expect(report.matrix.filter((cell) => cell.clients > 0).map((cell) => `${cell.abc}${cell.xyz}:${cell.clients}`)).toEqual(['AZ:1', 'BX:1', 'BZ:2', 'CY:1']);
  });

  it("ranks a manager's own clients among themselves", async () => {
    // m1's clients: c1 3000, c2 1000, total 4000; c2 has .75 ranked before it → A too.
    const report = await reports.abcXyz(request(managerOne));
    expect(report.totalRevenue).toBe('4000.00');
    expect(report.topClients.map((client) => [client.clientId, client.abc])).toEqual([[fixture.clients.c1, 'A'], [fixture.clients.c2, 'A']]);
  });

  it('names each bad threshold and a period that ends before it starts', async () => {
    const issues = await issuesByField(
      reports.abcXyz({ period: { from: reportPeriod.to, to: reportPeriod.from }, actor: supervisor, thresholds: { aPercent: 90, bPercent: 20 }, timeZone: 'Mars/Olympus' }),
    );
    expect(Object.keys(issues).sort()).toEqual(['bPercent', 'timeZone', 'to']);
  });
});

describe('manager efficiency', () => {
  it("counts each manager's sales, contacts, calls, missed calls, callbacks in time and new VIPs", async () => {
    const { managers, callbackDeadlineMinutes } = await reports.managerEfficiency(request(supervisor));
    expect(callbackDeadlineMinutes).toBe(60);
    const one = managers.find((row) => row.userId === fixture.m1);
    // m1: won c1 3×1000 + c2 2×500 = 4000 in 5 deals, lost c1 700 and c2 100; handled i1 i2 i4 i6 (calls), i7 sms,
    // i8 meeting, i9 note; made i1 i4 i6; answered i2; talk (120+60+300)/3 = 160; calls from c1/c2: i2, i3 missed,
    // i5 abandoned → 2 of 3 missed; i3 called back by i4 after 30 min (in time), i5 by i6 after 2 h (late) → 1 of 2.
    // VIPs: A class company-wide is c3 and c1, but c1 had won in December, so m1 gained none.
    expect(one).toEqual({
      userId: fixture.m1, displayName: 'Manager One', role: 'manager',
      salesVolume: '4000.00', dealsWon: 5, dealsLost: 2,
      interactions: { call: 4, sms: 1, email: 0, meeting: 1, note: 1 },
      callsMade: 3, callsAnswered: 1, averageTalkSeconds: 160,
      clientCalls: 3, missedClientCalls: 2, missedCallShare: 2 / 3,
      callbacksInTime: 1, callbackInTimeShare: 0.5, vipClientsGained: 0,
    });
    const two = managers.find((row) => row.userId === fixture.m2);
    // m2: won c3 4000+2000 and c4 500 = 6500 in 3, lost 2; handled i10 and i13 (calls, both answered: talk (200+30)/2=115)
    // and i12 (email); calls from c3/c4: i10, i11 missed, never called back; c3 is a new A-class client → 1 VIP.
    expect(two).toMatchObject({
      salesVolume: '6500.00', dealsWon: 3, dealsLost: 2,
      interactions: { call: 2, sms: 0, email: 1, meeting: 0, note: 0 },
      callsMade: 0, callsAnswered: 2, averageTalkSeconds: 115,
      clientCalls: 2, missedClientCalls: 1, missedCallShare: 0.5, callbacksInTime: 0, callbackInTimeShare: 0, vipClientsGained: 1,
    });
  });

  it('shows a manager only their own row', async () => {
    const { managers } = await reports.managerEfficiency(request(managerOne));
    expect(managers.map((row) => row.userId)).toEqual([fixture.m1]);
  });
});

describe('lost deal reasons', () => {
  it('ranks the reasons, the same words in any case counted together', async () => {
    const report = await reports.lostReasons(request(supervisor));
    // Q1 losses: "Too expensive" c1 700 + "too expensive" c3 300 = 2 deals, 1000; "Chose a competitor" 2000; "No budget" 100.
    // (c1's December loss is outside.) Ties on count go to the larger amount. Shares of 4 deals.
    expect(report.totalDeals).toBe(4);
    expect(report.totalAmount).toBe('3100.00');
    expect(report.reasons.map((reason) => [reason.rank, reason.reason.toLowerCase(), reason.deals, reason.share, reason.amount])).toEqual([
      [1, 'too expensive', 2, 0.5, '1000.00'],
      [2, 'chose a competitor', 1, 0.25, '2000.00'],
      [3, 'no budget', 1, 0.25, '100.00'],
    ]);
  });

  it("gives a manager their own clients' losses", async () => {
    const report = await reports.lostReasons(request(managerOne));
    expect(report.reasons.map((reason) => [reason.reason, reason.deals, reason.amount])).toEqual([['Too expensive', 1, '700.00'], ['No budget', 1, '100.00']]);
  });
});

describe('inquiries', () => {
  it('counts first contacts from prospects and unknown numbers, and the share that became customers', async () => {
    const report = await reports.inquiries(request(supervisor));
    // Inquiries: c3 first called Jan 5 (won in Feb: converted); c4 first emailed Feb 10 (won in Mar: converted, source
    // Billboard from the email); c6 texted Mar 10 (no deal); unknown +380671111111 Feb 14 (its Mar 1 call is a repeat);
    // unknown +380672222222 Mar 5. Not inquiries: c1 (already a customer since December), c2 (first contact in
    // December), c5 (already bought in January). 5 inquiries, 2 converted.
    expect(report.total).toEqual({ inquiries: 5, converted: 2, conversion: 0.4 });
    expect(report.byPeriod).toEqual([
      { period: '2026-01-01', inquiries: 1, converted: 1, conversion: 1 },
      { period: '2026-02-01', inquiries: 2, converted: 1, conversion: 0.5 },
      { period: '2026-03-01', inquiries: 2, converted: 0, conversion: 0 },
    ]);
    expect(Object.fromEntries(report.byChannel.map((row) => [row.channel, [row.inquiries, row.converted]]))).toEqual({ call: [3, 1], email: [1, 1], sms: [1, 0] });
    expect(Object.fromEntries(report.byAdSource.map((row) => [String(row.adSource), [row.inquiries, row.converted]]))).toEqual({
      null: [2, 0], Google: [1, 1], Billboard: [1, 1], Facebook: [1, 0],
    });
  });

  it('buckets by Monday-started weeks in the zone asked for', async () => {
    const report = await reports.inquiries({ ...request(supervisor), bucket: 'week' });
    // Mon Jan 5 (c3), Mon Feb 9 (c4 on Tue 10th, unknown on Sat 14th), Mon Mar 2 (unknown Thu 5th), Mon Mar 9 (c6).
    expect(report.byPeriod.map((row) => [row.period, row.inquiries])).toEqual([['2026-01-05', 1], ['2026-02-09', 2], ['2026-03-02', 1], ['2026-03-09', 1]]);
  });

  it("gives a manager only their own clients' inquiries", async () => {
    const report = await reports.inquiries(request(managerOne));
    expect(report.total).toEqual({ inquiries: 1, converted: 0, conversion: 0 });
  });
});

describe('campaign efficiency', () => {
  it('sets inquiries, conversions and revenue of each source against its cost', async () => {
    const { campaigns, costsShown } = await reports.campaigns(request(supervisor));
    // Revenue by the client's source: Google c1 3000 + c3 6000 + c4 500 = 9500 (6 deals); Facebook c2 1000 (2);
    // none: c5 400 (2). Costs Jan–Mar: Google 3×1000 = 3000 (April's 5000 is outside), Facebook 2000, Billboard 1500.
    // Return (revenue − cost) / cost: Google 6500/3000; Facebook −1000/2000 = −.5; Billboard −1500/1500 = −1.
    expect(costsShown).toBe(true);
    expect(campaigns).toEqual([
      { adSource: 'Google', inquiries: 1, conversions: 1, conversion: 1, dealsWon: 6, revenue: '9500.00', cost: '3000.00', returnOnCost: 6500 / 3000 },
      { adSource: 'Facebook', inquiries: 1, conversions: 0, conversion: 0, dealsWon: 2, revenue: '1000.00', cost: '2000.00', returnOnCost: -0.5 },
      { adSource: null, inquiries: 2, conversions: 0, conversion: 0, dealsWon: 2, revenue: '400.00', cost: null, returnOnCost: null },
      { adSource: 'Billboard', inquiries: 1, conversions: 1, conversion: 1, dealsWon: 0, revenue: '0.00', cost: '1500.00', returnOnCost: -1 },
    ]);
  });

  it("shows a manager their clients' figures without the company's costs", async () => {
    const { campaigns, costsShown } = await reports.campaigns(request(managerOne));
    expect(costsShown).toBe(false);
    // m1: Google c1 3000 (3 deals); Facebook c2 1000 (2 deals) and c6's inquiry.
    expect(campaigns.map((row) => [row.adSource, row.inquiries, row.revenue, row.cost])).toEqual([['Google', 0, '3000.00', null], ['Facebook', 1, '1000.00', null]]);
  });

  it('takes a cost per source and month, replacing the earlier figure', async () => {
    await reports.setCampaignCost({ adSource: 'Radio', month: '2026-05-01', amount: '300' }, supervisor);
    await reports.setCampaignCost({ adSource: 'Radio', month: '2026-05-01', amount: '350.5' }, supervisor);
    expect(await reports.listCampaignCosts('2026-05-01', '2026-05-01')).toEqual([{ adSource: 'Radio', month: '2026-05-01', amount: '350.50' }]);
    expect(await issuesByField(reports.setCampaignCost({ adSource: ' ', month: '2026-05-02', amount: '-1' }))).toEqual({
      adSource: 'is required', month: 'must be the first day of a month as YYYY-MM-01', amount: 'must be a non-negative decimal number with at most 2 digits after the point',
    });
  });
});

describe('campaign efficiency per SMS mailing', () => {
  const clock = { now: () => new Date('2026-04-02T10:00:00Z') };
  const pricedReports = () => createReportService({ db: database.db, clock, smsPrice: { perSegment: 0.05, currency: 'USD' } });

  beforeAll(async () => {
    const { c1, c2, c3, c4, c5, c6 } = fixture.clients;
    await sendMailing('Winter offer', kyiv('2026-01-02T12:00'), [[c1, 2], [c2, 1], [c3, 2, '-0.12000'], [c4, 1, null, 'failed']]);
    await sendMailing('Spring sale', kyiv('2026-03-25T12:00'), [[c5, 1], [c6, 1]]);
    await sendMailing('April news', kyiv('2026-04-05T12:00'), [[c1, 1]]);
  });

  it("counts each mailing's messages in the period, and the recipients who got in touch or bought within 30 days", async () => {
    const report = await reports.campaigns(request(supervisor));
    // Winter offer (Jan 2, window to Feb 1): c1 called Jan 12 and won Jan 20 1000 (Feb 20 is too late); c2 won Jan 5 and
    // Jan 25, 500 each (its Feb 2 call is too late); c3 called Jan 5 (its Feb 5 deal is too late); c4's message failed.
    // Spring sale (Mar 25): c5 won 777 on Apr 1 (after the period, within the window); c6 did nothing.
    // April news is outside the period. No exchange rate is set: no cost.
    expect(report.attributionDays).toBe(30);
    expect(report.mailingCostBasis).toBeNull();
    expect(report.mailings).toEqual([
      { mailingId: expect.any(Number), name: 'Winter offer', sent: 3, segments: 5, responses: 2, conversions: 2, conversion: 2 / 3, dealsWon: 3, revenue: '2000.00', cost: null, returnOnCost: null },
      { mailingId: expect.any(Number), name: 'Spring sale', sent: 2, segments: 2, responses: 0, conversions: 1, conversion: 0.5, dealsWon: 1, revenue: '777.00', cost: null, returnOnCost: null },
    ]);
  });

  it("prices the messages in the reports' currency once an admin sets the exchange rate", async () => {
    await createCrmSettingsService({ db: database.db, clock }).update({ smsExchangeRate: '40' });
    const report = await pricedReports().campaigns(request(supervisor));
    expect(report.mailingCostBasis).toEqual({ pricePerSegment: 0.05, priceCurrency: 'USD', exchangeRate: '40', currency: 'UAH' });
    // Winter offer: c1 2 × 0.05 + c2 1 × 0.05 + c3's own Twilio price 0.12 = 0.27 USD × 40 = 10.80; Spring sale 2 × 0.05 × 40 = 4.00.
    expect(report.mailings.map((mailing) => [mailing.name, mailing.cost, mailing.returnOnCost])).toEqual([
      ['Winter offer', '10.80', (2000 - 10.8) / 10.8],
      ['Spring sale', '4.00', (777 - 4) / 4],
    ]);
    const manager = await pricedReports().campaigns(request(managerOne));
    expect(manager.mailingCostBasis).toBeNull();
    expect(manager.mailings.map((mailing) => mailing.cost)).toEqual([null, null]);
  });

  it("gives a manager their own clients' recipients", async () => {
    const { mailings } = await reports.campaigns(request(managerOne));
    // m1's c1 and c2 got the winter offer, c6 the spring sale.
    expect(mailings.map((mailing) => [mailing.name, mailing.sent, mailing.responses, mailing.conversions, mailing.revenue])).toEqual([
      ['Winter offer', 2, 1, 2, '2000.00'],
      ['Spring sale', 1, 0, 0, '0.00'],
    ]);
  });

  it('narrows the attribution window when asked', async () => {
    // 10 days after Jan 2: c1's Jan 12 11:00 call and c3's Jan 5 calls count, and only c2's Jan 5 deal.
    const { mailings } = await reports.campaigns({ ...request(supervisor), attributionDays: 10 });
    expect(mailings.find((mailing) => mailing.name === 'Winter offer')).toMatchObject({ responses: 2, conversions: 1, dealsWon: 1, revenue: '500.00' });
    expect(await issuesByField(reports.campaigns({ ...request(supervisor), attributionDays: 0 }))).toEqual({ attributionDays: 'must be a whole number from 1 to 365' });
  });
});

/** A mailing whose messages went to `recipients` ([client, segments, Twilio's price, state]) at `at`. */
async function sendMailing(name: string, at: Date, recipients: [clientId: number, segments: number, price?: string | null, state?: 'submitted' | 'failed'][]) {
  const mailing = await database.db
    .insertInto('sms_mailings')
    .values({ name, template: 'Hello', recipient_filter: JSON.stringify({}), state: 'done', send_at: at, started_at: at, finished_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('sms_mailing_recipients')
    .values(recipients.map(([clientId, segments, price = null, state = 'submitted'], index) => ({
      mailing_id: mailing.id, client_id: clientId, to_number: `+38067000${String(mailing.id).padStart(2, '0')}${String(index).padStart(2, '0')}`,
      time_zone: reportTimeZone, body: 'Hello', segments, state, price, submitted_at: state === 'submitted' ? at : null,
    })))
    .execute();
}

describe('call statistics', () => {
  it('counts calls by hour and weekday with answer rate, waits and abandoned calls', async () => {
    const report = await reports.callStatistics(request(supervisor));
    // Q1 calls: i1–i6, i10, i11, i13–i15 = 11; in: i2 i3 i5 i10 i11 i13 i14 i15 = 8; out: i1 i4 i6 = 3.
    // Answered in: i2 i10 i13 → 3/8; abandoned i5 i15 → 2/8; waits answered (10+20+12)/3 = 14, abandoned (45+50)/2 = 47.5.
    expect(report.total).toEqual({
      calls: 11, inbound: 8, outbound: 3, answered: 3, answerRate: 0.375, abandoned: 2, abandonRate: 0.25,
      averageWaitSeconds: 14, averageAbandonedWaitSeconds: 47.5,
    });
    // 10:00–10:59 Kyiv: i1 i4 i10 i13 i14 i15 = 6; in i10 i13 i14 i15 = 4; answered i10 i13; abandoned i15.
    expect(report.byHour[10]).toMatchObject({ hour: 10, calls: 6, inbound: 4, answered: 2, abandoned: 1 });
    expect(report.byHour).toHaveLength(24);
    // Monday: i2 (Jan 12), i3 i4 (Feb 2), i10 i11 (Jan 5) = 5; Saturday: i1 i13; Sunday: i14; Tuesday: i5 i6; Thursday: i15.
    expect(report.byWeekday.map((day) => day.calls)).toEqual([5, 2, 0, 1, 0, 2, 1]);
  });

  it('counts calls in each hour of the week, for the heat map', async () => {
    const { byWeekdayAndHour } = await reports.callStatistics(request(supervisor));
    expect(byWeekdayAndHour).toHaveLength(7 * 24);
    expect(byWeekdayAndHour[0]).toMatchObject({ weekday: 1, hour: 0, calls: 0, answerRate: null });
    // Mon 9:30 i3; Mon 10:00 i4 i10 (i10 answered); Mon 11:00 i2; Mon 12:00 i11; Tue 14:00 i5, 16:00 i6;
    // Thu 10:00 i15; Sat 10:00 i1 i13; Sun 10:30 i14.
    const busy = byWeekdayAndHour.filter((cell) => cell.calls > 0).map((cell) => [cell.weekday, cell.hour, cell.calls]);
    expect(busy).toEqual([[1, 9, 1], [1, 10, 2], [1, 11, 1], [1, 12, 1], [2, 14, 1], [2, 16, 1], [4, 10, 1], [6, 10, 2], [7, 10, 1]]);
    expect(byWeekdayAndHour.find((cell) => cell.weekday === 1 && cell.hour === 10)).toMatchObject({ inbound: 1, answered: 1, answerRate: 1 });
  });

  it("gives a manager the calls of their own clients", async () => {
    const report = await reports.callStatistics(request(managerOne));
    // c1/c2 calls: i1–i6 = 6; in i2 i3 i5; answered i2; abandoned i5.
    expect(report.total).toMatchObject({ calls: 6, inbound: 3, answered: 1, abandoned: 1 });
  });
});

describe('deals in another currency than the CRM’s', () => {
  it('count as deals won and lost, and add nothing to any sum of money', async () => {
    const before = {
      abc: await reports.abcXyz(request(supervisor)),
      managers: await reports.managerEfficiency(request(supervisor)),
      lost: await reports.lostReasons(request(supervisor)),
      campaigns: await reports.campaigns(request(supervisor)),
    };
    const { c1 } = fixture.clients;
    const inEuro = { client_id: c1, manager_id: fixture.m1, title: 'Export order', amount: '5000', currency: 'EUR', opened_at: kyiv('2026-02-10T12:00') };
    const added = await database.db
      .insertInto('deals')
      .values([
        { ...inEuro, stage: 'won', closed_at: kyiv('2026-02-10T12:00') },
        { ...inEuro, stage: 'lost', closed_at: kyiv('2026-02-11T12:00'), lost_reason: 'Chose a competitor' },
      ])
      .returning('id')
      .execute();
    try {
      const abc = await reports.abcXyz(request(supervisor));
      expect(abc.totalRevenue).toBe(before.abc.totalRevenue);
      const managerOneRow = (await reports.managerEfficiency(request(supervisor))).managers.find((row) => row.userId === fixture.m1);
      const managerOneBefore = before.managers.managers.find((row) => row.userId === fixture.m1)!;
      expect(managerOneRow).toMatchObject({ salesVolume: managerOneBefore.salesVolume, dealsWon: managerOneBefore.dealsWon + 1, dealsLost: managerOneBefore.dealsLost + 1 });
      const lost = await reports.lostReasons(request(supervisor));
      expect([lost.totalDeals, lost.totalAmount]).toEqual([before.lost.totalDeals + 1, before.lost.totalAmount]);
      const google = (await reports.campaigns(request(supervisor))).campaigns.find((campaign) => campaign.adSource === 'Google');
      const googleBefore = before.campaigns.campaigns.find((campaign) => campaign.adSource === 'Google')!;
      expect(google).toMatchObject({ dealsWon: googleBefore.dealsWon + 1, revenue: googleBefore.revenue });
    } finally {
      await database.db.deleteFrom('deals').where('id', 'in', added.map((row) => row.id)).execute();
    }
  });
});
