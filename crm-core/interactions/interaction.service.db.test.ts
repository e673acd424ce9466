import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database, InteractionRow } from '../../db/schema.ts';
import { allPages } from '../../tests/support/all-pages.ts';
import { callInput, newCallInteraction, newClient, newContactPerson, newUser, validationIssues } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { selectAuditTrail } from '../audit/audit.repository.ts';
import type { CallLogFilter } from './interaction.ts';
import { linkUnlinkedCallsToClient } from './interaction-linking.ts';
import { createInteractionService, type InteractionService } from './interaction.service.ts';

const database = useTestDatabase();
let db: Kysely<Database>;
let interactions: InteractionService;

beforeAll(() => {
  db = database.db;
  interactions = createInteractionService({ db });
});

describe('recording interactions', () => {
  it('names every invalid field at once', async () => {
    const issues = await validationIssues(
      interactions.record({
        channel: 'fax' as never,
        direction: 'sideways' as never,
        startedAt: new Date('2026-02-01T10:00:00Z'),
        endedAt: new Date('2026-02-01T09:00:00Z'),
        priority: 'urgent' as never,
        subject: 'x'.repeat(301),
      }),
    );
    expect(issues.map((issue) => issue.field).sort()).toEqual(['channel', 'direction', 'endedAt', 'priority', 'subject']);
    expect(issues.find((issue) => issue.field === 'endedAt')?.message).toBe('must not be before startedAt');
  });

  it('refuses links to clients, contacts, users and types that do not exist', async () => {
    const { id: clientId } = await newClient(db, { fullName: 'Kyivstar Partner' });
    const { id: otherClientId } = await newClient(db, { fullName: 'Other Client' });
    const { id: strangerId } = await newContactPerson(db, otherClientId, { fullName: 'Stranger' });
    const startedAt = new Date('2026-02-01T10:00:00Z');

    const missing = await validationIssues(
      interactions.record({ channel: 'note', startedAt, clientId: 999_999, userId: 999_999, type: 'no-such-type' }),
    );
    expect(missing).toEqual(
      expect.arrayContaining([
        { field: 'clientId', message: 'is not a known client' },
        { field: 'userId', message: 'is not a known user' },
        { field: 'type', message: 'is not a known interaction type' },
      ]),
    );
    expect(await validationIssues(interactions.record({ channel: 'note', startedAt, clientId, contactPersonId: strangerId }))).toEqual([
      { field: 'contactPersonId', message: 'belongs to another client' },
    ]);
    expect(await interactions.listByClient(clientId)).toEqual({ items: [] });
  });

  it('records a meeting for the contact person’s client, by the acting user, and audits it', async () => {
    const { id: userId } = await newUser(db, { login: 'meeting-maker' });
    const { id: clientId } = await newClient(db, { fullName: 'ТОВ «Світанок»' });
    const { id: contactPersonId } = await newContactPerson(db, clientId, { fullName: 'Ганна Петрівна' });
    const recorded = await interactions.record(
      {
        channel: 'meeting',
        startedAt: new Date('2026-02-02T10:00:00Z'),
        endedAt: new Date('2026-02-02T11:30:00Z'),
        contactPersonId,
        type: 'consultation',
        subject: '  Annual review ',
      },
      { userId },
    );
    expect(recorded).toMatchObject({ clientId, contactPersonId, userId, durationSeconds: 5400, subject: 'Annual review', status: 'held' });
    const trail = await selectAuditTrail(db, 'interaction', recorded.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'create', user_id: userId, changes: expect.objectContaining({ clientId, type: 'consultation' }) });
  });
});

describe('recording PBX calls', () => {
  it('stores a call once when the same PBX call id arrives twice at the same time', async () => {
    const { id: agentId } = await newUser(db, { login: 'agent-concurrent' });
    const replay = callInput({ pbxCallId: '1733000000.101', userId: agentId });
    const [first, second] = await Promise.all([interactions.recordCall(replay), interactions.recordCall(replay)]);

    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(first.interaction.id).toBe(second.interaction.id);
    const stored = await db.selectFrom('interactions').select('id').where('pbx_call_id', '=', replay.pbxCallId).execute();
    expect(stored).toHaveLength(1);
    expect(await selectAuditTrail(db, 'interaction', first.interaction.id)).toHaveLength(1);

    const later = await interactions.recordCall({ ...replay, outcome: 'missed' });
    expect(later).toEqual({ created: false, interaction: first.interaction });
    expect(first.interaction).toMatchObject({ channel: 'call', callOutcome: 'answered', durationSeconds: 200, waitSeconds: 12, talkSeconds: 188 });
  });

  it('names invalid call fields', async () => {
    const issues = await validationIssues(
      interactions.recordCall(callInput({ pbxCallId: ' ', outcome: 'hung-up' as never, waitSeconds: -1, talkSeconds: 1.5 })),
    );
    expect(issues.map((issue) => issue.field).sort()).toEqual(['outcome', 'pbxCallId', 'talkSeconds', 'waitSeconds']);
  });

  it('links earlier calls from a number once the number is added to a client', async () => {
    const unknownNumber = '+380671110001';
    const first = await newCallInteraction(db, { pbxCallId: 'link-1', fromNumber: unknownNumber });
    const second = await newCallInteraction(db, { pbxCallId: 'link-2', fromNumber: unknownNumber, startedAt: new Date('2026-01-11T09:00:00Z'), endedAt: new Date('2026-01-11T09:01:00Z') });
    const { id: ownerId } = await newClient(db, { fullName: 'Already Known' });
    await newCallInteraction(db, { pbxCallId: 'link-3', fromNumber: unknownNumber, clientId: ownerId });
    await newCallInteraction(db, { pbxCallId: 'link-4', fromNumber: '+380671110002' });
    const { id: clientId } = await newClient(db, { fullName: 'New Client' });

    const linked = await db.transaction().execute((trx) => linkUnlinkedCallsToClient(trx, clientId, [unknownNumber], { userId: null }));
    expect(linked).toBe(2);
    const history = await interactions.listByClient(clientId);
    expect(history.items.map((item) => item.id)).toEqual([second.id, first.id]);
    expect((await interactions.listByClient(ownerId)).items.map((item) => item.pbxCallId)).toEqual(['link-3']);
    expect((await selectAuditTrail(db, 'interaction', first.id)).at(-1)).toMatchObject({
      action: 'update',
      changes: { clientId: { from: null, to: clientId } },
    });

    expect(await linkUnlinkedCallsToClient(db, clientId, [unknownNumber, '+380671110002'])).toBe(1);
    expect(await linkUnlinkedCallsToClient(db, clientId, [])).toBe(0);
  });
});

describe('wrap-up', () => {
  it('updates type, state and notes, and audits only what changed', async () => {
    const { id: agentId } = await newUser(db, { login: 'wrap-up-agent' });
    const interaction = await newCallInteraction(db, { pbxCallId: 'wrap-1', userId: agentId });

    const updated = await interactions.updateWrapUp(
      interaction.id,
      { type: 'sale', state: 'done', notes: 'Ordered 3 boxes', priority: 'medium' },
      { userId: agentId },
    );
    expect(updated).toMatchObject({ type: 'sale', state: 'done', notes: 'Ordered 3 boxes', priority: 'medium' });
    await interactions.updateWrapUp(interaction.id, { notes: 'Ordered 3 boxes' }, { userId: agentId });

    const trail = await selectAuditTrail(db, 'interaction', interaction.id);
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(trail[1]?.user_id).toBe(agentId);
    expect(trail[1]?.changes).toEqual({
      type: { from: 'other', to: 'sale' },
      state: { from: 'no-review', to: 'done' },
      notes: { from: '', to: 'Ordered 3 boxes' },
    });
  });

  it('accepts a newly added type and rejects unknown ones', async () => {
    const interaction = await newCallInteraction(db, { pbxCallId: 'wrap-2' });
    expect(await validationIssues(interactions.updateWrapUp(interaction.id, { type: 'warranty' }))).toEqual([
      { field: 'type', message: 'is not a known interaction type' },
    ]);
    await interactions.addType({ code: 'warranty', name: 'Warranty claim' });
    expect(await validationIssues(interactions.addType({ code: 'warranty', name: 'Again' }))).toEqual([
      { field: 'code', message: 'is already an interaction type' },
    ]);
    expect((await interactions.listTypes()).map((type) => type.code)).toContain('warranty');
    expect((await interactions.updateWrapUp(interaction.id, { type: 'warranty' })).type).toBe('warranty');
  });
});

describe('call log', () => {
  const day = '2025-03-01';
  let agents: number[];
  let clientId: number;

  beforeAll(async () => {
    agents = [(await newUser(db, { login: 'log-agent-a' })).id, (await newUser(db, { login: 'log-agent-b' })).id];
    clientId = (await newClient(db, { fullName: 'Call Log Client' })).id;
    const outcomes = ['answered', 'missed', 'busy'] as const;
    for (let index = 0; index < 21; index++) {
      // Every third call shares its start with the previous one, so page boundaries fall inside ties.
      const second = index - (index % 3 === 2 ? 1 : 0);
      const startedAt = new Date(`${day}T10:00:${String(second).padStart(2, '0')}.000Z`);
      await newCallInteraction(db, {
        pbxCallId: `log-${index}`,
        direction: index % 2 === 0 ? 'in' : 'out',
        fromNumber: index % 2 === 0 ? `+38050000${String(index).padStart(4, '0')}` : '2001',
        toNumber: index % 2 === 0 ? '2001' : `+38050000${String(index).padStart(4, '0')}`,
        outcome: outcomes[index % 3] ?? 'answered',
        startedAt,
        endedAt: new Date(startedAt.getTime() + 60_000),
        waitSeconds: 5,
        talkSeconds: 55,
        userId: agents[index % 2] ?? null,
        clientId: index < 7 ? clientId : null,
      });
    }
    // Written at microsecond precision, as a direct SQL import would; paging must still neither skip nor repeat.
    await db
      .insertInto('interactions')
      .values([
        { channel: 'call', direction: 'in', started_at: `${day}T10:00:05.000001Z`, pbx_call_id: 'log-micro-1', call_outcome: 'answered' },
        { channel: 'call', direction: 'in', started_at: `${day}T10:00:05.000002Z`, pbx_call_id: 'log-micro-2', call_outcome: 'answered' },
        { channel: 'note', started_at: `${day}T10:00:06Z` },
      ])
      .execute();
  });

  const ofThatDay: CallLogFilter = { from: new Date(`${day}T00:00:00Z`), to: new Date('2025-03-02T00:00:00Z') };

  async function pagedCallIds(filter: CallLogFilter, limit: number): Promise<string[]> {
    const items = await allPages((cursor) => interactions.listCalls({ ...ofThatDay, ...filter, limit, ...(cursor ? { cursor } : {}) }));
    return items.map((item) => item.pbxCallId ?? '');
  }

  type CallRow = Pick<InteractionRow, 'pbx_call_id' | 'user_id' | 'direction' | 'call_outcome' | 'client_id' | 'from_number' | 'to_number'>;

  /** The day's calls straight from the table, newest first, kept by a filter written independently of the service's. */
  async function expectedCallIds(keep: (row: CallRow) => boolean): Promise<string[]> {
    const rows = await db
      .selectFrom('interactions')
      .select(['pbx_call_id', 'user_id', 'direction', 'call_outcome', 'client_id', 'from_number', 'to_number'])
      .where('channel', '=', 'call')
      .where('pbx_call_id', 'like', 'log-%')
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.filter(keep).map((row) => row.pbx_call_id ?? '');
  }

  it('pages through every call of the day once, newest first, whatever the page size', async () => {
    const expected = await expectedCallIds(() => true);
    expect(expected).toHaveLength(23);
    for (const limit of [1, 4, 5, 23, 50]) {
      expect(await pagedCallIds({}, limit)).toEqual(expected);
    }
  });

  it('filters by agent, direction, outcome, client and number', async () => {
    const [agentA] = agents;
    expect(await pagedCallIds({ userId: agentA }, 3)).toEqual(await expectedCallIds((row) => row.user_id === agentA));
    expect(await pagedCallIds({ direction: 'out', outcome: 'missed' }, 2)).toEqual(
      await expectedCallIds((row) => row.direction === 'out' && row.call_outcome === 'missed'),
    );
    expect(await pagedCallIds({ clientId }, 2)).toEqual(await expectedCallIds((row) => row.client_id === clientId));
    const localNumber = '050 000 00 12';
    expect(await pagedCallIds({ number: localNumber }, 2)).toEqual(
      await expectedCallIds((row) => [row.from_number, row.to_number].includes('+380500000012')),
    );
    expect(await pagedCallIds({ number: '+380500000013' }, 2)).toEqual(['log-13']);
  });

  it('limits the log to the requested time range', async () => {
    const window = { from: new Date(`${day}T10:00:03Z`), to: new Date(`${day}T10:00:06Z`) };
    const ids = (await interactions.listCalls(window)).items.map((item) => item.pbxCallId);
    expect(ids).toEqual(['log-micro-2', 'log-micro-1', 'log-5', 'log-4', 'log-3']);
  });

  it('rejects bad filters and foreign cursors, naming the field', async () => {
    expect(await validationIssues(interactions.listCalls({ number: '+3', limit: 0 }))).toEqual([
      { field: 'number', message: 'must contain at least 3 digits' },
      { field: 'limit', message: 'must be a whole number from 1 to 200' },
    ]);
    expect(await validationIssues(interactions.listCalls({ cursor: 'bm90LWEtY3Vyc29y' }))).toEqual([
      { field: 'cursor', message: 'is not a cursor this server issued' },
    ]);
  });

  it('lists a client’s history filtered by channel and direction', async () => {
    await interactions.record({ channel: 'sms', direction: 'out', startedAt: new Date(`${day}T12:00:00Z`), clientId, notes: 'Reminder sent' });
    const smsOnly = await interactions.listByClient(clientId, { channel: 'sms' });
    expect(smsOnly.items.map((item) => item.notes)).toEqual(['Reminder sent']);
    const inbound = await allPages((cursor) => interactions.listByClient(clientId, { direction: 'in', limit: 2, ...(cursor ? { cursor } : {}) }));
    expect(inbound.map((item) => item.pbxCallId)).toEqual(await expectedCallIds((row) => row.client_id === clientId && row.direction === 'in'));
  });
});
