import { beforeAll, describe, expect, it } from 'vitest';
import { auditTrailOf, newClient } from '../../tests/support/crm-factories.ts';
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

function call(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return app.inject({ method, url, headers: { cookie: operator.cookie }, ...(payload && { payload }) });
}

describe('contact persons', () => {
  it('adds one with phones and emails to an organization, changes it, archives and restores it, all audited', async () => {
    const { id: clientId } = await newClient(database.db, { fullName: 'ТОВ «Левада»' });
    const added = await call('POST', `/api/clients/${clientId}/contact-persons`, {
      fullName: 'Оксана Мельник',
      position: 'Директор',
      phones: [{ number: '8 044 234 56 78', kind: 'work' }],
      emails: [{ address: 'oksana@levada.ua' }],
    });
    expect(added.statusCode, added.body).toBe(201);
    const person = added.json();
    expect(person).toMatchObject({ clientId, fullName: 'Оксана Мельник', phones: [{ raw: '8 044 234 56 78', e164: '+380442345678', display: '+380 44 234 5678' }], emails: [{ address: 'oksana@levada.ua', kind: 'work' }] });

    const changed = await call('PATCH', `/api/contact-persons/${person.id}`, { position: null, notes: 'Prefers email' });
    expect(changed.json()).toMatchObject({ position: null, notes: 'Prefers email', fullName: 'Оксана Мельник' });

    expect((await call('POST', `/api/contact-persons/${person.id}/archive`)).json().archivedAt).not.toBeNull();
    expect((await call('GET', `/api/clients/${clientId}`)).json().contactPersons).toEqual([]);
    expect((await call('GET', `/api/contact-persons/${person.id}`)).statusCode).toBe(404);
    expect((await call('GET', `/api/contact-persons/${person.id}?includeArchived=true`)).statusCode).toBe(200);
    expect((await call('POST', `/api/contact-persons/${person.id}/restore`)).json().archivedAt).toBeNull();
    expect((await call('GET', `/api/clients/${clientId}`)).json().contactPersons).toHaveLength(1);

    const trail = await auditTrailOf(database.db, 'contact_person', person.id);
    expect(trail.map((entry) => [entry.action, entry.userId])).toEqual([
      ['create', operator.user.id],
      ['update', operator.user.id],
      ['archive', operator.user.id],
      ['restore', operator.user.id],
    ]);
  });

  it('refuses a contact person for a person, names bad fields, and answers 404 for a missing client', async () => {
    const { id: personClientId } = await newClient(database.db, { kind: 'person', fullName: 'Сам Собі' });
    expect((await call('POST', `/api/clients/${personClientId}/contact-persons`, { fullName: 'Assistant' })).json()).toMatchObject({
      statusCode: 400,
      fields: [{ field: 'clientId', message: 'only an organization has contact persons' }],
    });
    const { id: clientId } = await newClient(database.db);
    const bad = await call('POST', `/api/clients/${clientId}/contact-persons`, { fullName: '', emails: [{ address: 'nobody' }] });
    expect(bad.json().fields).toEqual([
      { field: 'fullName', message: 'is required' },
      { field: 'emails.0.address', message: 'is not an email address' },
    ]);
    expect((await call('POST', '/api/clients/999999/contact-persons', { fullName: 'Ghost' })).statusCode).toBe(404);
    expect((await call('PATCH', '/api/contact-persons/999999', { notes: 'x' })).statusCode).toBe(404);
  });
});
