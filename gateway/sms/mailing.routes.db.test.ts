/**
 * What the mailing screens ask of the gateway beyond a mailing's life cycle: an estimate and a
 * preview while the template is still being written, totals in the list, and the recipient list
 * filtered by the same outcomes the totals count.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { insertOptOut } from '../../crm-core/sms/sms.repository.ts';
import type { GatewayApp } from '../app.ts';
import { newClient, newContactPerson } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn } from '../../tests/support/gateway.ts';
import { inboundWebhookUrl, newMobileClients, publicUrl, senderNumber, silentLog, startSimulatedTwilio, statusCallbackUrl, testClock, uniqueMobile } from '../../tests/support/sms.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { createSmsDispatcher } from './sms-dispatcher.ts';
import type { TwilioSimulator } from './twilio-simulator.ts';
import type { SmsTransport } from '../../crm-core/sms/sms-transport.ts';

const database = useTestDatabase();

describe('the mailing screens through the gateway', () => {
  let app: GatewayApp;
  let simulator: TwilioSimulator;
  let transport: SmsTransport;
  let manager: string;
  let operator: string;
  const clock = testClock();

  beforeAll(async () => {
    let appReady: GatewayApp | undefined;
    ({ simulator, transport } = await startSimulatedTwilio({
      inboundWebhookUrl,
      // Statuses move only when a test says so: what the totals show in between is tested too.
      autoProgress: false,
      postWebhook: async (url, params, signature) => {
        const { pathname, search } = new URL(url);
        const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature };
        return (await appReady!.inject({ method: 'POST', url: pathname + search, headers, payload: new URLSearchParams(params).toString() })).statusCode;
      },
    }));
    app = await buildTestApp(database.db, { clock, sms: { transport, authToken: simulator.authToken, publicUrl, pricePerSegment: 0.05, currency: 'USD' } });
    appReady = app;
    manager = (await signIn(app, database.db, { role: 'manager' })).cookie;
    operator = (await signIn(app, database.db, { role: 'operator' })).cookie;
  });

  const post = (url: string, payload: object, cookie = manager) => app.inject({ method: 'POST', url, headers: { cookie }, payload });
  const get = async (url: string) => (await app.inject({ method: 'GET', url, headers: { cookie: manager } })).json();

  it('estimates and previews a template as it is written, before anything is saved', async () => {
    const [anna] = await newMobileClients(database.db, 1, 'Draft');
    await newClient(database.db, { kind: 'person', fullName: 'Bohdana Draft', region: 'Draft', phones: [{ number: '+380661239876', kind: 'mobile' }] });
    await newClient(database.db, { kind: 'person', fullName: 'Landline only', region: 'Draft', phones: [{ number: '+380441112233', kind: 'home' }] });
    const mailingsBefore = (await get('/api/sms/mailings')).items.length;
    const template = 'Вітаємо, {{name}}! Знижка 20%';

    const estimate = await post('/api/sms/mailings/estimate', { template, filter: { regions: ['Draft'] } });
    expect(estimate.statusCode).toBe(200);
    // 'Вітаємо, ' + the name + '! Знижка 20%': Cyrillic, so UCS-2, one segment of up to 70.
    const lengths = [anna!.fullName, 'Bohdana Draft'].map((name) => `Вітаємо, ${name}! Знижка 20%`.length);
    expect(estimate.json()).toEqual({
      recipients: 2,
      withoutMobile: 1,
      optedOut: 0,
      segmentsPerMessage: { min: 1, max: 1 },
      charactersPerMessage: { min: Math.min(...lengths), max: Math.max(...lengths) },
      encodings: { gsm7: 0, ucs2: 2 },
      totalSegments: 2,
      estimatedCost: '0.10',
      currency: 'USD',
    });

    const preview = await post('/api/sms/mailings/preview', { template, clientId: anna!.id });
    expect(preview.json()).toMatchObject({ clientId: anna!.id, to: anna!.phones[0]!.e164, body: `Вітаємо, ${anna!.fullName}! Знижка 20%`, segments: { encoding: 'UCS-2', segments: 1, unitsPerSegment: 70 } });
    expect((await get('/api/sms/mailings')).items).toHaveLength(mailingsBefore);
  });

  it('names the field when a draft cannot be estimated, and keeps drafts from operators', async () => {
    const misspelt = await post('/api/sms/mailings/estimate', { template: 'Hi {{nmae}}', filter: { regions: ['Draft'] } });
    expect(misspelt.statusCode).toBe(400);
    expect(misspelt.json().fields).toEqual([{ field: 'template', message: 'has unknown placeholders: nmae' }]);
    const noSegment = await post('/api/sms/mailings/estimate', { template: 'Hi', filter: { segmentId: 999_999 } });
    expect(noSegment.json().fields).toEqual([{ field: 'filter.segmentId', message: 'is not a segment' }]);
    const noClient = await post('/api/sms/mailings/preview', { template: 'Hi', clientId: 999_999 });
    expect(noClient.json().fields).toEqual([{ field: 'clientId', message: 'is not a known client' }]);
    expect((await post('/api/sms/mailings/estimate', { template: 'Hi', filter: {} }, operator)).statusCode).toBe(403);
    expect((await post('/api/sms/mailings/preview', { template: 'Hi', clientId: 1 }, operator)).statusCode).toBe(403);
  });

  it('lists mailings with their totals, and each outcome lists exactly the recipients its total counts', async () => {
    const delivered = await newMobileClients(database.db, 3, 'Outcomes');
    const [unreachable] = await newMobileClients(database.db, 1, 'Outcomes', ['+380509998811']);
    await newClient(database.db, { kind: 'person', fullName: 'Landline by mistake', region: 'Outcomes', phones: [{ number: '+15005550009', kind: 'mobile' }] });
    const [stopped] = await newMobileClients(database.db, 1, 'Outcomes');
    await insertOptOut(database.db, stopped!.phones[0]!.e164!, 'keyword', clock.now());

    const created = (await post('/api/sms/mailings', { name: 'Outcomes', template: 'Hello {{name}}', filter: { regions: ['Outcomes'] } })).json();
    expect((await post(`/api/sms/mailings/${created.id}/schedule`, {})).json().state).toBe('sending');
    const dispatcher = createSmsDispatcher({ db: database.db, transport, clock, log: silentLog, statusCallbackUrl, ratePerSecond: 1000 });
    while ((await get(`/api/sms/mailings/${created.id}`)).state === 'sending') await dispatcher.runOnce();

    const listed = () => get('/api/sms/mailings').then((list) => list.items.find((item: { id: number }) => item.id === created.id));
    // Twilio took four messages and has reported nothing yet.
    expect((await listed()).totals).toEqual({ recipients: 6, pending: 0, sent: 4, delivered: 0, failed: 1, optedOut: 1, cancelled: 0, replied: 0, unconfirmed: 4, segments: 4 });

    for (const message of simulator.messages().filter((each) => each.to !== unreachable!.phones[0]!.e164)) await simulator.advance(message.sid, 'delivered');
    const lost = simulator.messages().find((each) => each.to === unreachable!.phones[0]!.e164)!;
    await simulator.advance(lost.sid, 'undelivered', 30003);
    await simulator.injectInbound({ from: delivered[0]!.phones[0]!.e164!, to: senderNumber, body: 'Дякую!' });
    const totals = (await listed()).totals;
    expect(totals).toEqual({ recipients: 6, pending: 0, sent: 4, delivered: 3, failed: 2, optedOut: 1, cancelled: 0, replied: 1, unconfirmed: 0, segments: 4 });

    const outcomes = { pending: 'pending', sent: 'sent', delivered: 'delivered', failed: 'failed', 'opted-out': 'optedOut', cancelled: 'cancelled', replied: 'replied' } as const;
    for (const [outcome, total] of Object.entries(outcomes)) {
      const page = await get(`/api/sms/mailings/${created.id}/recipients?outcome=${outcome}`);
      expect(page.items, outcome).toHaveLength(totals[total]);
    }
    const failed = (await get(`/api/sms/mailings/${created.id}/recipients?outcome=failed`)).items;
    expect(failed).toMatchObject([
      { clientName: unreachable!.fullName, state: 'submitted', status: 'undelivered', errorCode: 30003, errorMessage: 'The handset is unreachable (switched off or out of coverage)' },
      { clientName: 'Landline by mistake', state: 'failed', status: null, errorCode: 21614 },
    ]);
    const wrong = await app.inject({ method: 'GET', url: `/api/sms/mailings/${created.id}/recipients?outcome=lost`, headers: { cookie: manager } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toMatch(/outcome/);
  });

  it('lists the numbers that opted out, the latest first, with their clients, a page at a time', async () => {
    // One number, two clients: a person's own, and a company's contact person's.
    const shared = uniqueMobile();
    const person = await newClient(database.db, { kind: 'person', fullName: 'Andrii Opted', phones: [{ number: shared, kind: 'mobile' }] });
    const company = await newClient(database.db, { kind: 'organization', fullName: 'Bakery Opted' });
    await newContactPerson(database.db, company.id, { fullName: 'Andrii at the bakery', phones: [{ number: shared, kind: 'mobile' }] });
    const [refused] = await newMobileClients(database.db, 1, 'Opted out');
    clock.advance(60_000);
    await simulator.injectInbound({ from: shared, to: senderNumber, body: 'STOP' });
    clock.advance(60_000);
    // Two at the same moment: the higher number comes first.
    await insertOptOut(database.db, refused!.phones[0]!.e164!, 'carrier', clock.now());
    await insertOptOut(database.db, '+380509990000', 'manual', clock.now());

    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await get(`/api/sms/opted-out?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      pages.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual((await get('/api/sms/opted-out')).items);
    const times = pages.map((item: { optedOutAt: string }) => item.optedOutAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(pages.slice(0, 3)).toEqual([
      { number: refused!.phones[0]!.e164, optedOutAt: clock.now().toISOString(), source: 'carrier', clients: [{ id: refused!.id, name: refused!.fullName }] },
      { number: '+380509990000', optedOutAt: clock.now().toISOString(), source: 'manual', clients: [] },
      { number: shared, optedOutAt: new Date(clock.now().getTime() - 60_000).toISOString(), source: 'keyword', clients: [{ id: person.id, name: 'Andrii Opted' }, { id: company.id, name: 'Bakery Opted' }] },
    ]);

    const foreign = await app.inject({ method: 'GET', url: '/api/sms/opted-out?cursor=bm90LW91cnM', headers: { cookie: manager } });
    expect(foreign.json().fields).toEqual([{ field: 'cursor', message: 'is not a cursor this server issued' }]);
    expect((await app.inject({ method: 'GET', url: '/api/sms/opted-out', headers: { cookie: operator } })).statusCode).toBe(403);
  });
});
