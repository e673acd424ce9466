import { describe, expect, it } from 'vitest';
import { selectAuditTrail } from '../../crm-core/audit/audit.repository.ts';
import { updateUser } from '../../crm-core/users/user.repository.ts';
import { buildTestApp, sessionCookieOf, signIn, testPassword } from '../../tests/support/gateway.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';

const database = useTestDatabase();

function settableClock(start: string) {
  let now = new Date(start);
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('signing in and out', () => {
  it('signs in with an httpOnly, SameSite=Strict cookie that the next request is known by, and audits it', async () => {
    const app = await buildTestApp(database.db);
    const { user, cookie } = await signIn(app, database.db, { role: 'manager', extension: '301' });

    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ user: { id: user.id, login: user.login, displayName: user.displayName, role: 'manager', extension: '301', locale: 'en' } });

    const again = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: user.login, password: testPassword } });
    expect(again.headers['set-cookie']).toMatch(/HttpOnly/);
    expect(again.headers['set-cookie']).toMatch(/SameSite=Strict/);
    const trail = await selectAuditTrail(database.db, 'user', user.id);
    expect(trail.filter((entry) => entry.action === 'login')).toHaveLength(2);
  });

  it('refuses a wrong password and an unknown login alike, and audits the failed attempt', async () => {
    const app = await buildTestApp(database.db);
    const { user } = await signIn(app, database.db);
    for (const login of [user.login, 'nobody-by-this-name']) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password: 'wrong-password' } });
      expect(response.statusCode).toBe(401);
      expect(response.json().message).toBe('Wrong login or password');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const failed = await selectAuditTrail(database.db, 'user', 'nobody-by-this-name');
    expect(failed.map((entry) => entry.action)).toEqual(['login-failed']);
  });

  it('names the missing field', async () => {
    const app = await buildTestApp(database.db);
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'someone' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([{ field: 'password', message: expect.stringContaining('password') }]);
  });

  it('slows a password guesser down: after the allowed failures for one login, 429 even with the right password, on every gateway', async () => {
    const signInLimit = { maxFailures: 3, windowMs: 60_000 };
    const app = await buildTestApp(database.db, { signInLimit });
    const otherGateway = await buildTestApp(database.db, { signInLimit });
    const { user } = await signIn(app, database.db);
    const tryPassword = (gateway: typeof app, password: string) => gateway.inject({ method: 'POST', url: '/api/auth/login', payload: { login: user.login.toUpperCase(), password } });
    expect((await tryPassword(app, testPassword)).statusCode, 'signing in is not a failure').toBe(200);
    for (const gateway of [app, otherGateway, app]) expect((await tryPassword(gateway, 'guess')).statusCode).toBe(401);

    for (const gateway of [app, otherGateway]) {
      const blocked = await tryPassword(gateway, testPassword);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().message).toBe('Too many sign-in attempts for this login; try again in 1 min');
    }
    const otherUser = await signIn(otherGateway, database.db);
    expect(otherUser.cookie).toMatch(/^dzvinok_session=/);
  });

  it('ends the session on sign-out', async () => {
    const app = await buildTestApp(database.db);
    const { cookie } = await signIn(app, database.db);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('ends the sessions of a deactivated user at once', async () => {
    const app = await buildTestApp(database.db);
    const { user, cookie } = await signIn(app, database.db);
    await database.db.transaction().execute((trx) => updateUser(trx, user.id, { active: false }));
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('expires a session left idle, and keeps one in use alive', async () => {
    const clock = settableClock('2026-11-24T09:00:00Z');
    const app = await buildTestApp(database.db, { clock, sessionTimeouts: { idleTimeoutMs: 3_600_000, absoluteTimeoutMs: 3 * 3_600_000 } });
    const busy = await signIn(app, database.db);
    const idle = await signIn(app, database.db);
    const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } }).then((response) => response.statusCode);

    clock.advance(50 * 60_000);
    expect(await me(busy.cookie)).toBe(200);
    clock.advance(50 * 60_000);
    expect(await me(busy.cookie)).toBe(200);
    expect(await me(idle.cookie)).toBe(401);
    clock.advance(50 * 60_000);
    expect(await me(busy.cookie)).toBe(200);
    clock.advance(40 * 60_000);
    expect(await me(busy.cookie), 'three hours after sign-in, however busy').toBe(401);
  });
});

describe('access to routes', () => {
  it('answers 401 without a session and 403 below the route’s role', async () => {
    const app = await buildTestApp(database.db);
    app.get('/api/test/supervisors-only', { config: { access: 'supervisor' } }, async () => ({ ok: true }));
    const operator = await signIn(app, database.db, { role: 'operator' });
    const admin = await signIn(app, database.db, { role: 'admin' });

    expect((await app.inject({ method: 'GET', url: '/api/test/supervisors-only' })).statusCode).toBe(401);
    const refused = await app.inject({ method: 'GET', url: '/api/test/supervisors-only', headers: { cookie: operator.cookie } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('Only a supervisor or above may do this');
    expect((await app.inject({ method: 'GET', url: '/api/test/supervisors-only', headers: { cookie: admin.cookie } })).json()).toEqual({ ok: true });
  });

  it('refuses to register an API route that does not say who may call it', async () => {
    const app = await buildTestApp(database.db);
    expect(() => app.get('/api/test/forgotten', async () => ({}))).toThrow('GET /api/test/forgotten must declare config.access');
  });

  it('refuses a state-changing request a browser sends from another site', async () => {
    const app = await buildTestApp(database.db);
    const { cookie } = await signIn(app, database.db);
    const foreign = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin: 'https://evil.example' } });
    expect(foreign.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    const own = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80' } });
    expect(own.statusCode).toBe(204);
  });

  it('answers a failure inside a route with 500 and nothing more', async () => {
    const app = await buildTestApp(database.db);
    app.get('/api/test/broken', { config: { access: 'public' } }, async () => {
      throw new Error('connection to 10.0.0.5 refused: password authentication failed');
    });
    const response = await app.inject({ method: 'GET', url: '/api/test/broken' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ statusCode: 500, error: 'Internal Server Error' });
  });

  it('serves the OpenAPI description of every route at /api/docs', async () => {
    const app = await buildTestApp(database.db);
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/me', '/api/health']));
  });
});

it('keeps the cookie of a sign-in distinct per browser', async () => {
  const app = await buildTestApp(database.db);
  const { user } = await signIn(app, database.db);
  const first = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: user.login, password: testPassword } });
  const second = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: user.login, password: testPassword } });
  expect(sessionCookieOf(first.headers['set-cookie'])).not.toBe(sessionCookieOf(second.headers['set-cookie']));
});

describe('my settings', () => {
  it('remembers the language I pick', async () => {
    const app = await buildTestApp(database.db);
    const { cookie } = await signIn(app, database.db);
    const changed = await app.inject({ method: 'PATCH', url: '/api/auth/me', headers: { cookie }, payload: { locale: 'uk' } });
    expect(changed.json().user.locale).toBe('uk');
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().user.locale).toBe('uk');
    const refused = await app.inject({ method: 'PATCH', url: '/api/auth/me', headers: { cookie }, payload: { locale: 'de' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields[0].field).toBe('locale');
  });

  it('gives a browser-phone user the SIP account, and a desk-phone user none', async () => {
    const app = await buildTestApp(database.db, { sip: { webSocketUrl: 'wss://pbx.example/ws', domain: 'pbx.example' } });
    const browser = await signIn(app, database.db, { extension: '7101' });
    await database.db.transaction().execute((trx) => updateUser(trx, browser.user.id, { sip_username: '7101', sip_password: 'webrtc-secret' }));
    const desk = await signIn(app, database.db, { extension: '7102' });

    const mine = await app.inject({ method: 'GET', url: '/api/phone/settings', headers: { cookie: browser.cookie } });
    expect(mine.json()).toEqual({
      sip: { server: 'wss://pbx.example/ws', uri: 'sip:7101@pbx.example', authorizationUsername: '7101', authorizationPassword: 'webrtc-secret' },
      extension: '7101',
    });
    const theirs = await app.inject({ method: 'GET', url: '/api/phone/settings', headers: { cookie: desk.cookie } });
    expect(theirs.json()).toEqual({ sip: null, extension: '7102' });
  });

  it('gives nobody a browser phone when no SIP server is configured', async () => {
    const app = await buildTestApp(database.db);
    const browser = await signIn(app, database.db, { extension: '7103' });
    await database.db.transaction().execute((trx) => updateUser(trx, browser.user.id, { sip_username: '7103', sip_password: 'webrtc-secret' }));
    const settings = await app.inject({ method: 'GET', url: '/api/phone/settings', headers: { cookie: browser.cookie } });
    expect(settings.json()).toEqual({ sip: null, extension: '7103' });
  });
});
