import { beforeAll, describe, expect, it } from 'vitest';
import { allPages } from '../../tests/support/all-pages.ts';
import { auditTrailOf, newCallInteraction, newClient } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn, type SignedInUser } from '../../tests/support/gateway.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import type { GatewayApp } from '../app.ts';
import type { Interaction, InteractionPage } from '../schemas/interactions.schemas.ts';

const database = useTestDatabase();
let app: GatewayApp;
let operator: SignedInUser;
let colleague: SignedInUser;
let supervisor: SignedInUser;

beforeAll(async () => {
  app = await buildTestApp(database.db);
  operator = await signIn(app, database.db, { role: 'operator' });
  colleague = await signIn(app, database.db, { role: 'operator' });
  supervisor = await signIn(app, database.db, { role: 'supervisor' });
});

function call(as: SignedInUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return app.inject({ method, url, headers: { cookie: as.cookie }, ...(payload && { payload }) });
}

async function record(as: SignedInUser, payload: object): Promise<Interaction> {
  const response = await call(as, 'POST', '/api/interactions', payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe("a client's history", () => {
  let clientId = 0;
  const logged: Record<string, Interaction> = {};

  beforeAll(async () => {
    clientId = (await newClient(database.db)).id;
    logged.meeting = await record(operator, { channel: 'meeting', clientId, startedAt: '2026-03-02T10:00:00Z', endedAt: '2026-03-02T11:30:00Z', subject: 'Contract', type: 'sale' });
    logged.note = await record(operator, { channel: 'note', clientId, startedAt: '2026-03-03T08:00:00Z', notes: 'Wants a discount' });
    logged.email = await record(colleague, { channel: 'email', direction: 'out', clientId, startedAt: '2026-03-04T09:00:00Z', subject: 'Offer' });
    logged.call = (await call(supervisor, 'GET', `/api/interactions/${(await newCallInteraction(database.db, { clientId, startedAt: new Date('2026-03-05T09:00:00Z'), endedAt: new Date('2026-03-05T09:05:00Z') })).id}`)).json();
  });

  const ids = async (url: string, as = operator) => {
    const response = await call(as, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as InteractionPage).items.map((interaction) => interaction.id);
  };

  it('logs meetings, notes and emails by the signed-in user, computing the duration', async () => {
    expect(logged.meeting).toMatchObject({ channel: 'meeting', clientId, userId: operator.user.id, durationSeconds: 5400, type: 'sale', startedAt: '2026-03-02T10:00:00.000Z' });
    expect(logged.email?.userId).toBe(colleague.user.id);
    expect((await auditTrailOf(database.db, 'interaction', logged.note!.id))[0]).toMatchObject({ action: 'create', userId: operator.user.id });
  });

  it('lists every channel newest first, filtered by channel and period, over several pages', async () => {
    expect(await ids(`/api/interactions?clientId=${clientId}`)).toEqual([logged.call!.id, logged.email!.id, logged.note!.id, logged.meeting!.id]);
    expect(await ids(`/api/interactions?clientId=${clientId}&channel=meeting&channel=note`)).toEqual([logged.note!.id, logged.meeting!.id]);
    expect(await ids(`/api/interactions?clientId=${clientId}&from=2026-03-03T00:00:00Z&to=2026-03-05T00:00:00Z`)).toEqual([logged.email!.id, logged.note!.id]);
    const everything = await allPages<Interaction>(async (cursor) => (await call(operator, 'GET', `/api/interactions?clientId=${clientId}&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json());
    expect(everything.map((interaction) => interaction.channel)).toEqual(['call', 'email', 'note', 'meeting']);
  });

  it('names a bad filter', async () => {
    expect((await call(operator, 'GET', `/api/interactions?clientId=${clientId}&channel=fax`)).json().fields).toEqual([expect.objectContaining({ field: 'channel.0' })]);
    expect((await call(operator, 'GET', `/api/interactions?clientId=${clientId}&from=yesterday`)).json().fields).toEqual([expect.objectContaining({ field: 'from' })]);
    expect((await call(operator, 'GET', `/api/interactions?clientId=${clientId}&from=2026-03-05T00:00:00Z&to=2026-03-01T00:00:00Z`)).json().fields).toEqual([
      { field: 'to', message: 'must not be before from' },
    ]);
    expect((await call(operator, 'POST', '/api/interactions', { channel: 'note', clientId, startedAt: '2026-03-03T08:00:00Z', type: 'gossip' })).json().fields).toEqual([
      { field: 'type', message: 'is not a known interaction type' },
    ]);
  });
});

describe('who sees and wraps up what', () => {
  it("below supervisor, a user lists their own work but not a colleague's; a supervisor lists anyone's", async () => {
    const mine = await record(operator, { channel: 'note', startedAt: '2026-04-01T08:00:00Z', notes: 'Internal' });
    const theirs = await record(colleague, { channel: 'note', startedAt: '2026-04-01T09:00:00Z', notes: 'Also internal' });
    expect((await call(operator, 'GET', '/api/interactions?from=2026-04-01T00:00:00Z')).json().items.map((item: Interaction) => item.id)).toEqual([mine.id]);
    expect((await call(operator, 'GET', `/api/interactions?userId=${colleague.user.id}`)).statusCode).toBe(403);
    expect((await call(operator, 'GET', `/api/interactions/${theirs.id}`)).statusCode).toBe(404);
    expect((await call(supervisor, 'GET', `/api/interactions?userId=${colleague.user.id}&from=2026-04-01T00:00:00Z`)).json().items.map((item: Interaction) => item.id)).toEqual([theirs.id]);
    expect((await call(operator, 'POST', '/api/interactions', { channel: 'note', startedAt: '2026-04-01T08:00:00Z', userId: colleague.user.id })).statusCode).toBe(403);
  });

  it("wraps up one's own call, audited; a colleague's only as a supervisor", async () => {
    const clientId = (await newClient(database.db)).id;
    const own = await newCallInteraction(database.db, { clientId, userId: operator.user.id });
    const changed = await call(operator, 'PATCH', `/api/interactions/${own.id}`, { type: 'complaint', state: 'done', notes: 'Refund agreed' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ type: 'complaint', state: 'done', notes: 'Refund agreed' });
    expect((await auditTrailOf(database.db, 'interaction', own.id)).at(-1)).toMatchObject({ action: 'update', userId: operator.user.id, changes: { notes: { from: '', to: 'Refund agreed' } } });

    expect((await call(colleague, 'PATCH', `/api/interactions/${own.id}`, { notes: 'Mine now' })).statusCode).toBe(403);
    expect((await call(supervisor, 'PATCH', `/api/interactions/${own.id}`, { notes: 'Checked' })).statusCode).toBe(200);
    expect((await call(operator, 'PATCH', `/api/interactions/${own.id}`, { channel: 'sms' })).json().fields).toEqual([expect.objectContaining({ field: 'channel' })]);
  });
});

describe('interaction types', () => {
  it('everyone lists them; an admin adds one, 409 for a code already used; an operator may not', async () => {
    const admin = await signIn(app, database.db, { role: 'admin' });
    expect((await call(admin, 'POST', '/api/interaction-types', { code: 'warranty', name: 'Warranty' })).statusCode).toBe(201);
    expect((await call(operator, 'GET', '/api/interaction-types')).json().items).toContainEqual({ code: 'warranty', name: 'Warranty' });
    expect((await call(admin, 'POST', '/api/interaction-types', { code: 'warranty', name: 'Again' })).statusCode).toBe(409);
    expect((await call(operator, 'POST', '/api/interaction-types', { code: 'mine', name: 'Mine' })).statusCode).toBe(403);
  });
});
