import { beforeAll, describe, expect, it } from 'vitest';
import type { GatewayApp } from '../app.ts';
import type { ServerMessageOf } from '../schemas/ws.schemas.ts';
import { newClient } from '../../tests/support/crm-factories.ts';
import { buildTestApp, connectSocket, signIn, type SignedInUser, type TestSocket } from '../../tests/support/gateway.ts';
import { inboundWebhookUrl, publicUrl, startSimulatedTwilio, testClock } from '../../tests/support/sms.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import type { TwilioSimulator } from './twilio-simulator.ts';

const database = useTestDatabase();

describe('SMS status pushed live over the WebSocket', () => {
  let app: GatewayApp;
  let simulator: TwilioSimulator;
  let sender: SignedInUser;
  let manager: SignedInUser;
  let supervisor: SignedInUser;
  let bystander: SignedInUser;

  beforeAll(async () => {
    let appReady: GatewayApp | undefined;
    const started = await startSimulatedTwilio({
      inboundWebhookUrl,
      deliveryFailures: { '+380509998870': { status: 'undelivered', errorCode: 30003 } },
      postWebhook: async (url, params, signature) => {
        const { pathname, search } = new URL(url);
        const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature };
        return (await appReady!.inject({ method: 'POST', url: pathname + search, headers, payload: new URLSearchParams(params).toString() })).statusCode;
      },
    });
    simulator = started.simulator;
    const sms = { transport: started.transport, authToken: simulator.authToken, publicUrl, pricePerSegment: 0.05, currency: 'USD' };
    app = await buildTestApp(database.db, { clock: testClock(), sms });
    appReady = app;
    sender = await signIn(app, database.db, { role: 'operator' });
    manager = await signIn(app, database.db, { role: 'manager' });
    supervisor = await signIn(app, database.db, { role: 'supervisor' });
    bystander = await signIn(app, database.db, { role: 'operator' });
  });

  async function sendFromCard(clientId: number, to: string): Promise<{ id: number }> {
    const response = await app.inject({ method: 'POST', url: `/api/clients/${clientId}/sms`, headers: { cookie: sender.cookie }, payload: { to, body: 'Your order is ready' } });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  /** Everything the server pushed before this returns has reached the socket: a ping's pong comes after it. */
  async function settled(socket: TestSocket): Promise<void> {
    const id = `settle-${Math.random()}`;
    socket.send({ type: 'ping', id });
    await socket.next('pong', (pong) => pong.replyTo === id);
  }

  const updatesOf = (socket: TestSocket, messageId: number) =>
    socket.messages.filter((message): message is ServerMessageOf<'sms.status'> => message.type === 'sms.status' && message.messageId === messageId);

  it("follows a card's SMS from queued to delivered on the sender's, the manager's and supervisors' screens, not on a bystander's", async () => {
    const client = await newClient(database.db, { kind: 'person', fullName: 'Olena Kovalenko', managerId: manager.user.id, phones: [{ number: '+380671112233', kind: 'mobile' }] });
    const sockets = {
      sender: await connectSocket(app, sender.cookie),
      manager: await connectSocket(app, manager.cookie),
      supervisor: await connectSocket(app, supervisor.cookie),
      bystander: await connectSocket(app, bystander.cookie),
    };

    const sent = await sendFromCard(client.id, '+380671112233');
    await simulator.settled();
    for (const socket of [sockets.sender, sockets.manager, sockets.supervisor]) {
      await socket.next('sms.status', (update) => update.messageId === sent.id && update.status === 'delivered');
    }
    for (const socket of Object.values(sockets)) await settled(socket);

    const statuses = updatesOf(sockets.sender, sent.id).map((update) => update.status);
    expect(statuses[0]).toBe('queued');
    expect(statuses).toContain('sent');
    expect(statuses.at(-1)).toBe('delivered');
    expect(updatesOf(sockets.sender, sent.id).at(-1)).toMatchObject({ clientId: client.id, direction: 'out', errorCode: null, errorMessage: null });
    expect(updatesOf(sockets.manager, sent.id).map((update) => update.status)).toEqual(statuses);
    expect(updatesOf(sockets.supervisor, sent.id).map((update) => update.status)).toEqual(statuses);
    expect(updatesOf(sockets.bystander, sent.id)).toEqual([]);
    for (const socket of Object.values(sockets)) socket.close();
  });

  it("tells the sender that a message was not delivered, with Twilio's error code and its meaning", async () => {
    const client = await newClient(database.db, { kind: 'person', fullName: 'Switched Off', phones: [{ number: '+380509998870', kind: 'mobile' }] });
    const socket = await connectSocket(app, sender.cookie);
    const sent = await sendFromCard(client.id, '+380509998870');
    const undelivered = await socket.next('sms.status', (update) => update.messageId === sent.id && update.status === 'undelivered');
    expect(undelivered).toMatchObject({ clientId: client.id, errorCode: 30003, errorMessage: 'The handset is unreachable (switched off or out of coverage)' });
    socket.close();
  });
});
