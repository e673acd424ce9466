import { beforeAll, describe, expect, it } from 'vitest';
import { auditTrailOf } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn, type SignedInUser } from '../../tests/support/gateway.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import type { GatewayApp } from '../app.ts';

const database = useTestDatabase();
let app: GatewayApp;
let admin: SignedInUser;
let operator: SignedInUser;

beforeAll(async () => {
  app = await buildTestApp(database.db);
  admin = await signIn(app, database.db, { role: 'admin' });
  operator = await signIn(app, database.db, { role: 'operator' });
});

function call(as: SignedInUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return app.inject({ method, url, headers: { cookie: as.cookie }, ...(payload && { payload }) });
}

describe('property definitions', () => {
  it('an admin defines, renames, archives and restores one, each audited; everyone reads them', async () => {
    const defined = await call(admin, 'POST', '/api/properties', { name: 'Colour', type: 'enum', allowedValues: ['red', 'green'], showInPop: true });
    expect(defined.statusCode, defined.body).toBe(201);
    const { id } = defined.json();
    expect(defined.json()).toMatchObject({ name: 'Colour', type: 'enum', allowedValues: ['red', 'green'], showInPop: true, archivedAt: null });

    expect((await call(admin, 'PATCH', `/api/properties/${id}`, { name: 'Brand colour', allowedValues: ['red', 'green', 'blue'] })).json()).toMatchObject({
      name: 'Brand colour',
      allowedValues: ['red', 'green', 'blue'],
    });
    expect((await call(admin, 'POST', `/api/properties/${id}/archive`)).json().archivedAt).not.toBeNull();
    const offered = (await call(operator, 'GET', '/api/properties')).json().items.map((definition: { id: number }) => definition.id);
    expect(offered).not.toContain(id);
    expect((await call(operator, 'GET', '/api/properties?includeArchived=true')).json().items).toEqual([expect.objectContaining({ id, name: 'Brand colour' })]);
    expect((await call(admin, 'POST', `/api/properties/${id}/restore`)).json().archivedAt).toBeNull();

    const trail = await auditTrailOf(database.db, 'property', id);
    expect(trail.map((entry) => [entry.action, entry.userId])).toEqual([
      ['create', admin.user.id],
      ['update', admin.user.id],
      ['archive', admin.user.id],
      ['restore', admin.user.id],
    ]);
    expect(trail[1]?.changes).toEqual({ name: { from: 'Colour', to: 'Brand colour' }, allowedValues: { from: ['red', 'green'], to: ['red', 'green', 'blue'] } });
  });

  it('refuses an operator (403) and an anonymous caller (401)', async () => {
    expect((await call(operator, 'POST', '/api/properties', { name: 'Sneaky', type: 'text' })).statusCode).toBe(403);
    expect((await call(operator, 'PATCH', '/api/properties/1', { name: 'Sneaky' })).statusCode).toBe(403);
    expect((await call(operator, 'POST', '/api/properties/1/archive')).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/properties' })).statusCode).toBe(401);
  });

  it('answers 409 naming the field for a name already used, and 400 for a bad definition', async () => {
    await call(admin, 'POST', '/api/properties', { name: 'VAT payer', type: 'bool' });
    expect((await call(admin, 'POST', '/api/properties', { name: 'VAT payer', type: 'bool' })).json()).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'name: is already used by another property',
      fields: [{ field: 'name', message: 'is already used by another property' }],
    });
    expect((await call(admin, 'POST', '/api/properties', { name: 'Tier', type: 'enum' })).json().fields).toEqual([
      { field: 'allowedValues', message: 'an enum property needs at least one value' },
    ]);
    expect((await call(admin, 'POST', '/api/properties', { name: 'Tier', type: 'colour' })).json().fields).toEqual([expect.objectContaining({ field: 'type' })]);
    expect((await call(admin, 'PATCH', '/api/properties/999999', { name: 'Nothing' })).statusCode).toBe(404);
  });
});
