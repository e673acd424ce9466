import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/connect.ts';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import { createClientService } from '../clients/client.service.ts';
import { createContactDetailsService } from '../contacts/contact-details.service.ts';
import { selectAuditTrail } from '../audit/audit.repository.ts';
import { createInteractionService } from './interaction.service.ts';

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

function services() {
  const { db } = database;
  return {
    clients: createClientService({ db, defaultCountry: 'UA' }),
    contactDetails: createContactDetailsService({ db, defaultCountry: 'UA' }),
    interactions: createInteractionService({ db }),
  };
}

let callSequence = 0;
async function recordCallWith(number: string, direction: 'in' | 'out') {
  const { interactions } = services();
  const startedAt = new Date('2026-11-20T10:00:00Z');
  const { interaction } = await interactions.recordCall({
    pbxCallId: `linking-${++callSequence}`,
    direction,
    fromNumber: direction === 'in' ? number : '101',
    toNumber: direction === 'in' ? '+380445550100' : number,
    outcome: 'answered',
    startedAt,
    endedAt: new Date(startedAt.getTime() + 60_000),
    waitSeconds: 5,
    talkSeconds: 55,
  });
  return interaction;
}

describe('calls from numbers nobody knew yet', () => {
  it('join the client whose card gets that number, whichever way the number is typed', async () => {
    const { clients, interactions } = services();
    const inbound = await recordCallWith('+380671234501', 'in');
    const dialled = await recordCallWith('+380671234501', 'out');
    const stranger = await recordCallWith('+380671234599', 'in');
    expect(inbound.clientId).toBeNull();

    const client = await clients.create({ kind: 'person', fullName: 'Левченко Ірина', phones: [{ number: '(067) 123-45-01' }] });

    expect((await interactions.get(inbound.id)).clientId).toBe(client.id);
    expect((await interactions.get(dialled.id)).clientId).toBe(client.id);
    expect((await interactions.get(stranger.id)).clientId).toBeNull();
    const trail = await selectAuditTrail(database.db, 'interaction', inbound.id);
    expect(trail.at(-1)?.changes).toEqual({ clientId: { from: null, to: client.id } });
  });

  it('join a client when the number is added to an existing card', async () => {
    const { clients, contactDetails, interactions } = services();
    const client = await clients.create({ kind: 'organization', fullName: 'ТОВ «Сонях»' });
    const call = await recordCallWith('+380441112233', 'in');

    await contactDetails.addPhone({ clientId: client.id }, { number: '8 044 111 22 33', kind: 'work' });

    expect((await interactions.get(call.id)).clientId).toBe(client.id);
  });

  it('stay with the client they already belong to when another client gets the number', async () => {
    const { clients, interactions } = services();
    const first = await clients.create({ kind: 'person', fullName: 'Перший Клієнт', phones: [{ number: '+380501119900' }] });
    const { interaction: call } = await interactions.recordCall({
      pbxCallId: 'linking-known-caller',
      direction: 'in',
      fromNumber: '+380501119900',
      toNumber: '+380445550100',
      outcome: 'missed',
      startedAt: new Date('2026-11-20T11:00:00Z'),
      endedAt: new Date('2026-11-20T11:00:20Z'),
      waitSeconds: 20,
      talkSeconds: 0,
      clientId: first.id,
    });

    await clients.create({ kind: 'person', fullName: 'Другий Клієнт', phones: [{ number: '050 111 99 00' }] });

    expect((await interactions.get(call.id)).clientId).toBe(first.id);
  });
});
