import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/schema.ts';
import { allPages } from '../../tests/support/all-pages.ts';
import { newClient, newUser, validationIssues } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { selectAuditTrail } from '../audit/audit.repository.ts';
import type { Deal } from './deal.ts';
import { createDealService, type DealService } from './deal.service.ts';

const database = useTestDatabase();
let db: Kysely<Database>;
let deals: DealService;
let now = new Date('2026-05-01T09:00:00.000Z');
const clock = { now: () => now };

beforeAll(() => {
  db = database.db;
  deals = createDealService({ db, clock });
});

describe('deal service', () => {
  it('opens a deal with an exact decimal amount, managed by its creator', async () => {
    const { id: managerId } = await newUser(db, { login: 'deal-maker', role: 'manager' });
    const { id: clientId } = await newClient(db, { fullName: 'Dnipro Steel' });
    const deal = await deals.create({ clientId, title: 'Rolled steel, Q3', amount: '125000.5' }, { userId: managerId });
    expect(deal).toMatchObject({ clientId, managerId, amount: '125000.50', currency: 'UAH', stage: 'new', closedAt: null, openedAt: now });
    expect(await deals.get(deal.id)).toEqual(deal);
    expect((await selectAuditTrail(db, 'deal', deal.id)).map((entry) => entry.action)).toEqual(['create']);
  });

  it('names the invalid fields and missing links', async () => {
    const issues = await validationIssues(
      deals.create({ clientId: 999_999, managerId: 999_999, title: 'Ghost', amount: '12.345', currency: 'hryvnia' }),
    );
    expect(issues.map((issue) => issue.field).sort()).toEqual(['amount', 'currency']);
    const links = await validationIssues(deals.create({ clientId: 999_999, managerId: 999_999, title: 'Ghost' }));
    expect(links.map((issue) => issue.field).sort()).toEqual(['clientId', 'managerId']);
  });

  it('refuses to lose a deal without a reason, and closes it when lost or won', async () => {
    const { id: managerId } = await newUser(db, { login: 'closer', role: 'manager' });
    const { id: clientId } = await newClient(db, { fullName: 'Lviv Coffee' });
    const deal = await deals.create({ clientId, title: 'Coffee machines', amount: '48000' }, { userId: managerId });

    expect(await validationIssues(deals.updateStage(deal.id, { stage: 'lost' }))).toEqual([
      { field: 'lostReason', message: 'is required when a deal is lost' },
    ]);
    expect(await validationIssues(deals.create({ clientId, title: 'Lost already', stage: 'lost', lostReason: '  ' }))).toEqual([
      { field: 'lostReason', message: 'is required when a deal is lost' },
    ]);
    expect((await deals.get(deal.id)).stage).toBe('new');

    now = new Date('2026-05-03T10:00:00.000Z');
    const lost = await deals.updateStage(deal.id, { stage: 'lost', lostReason: 'Chose a competitor' }, { userId: managerId });
    expect(lost).toMatchObject({ stage: 'lost', lostReason: 'Chose a competitor', closedAt: now });

    now = new Date('2026-05-04T10:00:00.000Z');
    const reopened = await deals.updateStage(deal.id, { stage: 'in-progress' }, { userId: managerId });
    expect(reopened).toMatchObject({ stage: 'in-progress', lostReason: null, closedAt: null });
    const won = await deals.updateStage(deal.id, { stage: 'won' }, { userId: managerId });
    expect(won).toMatchObject({ stage: 'won', closedAt: now });

    const trail = await selectAuditTrail(db, 'deal', deal.id);
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'update', 'update', 'update']);
    expect(trail[1]?.changes).toEqual({
      stage: { from: 'new', to: 'lost' },
      lostReason: { from: null, to: 'Chose a competitor' },
      closedAt: { from: null, to: '2026-05-03T10:00:00.000Z' },
    });
  });

  it('updates details and records only real changes', async () => {
    const { id: managerId } = await newUser(db, { login: 'editor', role: 'manager' });
    const { id: otherManagerId } = await newUser(db, { login: 'successor', role: 'manager' });
    const deal = await deals.create({ clientId: (await newClient(db, { fullName: 'Odesa Port' })).id, title: 'Cranes', amount: '1000' }, { userId: managerId });
    await deals.update(deal.id, { amount: '1000.00', title: 'Cranes' });
    const updated = await deals.update(deal.id, { amount: '1500.5', currency: 'eur', managerId: otherManagerId });
    expect(updated).toMatchObject({ amount: '1500.50', currency: 'EUR', managerId: otherManagerId });
    const trail = await selectAuditTrail(db, 'deal', deal.id);
    expect(trail).toHaveLength(2);
    expect(trail[1]?.changes).toEqual({
      amount: { from: '1000.00', to: '1500.50' },
      currency: { from: 'UAH', to: 'EUR' },
      managerId: { from: managerId, to: otherManagerId },
    });
    expect(await validationIssues(deals.update(deal.id, { managerId: 999_999 }))).toEqual([{ field: 'managerId', message: 'is not a known user' }]);
  });

  it('lists deals by client and by manager, newest first, page by page', async () => {
    const { id: managerId } = await newUser(db, { login: 'portfolio', role: 'manager' });
    const clientIds = [(await newClient(db, { fullName: 'First Buyer' })).id, (await newClient(db, { fullName: 'Second Buyer' })).id];
    const created: Deal[] = [];
    for (let index = 0; index < 7; index++) {
      now = new Date(Date.UTC(2026, 5, 1 + Math.floor(index / 2)));
      const deal = await deals.create({ clientId: clientIds[index % 2] ?? 0, title: `Deal ${index}` }, { userId: managerId });
      created.push(index === 3 ? await deals.updateStage(deal.id, { stage: 'won' }) : deal);
    }
    const newestFirst = [...created].reverse();

    expect((await deals.listByClient(clientIds[0] ?? 0)).map((deal) => deal.title)).toEqual(
      newestFirst.filter((deal) => deal.clientId === clientIds[0]).map((deal) => deal.title),
    );

    const seen = await allPages((cursor) => deals.listByManager(managerId, { limit: 2, ...(cursor ? { cursor } : {}) }));
    expect(seen.map((deal) => deal.title)).toEqual(newestFirst.map((deal) => deal.title));

    const open = await deals.listByManager(managerId, { stages: ['new', 'in-progress'] });
    expect(open.items.map((deal) => deal.title)).toEqual(newestFirst.filter((deal) => deal.stage === 'new').map((deal) => deal.title));
  });
});
