/**
 * Click-to-call and missed-call callbacks through the whole stack: the HTTP API, the adapter over
 * TCP, the AMI simulator, call logging and the CRM.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createInteractionService } from '../../crm-core/interactions/interaction.service.ts';
import pino from 'pino';
import { RECORDED_SITE_DIALPLAN, createPbxAdapter } from '../../pbx-adapter/index.ts';
import { auditTrailOf, newClient } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn, type SignedInUser } from '../../tests/support/gateway.ts';
import { startTestSite, type TestSite } from '../../tests/support/pbx-site.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';

const database = useTestDatabase();
const DID_QUEUE = '+380445550200';
const sharedNumber = '+380441112233';

let site: TestSite;
let manager: SignedInUser;
let operator: SignedInUser;
let secondOperator: SignedInUser;
beforeAll(async () => {
  site = await startTestSite(database.db, Date.UTC(2031, 0, 6, 9));
  manager = await signIn(site.app, database.db, { role: 'manager', extension: '101' });
  operator = await signIn(site.app, database.db, { role: 'operator', extension: '201' });
  secondOperator = await signIn(site.app, database.db, { role: 'operator', extension: '202' });
});

function dial(user: SignedInUser, payload: Record<string, unknown>) {
  return site.app.inject({ method: 'POST', url: '/api/calls', headers: { cookie: user.cookie }, payload });
}

async function callsEnded(count: number): Promise<void> {
  await site.play(40_000);
  await expect.poll(() => site.ended.length).toBeGreaterThanOrEqual(count);
  await site.logging.drain();
}

describe('click-to-call', () => {
  it("rings the manager's phone with an Originate, and logs the call on the client chosen among those sharing the number", async () => {
    await newClient(database.db, { fullName: 'Перший Клієнт', phones: [{ number: sharedNumber }] });
    const chosen = await newClient(database.db, { fullName: 'Другий Клієнт', phones: [{ number: '044 111 22 33' }] });
    const phoneId = chosen.phones[0]!.id;

    const response = await dial(manager, { phoneId });
    expect(response.statusCode).toBe(202);
    const placed = response.json();
    expect(placed).toMatchObject({ number: sharedNumber, clientId: chosen.id, contactPersonId: null });

    const originate = site.actions.find((action) => action.fields.Action === 'Originate');
    expect(originate?.fields).toMatchObject({ Channel: 'Local/101@agents/n', Exten: sharedNumber, Context: 'outbound' });
    expect(originate?.repeated?.Variable ?? [originate?.fields.Variable]).toContain(`__CRM_REQUEST_ID=${placed.crmRequestId}`);

    await callsEnded(1);
    const logged = await createInteractionService({ db: database.db }).listCalls({ number: sharedNumber });
    expect(logged.items).toHaveLength(1);
    expect(logged.items[0]).toMatchObject({ direction: 'out', callOutcome: 'answered', clientId: chosen.id, userId: manager.user.id, toNumber: sharedNumber });
  });

  it('refuses operators, users without an extension, numbers that cannot be dialled, and unknown phones', async () => {
    expect((await dial(operator, { number: '0501234567' })).statusCode).toBe(403);

    const withoutExtension = await signIn(site.app, database.db, { role: 'manager' });
    const noExtension = await dial(withoutExtension, { number: '0501234567' });
    expect(noExtension.statusCode).toBe(409);
    expect(noExtension.json().message).toMatch(/no extension/);

    const notDialable = await dial(manager, { number: 'call me' });
    expect(notDialable.statusCode).toBe(400);
    expect(notDialable.json().fields).toEqual([{ field: 'number', message: '"call me" is not a phone number that can be dialled' }]);
    expect((await dial(manager, { number: '0501234567', phoneId: 1 })).json().fields).toEqual([{ field: 'phoneId', message: expect.stringContaining('either phoneId or number') }]);
    expect((await dial(manager, { phoneId: 999_999 })).statusCode).toBe(404);
  });

  it('answers 503 with a reason when the PBX link is down', async () => {
    const unreachable = createPbxAdapter({
      ami: { host: '127.0.0.1', port: 1, username: 'crm', secret: 'crm-secret', timing: { reconnectInitialDelayMs: 60_000, reconnectMaxDelayMs: 60_000 } },
      dialplan: RECORDED_SITE_DIALPLAN,
      log: pino({ level: 'silent' }),
    });
    await unreachable.start();
    const app = await buildTestApp(database.db, { pbx: unreachable });
    const response = await app.inject({ method: 'POST', url: '/api/calls', headers: { cookie: manager.cookie }, payload: { number: '0501234567' } });
    await unreachable.stop();
    expect(response.statusCode).toBe(503);
    expect(response.json().message).toMatch(/PBX link is disconnected/);
  });
});

describe('missed-call callbacks', () => {
  const caller = '+380445998877';

  async function openCallbacks(user: SignedInUser) {
    const response = await site.app.inject({ method: 'GET', url: '/api/callbacks', headers: { cookie: user.cookie } });
    expect(response.statusCode).toBe(200);
    return (response.json().items as { taskId: number; number: string; missedCalls: number; shared: boolean }[]).filter((callback) => callback.number === caller);
  }

  it('opens one callback for a ring-all queue call nobody answered, and counts a repeated call on it', async () => {
    const before = site.ended.length;
    site.pbx.placeQueueCall({ from: caller, did: DID_QUEUE, answeredBy: null, ringSeconds: 5, talkSeconds: 0, patienceSeconds: 9 });
    await callsEnded(before + 1);
    expect(await openCallbacks(operator)).toEqual([expect.objectContaining({ missedCalls: 1, shared: true })]);

    site.pbx.placeQueueCall({ from: caller, did: DID_QUEUE, answeredBy: null, ringSeconds: 5, talkSeconds: 0, patienceSeconds: 9 });
    await callsEnded(before + 2);
    expect(await openCallbacks(secondOperator)).toEqual([expect.objectContaining({ missedCalls: 2 })]);
  });

  it('lets one agent take it (the other gets 409), and closes it once the customer is reached', async () => {
    const [callback] = await openCallbacks(operator);
    const take = (user: SignedInUser) => site.app.inject({ method: 'POST', url: `/api/callbacks/${callback!.taskId}/take`, headers: { cookie: user.cookie } });
    const [first, second] = await Promise.all([take(operator), take(secondOperator)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json().message).toMatch(/already been taken/);

    const before = site.ended.length;
    expect((await dial(manager, { number: caller })).statusCode).toBe(202);
    await callsEnded(before + 1);
    expect(await openCallbacks(operator)).toEqual([]);
    const trail = await auditTrailOf(database.db, 'task', callback!.taskId);
    expect(trail.at(-1)?.changes).toMatchObject({ state: { from: 'in-progress', to: 'done' }, closedBecause: { to: 'customer-reached' } });
    expect((await take(operator)).statusCode).toBe(409);
  });
});
