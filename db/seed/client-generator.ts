/**
 * Generates demo clients with everything around them (contact persons, phones, emails, property
 * values, interactions, deals, tasks) as plain rows without ids. The same seed and the same
 * context give the same clients, call after call; the writer assigns ids when it inserts them.
 */
import { base, en, Faker, uk } from '@faker-js/faker';
import type { Insertable } from 'kysely';
import { clientSearchText } from '../../crm-core/clients/search-text.ts';
import { parsePhoneNumber } from '../../crm-core/phones/phone-number.ts';
import type {
  ClientKind,
  ClientsTable,
  ContactPersonsTable,
  DealsTable,
  EmailsTable,
  InteractionsTable,
  PhoneKind,
  PhonesTable,
  TasksTable,
} from '../schema.ts';
import { phoneNumberAt, spellingCount, spellPhoneNumber, toE164, withExtension, type PhonePool } from './phone-numbers.ts';
import * as words from './reference-data.ts';
import type { Language } from './reference-data.ts';

/** Who and what the generated rows refer to: ids that exist before the clients do. */
export interface GeneratorContext {
  readonly seed: number;
  /** "Now" for the data: interactions fall in the year before it. Fixed in tests, so runs compare equal. */
  readonly now: Date;
  readonly managerIds: readonly number[];
  readonly operatorIds: readonly number[];
  readonly supervisorIds: readonly number[];
  readonly propertyIds: { readonly solvency: number; readonly colour: number; readonly vip: number };
  /** The average number of interactions per client. */
  readonly interactionsPerClient: number;
  /** Phone ordinals start here in every pool: above any earlier run's, so appended numbers stay unique. */
  readonly firstPhoneOrdinal: number;
}

type Row<T> = Insertable<T>;
/** A row that belongs to one of the client's contact persons when `contactIndex` is set. */
type OfContact<T> = T & { readonly contactIndex: number | null };

export type ClientValues = Omit<Row<ClientsTable>, 'id'>;
export type ContactValues = Omit<Row<ContactPersonsTable>, 'id' | 'client_id'>;
export type PhoneValues = OfContact<Omit<Row<PhonesTable>, 'id' | 'client_id' | 'contact_person_id'>>;
export type EmailValues = OfContact<Omit<Row<EmailsTable>, 'id' | 'client_id' | 'contact_person_id'>>;
export type InteractionValues = OfContact<Omit<Row<InteractionsTable>, 'id' | 'client_id' | 'contact_person_id' | 'pbx_call_id'>>;
export type DealValues = Omit<Row<DealsTable>, 'id' | 'client_id'>;
export type TaskValues = Omit<Row<TasksTable>, 'id' | 'client_id' | 'contact_person_id' | 'interaction_id' | 'deal_id'> & {
  readonly dealIndex: number | null;
  readonly interactionIndex: number | null;
};

export interface ClientDraft {
  readonly client: ClientValues;
  readonly contacts: ContactValues[];
  readonly phones: PhoneValues[];
  readonly emails: EmailValues[];
  readonly propertyValues: { readonly property_id: number; readonly value: string }[];
  readonly interactions: InteractionValues[];
  readonly deals: DealValues[];
  readonly tasks: TaskValues[];
}

const dayMs = 86_400_000;

interface Person {
  readonly fullName: string;
  readonly shortName: string | null;
  readonly firstName: string;
  readonly lastName: string;
}

export type ClientGenerator = ReturnType<typeof createClientGenerator>;

export function createClientGenerator(context: GeneratorContext) {
  const fakers: Record<Language, Faker> = {
    uk: new Faker({ locale: [uk, base] }),
    en: new Faker({ locale: [en, base] }),
  };
  fakers.uk.seed(context.seed);
  fakers.en.seed(context.seed + 1);
  const random = createRandom(fakers.uk);
  const nextPhoneOrdinal: Record<PhonePool, number> = {
    'ua-mobile': context.firstPhoneOrdinal,
    'ua-landline': context.firstPhoneOrdinal,
    foreign: context.firstPhoneOrdinal,
  };
  const now = context.now.getTime();

  function person(language: Language): Person {
    const faker = fakers[language];
    const sex = random.chance(0.5) ? 'female' : 'male';
    const firstName = faker.person.firstName(sex);
    const lastName = faker.person.lastName(sex);
    if (language === 'en') return { fullName: `${firstName} ${lastName}`, shortName: null, firstName, lastName };
    const patronymic = faker.person.middleName(sex);
    const shortName = `${lastName} ${firstName[0]}. ${patronymic[0]}.`;
    return { fullName: `${lastName} ${firstName} ${patronymic}`, shortName, firstName, lastName };
  }

  function organization(language: Language): { fullName: string; shortName: string; brand: string } {
    if (language === 'en') {
      const brand = fakers.en.company.name();
      return { fullName: `${brand} ${random.pick(words.englishCompanySuffixes)}`, shortName: brand, brand };
    }
    if (random.chance(0.2)) {
      const owner = person('uk');
      return { fullName: `ФОП ${owner.fullName}`, shortName: `ФОП ${owner.shortName}`, brand: owner.lastName };
    }
    const form = random.weighted(words.ukrainianCompanyForms);
    const brand = brandName();
    return { fullName: `${form.full} «${brand}»`, shortName: `${form.short} «${brand}»`, brand };
  }

  function brandName(): string {
    const name = random.pick(words.ukrainianBrandStarts) + random.pick(words.ukrainianBrandEnds);
    return random.chance(0.25) ? `${name}-${random.pick(words.ukrainianBrandStarts)}` : name;
  }

  function phone(pool: PhonePool, kind: PhoneKind, contactIndex: number | null, createdAt: Date): PhoneValues {
    const number = phoneNumberAt(pool, nextPhoneOrdinal[pool]++);
    const spelled = spellPhoneNumber(number, random.int(0, spellingCount(number) - 1));
    const officeExtension = kind === 'work' && contactIndex !== null && random.chance(0.3);
    const raw = officeExtension ? withExtension(spelled, String(random.int(10, 399)), random.int(0, 3)) : spelled;
    const parsed = parsePhoneNumber(raw);
    if (parsed.e164 !== toE164(number)) throw new Error(`Seed phone spelling "${raw}" does not read as ${toE164(number)}`);
    return {
      contactIndex,
      raw,
      e164: parsed.e164,
      trailing_digits: parsed.trailingDigits,
      extension: parsed.extension,
      kind,
      created_at: createdAt,
    };
  }

  function personalPool(language: Language): PhonePool {
    if (language === 'en') return random.chance(0.7) ? 'foreign' : 'ua-mobile';
    return random.weighted([
      { value: 'ua-mobile' as const, weight: 85 },
      { value: 'ua-landline' as const, weight: 13 },
      { value: 'foreign' as const, weight: 2 },
    ]).value;
  }

  function clientPhones(kind: ClientKind, language: Language, createdAt: Date): PhoneValues[] {
    if (kind === 'person') {
      const count = random.weighted([{ value: 1, weight: 65 }, { value: 2, weight: 25 }, { value: 3, weight: 10 }]).value;
      return Array.from({ length: count }, () => {
        const pool = personalPool(language);
        return phone(pool, pool === 'ua-landline' ? 'home' : 'mobile', null, createdAt);
      });
    }
    const officePool: PhonePool = language === 'en' ? 'foreign' : 'ua-landline';
    const phones = [phone(officePool, 'work', null, createdAt)];
    if (random.chance(0.3)) phones.push(phone(officePool, random.chance(0.3) ? 'fax' : 'work', null, createdAt));
    return phones;
  }

  function emailAddress(local: string, domain: string): string {
    const suffix = random.chance(0.3) ? String(random.int(1, 99)) : '';
    return `${local}${suffix}@${domain}`;
  }

  function personalEmail(who: Person, language: Language): string {
    const local = [who.firstName, who.lastName].map(latinForEmailIn(language)).join(random.pick(['.', '_', '']));
    return emailAddress(local, random.pick(words.emailDomains));
  }

  function contacts(language: Language, brand: string, createdAt: Date): Pick<ClientDraft, 'contacts' | 'phones' | 'emails'> {
    const count = random.weighted([{ value: 1, weight: 50 }, { value: 2, weight: 35 }, { value: 3, weight: 15 }]).value;
    const domain = `${latinForEmailIn(language)(brand) || 'company'}.${language === 'uk' ? 'com.ua' : 'com'}`;
    const drafts: Pick<ClientDraft, 'contacts' | 'phones' | 'emails'> = { contacts: [], phones: [], emails: [] };
    for (let index = 0; index < count; index++) {
      const who = person(language);
      drafts.contacts.push({
        full_name: who.fullName,
        position: random.pick(words.positions[language]),
        birthday: random.chance(0.4) ? birthday(1960, 2000) : null,
        created_at: createdAt,
        updated_at: createdAt,
      });
      if (random.chance(0.5)) drafts.phones.push(phone(personalPool(language), random.chance(0.8) ? 'mobile' : 'work', index, createdAt));
      if (random.chance(0.5)) {
        const local = `${latinForEmailIn(language)(who.firstName)}.${latinForEmailIn(language)(who.lastName)}`;
        drafts.emails.push({ contactIndex: index, address: `${local}@${domain}`, kind: 'work', created_at: createdAt });
      }
    }
    if (random.chance(0.6)) drafts.emails.push({ contactIndex: null, address: `info@${domain}`, kind: 'work', created_at: createdAt });
    return drafts;
  }

  function birthday(fromYear: number, toYear: number): string {
    const start = Date.UTC(fromYear, 0, 1);
    const end = Date.UTC(toYear, 11, 31);
    return new Date(start + random.int(0, Math.floor((end - start) / dayMs)) * dayMs).toISOString().slice(0, 10);
  }

  /** A moment between the two instants, during office hours (Kyiv, as UTC+2) unless the span is too short for that. */
  function workingMoment(fromMs: number, toMs: number): Date {
    const day = Math.floor(fromMs / dayMs) + random.int(0, Math.floor((toMs - fromMs) / dayMs));
    const moment = day * dayMs + random.int(7 * 3600, 16 * 3600) * 1000;
    return new Date(Math.min(Math.max(moment, fromMs), toMs));
  }

  function propertyValues(): ClientDraft['propertyValues'] {
    const values: { property_id: number; value: string }[] = [];
    if (random.chance(0.6)) values.push({ property_id: context.propertyIds.solvency, value: String(random.int(1, 5)) });
    if (random.chance(0.3)) values.push({ property_id: context.propertyIds.colour, value: random.pick(['red', 'green', 'blue']) });
    if (random.chance(0.15)) values.push({ property_id: context.propertyIds.vip, value: String(random.chance(0.35)) });
    return values;
  }

  function interactions(language: Language, createdAt: Date, phones: readonly PhoneValues[], contactCount: number): InteractionValues[] {
    const count = random.int(0, Math.round(2 * context.interactionsPerClient));
    const from = Math.max(createdAt.getTime(), now - 365 * dayMs);
    const list: InteractionValues[] = [];
    for (let index = 0; index < count; index++) {
      const contactIndex = contactCount > 0 && random.chance(0.5) ? random.int(0, contactCount - 1) : null;
      const interaction = newInteraction(language, contactIndex, workingMoment(from, now));
      const channel = random.weighted([
        { value: 'call' as const, weight: 65 },
        { value: 'sms' as const, weight: 12 },
        { value: 'meeting' as const, weight: 8 },
        { value: 'note' as const, weight: 10 },
        { value: 'email' as const, weight: 5 },
      ]).value;
      if (channel === 'call') list.push(asCall(interaction, phones));
      else if (channel === 'meeting') list.push(asMeeting(interaction));
      else if (channel === 'sms') list.push(asSms(language, interaction, phones));
      else if (channel === 'email') list.push(Object.assign(interaction, { channel, direction: random.pick(['in', 'out'] as const) }));
      else list.push(interaction);
    }
    return list;
  }

  /**
   * A note, with every column present: the channels below overwrite fields rather than add them,
   * so all interactions share one object shape (adding a dozen properties makes V8 fall back to
   * slow dictionary objects, which took most of the generation time).
   */
  function newInteraction(language: Language, contactIndex: number | null, startedAt: Date): InteractionValues {
    const type = random.weighted([
      { value: 'consultation' as const, weight: 45 },
      { value: 'sale' as const, weight: 25 },
      { value: 'complaint' as const, weight: 10 },
      { value: 'other' as const, weight: 20 },
    ]).value;
    return {
      contactIndex,
      channel: 'note',
      direction: null,
      started_at: startedAt,
      ended_at: null,
      duration_seconds: null,
      type,
      subject: random.pick(words.interactionSubjects[language][type]),
      notes: random.chance(0.4) ? random.pick(words.interactionNotes[language]) : '',
      priority: random.weighted([{ value: 'medium' as const, weight: 70 }, { value: 'high' as const, weight: 15 }, { value: 'low' as const, weight: 15 }]).value,
      state: random.weighted([
        { value: 'no-review' as const, weight: 70 },
        { value: 'done' as const, weight: 20 },
        { value: 'not-done' as const, weight: 5 },
        { value: 'partially-done' as const, weight: 5 },
      ]).value,
      status: 'held',
      user_id: random.pick(context.operatorIds),
      from_number: null,
      to_number: null,
      call_outcome: null,
      wait_seconds: null,
      talk_seconds: null,
      queue: null,
      created_at: startedAt,
      updated_at: startedAt,
    };
  }

  function asCall(interaction: InteractionValues, phones: readonly PhoneValues[]): InteractionValues {
    const inbound = random.chance(0.6);
    const outcome = inbound
      ? random.weighted([
          { value: 'answered' as const, weight: 75 },
          { value: 'missed' as const, weight: 12 },
          { value: 'abandoned' as const, weight: 8 },
          { value: 'transferred' as const, weight: 5 },
        ]).value
      : random.weighted([
          { value: 'answered' as const, weight: 65 },
          { value: 'busy' as const, weight: 15 },
          { value: 'missed' as const, weight: 15 },
          { value: 'failed' as const, weight: 5 },
        ]).value;
    const talked = outcome === 'answered' || outcome === 'transferred';
    const waitSeconds = random.int(inbound ? 2 : 5, inbound ? 90 : 40);
    const talkSeconds = talked ? Math.round(20 + 600 * random.float() ** 3) : 0;
    const clientNumber = random.pick(phones).e164 ?? null;
    const companyNumber = random.pick(words.companyNumbers);
    const startedAt = interaction.started_at as Date;
    return Object.assign(interaction, {
      channel: 'call' as const,
      direction: inbound ? ('in' as const) : ('out' as const),
      call_outcome: outcome,
      wait_seconds: waitSeconds,
      talk_seconds: talkSeconds,
      duration_seconds: waitSeconds + talkSeconds,
      ended_at: new Date(startedAt.getTime() + (waitSeconds + talkSeconds) * 1000),
      from_number: inbound ? clientNumber : companyNumber,
      to_number: inbound ? companyNumber : clientNumber,
      queue: inbound ? random.pick(words.callQueues) : null,
      user_id: talked || !inbound ? interaction.user_id : null,
    });
  }

  function asMeeting(interaction: InteractionValues): InteractionValues {
    const planned = random.chance(0.15);
    const startedAt = planned ? workingMoment(now + dayMs, now + 21 * dayMs) : (interaction.started_at as Date);
    const minutes = random.pick([30, 45, 60, 90]);
    return Object.assign(interaction, {
      channel: 'meeting' as const,
      started_at: startedAt,
      ended_at: new Date(startedAt.getTime() + minutes * 60_000),
      duration_seconds: minutes * 60,
      status: planned ? ('planned' as const) : random.chance(0.08) ? ('canceled' as const) : ('held' as const),
      state: planned ? ('no-review' as const) : interaction.state,
    });
  }

  function asSms(language: Language, interaction: InteractionValues, phones: readonly PhoneValues[]): InteractionValues {
    const outbound = random.chance(0.8);
    const clientNumber = random.pick(phones).e164 ?? null;
    const companyNumber = words.companyNumbers[0]!;
    return Object.assign(interaction, {
      channel: 'sms' as const,
      direction: outbound ? ('out' as const) : ('in' as const),
      notes: random.pick(words.smsTexts[language]).replace('{n}', String(random.int(1000, 99999))),
      from_number: outbound ? companyNumber : clientNumber,
      to_number: outbound ? clientNumber : companyNumber,
    });
  }

  function deals(language: Language, clientManager: number | null): DealValues[] {
    if (!random.chance(0.18)) return [];
    return Array.from({ length: random.int(1, 2) }, () => {
      const openedAt = workingMoment(now - 365 * dayMs, now - dayMs);
      const stage = random.weighted([
        { value: 'won' as const, weight: 35 },
        { value: 'lost' as const, weight: 25 },
        { value: 'in-progress' as const, weight: 25 },
        { value: 'new' as const, weight: 15 },
      ]).value;
      const closed = stage === 'won' || stage === 'lost';
      const closedAt = closed ? new Date(Math.min(now, openedAt.getTime() + random.int(3, 90) * dayMs)) : null;
      return {
        manager_id: clientManager ?? random.pick(context.managerIds),
        title: random.pick(words.dealTitles[language]),
        amount: (Math.round(1000 * 2000 ** random.float()) * 10).toFixed(2),
        stage,
        lost_reason: stage === 'lost' ? random.pick(words.lostReasons[language]) : null,
        opened_at: openedAt,
        closed_at: closedAt,
        created_at: openedAt,
        updated_at: closedAt ?? openedAt,
      };
    });
  }

  function tasks(language: Language, draft: Pick<ClientDraft, 'deals' | 'interactions'>): TaskValues[] {
    if (!random.chance(0.12)) return [];
    return Array.from({ length: random.int(1, 2) }, () => {
      const template = random.pick(words.taskTitles[language]);
      const dueAt = workingMoment(now - 300 * dayMs, now + 30 * dayMs);
      const createdAt = new Date(dueAt.getTime() - random.int(1, 14) * dayMs);
      const overdue = dueAt.getTime() < now;
      const state = overdue
        ? random.weighted([{ value: 'done' as const, weight: 80 }, { value: 'canceled' as const, weight: 8 }, { value: 'open' as const, weight: 12 }]).value
        : random.weighted([{ value: 'open' as const, weight: 70 }, { value: 'in-progress' as const, weight: 30 }]).value;
      const active = state === 'open' || state === 'in-progress';
      return {
        title: template.title,
        type: template.type,
        dealIndex: draft.deals.length > 0 && random.chance(0.5) ? random.int(0, draft.deals.length - 1) : null,
        interactionIndex: draft.interactions.length > 0 && random.chance(0.3) ? random.int(0, draft.interactions.length - 1) : null,
        author_id: random.pick(context.managerIds),
        assignee_id: random.pick(random.chance(0.7) ? context.operatorIds : context.managerIds),
        controller_id: random.chance(0.3) ? random.pick(context.supervisorIds) : null,
        importance: random.weighted([{ value: 'medium' as const, weight: 60 }, { value: 'high' as const, weight: 25 }, { value: 'low' as const, weight: 15 }]).value,
        state,
        percent_done: state === 'done' ? 100 : state === 'in-progress' ? random.int(2, 8) * 10 : 0,
        due_at: dueAt,
        remind_at: active && !overdue ? new Date(dueAt.getTime() - 3600_000) : null,
        created_at: createdAt,
        updated_at: createdAt,
      };
    });
  }

  return {
    /** The next client and everything attached to it. */
    nextClient(): ClientDraft {
      const language: Language = random.chance(0.85) ? 'uk' : 'en';
      const kind: ClientKind = random.chance(0.3) ? 'organization' : 'person';
      const createdAt = workingMoment(now - 4 * 365 * dayMs, now - 7 * dayMs);
      const managerId = random.chance(0.7) ? random.pick(context.managerIds) : null;

      let names: { fullName: string; shortName: string | null };
      let attached: Pick<ClientDraft, 'contacts' | 'phones' | 'emails'>;
      if (kind === 'person') {
        const who = person(language);
        names = who;
        attached = { contacts: [], phones: [], emails: random.chance(0.5) ? [{ contactIndex: null, address: personalEmail(who, language), kind: 'personal', created_at: createdAt }] : [] };
      } else {
        const company = organization(language);
        names = company;
        attached = company.fullName.startsWith('ФОП') ? { contacts: [], phones: [], emails: [] } : contacts(language, company.brand, createdAt);
      }
      const phones = [...clientPhones(kind, language, createdAt), ...attached.phones];
      const client: ClientValues = {
        kind,
        full_name: names.fullName,
        short_name: names.shortName,
        relationship: random.weighted(words.relationships).value,
        manager_id: managerId,
        region: language === 'uk' || random.chance(0.3) ? random.pick(words.ukrainianRegions) : random.pick(words.foreignRegions),
        industry: kind === 'organization' || random.chance(0.2) ? random.pick(words.industries) : null,
        ad_source: random.chance(0.8) ? random.pick(words.adSources) : null,
        birthday: random.chance(kind === 'person' ? 0.7 : 0.5) ? (kind === 'person' ? birthday(1950, 2005) : birthday(1991, 2022)) : null,
        search_text: clientSearchText(names.fullName, names.shortName),
        created_at: createdAt,
        updated_at: createdAt,
      };
      const clientInteractions = interactions(language, createdAt, phones, attached.contacts.length);
      const clientDeals = deals(language, managerId);
      return {
        client,
        contacts: attached.contacts,
        phones,
        emails: attached.emails,
        propertyValues: propertyValues(),
        interactions: clientInteractions,
        deals: clientDeals,
        tasks: tasks(language, { deals: clientDeals, interactions: clientInteractions }),
      };
    },
  };
}

function latinForEmailIn(language: Language): (text: string) => string {
  return language === 'uk' ? words.latinForEmail : (text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

interface Random {
  chance(probability: number): boolean;
  int(min: number, max: number): number;
  float(): number;
  pick<T>(list: readonly T[]): T;
  weighted<T extends { readonly weight: number }>(list: readonly T[]): T;
}

function createRandom(faker: Faker): Random {
  const float = () => faker.number.float();
  return {
    chance: (probability) => float() < probability,
    int: (min, max) => min + Math.floor(float() * (max - min + 1)),
    float,
    pick: (list) => list[Math.floor(float() * list.length)]!,
    weighted: (list) => {
      const total = list.reduce((sum, item) => sum + item.weight, 0);
      let point = float() * total;
      for (const item of list) {
        point -= item.weight;
        if (point < 0) return item;
      }
      return list[list.length - 1]!;
    },
  };
}
