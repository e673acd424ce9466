import twilio from 'twilio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GatewayApp } from '../app.ts';
import { newClient } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn } from '../../tests/support/gateway.ts';
import { inboundWebhookUrl, publicUrl, senderNumber, startSimulatedTwilio, statusCallbackUrl, testClock } from '../../tests/support/sms.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import type { TwilioSimulator } from './twilio-simulator.ts';

const database = useTestDatabase();

describe('SMS through the gateway, with the real twilio client against the simulator', () => {
  let app: GatewayApp;
  let simulator: TwilioSimulator;
  let operator: string;
  let manager: string;
  let admin: string;
  const clock = testClock();

  beforeAll(async () => {
    let appReady: GatewayApp | undefined;
    const started = await startSimulatedTwilio({
      inboundWebhookUrl,
      statusStepMs: 5,
      deliveryFailures: { '+380509998877': { status: 'undelivered', errorCode: 30003 } },
      // Twilio's callbacks reach the app as HTTP requests to its public URL.
      postWebhook: async (url, params, signature) => {
        const { pathname, search } = new URL(url);
        const response = await appReady!.inject({ method: 'POST', url: pathname + search, headers: { ...formHeaders.headers, 'x-twilio-signature': signature }, payload: new URLSearchParams(params).toString() });
        return response.statusCode;
      },
    });
    simulator = started.simulator;
    app = await buildTestApp(database.db, { clock, sms: { transport: started.transport, authToken: simulator.authToken, publicUrl, pricePerSegment: 0.05, currency: 'USD' } });
    appReady = app;
    operator = (await signIn(app, database.db, { role: 'operator' })).cookie;
    manager = (await signIn(app, database.db, { role: 'manager' })).cookie;
    admin = (await signIn(app, database.db, { role: 'admin' })).cookie;
  });

  const formHeaders = { headers: { 'content-type': 'application/x-www-form-urlencoded' } };

  async function sendFromCard(cookie: string, clientId: number, to: string, body: string) {
    return app.inject({ method: 'POST', url: `/api/clients/${clientId}/sms`, headers: { cookie }, payload: { to, body } });
  }

  async function message(id: number) {
    return (await app.inject({ method: 'GET', url: `/api/sms/messages/${id}`, headers: { cookie: operator } })).json();
  }

  async function history(clientId: number) {
    return (await app.inject({ method: 'GET', url: `/api/clients/${clientId}/sms`, headers: { cookie: operator } })).json().items;
  }

  function postSigned(url: string, params: Record<string, string>, signature = twilio.getExpectedTwilioSignature(simulator.authToken, url, params)) {
    const { pathname, search } = new URL(url);
    return app.inject({ method: 'POST', url: pathname + search, payload: new URLSearchParams(params).toString(), headers: { ...formHeaders.headers, 'x-twilio-signature': signature } });
  }

  it('sends from the card, logs an SMS interaction, and follows the status to delivered', async () => {
    const client = await newClient(database.db, { kind: 'person', fullName: 'Olena Kovalenko', phones: [{ number: '067 123 45 67', kind: 'mobile' }] });
    const response = await sendFromCard(operator, client.id, '067 123 45 67', 'Ваше замовлення готове');
    expect(response.statusCode).toBe(201);
    const sent = response.json();
    expect(sent).toMatchObject({ direction: 'out', from: senderNumber, to: '+380671234567', status: 'queued', segments: 1 });
    expect(sent.sid).toMatch(/^SM[0-9a-f]{32}$/);
    await simulator.settled();
    expect(await message(sent.id)).toMatchObject({ status: 'delivered', errorCode: null });

    const interactions = await database.db.selectFrom('interactions').selectAll().where('id', '=', sent.interactionId).execute();
    expect(interactions).toMatchObject([{ channel: 'sms', direction: 'out', client_id: client.id, notes: 'Ваше замовлення готове' }]);
    expect((await history(client.id)).map((item: { id: number }) => item.id)).toEqual([sent.id]);
  });

  it('moves a status only forward when callbacks arrive out of order', async () => {
    const client = await newClient(database.db, { kind: 'person', fullName: 'Late Callbacks', phones: [{ number: '+380672223344', kind: 'mobile' }] });
    const sent = (await sendFromCard(operator, client.id, '+380672223344', 'Hello')).json();
    await simulator.settled();
    expect((await message(sent.id)).status).toBe('delivered');
    expect(await simulator.sendStatusCallback(sent.sid, 'sent')).toBe(200);
    expect(await simulator.sendStatusCallback(sent.sid, 'queued')).toBe(200);
    expect((await message(sent.id)).status).toBe('delivered');
  });

  it('records delivery failures and refusals with their meaning; 21610 marks the number opted out', async () => {
    const client = await newClient(database.db, { kind: 'person', fullName: 'Unlucky', phones: [{ number: '+380509998877', kind: 'mobile' }] });
    const undelivered = (await sendFromCard(operator, client.id, '+380509998877', 'Hi')).json();
    await simulator.settled();
    expect(await message(undelivered.id)).toMatchObject({ status: 'undelivered', errorCode: 30003, errorMessage: 'The handset is unreachable (switched off or out of coverage)' });

    const landline = (await sendFromCard(operator, client.id, '+15005550009', 'Hi')).json();
    expect(landline).toMatchObject({ status: 'failed', errorCode: 21614, errorMessage: 'The number is not a mobile number', sid: null });
    const invalid = (await sendFromCard(operator, client.id, '+15005550001', 'Hi')).json();
    expect(invalid).toMatchObject({ status: 'failed', errorCode: 21211 });

    const unsubscribed = (await sendFromCard(operator, client.id, '+15005550004', 'Hi')).json();
    expect(unsubscribed).toMatchObject({ status: 'failed', errorCode: 21610 });
    const optOut = await app.inject({ method: 'GET', url: '/api/sms/opt-outs?number=%2B15005550004', headers: { cookie: operator } });
    expect(optOut.json()).toMatchObject({ number: '+15005550004', optedOut: true, source: 'carrier' });
  });

  it("opts a number out at the customer's word, and lets users undo only the opt-outs users recorded", async () => {
    const client = await newClient(database.db, { kind: 'person', fullName: 'Quiet Please', phones: [{ number: '+380671112233', kind: 'mobile' }] });
    const optOuts = (method: 'POST' | 'DELETE', number: string, cookie = operator) =>
      method === 'POST'
        ? app.inject({ method, url: '/api/sms/opt-outs', headers: { cookie }, payload: { number } })
        : app.inject({ method, url: `/api/sms/opt-outs?number=${encodeURIComponent(number)}`, headers: { cookie } });

    const recorded = await optOuts('POST', '067 111 22 33');
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json()).toMatchObject({ number: '+380671112233', optedOut: true, source: 'manual' });
    const refused = await sendFromCard(operator, client.id, '+380671112233', 'Spring sale!');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ fields: [{ field: 'to', message: expect.stringContaining('opted out') }] });
    const audited = await database.db.selectFrom('audit_log').select(['action', 'user_id']).where('entity', '=', 'sms-opt-out').where('entity_id', '=', '+380671112233').execute();
    expect(audited).toEqual([{ action: 'create', user_id: expect.any(Number) }]);

    const lifted = await optOuts('DELETE', '+380671112233');
    expect(lifted.json()).toMatchObject({ number: '+380671112233', optedOut: false, source: null });
    expect((await sendFromCard(operator, client.id, '+380671112233', 'Spring sale!')).statusCode).toBe(201);
    expect((await optOuts('DELETE', '+380671112233')).statusCode).toBe(404);

    await postSigned(inboundWebhookUrl, { MessageSid: 'SM-stop-quiet', From: '+380671112233', To: senderNumber, Body: 'STOP', AccountSid: simulator.accountSid });
    const customersOwn = await optOuts('DELETE', '+380671112233');
    expect(customersOwn.statusCode).toBe(400);
    expect(customersOwn.json()).toMatchObject({ fields: [{ field: 'number', message: expect.stringContaining('texting START') }] });
    expect((await optOuts('POST', 'not a number')).json()).toMatchObject({ statusCode: 400, fields: [{ field: 'number', message: 'is not a phone number' }] });
    expect((await app.inject({ method: 'POST', url: '/api/sms/opt-outs', payload: { number: '+380671112233' } })).statusCode).toBe(401);
  });

  it('refuses a forged or missing signature with 403 and changes nothing', async () => {
    const client = await newClient(database.db, { kind: 'person', fullName: 'Forgery Target', phones: [{ number: '+380673334455', kind: 'mobile' }] });
    const sent = (await sendFromCard(operator, client.id, '+380673334455', 'Hello')).json();
    await simulator.settled();
    const url = `${statusCallbackUrl}?message=${sent.id}`;
    const params = { MessageSid: sent.sid, MessageStatus: 'failed', ErrorCode: '30007', AccountSid: simulator.accountSid };
    const forged = await postSigned(url, params, twilio.getExpectedTwilioSignature('not-the-token', url, params));
    expect(forged.statusCode).toBe(403);
    const unsigned = await app.inject({ method: 'POST', url: `/api/sms/twilio/status?message=${sent.id}`, payload: new URLSearchParams(params).toString(), ...formHeaders });
    expect(unsigned.statusCode).toBe(403);
    // Signed for another URL (the address the process sees rather than PUBLIC_URL): refused too.
    const wrongUrl = await postSigned(url, params, twilio.getExpectedTwilioSignature(simulator.authToken, `http://localhost/api/sms/twilio/status?message=${sent.id}`, params));
    expect(wrongUrl.statusCode).toBe(403);
    expect(await message(sent.id)).toMatchObject({ status: 'delivered', errorCode: null });

    const forgedInbound = await postSigned(inboundWebhookUrl, { MessageSid: 'SM' + '0'.repeat(32), From: '+380673334455', To: senderNumber, Body: 'STOP' }, 'bogus');
    expect(forgedInbound.statusCode).toBe(403);
    const optOut = await app.inject({ method: 'GET', url: '/api/sms/opt-outs?number=%2B380673334455', headers: { cookie: operator } });
    expect(optOut.json().optedOut).toBe(false);
    expect(await history(client.id)).toHaveLength(1);
  });

  it("puts an inbound SMS into the matching client's history, and one from an unknown number in a new inquiry", async () => {
    const client = await newClient(database.db, { kind: 'person', fullName: 'Replying Client', phones: [{ number: '+380674445566', kind: 'mobile' }] });
    expect(await simulator.injectInbound({ from: '+380674445566', to: senderNumber, body: 'Дякую, буду о 15:00' })).toBe(200);
    const received = await history(client.id);
    expect(received).toMatchObject([{ direction: 'in', from: '+380674445566', body: 'Дякую, буду о 15:00', status: 'received' }]);

    expect(await simulator.injectInbound({ from: '+380639990011', to: senderNumber, body: 'How much is delivery?' })).toBe(200);
    const inquiry = await database.db.selectFrom('interactions').selectAll().where('from_number', '=', '+380639990011').execute();
    expect(inquiry).toMatchObject([{ channel: 'sms', direction: 'in', client_id: null, notes: 'How much is delivery?' }]);
  });

  it('opts a number out on STOP and back in on START; sending in between is refused', async () => {
    const client = await newClient(database.db, { kind: 'person', fullName: 'Round Trip', phones: [{ number: '+380675556677', kind: 'mobile' }] });
    const status = async () => (await app.inject({ method: 'GET', url: '/api/sms/opt-outs?number=0675556677', headers: { cookie: operator } })).json();

    expect(await simulator.injectInbound({ from: '+380675556677', to: senderNumber, body: 'Stop' })).toBe(200);
    expect(await status()).toMatchObject({ number: '+380675556677', optedOut: true, source: 'keyword' });
    const refused = await sendFromCard(operator, client.id, '+380675556677', 'Are you sure?');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([{ field: 'to', message: 'has opted out of SMS (replied STOP)' }]);

    expect(await simulator.injectInbound({ from: '+380675556677', to: senderNumber, body: 'START' })).toBe(200);
    expect(await status()).toMatchObject({ optedOut: false });
    expect((await sendFromCard(operator, client.id, '+380675556677', 'Welcome back')).statusCode).toBe(201);
  });

  it('estimates a mailing: GSM-7 fits 160 characters in one segment, Cyrillic makes it UCS-2 at 70', async () => {
    for (const [index, name] of ['Anna', 'Bohdan', 'Oksana'].entries()) {
      await newClient(database.db, { kind: 'person', fullName: name, region: 'Estimate', phones: [{ number: `+38066111000${index}`, kind: 'mobile' }] });
    }
    await newClient(database.db, { kind: 'person', fullName: 'Only a landline', region: 'Estimate', phones: [{ number: '+380441234567', kind: 'home' }] });
    const create = (template: string) =>
      app.inject({ method: 'POST', url: '/api/sms/mailings', headers: { cookie: manager }, payload: { name: 'Estimate', template, filter: { regions: ['Estimate'] } } });
    const latin = (await create(`Hi {{name}}! ${'x'.repeat(140)}`)).json();
    const cyrillic = (await create(`Привіт, {{name}}! ${'ж'.repeat(60)}`)).json();
    const estimate = async (id: number) => (await app.inject({ method: 'GET', url: `/api/sms/mailings/${id}/estimate`, headers: { cookie: manager } })).json();

    expect(await estimate(latin.id)).toEqual({
      recipients: 3, withoutMobile: 1, optedOut: 0, segmentsPerMessage: { min: 1, max: 1 }, charactersPerMessage: { min: 149, max: 151 }, encodings: { gsm7: 3, ucs2: 0 }, totalSegments: 3, estimatedCost: '0.15', currency: 'USD',
    });
    // 'Привіт, Anna! ' + 60 letters = 74 UCS-2 characters: two segments of at most 67.
    expect(await estimate(cyrillic.id)).toMatchObject({ recipients: 3, segmentsPerMessage: { min: 2, max: 2 }, encodings: { gsm7: 0, ucs2: 3 }, totalSegments: 6, estimatedCost: '0.30' });

    const anna = await database.db.selectFrom('clients').select('id').where('full_name', '=', 'Anna').executeTakeFirstOrThrow();
    const preview = await app.inject({ method: 'GET', url: `/api/sms/mailings/${cyrillic.id}/preview?clientId=${anna.id}`, headers: { cookie: manager } });
    expect(preview.json()).toMatchObject({ clientId: anna.id, to: '+380661110000', body: `Привіт, Anna! ${'ж'.repeat(60)}`, segments: { encoding: 'UCS-2', units: 74, segments: 2, unitsPerSegment: 67 } });
  });

  it('lets managers run a mailing through schedule, pause, resume and cancel, with per-recipient status', async () => {
    for (let index = 0; index < 3; index++) {
      await newClient(database.db, { kind: 'person', fullName: `Lifecycle ${index}`, region: 'Lifecycle', phones: [{ number: `+38066222000${index}`, kind: 'mobile' }] });
    }
    const created = await app.inject({ method: 'POST', url: '/api/sms/mailings', headers: { cookie: manager }, payload: { name: 'Lifecycle', template: 'Sale at {{region}}', filter: { regions: ['Lifecycle'] }, quietHours: { start: '21:00', end: '09:00' } } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const act = (action: string, payload?: object) => app.inject({ method: 'POST', url: `/api/sms/mailings/${id}/${action}`, headers: { cookie: manager }, ...(payload && { payload }) });

    const sendAt = new Date(clock.now().getTime() + 3_600_000).toISOString();
    expect((await act('schedule', { sendAt })).json()).toMatchObject({ state: 'scheduled', sendAt, quietHours: { start: '21:00', end: '09:00' } });
    expect((await act('pause')).json().state).toBe('paused');
    expect((await act('resume')).json().state).toBe('scheduled');
    const wrongState = await act('resume');
    expect(wrongState.statusCode).toBe(400);
    expect(wrongState.json().fields[0].field).toBe('state');

    const recipients = await app.inject({ method: 'GET', url: `/api/sms/mailings/${id}/recipients?limit=2`, headers: { cookie: manager } });
    expect(recipients.json().items).toHaveLength(2);
    expect(recipients.json().items[0]).toMatchObject({ to: '+380662220000', body: 'Sale at Lifecycle', state: 'pending', status: null });
    const next = await app.inject({ method: 'GET', url: `/api/sms/mailings/${id}/recipients?limit=2&cursor=${recipients.json().nextCursor}`, headers: { cookie: manager } });
    expect(next.json().items.map((item: { to: string }) => item.to)).toEqual(['+380662220002']);

    expect((await act('cancel')).json().state).toBe('cancelled');
    const mailing = await app.inject({ method: 'GET', url: `/api/sms/mailings/${id}`, headers: { cookie: manager } });
    expect(mailing.json().totals).toMatchObject({ recipients: 3, pending: 0, cancelled: 3, sent: 0 });
  });

  it('keeps mailings from operators and rules from everyone but administrators', async () => {
    const asOperator = await app.inject({ method: 'GET', url: '/api/sms/mailings', headers: { cookie: operator } });
    expect(asOperator.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/sms/rules', headers: { cookie: manager } })).statusCode).toBe(403);
    const rules = await app.inject({ method: 'GET', url: '/api/sms/rules', headers: { cookie: admin } });
    expect(rules.json().items.map((rule: { kind: string; enabled: boolean }) => [rule.kind, rule.enabled])).toEqual([
      ['birthday', false], ['meeting-reminder', false], ['missed-call', false],
    ]);
    const bad = await app.inject({ method: 'PUT', url: '/api/sms/rules/birthday', headers: { cookie: admin }, payload: { enabled: true, template: 'Happy birthday {{nmae}}' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([{ field: 'template', message: 'has unknown placeholders: nmae' }]);
    const good = await app.inject({ method: 'PUT', url: '/api/sms/rules/birthday', headers: { cookie: admin }, payload: { enabled: true, template: 'Happy birthday, {{name}}!' } });
    expect(good.json()).toMatchObject({ kind: 'birthday', enabled: true, template: 'Happy birthday, {{name}}!' });
  });
});
