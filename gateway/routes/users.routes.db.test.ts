import { beforeAll, describe, expect, it } from 'vitest';
import { auditTrailOf } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn, testPassword, type SignedInUser } from '../../tests/support/gateway.ts';
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

function call(as: SignedInUser | undefined, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return app.inject({ method, url, headers: as ? { cookie: as.cookie } : {}, ...(payload && { payload }) });
}

const signInAs = (login: string, password: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });

describe('managing users', () => {
  it('an admin creates a user who can then sign in, changes them, and every change is audited', async () => {
    const created = await call(admin, 'POST', '/api/users', { login: 'Mykola.P', displayName: 'Mykola P', role: 'operator', password: 'first-password', extension: '305' });
    expect(created.statusCode, created.body).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({ login: 'mykola.p', role: 'operator', extension: '305', active: true, locale: 'en' });
    expect(user).not.toHaveProperty('password');
    expect((await signInAs('mykola.p', 'first-password')).statusCode).toBe(200);

    const changed = await call(admin, 'PATCH', `/api/users/${user.id}`, { role: 'manager', extension: null, locale: 'uk' });
    expect(changed.json()).toMatchObject({ role: 'manager', extension: null, locale: 'uk' });
    expect((await call(admin, 'GET', `/api/users/${user.id}`)).json()).toEqual(changed.json());
    expect((await auditTrailOf(database.db, 'user', user.id)).filter((entry) => entry.action !== 'login').map((entry) => [entry.action, entry.userId])).toEqual([
      ['create', admin.user.id],
      ['update', admin.user.id],
    ]);
  });

  it('deactivating a user ends their sessions at once and hides them from the list', async () => {
    const someone = await signIn(app, database.db, { role: 'operator' });
    expect((await call(someone, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await call(admin, 'PATCH', `/api/users/${someone.user.id}`, { active: false })).json().active).toBe(false);
    expect((await call(someone, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const listed = (await call(operator, 'GET', '/api/users')).json().items.map((user: { id: number }) => user.id);
    expect(listed).not.toContain(someone.user.id);
    expect((await call(admin, 'GET', '/api/users?includeInactive=true')).json().items.map((user: { id: number }) => user.id)).toContain(someone.user.id);
    expect((await call(operator, 'GET', '/api/users?includeInactive=true')).json().items.map((user: { id: number }) => user.id)).not.toContain(someone.user.id);
  });

  it('a new password set by an admin signs the user out everywhere; the old one stops working', async () => {
    const someone = await signIn(app, database.db, { role: 'manager' });
    expect((await call(admin, 'POST', `/api/users/${someone.user.id}/password`, { password: 'brand-new-password' })).statusCode).toBe(204);
    expect((await call(someone, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await signInAs(someone.user.login, testPassword)).statusCode).toBe(401);
    expect((await signInAs(someone.user.login, 'brand-new-password')).statusCode).toBe(200);
    expect((await auditTrailOf(database.db, 'user', someone.user.id)).at(-2)).toEqual({ action: 'update', userId: admin.user.id, changes: { password: 'changed' } });
    expect((await call(admin, 'POST', `/api/users/${someone.user.id}/password`, { password: 'short' })).json().fields).toEqual([
      { field: 'password', message: 'must be at least 8 characters' },
    ]);
  });

  it('answers 409 naming the field for a login or extension already taken', async () => {
    await call(admin, 'POST', '/api/users', { login: 'taken', displayName: 'Taken', role: 'operator', password: 'some-password', extension: '410' });
    expect((await call(admin, 'POST', '/api/users', { login: 'TAKEN', displayName: 'Again', role: 'operator', password: 'some-password' })).json()).toMatchObject({
      statusCode: 409,
      fields: [{ field: 'login', message: 'is already taken' }],
    });
    expect((await call(admin, 'PATCH', `/api/users/${operator.user.id}`, { extension: '410' })).json()).toMatchObject({
      statusCode: 409,
      fields: [{ field: 'extension', message: 'is already assigned to another user' }],
    });
  });

  it('keeps one active admin: the last cannot be demoted or deactivated', async () => {
    const lone = await call(admin, 'PATCH', `/api/users/${admin.user.id}`, { role: 'supervisor' });
    expect(lone.json()).toMatchObject({ statusCode: 400, fields: [{ field: 'role', message: 'the last active admin must stay an active admin' }] });
    const second = await signIn(app, database.db, { role: 'admin' });
    expect((await call(second, 'PATCH', `/api/users/${admin.user.id}`, { active: false })).json().active).toBe(false);
    expect((await call(second, 'PATCH', `/api/users/${second.user.id}`, { active: false })).json().fields).toEqual([
      { field: 'active', message: 'the last active admin must stay an active admin' },
    ]);
    admin = second;
  });

  it('is for admins only: an operator gets 403, an anonymous caller 401', async () => {
    expect((await call(operator, 'POST', '/api/users', { login: 'x1', displayName: 'X', role: 'admin', password: 'some-password' })).statusCode).toBe(403);
    expect((await call(operator, 'PATCH', `/api/users/${operator.user.id}`, { role: 'admin' })).statusCode).toBe(403);
    expect((await call(operator, 'POST', `/api/users/${operator.user.id}/password`, { password: 'some-password' })).statusCode).toBe(403);
    expect((await call(operator, 'GET', `/api/users/${operator.user.id}`)).statusCode).toBe(403);
    expect((await call(undefined, 'GET', '/api/users')).statusCode).toBe(401);
    expect((await call(operator, 'GET', '/api/users')).json().items[0]).not.toHaveProperty('sipUsername');
  });
});
