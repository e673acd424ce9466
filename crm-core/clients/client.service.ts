import type { Kysely, Transaction } from 'kysely';
import type { ClientRow, ClientUpdate, Database } from '../../db/schema.ts';
import { describeChanges, insertAuditEntry } from '../audit/audit.repository.ts';
import { checkEmailInputs, checkPhoneInputs, type CheckedEmail, type CheckedPhone } from '../contacts/contact-details.ts';
import { emailFromRow, insertEmailsAudited, insertPhonesAudited, phoneFromRow } from '../contacts/contact-details.service.ts';
import { checkNewContactPerson, type CheckedContactPerson } from '../contacts/contact-person.ts';
import { countActiveContactPersons, selectActiveContactPersonsOfClients } from '../contacts/contact-person.repository.ts';
import { assembleContactPersons, insertContactPersonAudited } from '../contacts/contact-person.service.ts';
import { selectEmailsOfClients } from '../emails/email.repository.ts';
import type { CountryCode } from '../phones/phone-number.ts';
import { selectPhonesOfClients } from '../phones/phone.repository.ts';
import { applyPropertyValues, checkPropertyValueInputs, loadClientPropertyValues, type PropertyValueChange } from '../properties/property.service.ts';
import { systemActor, type Actor } from '../shared/actor.ts';
import { checkList, checkOneOf, fieldPath, fieldsOf } from '../shared/field-checks.ts';
import { checkPageLimit, decodeCursor, foreignCursor, toPage, type KeysetPosition, type Page, type PageRequest } from '../shared/keyset-page.ts';
import { isTimestampSortKey } from '../shared/timestamp-sort-key.ts';
import { createIssueCollector, NotFoundError, ValidationError, type Issues } from '../shared/validation-error.ts';
import { selectUserById } from '../users/user.repository.ts';
import {
  checkClientChanges,
  checkNewClientFields,
  type Client,
  type ClientCard,
  type ClientChangesInput,
  type ClientFields,
  type NewClientInput,
} from './client.ts';
import { checkClientSort, type ClientFilter, type ClientSort } from './client-filter.ts';
import {
  insertClient,
  selectClientById,
  selectClientForUpdate,
  selectClientList,
  setClientArchived,
  touchClient,
  updateClient,
  type ArchivedClients,
  type ClientListRow,
} from './client.repository.ts';
import { resolveClientFilter } from './resolve-client-filter.ts';
import { clientSearchText } from './search-text.ts';

export type { Client, ClientCard, ClientChangesInput, ClientFields, NewClientInput } from './client.ts';
export type { ClientFilter, ClientSort, PropertyCondition } from './client-filter.ts';
export type { ArchivedClients } from './client.repository.ts';

/** A cursor continues only a list with the same sort. */
export interface ClientListOptions extends PageRequest {
  readonly filter?: ClientFilter;
  /** By name ascending unless given. */
  readonly sort?: Partial<ClientSort>;
  /** Archived clients are hidden unless asked for. */
  readonly archived?: ArchivedClients;
}

export type ClientSearchOptions = Omit<ClientListOptions, 'filter' | 'sort'>;

const archivedChoices: readonly ArchivedClients[] = ['hide', 'include', 'only'];

export type ClientService = ReturnType<typeof createClientService>;

export function createClientService({ db, defaultCountry }: { db: Kysely<Database>; defaultCountry: CountryCode }) {
  const filterContext = { db, defaultCountry };

  async function getCard(id: number): Promise<ClientCard> {
    const row = await selectClientById(db, id);
    if (!row) throw new NotFoundError('client', id);
    const [phoneRows, emailRows, contactRows, properties] = await Promise.all([
      selectPhonesOfClients(db, [id]),
      selectEmailsOfClients(db, [id]),
      selectActiveContactPersonsOfClients(db, [id]),
      loadClientPropertyValues(db, [id]),
    ]);
    const phones = phoneRows.map(phoneFromRow);
    const emails = emailRows.map(emailFromRow);
    return {
      ...clientFromRow(row),
      phones: phones.filter((phone) => phone.contactPersonId === null),
      emails: emails.filter((email) => email.contactPersonId === null),
      contactPersons: assembleContactPersons(contactRows, phones, emails),
      properties: properties.get(id) ?? [],
    };
  }

  async function checkNewClient(input: NewClientInput): Promise<CheckedNewClient> {
    const values = fieldsOf(input);
    const issues = createIssueCollector();
    const fields = checkNewClientFields(values, issues);
    const contactPersons = checkList(values.contactPersons, 'contactPersons', issues).map((person, index) =>
      checkNewContactPerson(person, fieldPath('contactPersons', index), defaultCountry, issues),
    );
    if (contactPersons.length > 0 && fields.kind === 'person') issues.add('contactPersons', 'only an organization has contact persons');
    const checked = {
      fields,
      phones: checkPhoneInputs(values.phones, 'phones', defaultCountry, issues),
      emails: checkEmailInputs(values.emails, 'emails', issues),
      contactPersons,
      properties: await checkPropertyValueInputs(db, values.properties, 'properties', issues),
    };
    await checkManager(db, fields.managerId, issues);
    issues.throwIfAny();
    return checked;
  }

  async function list(options: ClientListOptions = {}): Promise<Page<Client>> {
    const issues = createIssueCollector();
    const sort = checkClientSort(options.sort, issues);
    const limit = checkPageLimit(options.limit, issues);
    const archived = options.archived === undefined ? 'hide' : checkOneOf(options.archived, archivedChoices, 'archived', issues);
    const conditions = await resolveClientFilter(filterContext, options.filter, 'filter', issues, { allowSegment: true });
    issues.throwIfAny();
    const after = options.cursor === undefined ? null : positionAfter(options.cursor, sort);
    const rows = await selectClientList(db, { conditions, archived, sort, after, limit: limit + 1 });
    return toPage(rows, limit, clientFromRow, (row: ClientListRow) => [sort.by, sort.direction, row.sort_key, row.id]);
  }

  return {
    /** Creates a client with its phones, emails, contact persons and property values, in one transaction. */
    async create(input: NewClientInput, actor: Actor = systemActor): Promise<ClientCard> {
      const checked = await checkNewClient(input);
      const id = await db.transaction().execute((trx) => insertNewClient(trx, checked, actor));
      return getCard(id);
    },

    getCard,

    /** Changes the fields given (and property values listed); one audit entry holds the whole diff. */
    async update(id: number, input: ClientChangesInput, actor: Actor = systemActor): Promise<ClientCard> {
      const values = fieldsOf(input);
      const issues = createIssueCollector();
      const changes = checkClientChanges(values, issues);
      const properties = await checkPropertyValueInputs(db, values.properties, 'properties', issues);
      const current = await selectClientById(db, id);
      if (!current) throw new NotFoundError('client', id);
      // Checked only when it changes, so a client may keep a manager who has since left.
      if (changes.managerId !== undefined && changes.managerId !== current.manager_id) await checkManager(db, changes.managerId, issues);
      issues.throwIfAny();

      await db.transaction().execute(async (trx) => {
        const before = await selectClientForUpdate(trx, id);
        if (!before) throw new NotFoundError('client', id);
        const changed = describeChanges(fieldsFromRow(before), changes);
        await checkKindChange(trx, before, changed);
        const changedProperties = await applyPropertyValues(trx, id, properties);
        if (Object.keys(changed).length > 0) await updateClient(trx, id, changedColumns(before, changes));
        else if (Object.keys(changedProperties).length > 0) await touchClient(trx, id);
        else return;
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'client', entityId: id, action: 'update', changes: { ...changed, ...changedProperties } });
      });
      return getCard(id);
    },

    /** Hides the client from lists and search; nothing is deleted. */
    async archive(id: number, actor: Actor = systemActor): Promise<Client> {
      return setArchived(id, true, actor);
    },

    async restore(id: number, actor: Actor = systemActor): Promise<Client> {
      return setArchived(id, false, actor);
    },

    list,

    /** Clients whose name, phone or email matches `query`, by name; the same paging as `list`. */
    async search(query: string, options: ClientSearchOptions = {}): Promise<Page<Client>> {
      if (typeof query !== 'string' || query.trim() === '') throw ValidationError.of('query', 'is required');
      return list({ ...options, filter: { query } });
    },
  };

  async function setArchived(id: number, archived: boolean, actor: Actor): Promise<Client> {
    const row = await db.transaction().execute(async (trx) => {
      const before = await selectClientForUpdate(trx, id);
      if (!before) throw new NotFoundError('client', id);
      if ((before.archived_at !== null) === archived) return before;
      const after = await setClientArchived(trx, id, archived);
      await insertAuditEntry(trx, { userId: actor.userId, entity: 'client', entityId: id, action: archived ? 'archive' : 'restore' });
      return after;
    });
    return clientFromRow(row);
  }
}

interface CheckedNewClient {
  readonly fields: ClientFields;
  readonly phones: readonly CheckedPhone[];
  readonly emails: readonly CheckedEmail[];
  readonly contactPersons: readonly CheckedContactPerson[];
  readonly properties: readonly PropertyValueChange[];
}

async function insertNewClient(trx: Transaction<Database>, { fields, phones, emails, contactPersons, properties }: CheckedNewClient, actor: Actor): Promise<number> {
  const row = await insertClient(trx, {
    ...toColumns(fields),
    kind: fields.kind,
    full_name: fields.fullName,
    search_text: clientSearchText(fields.fullName, fields.shortName),
  });
  const setProperties = await applyPropertyValues(trx, row.id, properties);
  await insertAuditEntry(trx, { userId: actor.userId, entity: 'client', entityId: row.id, action: 'create', changes: { ...fields, ...newValuesOf(setProperties) } });
  const owner = { clientId: row.id, contactPersonId: null };
  await insertPhonesAudited(trx, owner, phones, actor);
  await insertEmailsAudited(trx, owner, emails, actor);
  for (const person of contactPersons) await insertContactPersonAudited(trx, row.id, person, actor);
  return row.id;
}

async function checkManager(db: Kysely<Database>, managerId: number | null, issues: Issues): Promise<void> {
  if (managerId === null || !Number.isSafeInteger(managerId)) return;
  const manager = await selectUserById(db, managerId);
  if (!manager?.active) issues.add('managerId', 'is not an active user');
}

async function checkKindChange(trx: Transaction<Database>, before: ClientRow, changed: Record<string, unknown>): Promise<void> {
  if ('kind' in changed && before.kind === 'organization' && (await countActiveContactPersons(trx, before.id)) > 0) {
    throw ValidationError.of('kind', 'an organization with contact persons cannot become a person; archive them first');
  }
}

/** A cursor holds its sort, so a page is never read with another sort's key. */
function positionAfter(cursor: string, sort: ClientSort): KeysetPosition {
  const [by, direction, key, id] = decodeCursor(cursor);
  if (by !== sort.by || direction !== sort.direction) throw ValidationError.of('cursor', 'belongs to a list with another sort order');
  const keyFits = typeof key === 'string' && (sort.by === 'name' || isTimestampSortKey(key));
  if (!keyFits || !Number.isSafeInteger(id)) throw foreignCursor();
  return { key, id: id as number };
}

function newValuesOf(changes: Record<string, { to: unknown }>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(changes).map(([field, { to }]) => [field, to]));
}

function clientFromRow(row: ClientRow): Client {
  return {
    id: row.id,
    ...fieldsFromRow(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

function fieldsFromRow(row: ClientRow): ClientFields {
  return {
    kind: row.kind,
    fullName: row.full_name,
    shortName: row.short_name,
    relationship: row.relationship,
    managerId: row.manager_id,
    region: row.region,
    industry: row.industry,
    adSource: row.ad_source,
    birthday: row.birthday,
    notes: row.notes,
  };
}

function toColumns(fields: Partial<ClientFields>): ClientUpdate {
  return {
    kind: fields.kind,
    full_name: fields.fullName,
    short_name: fields.shortName,
    relationship: fields.relationship,
    manager_id: fields.managerId,
    region: fields.region,
    industry: fields.industry,
    ad_source: fields.adSource,
    birthday: fields.birthday,
    notes: fields.notes,
  };
}

function changedColumns(before: ClientRow, changes: Partial<ClientFields>): ClientUpdate {
  const fullName = changes.fullName ?? before.full_name;
  const shortName = changes.shortName === undefined ? before.short_name : changes.shortName;
  return { ...toColumns(changes), search_text: clientSearchText(fullName, shortName) };
}
