import { beforeAll, describe, expect, it } from 'vitest';
import { validationIssues } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { selectAuditTrail } from '../audit/audit.repository.ts';
import { createUserService, type UserService } from './user.service.ts';

const database = useTestDatabase();
let users: UserService;

beforeAll(() => {
  users = createUserService({ db: database.db });
});

describe('user service', () => {
  it('checks credentials: right password, wrong password, unknown login, inactive user', async () => {
    const created = await users.create({ login: ' Olena.K ', displayName: 'Olena Koval', role: 'operator', password: 'pryvit-svit-1' });
    expect(created.login).toBe('olena.k');

    expect(await users.verifyCredentials('OLENA.K', 'pryvit-svit-1')).toMatchObject({ id: created.id, role: 'operator' });
    expect(await users.verifyCredentials('olena.k', 'pryvit-svit-2')).toBeNull();
    expect(await users.verifyCredentials('nobody', 'pryvit-svit-1')).toBeNull();

    await users.update(created.id, { active: false });
    expect(await users.verifyCredentials('olena.k', 'pryvit-svit-1')).toBeNull();
  });

  it('stores only a salted scrypt hash and never returns it or the SIP password', async () => {
    const created = await users.create({
      login: 'taras',
      displayName: 'Taras',
      role: 'supervisor',
      password: 'secret-password',
      extension: '2101',
      sipUsername: 'taras-webrtc',
      sipPassword: 'sip-secret-42',
    });
    const stored = await database.db.selectFrom('users').select('password_hash').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$/);
    expect(stored.password_hash).not.toContain('secret-password');

    const everythingReturned = JSON.stringify([
      created,
      await users.get(created.id),
      await users.list({ includeInactive: true }),
      await users.findByExtension('2101'),
      await users.verifyCredentials('taras', 'secret-password'),
      await users.update(created.id, { locale: 'uk' }),
    ]);
    expect(everythingReturned).not.toContain('sip-secret-42');
    expect(everythingReturned).not.toContain(stored.password_hash.split('$')[5]);
    expect(everythingReturned).not.toMatch(/password/i);

    expect(await users.sipCredentials(created.id)).toEqual({ extension: '2101', username: 'taras-webrtc', password: 'sip-secret-42' });
  });

  it('rejects short passwords and changes a password so only the new one works', async () => {
    expect(await validationIssues(users.create({ login: 'short', displayName: 'Short', role: 'operator', password: '1234567' }))).toEqual([
      { field: 'password', message: 'must be at least 8 characters' },
    ]);
    const created = await users.create({ login: 'mykola', displayName: 'Mykola', role: 'manager', password: 'first-password' });
    await users.changePassword(created.id, 'second-password', { userId: created.id });
    expect(await users.verifyCredentials('mykola', 'first-password')).toBeNull();
    expect(await users.verifyCredentials('mykola', 'second-password')).toMatchObject({ id: created.id });
    const trail = await selectAuditTrail(database.db, 'user', created.id);
    expect(trail.at(-1)?.changes).toEqual({ password: 'changed' });
  });

  it('keeps extensions and logins unique, naming the field', async () => {
    const first = await users.create({ login: 'iryna', displayName: 'Iryna', role: 'operator', password: 'password-one', extension: '2201' });
    const second = await users.create({ login: 'petro', displayName: 'Petro', role: 'operator', password: 'password-two' });

    expect(await validationIssues(users.update(second.id, { extension: '2201' }))).toEqual([
      { field: 'extension', message: 'is already assigned to another user' },
    ]);
    expect(await validationIssues(users.create({ login: 'Iryna', displayName: 'Another', role: 'admin', password: 'password-three' }))).toEqual([
      { field: 'login', message: 'is already taken' },
    ]);

    await users.update(first.id, { extension: null });
    expect((await users.update(second.id, { extension: '2201' })).extension).toBe('2201');
    expect((await users.findByExtension('2201'))?.id).toBe(second.id);
    expect(await users.findByExtension('9999')).toBeNull();
  });

  it('names every invalid field of a profile change and audits role changes', async () => {
    const created = await users.create({ login: 'oksana', displayName: 'Oksana', role: 'operator', password: 'password-four' });
    const issues = await validationIssues(
      users.update(created.id, { displayName: ' ', role: 'boss' as never, extension: '12a', locale: 'de' as never }),
    );
    expect(issues.map((issue) => issue.field).sort()).toEqual(['displayName', 'extension', 'locale', 'role']);

    await users.update(created.id, { role: 'supervisor' }, { userId: created.id });
    const trail = await selectAuditTrail(database.db, 'user', created.id);
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(trail[1]?.changes).toEqual({ role: { from: 'operator', to: 'supervisor' } });
  });

  it('lists active users by name unless inactive ones are asked for', async () => {
    const leaving = await users.create({ login: 'zenon', displayName: 'Zenon', role: 'operator', password: 'password-five' });
    await users.update(leaving.id, { active: false });
    const active = await users.list();
    const all = await users.list({ includeInactive: true });
    expect(active.map((user) => user.login)).not.toContain('zenon');
    expect(all.map((user) => user.login)).toContain('zenon');
    const names = active.map((user) => user.displayName);
    expect(names).toEqual([...names].sort());
  });
});

describe('the first admin', () => {
  it('is created from the settings on a first start, and never again once an admin exists', async () => {
    const admins = () => database.db.selectFrom('users').select('login').where('role', '=', 'admin').execute();
    expect(await admins()).toEqual([]);
    expect(await users.ensureFirstAdmin('chief', 'first-admin-password')).toMatchObject({ login: 'chief', role: 'admin' });
    expect(await users.verifyCredentials('chief', 'first-admin-password')).toMatchObject({ role: 'admin' });
    expect(await users.ensureFirstAdmin('another-chief', 'other-password')).toBeNull();
    expect((await admins()).map((admin) => admin.login)).not.toContain('another-chief');
  });
});
