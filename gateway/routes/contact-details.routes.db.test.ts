import { beforeAll, describe, expect, it } from 'vitest';
import { auditTrailOf, newCallInteraction, newClient, newContactPerson } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn, type SignedInUser } from '../../tests/support/gateway.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import type { GatewayApp } from '../app.ts';

const database = useTestDatabase();
let app: GatewayApp;
let operator: SignedInUser;

beforeAll(async () => {
  app = await buildTestApp(database.db);
  operator = await signIn(app, database.db, { role: 'operator' });
});

function call(method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object, cookie = operator.cookie) {
  return app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });
}

describe('phones', () => {
  it('adds a phone in any spelling, shown in the reader’s language, and calls already logged from it join the client', async () => {
    const { id: clientId } = await newClient(database.db);
    const earlierCall = await newCallInteraction(database.db, { fromNumber: '+380931112233' });
    const ukrainian = await signIn(app, database.db);
    await database.db.updateTable('users').set({ locale: 'uk' }).where('id', '=', ukrainian.user.id).execute();

    const added = await call('POST', `/api/clients/${clientId}/phones`, { number: '(093) 111-22-33 ext. 7', kind: 'home' }, ukrainian.cookie);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toEqual({
      id: expect.any(Number),
      clientId,
      contactPersonId: null,
      raw: '(093) 111-22-33 ext. 7',
      e164: '+380931112233',
      extension: '7',
      kind: 'home',
      display: '+380 93 111 2233 дод. 7',
    });
    const history = await call('GET', `/api/interactions?clientId=${clientId}`);
    expect(history.json().items.map((interaction: { id: number }) => interaction.id)).toEqual([earlierCall.id]);
  });

  it('adds a phone to a contact person, removes it, and the audit log keeps what it was', async () => {
    const { id: clientId } = await newClient(database.db);
    const person = await newContactPerson(database.db, clientId);
    const added = (await call('POST', `/api/clients/${clientId}/phones`, { number: '067 765 43 21', contactPersonId: person.id })).json();
    expect((await call('GET', `/api/clients/${clientId}`)).json().contactPersons[0].phones).toEqual([added]);

    expect((await call('DELETE', `/api/phones/${added.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/clients/${clientId}`)).json().contactPersons[0].phones).toEqual([]);
    expect((await call('DELETE', `/api/phones/${added.id}`)).statusCode).toBe(404);
    const trail = await auditTrailOf(database.db, 'phone', added.id);
    expect(trail).toEqual([
      expect.objectContaining({ action: 'create', userId: operator.user.id }),
      { action: 'delete', userId: operator.user.id, changes: expect.objectContaining({ raw: '067 765 43 21', e164: '+380677654321' }) },
    ]);
  });

  it('names a number that is no number, and a contact person of another client', async () => {
    const { id: clientId } = await newClient(database.db);
    const stranger = await newContactPerson(database.db, (await newClient(database.db)).id);
    expect((await call('POST', `/api/clients/${clientId}/phones`, { number: '112' })).json()).toMatchObject({
      statusCode: 400,
      fields: [{ field: 'number', message: 'is not a phone number: it needs at least 5 digits' }],
    });
    expect((await call('POST', `/api/clients/${clientId}/phones`, { number: '050 111 22 33', contactPersonId: stranger.id })).json()).toMatchObject({
      statusCode: 400,
      fields: [{ field: 'contactPersonId', message: 'is not a current contact person of this client' }],
    });
    expect((await call('POST', `/api/clients/${clientId}/phones`, { number: '050 111 22 33', kind: 'pager' })).json().fields).toEqual([
      expect.objectContaining({ field: 'kind' }),
    ]);
    expect((await call('POST', '/api/clients/999999/phones', { number: '050 111 22 33' })).statusCode).toBe(404);
  });
});

describe('emails', () => {
  it('adds and removes an email address', async () => {
    const { id: clientId } = await newClient(database.db);
    const added = await call('POST', `/api/clients/${clientId}/emails`, { address: ' Sales@Levada.ua ', kind: 'work' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ clientId, contactPersonId: null, address: 'Sales@Levada.ua', kind: 'work' });
    expect((await call('GET', `/api/clients/${clientId}`)).json().emails).toEqual([added.json()]);
    expect((await call('DELETE', `/api/emails/${added.json().id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/clients/${clientId}`)).json().emails).toEqual([]);
    expect((await call('POST', `/api/clients/${clientId}/emails`, { address: 'not an address' })).json().fields).toEqual([
      { field: 'address', message: 'is not an email address' },
    ]);
  });
});
