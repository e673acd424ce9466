import { describe, expect, it } from 'vitest';
import { clientSearchText } from '../../crm-core/clients/search-text.ts';
import { normalizeEmailAddress } from '../../crm-core/emails/email.ts';
import { parsePhoneNumber } from '../../crm-core/phones/phone-number.ts';
import { createClientGenerator, type ClientDraft, type GeneratorContext } from './client-generator.ts';

const now = new Date('2026-11-24T12:00:00Z');
const dayMs = 86_400_000;

const context: GeneratorContext = {
  seed: 7,
  now,
  managerIds: [4, 5],
  operatorIds: [6, 7, 8],
  supervisorIds: [2],
  propertyIds: { solvency: 1, colour: 2, vip: 3 },
  interactionsPerClient: 6,
  firstPhoneOrdinal: 0,
};

function generate(count: number, overrides: Partial<GeneratorContext> = {}): ClientDraft[] {
  const generator = createClientGenerator({ ...context, ...overrides });
  return Array.from({ length: count }, () => generator.nextClient());
}

const clients = generate(2000);
const cyrillic = /[А-Яа-яІіЇїЄєҐґ]/;

describe('demo client generator', () => {
  it('makes the same clients from the same seed, and different ones from another', () => {
    expect(generate(50)).toEqual(clients.slice(0, 50));
    expect(generate(50, { seed: 8 }).map((draft) => draft.client.full_name)).not.toEqual(
      clients.slice(0, 50).map((draft) => draft.client.full_name),
    );
  });

  it('mixes Ukrainian and English people and companies', () => {
    const names = (kind: string, pattern: RegExp) =>
      clients.filter((draft) => draft.client.kind === kind && pattern.test(draft.client.full_name)).length;
    expect(names('person', cyrillic)).toBeGreaterThan(800);
    expect(names('person', /^[A-Za-z' -]+$/)).toBeGreaterThan(50);
    expect(names('organization', /^Товариство з обмеженою відповідальністю «.+»$/)).toBeGreaterThan(100);
    expect(names('organization', /^ФОП /)).toBeGreaterThan(20);
    expect(names('organization', / (LLC|Ltd|Inc\.|GmbH|Sp\. z o\.o\.)$/)).toBeGreaterThan(20);
  });

  it('names Ukrainians with a patronymic and gives them initials as the short name', () => {
    const ukrainians = clients.filter((draft) => draft.client.kind === 'person' && cyrillic.test(draft.client.full_name));
    for (const { client } of ukrainians) {
      const [last, first, patronymic, ...rest] = client.full_name.split(' ');
      expect(rest).toEqual([]);
      expect(patronymic).toMatch(/(ович|евич|йович|ївна|івна|овна)$/);
      expect(client.short_name).toBe(`${last} ${first![0]}. ${patronymic![0]}.`);
    }
  });

  it('stores the search text the client service would', () => {
    for (const { client } of clients.slice(0, 200)) {
      expect(client.search_text).toBe(clientSearchText(client.full_name, client.short_name));
    }
  });

  it('gives every client a phone, about one and a half on average, each stored as the phone rules read it', () => {
    expect(clients.every((draft) => draft.phones.length > 0)).toBe(true);
    const average = clients.reduce((sum, draft) => sum + draft.phones.length, 0) / clients.length;
    expect(average).toBeGreaterThan(1.3);
    expect(average).toBeLessThan(1.9);
    for (const phone of clients.flatMap((draft) => draft.phones)) {
      const parsed = parsePhoneNumber(phone.raw);
      expect({ e164: phone.e164, trailing: phone.trailing_digits, extension: phone.extension }).toEqual({
        e164: parsed.e164,
        trailing: parsed.trailingDigits,
        extension: parsed.extension,
      });
    }
  });

  it('spells phones in many ways, mostly Ukrainian, some foreign', () => {
    const phones = clients.flatMap((draft) => draft.phones);
    expect(new Set(phones.map((phone) => phone.raw.replace(/\d/g, '9'))).size).toBeGreaterThan(15);
    const foreign = phones.filter((phone) => !phone.e164!.startsWith('+380')).length;
    expect(foreign / phones.length).toBeGreaterThan(0.03);
    expect(foreign / phones.length).toBeLessThan(0.3);
    expect(new Set(phones.map((phone) => phone.e164)).size).toBe(phones.length);
  });

  it('gives contact persons, with positions and their own phones, to organizations only', () => {
    const persons = clients.filter((draft) => draft.client.kind === 'person');
    expect(persons.every((draft) => draft.contacts.length === 0)).toBe(true);
    const companies = clients.filter((draft) => draft.contacts.length > 0);
    expect(companies.length).toBeGreaterThan(300);
    expect(companies.flatMap((draft) => draft.contacts).every((contact) => contact.position)).toBe(true);
    expect(companies.some((draft) => draft.phones.some((phone) => phone.contactIndex !== null))).toBe(true);
    for (const draft of companies) {
      for (const phone of draft.phones) {
        if (phone.contactIndex !== null) expect(phone.contactIndex).toBeLessThan(draft.contacts.length);
      }
    }
  });

  it('writes email addresses the email rules accept', () => {
    const addresses = clients.flatMap((draft) => draft.emails.map((email) => email.address));
    expect(addresses.length).toBeGreaterThan(500);
    expect(addresses.filter((address) => normalizeEmailAddress(address) !== address)).toEqual([]);
  });

  it('spreads interactions over the last year, calls with outcomes and durations', () => {
    const interactions = clients.flatMap((draft) => draft.interactions);
    expect(interactions.length / clients.length).toBeGreaterThan(5);
    const channels = new Set(interactions.map((interaction) => interaction.channel));
    expect([...channels].sort()).toEqual(['call', 'email', 'meeting', 'note', 'sms']);
    for (const interaction of interactions) {
      const startedAt = (interaction.started_at as Date).getTime();
      const plannedMeeting = interaction.status === 'planned';
      expect(startedAt).toBeGreaterThanOrEqual(now.getTime() - 366 * dayMs);
      expect(startedAt <= now.getTime()).toBe(!plannedMeeting);
    }
    const calls = interactions.filter((interaction) => interaction.channel === 'call');
    for (const call of calls) {
      expect(call.duration_seconds).toBe(call.wait_seconds! + call.talk_seconds!);
      expect(call.direction === 'in' ? call.to_number : call.from_number).toMatch(/^\+380445550\d00$/);
    }
    expect(new Set(calls.map((call) => call.call_outcome)).size).toBeGreaterThanOrEqual(5);
  });

  it('thins interactions when asked for fewer per client', () => {
    const sparse = generate(1000, { interactionsPerClient: 1.5 }).flatMap((draft) => draft.interactions);
    expect(sparse.length / 1000).toBeGreaterThan(1.2);
    expect(sparse.length / 1000).toBeLessThan(1.8);
  });

  it('closes won and lost deals, with a reason for each lost one, amounts in hryvnias', () => {
    const deals = clients.flatMap((draft) => draft.deals);
    expect(deals.length).toBeGreaterThan(200);
    for (const deal of deals) {
      expect(deal.closed_at !== null).toBe(deal.stage === 'won' || deal.stage === 'lost');
      expect(deal.lost_reason !== null).toBe(deal.stage === 'lost');
      expect(Number(deal.amount)).toBeGreaterThan(0);
    }
  });

  it('makes tasks that point at the client’s own deals and interactions', () => {
    const withTasks = clients.filter((draft) => draft.tasks.length > 0);
    expect(withTasks.length).toBeGreaterThan(100);
    for (const draft of withTasks) {
      for (const task of draft.tasks) {
        if (task.dealIndex !== null) expect(task.dealIndex).toBeLessThan(draft.deals.length);
        if (task.interactionIndex !== null) expect(task.interactionIndex).toBeLessThan(draft.interactions.length);
        expect(task.percent_done === 100).toBe(task.state === 'done');
      }
    }
  });

  it('continues phone numbers after the ordinal it is given, so appended clients get new numbers', () => {
    const first = generate(300).flatMap((draft) => draft.phones.map((phone) => phone.e164));
    const appended = generate(300, { firstPhoneOrdinal: first.length }).flatMap((draft) => draft.phones.map((phone) => phone.e164));
    expect(new Set([...first, ...appended]).size).toBe(first.length + appended.length);
  });
});
