import { beforeAll, describe, expect, it } from 'vitest';
import { auditTrailOf, newClient } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn, type SignedInUser } from '../../tests/support/gateway.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import type { GatewayApp } from '../app.ts';

const database = useTestDatabase();
let app: GatewayApp;
let supervisor: SignedInUser;
let manager: SignedInUser;

beforeAll(async () => {
  app = await buildTestApp(database.db);
  supervisor = await signIn(app, database.db, { role: 'supervisor' });
  manager = await signIn(app, database.db, { role: 'manager' });
});

function call(as: SignedInUser, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
  return app.inject({ method, url, headers: { cookie: as.cookie }, ...(payload && { payload }) });
}

describe('segments', () => {
  it('a supervisor saves, changes and deletes one; everyone lists it, counts it and lists its clients', async () => {
    await newClient(database.db, { fullName: 'Seg One', relationship: 'partner', region: 'Odesa' });
    await newClient(database.db, { fullName: 'Seg Two', relationship: 'partner', region: 'Kyiv' });
    const created = await call(supervisor, 'POST', '/api/segments', { name: 'Partners', description: 'Every partner', filter: { relationships: ['partner'] } });
    expect(created.statusCode, created.body).toBe(201);
    const segment = created.json();
    expect(segment).toMatchObject({ name: 'Partners', filter: { relationships: ['partner'] }, createdBy: supervisor.user.id });

    expect((await call(manager, 'GET', '/api/segments')).json().items).toEqual([segment]);
    expect((await call(manager, 'GET', `/api/segments/${segment.id}/size`)).json()).toEqual({ clients: 2 });
    const changed = await call(supervisor, 'PATCH', `/api/segments/${segment.id}`, { filter: { relationships: ['partner'], regions: ['Odesa'] } });
    expect(changed.json().filter).toEqual({ relationships: ['partner'], regions: ['Odesa'] });
    const members = await call(manager, 'GET', `/api/clients?segmentId=${segment.id}`);
    expect(members.json().items.map((client: { fullName: string }) => client.fullName)).toEqual(['Seg One']);

    expect((await call(supervisor, 'DELETE', `/api/segments/${segment.id}`)).statusCode).toBe(204);
    expect((await call(manager, 'GET', `/api/segments/${segment.id}`)).statusCode).toBe(404);
    expect((await auditTrailOf(database.db, 'segment', segment.id)).map((entry) => [entry.action, entry.userId])).toEqual([
      ['create', supervisor.user.id],
      ['update', supervisor.user.id],
      ['delete', supervisor.user.id],
    ]);
  });

  it('is for supervisors to change: a manager gets 403', async () => {
    expect((await call(manager, 'POST', '/api/segments', { name: 'Mine', filter: {} })).statusCode).toBe(403);
    expect((await call(manager, 'DELETE', '/api/segments/1')).statusCode).toBe(403);
  });

  it('names a bad filter, refuses a segment of a segment, and answers 409 for a name already used', async () => {
    expect((await call(supervisor, 'POST', '/api/segments', { name: 'Bad', filter: { relationships: ['friend'] } })).json().fields).toEqual([
      expect.objectContaining({ field: 'filter.relationships.0' }),
    ]);
    expect((await call(supervisor, 'POST', '/api/segments', { name: 'Nested', filter: { segmentId: 1 } })).json().fields).toEqual([
      expect.objectContaining({ field: 'filter.segmentId' }),
    ]);
    await call(supervisor, 'POST', '/api/segments', { name: 'Twice', filter: {} });
    expect((await call(supervisor, 'POST', '/api/segments', { name: 'Twice', filter: {} })).statusCode).toBe(409);
  });
});
