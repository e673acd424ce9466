import { beforeAll, describe, expect, it } from 'vitest';
import { createInteractionService } from '../interactions/interaction.service.ts';
import { auditTrailOf, newClient, newUser, callInput } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { CallbackUnavailableError, createCallbackService, type FinishedCall } from './callback.service.ts';

const database = useTestDatabase();
const clock = { now: () => new Date('2026-03-02T10:00:00Z') };
let callSequence = 0;

/** Logs the call as the gateway does, and returns it as callbacks see it. */
async function loggedCall(overrides: Partial<FinishedCall> & { readonly number: string }): Promise<FinishedCall> {
  const direction = overrides.direction ?? 'in';
  const startedAt = overrides.startedAt ?? new Date(Date.UTC(2026, 2, 2, 9, 0, ++callSequence));
  const { interaction } = await createInteractionService({ db: database.db }).recordCall(
    callInput({
      pbxCallId: overrides.pbxCallId ?? `callback-call-${callSequence}`,
      direction,
      fromNumber: direction === 'in' ? overrides.number : '101',
      toNumber: direction === 'in' ? '+380445550200' : overrides.number,
      outcome: overrides.outcome ?? 'missed',
      startedAt,
      endedAt: new Date(startedAt.getTime() + 20_000),
      clientId: overrides.clientId ?? null,
      talkSeconds: 0,
    }),
  );
  return {
    pbxCallId: interaction.pbxCallId!,
    direction,
    outcome: interaction.callOutcome!,
    customerNumber: overrides.number,
    queue: overrides.queue ?? 'support',
    clientId: interaction.clientId,
    contactPersonId: null,
    interactionId: interaction.id,
    startedAt: interaction.startedAt,
    endedAt: interaction.endedAt!,
  };
}

function callbacks() {
  return createCallbackService({ db: database.db, clock });
}

let manager: { id: number };
let operators: { id: number }[];
beforeAll(async () => {
  manager = await newUser(database.db, { role: 'manager' });
  operators = [await newUser(database.db), await newUser(database.db)];
});

describe('missed-call callbacks', () => {
  it('opens one shared callback for a missed queue call, however often the call is reported, and counts repeated calls on it', async () => {
    const first = await loggedCall({ number: '+380501110001' });
    const opened = await callbacks().noteFinishedCall(first);
    expect(opened).toMatchObject({ kind: 'opened', callback: { number: '+380501110001', shared: true, assigneeId: null, state: 'open' } });
    expect(await callbacks().noteFinishedCall(first)).toEqual({ kind: 'unchanged' });
    const again = await loggedCall({ number: '+380501110001', outcome: 'abandoned' });
    expect(await callbacks().noteFinishedCall(again)).toMatchObject({ kind: 'joined' });

    const open = (await callbacks().listOpenFor(operators[0]!.id)).filter((callback) => callback.number === '+380501110001');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ missedCalls: 2, title: 'Call back +380 50 111 0001', interactionId: first.interactionId });
  });

  it("gives the callback to the client's responsible manager", async () => {
    const client = await newClient(database.db, { phones: [{ number: '+380501110002' }], managerId: manager.id });
    const missed = await loggedCall({ number: '+380501110002', clientId: client.id });
    const change = await callbacks().noteFinishedCall(missed);
    expect(change).toMatchObject({ kind: 'opened', callback: { assigneeId: manager.id, shared: false, clientId: client.id } });
    expect(await callbacks().listOpenFor(operators[0]!.id)).not.toContainEqual(expect.objectContaining({ number: '+380501110002' }));
  });

  it('closes itself when the customer is reached, and a later missed call opens a new one', async () => {
    const missed = await loggedCall({ number: '+380501110003' });
    const opened = await callbacks().noteFinishedCall(missed);
    const reached = await loggedCall({ number: '+380501110003', direction: 'out', outcome: 'answered' });
    const closed = await callbacks().noteFinishedCall(reached);
    expect(closed).toMatchObject({ kind: 'closed', callbacks: [{ state: 'done' }] });
    const taskId = opened.kind === 'opened' ? opened.callback.taskId : 0;
    expect((await auditTrailOf(database.db, 'task', taskId)).at(-1)).toMatchObject({
      action: 'update',
      changes: { state: { from: 'open', to: 'done' }, closedBecause: { from: null, to: 'customer-reached' } },
    });

    const later = await loggedCall({ number: '+380501110003' });
    expect(await callbacks().noteFinishedCall(later)).toMatchObject({ kind: 'opened' });
  });

  it('closes when the customer calls again and is answered; a missed call logged after that answer opens nothing', async () => {
    const missed = await loggedCall({ number: '+380501110004' });
    await callbacks().noteFinishedCall(missed);
    const answered = await loggedCall({ number: '+380501110004', outcome: 'answered' });
    expect(await callbacks().noteFinishedCall(answered)).toMatchObject({ kind: 'closed', callbacks: [{ number: '+380501110004' }] });

    const lateReport = await loggedCall({ number: '+380501110004', startedAt: new Date(missed.startedAt.getTime() + 1000) });
    expect(await callbacks().noteFinishedCall(lateReport)).toEqual({ kind: 'unchanged' });
  });

  it('lets one agent take a shared callback; the second gets an error, and so does anyone after it is closed', async () => {
    const change = await callbacks().noteFinishedCall(await loggedCall({ number: '+380501110005' }));
    const taskId = change.kind === 'opened' ? change.callback.taskId : 0;
    const attempts = await Promise.allSettled(operators.map((operator) => callbacks().take(taskId, { userId: operator.id, role: 'operator' })));
    const taken = attempts.filter((attempt) => attempt.status === 'fulfilled');
    const refused = attempts.filter((attempt) => attempt.status === 'rejected');
    expect(taken).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(CallbackUnavailableError);
    expect((refused[0] as PromiseRejectedResult).reason.reason).toBe('taken');
    const holder = (taken[0] as PromiseFulfilledResult<{ assigneeId: number }>).value.assigneeId;
    expect(await callbacks().take(taskId, { userId: holder })).toMatchObject({ state: 'in-progress', assigneeId: holder });

    await callbacks().noteFinishedCall(await loggedCall({ number: '+380501110005', direction: 'out', outcome: 'answered' }));
    await expect(callbacks().take(taskId, { userId: holder })).rejects.toMatchObject({ reason: 'closed' });
  });
});
