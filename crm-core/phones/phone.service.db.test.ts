import type { Transaction } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientKind, Database, PhoneKind } from '../../db/schema.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { clientSearchText } from '../clients/search-text.ts';
import { parsePhoneNumber } from './phone-number.ts';
import { insertPhone, selectPhonesOfClients } from './phone.repository.ts';
import { createClientSummaryService } from '../clients/client-summary.ts';
import { createPhoneLookup, phoneMatchesFrom, phoneMatchQueryFor, type PhoneLookup } from './phone.service.ts';

const database = useTestDatabase();
let lookup: PhoneLookup;
const ids = {
  polishNamesake: 0,
  ivan: 0,
  romashka: 0,
  olena: 0,
  departedContact: 0,
  archivedClient: 0,
  belarusian: 0,
  reception: 0,
  ivanOfficePhone: 0,
};

async function insertClient(trx: Transaction<Database>, kind: ClientKind, fullName: string, archived = false): Promise<number> {
  const row = await trx
    .insertInto('clients')
    .values({
      kind,
      full_name: fullName,
      relationship: 'customer',
      search_text: clientSearchText(fullName, null),
      archived_at: archived ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertContactPerson(trx: Transaction<Database>, clientId: number, fullName: string, archived = false): Promise<number> {
  const row = await trx
    .insertInto('contact_persons')
    .values({ client_id: clientId, full_name: fullName, position: 'Бухгалтер', archived_at: archived ? new Date() : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function addPhone(
  trx: Transaction<Database>,
  clientId: number,
  raw: string,
  { contactPersonId = null, kind = 'work' }: { contactPersonId?: number | null; kind?: PhoneKind } = {},
): Promise<number> {
  return insertPhone(trx, { clientId, contactPersonId, parsed: parsePhoneNumber(raw), kind });
}

beforeAll(async () => {
  lookup = createPhoneLookup({ db: database.db, defaultCountry: 'UA' });
  await database.db.transaction().execute(async (trx) => {
    // Inserted first, so only the ranking can put the exact match ahead of it.
    ids.polishNamesake = await insertClient(trx, 'person', 'Jan Kowalski');
    await addPhone(trx, ids.polishNamesake, '+48 44 123 45 67');

    ids.ivan = await insertClient(trx, 'person', 'Петренко Іван');
    ids.ivanOfficePhone = await addPhone(trx, ids.ivan, '+380 44 123 45 67');
    await addPhone(trx, ids.ivan, '(044) 123-45-67 доб. 5');
    await addPhone(trx, ids.ivan, '067 765 43 21', { kind: 'mobile' });

    ids.romashka = await insertClient(trx, 'organization', 'ТОВ «Ромашка»');
    await addPhone(trx, ids.romashka, '8 (044) 200-00-00');
    ids.olena = await insertContactPerson(trx, ids.romashka, 'Коваль Олена');
    await addPhone(trx, ids.romashka, '050 111 22 33', { contactPersonId: ids.olena, kind: 'mobile' });
    ids.departedContact = await insertContactPerson(trx, ids.romashka, 'Звільнений Петро', true);
    await addPhone(trx, ids.romashka, '050 999 88 77', { contactPersonId: ids.departedContact, kind: 'mobile' });

    ids.archivedClient = await insertClient(trx, 'person', 'Архівний Клієнт', true);
    await addPhone(trx, ids.archivedClient, '+380 93 555 44 33');

    ids.belarusian = await insertClient(trx, 'person', 'Минский Партнёр');
    await addPhone(trx, ids.belarusian, '8 029 123 45 67');

    ids.reception = await insertClient(trx, 'organization', 'Внутрішня рецепція');
    await addPhone(trx, ids.reception, '101');
  });
});

describe('findClientsByPhone', () => {
  it.each([
    '+380441234567',
    '380441234567',
    '0441234567',
    '441234567',
    '00380441234567',
    '8 044 123 45 67',
    '+380 (44) 123-45-67',
    '+38 (044) 123-45-67',
    '044/123.45.67',
  ])('finds the client calling from %j by the exact number', async (callerId) => {
    const [first] = await lookup.findClientsByPhone(callerId);
    expect(first).toMatchObject({ matchedBy: 'e164', client: { id: ids.ivan, fullName: 'Петренко Іван', kind: 'person' } });
    expect(first?.contactPerson).toBeUndefined();
  });

  it('ranks the exact number before a namesake that only shares the trailing digits, and lists each client once', async () => {
    const matches = await lookup.findClientsByPhone('+380441234567');
    expect(matches.map((match) => [match.matchedBy, match.client.id])).toEqual([
      ['e164', ids.ivan],
      ['trailing-digits', ids.polishNamesake],
    ]);
    expect(matches[0]?.phone).toEqual({ id: ids.ivanOfficePhone, raw: '+380 44 123 45 67', e164: '+380441234567', kind: 'work' });
  });

  it('finds a contact person with their organization', async () => {
    const matches = await lookup.findClientsByPhone('+380501112233');
    expect(matches).toEqual([
      {
        matchedBy: 'e164',
        client: { id: ids.romashka, kind: 'organization', fullName: 'ТОВ «Ромашка»', shortName: null, relationship: 'customer', managerId: null },
        contactPerson: { id: ids.olena, fullName: 'Коваль Олена', position: 'Бухгалтер' },
        phone: expect.objectContaining({ raw: '050 111 22 33', e164: '+380501112233', kind: 'mobile' }),
      },
    ]);
  });

  it('finds a number stored in a spelling it could not read, by its trailing digits', async () => {
    const matches = await lookup.findClientsByPhone('+375 29 123 45 67');
    expect(matches.map((match) => [match.matchedBy, match.client.id, match.phone.e164])).toEqual([
      ['trailing-digits', ids.belarusian, null],
    ]);
  });

  it('finds stored numbers from a caller ID it cannot read, by its trailing digits', async () => {
    const matches = await lookup.findClientsByPhone('8-44-123-45-67');
    expect(matches.map((match) => [match.matchedBy, match.client.id])).toEqual([
      ['trailing-digits', ids.polishNamesake],
      ['trailing-digits', ids.ivan],
    ]);
  });

  it('does not pop archived clients or contact persons who have left', async () => {
    expect(await lookup.findClientsByPhone('093 555 44 33')).toEqual([]);
    expect(await lookup.findClientsByPhone('050 999 88 77')).toEqual([]);
  });

  it('finds nobody for an unknown number, an internal extension or text without a number', async () => {
    expect(await lookup.findClientsByPhone('+380 44 999 99 99')).toEqual([]);
    expect(await lookup.findClientsByPhone('101')).toEqual([]);
    expect(await lookup.findClientsByPhone('anonymous')).toEqual([]);
  });

  it('answers lookups run at once on several connections as it answers them one at a time', async () => {
    const callerIds = ['+380441234567', '8-44-123-45-67', '050 111 22 33', '+380 44 999 99 99', '+375 29 123 45 67'];
    const oneAtATime = [];
    for (const callerId of callerIds) oneAtATime.push(await lookup.findClientsByPhone(callerId));
    const atOnce = await Promise.all([...callerIds, ...callerIds, ...callerIds].map((callerId) => lookup.findClientsByPhone(callerId)));
    expect(oneAtATime.map((matches) => matches.length)).toEqual([2, 2, 1, 0, 1]);
    expect(atOnce).toEqual([...oneAtATime, ...oneAtATime, ...oneAtATime]);
  });
});

describe("a caller's card read with the lookup", () => {
  const forCaller = (callerId: string) =>
    createClientSummaryService({ db: database.db, clock: { now: () => new Date() } }).forCaller(phoneMatchQueryFor(callerId, 'UA')!);
  const summarize = (clientId: number, contactPersonId: number | null) =>
    createClientSummaryService({ db: database.db, clock: { now: () => new Date() } }).summarize(clientId, contactPersonId);

  it("comes with a number that is one client's, and is the card the client's own read gives", async () => {
    const { matches, onlyClient } = await forCaller('067 765 43 21');
    expect(phoneMatchesFrom(matches)).toEqual(await lookup.findClientsByPhone('067 765 43 21'));
    expect(onlyClient).toEqual(await summarize(ids.ivan, null));
    expect(onlyClient).toMatchObject({ client: { id: ids.ivan, fullName: 'Петренко Іван' }, contactPerson: null });
  });

  it('names the contact person when the number is theirs', async () => {
    const { onlyClient } = await forCaller('050 111 22 33');
    expect(onlyClient).toEqual(await summarize(ids.romashka, ids.olena));
    expect(onlyClient?.contactPerson).toMatchObject({ id: ids.olena, fullName: 'Коваль Олена' });
  });

  it('has no card when the number matches several clients, and nothing for an unknown number', async () => {
    const shared = await forCaller('+380441234567');
    expect(phoneMatchesFrom(shared.matches).map((match) => match.client.id)).toEqual([ids.ivan, ids.polishNamesake]);
    expect(shared.onlyClient).toBeNull();
    expect(await forCaller('+380 44 999 99 99')).toEqual({ matches: [], onlyClient: null });
  });
});

describe('selectPhonesOfClients', () => {
  it('returns the phones of the given clients with what was typed and what it means', async () => {
    const phones = await selectPhonesOfClients(database.db, [ids.ivan]);
    expect(phones.map((phone) => [phone.raw, phone.e164, phone.trailing_digits, phone.extension, phone.kind])).toEqual([
      ['+380 44 123 45 67', '+380441234567', '441234567', null, 'work'],
      ['(044) 123-45-67 доб. 5', '+380441234567', '441234567', '5', 'work'],
      ['067 765 43 21', '+380677654321', '677654321', null, 'mobile'],
    ]);
    expect(await selectPhonesOfClients(database.db, [])).toEqual([]);
  });
});
