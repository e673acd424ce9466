import { describe, expect, it } from 'vitest';
import { newCallInteraction } from '../../tests/support/crm-factories.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { createClientService } from '../clients/client.service.ts';
import { createContactDetailsService } from '../contacts/contact-details.service.ts';
import { selectAuditTrail } from '../audit/audit.repository.ts';
import { createInteractionService } from './interaction.service.ts';

const database = useTestDatabase();

function services() {
  const { db } = database;
  return {
    clients: createClientService({ db, defaultCountry: 'UA' }),
    contactDetails: createContactDetailsService({ db, defaultCountry: 'UA' }),
    interactions: createInteractionService({ db }),
  };
}

/** A finished call with `number` on the client's side of it. */
function recordCallWith(number: string, direction: 'in' | 'out') {
  const sides = direction === 'in' ? { fromNumber: number, toNumber: '+380445550100' } : { fromNumber: '101', toNumber: number };
  return newCallInteraction(database.db, { direction, ...sides });
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
    const call = await newCallInteraction(database.db, {
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
