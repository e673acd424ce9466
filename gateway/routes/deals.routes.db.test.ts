import { beforeAll, describe, expect, it } from 'vitest';
import { allPages } from '../../tests/support/all-pages.ts';
import { auditTrailOf, newClient } from '../../tests/support/crm-factories.ts';
import { buildTestApp, signIn, type SignedInUser } from '../../tests/support/gateway.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import type { GatewayApp } from '../app.ts';
import type { Deal } from '../schemas/deals.schemas.ts';

const database = useTestDatabase();
let app: GatewayApp;
let manager: SignedInUser;
let otherManager: SignedInUser;
let operator: SignedInUser;
let supervisor: SignedInUser;

beforeAll(async () => {
  app = await buildTestApp(database.db);
  manager = await signIn(app, database.db, { role: 'manager' });
  otherManager = await signIn(app, database.db, { role: 'manager' });
  operator = await signIn(app, database.db, { role: 'operator' });
  supervisor = await signIn(app, database.db, { role: 'supervisor' });
});

function call(as: SignedInUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return app.inject({ method, url, headers: { cookie: as.cookie }, ...(payload && { payload }) });
}

describe('deals', () => {
  it('a manager opens a deal, changes it and closes it as lost with a reason, audited; the client card lists it', async () => {
    const { id: clientId } = await newClient(database.db);
    const opened = await call(manager, 'POST', '/api/deals', { clientId, title: 'Tractor parts', amount: '12500.5', currency: 'uah' });
    expect(opened.statusCode, opened.body).toBe(201);
    const deal: Deal = opened.json();
    expect(deal).toMatchObject({ clientId, managerId: manager.user.id, amount: '12500.50', currency: 'UAH', stage: 'new', closedAt: null });

    expect((await call(manager, 'PATCH', `/api/deals/${deal.id}`, { amount: '13000' })).json().amount).toBe('13000.00');
    expect((await call(manager, 'POST', `/api/deals/${deal.id}/stage`, { stage: 'lost' })).json().fields).toEqual([
      { field: 'lostReason', message: 'is required when a deal is lost' },
    ]);
    const lost = (await call(manager, 'POST', `/api/deals/${deal.id}/stage`, { stage: 'lost', lostReason: 'Too expensive' })).json();
    expect(lost).toMatchObject({ stage: 'lost', lostReason: 'Too expensive', closedAt: expect.any(String) });

    expect((await call(operator, 'GET', `/api/clients/${clientId}/deals`)).json()).toEqual({ items: [lost] });
    expect((await call(operator, 'GET', `/api/deals/${deal.id}`)).json()).toEqual(lost);
    expect((await auditTrailOf(database.db, 'deal', deal.id)).map((entry) => [entry.action, entry.userId])).toEqual([
      ['create', manager.user.id],
      ['update', manager.user.id],
      ['update', manager.user.id],
    ]);
  });

  it("lists the manager's own deals over several pages; another manager's only for a supervisor", async () => {
    const { id: clientId } = await newClient(database.db);
    for (const title of ['First', 'Second', 'Third']) await call(otherManager, 'POST', '/api/deals', { clientId, title });
    const own = await allPages<Deal>(async (cursor) => (await call(otherManager, 'GET', `/api/deals?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json());
    expect(own.map((deal) => deal.title)).toEqual(['Third', 'Second', 'First']);
    expect((await call(manager, 'GET', `/api/deals?managerId=${otherManager.user.id}`)).statusCode).toBe(403);
    expect((await call(supervisor, 'GET', `/api/deals?managerId=${otherManager.user.id}&stage=new`)).json().items).toHaveLength(3);
  });

  it("refuses an operator's deal, another manager's changes, and handing a deal over below supervisor", async () => {
    const { id: clientId } = await newClient(database.db);
    expect((await call(operator, 'POST', '/api/deals', { clientId, title: 'Mine' })).statusCode).toBe(403);
    const deal: Deal = (await call(manager, 'POST', '/api/deals', { clientId, title: 'Guarded' })).json();
    expect((await call(otherManager, 'PATCH', `/api/deals/${deal.id}`, { title: 'Taken' })).statusCode).toBe(403);
    expect((await call(otherManager, 'POST', `/api/deals/${deal.id}/stage`, { stage: 'won' })).statusCode).toBe(403);
    expect((await call(manager, 'PATCH', `/api/deals/${deal.id}`, { managerId: otherManager.user.id })).statusCode).toBe(403);
    expect((await call(supervisor, 'PATCH', `/api/deals/${deal.id}`, { managerId: otherManager.user.id })).json().managerId).toBe(otherManager.user.id);
    expect((await call(manager, 'POST', '/api/deals', { clientId: 999_999, title: 'Nobody’s' })).json().fields).toEqual([{ field: 'clientId', message: 'is not a known client' }]);
    expect((await call(manager, 'GET', '/api/deals/999999')).statusCode).toBe(404);
  });
});
