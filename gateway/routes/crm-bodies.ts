/**
 * crm-core's domain types as the API sends them: instants as ISO text, phones with a display form
 * in the reader's language. Routes return these, so the answer always matches its schema.
 */
import type { Client, ClientCard } from '../../crm-core/clients/client.service.ts';
import type { ClientPhone, Email } from '../../crm-core/contacts/contact-details.service.ts';
import type { ContactPerson } from '../../crm-core/contacts/contact-person.service.ts';
import type { Deal } from '../../crm-core/deals/deal.service.ts';
import type { Interaction } from '../../crm-core/interactions/interaction.service.ts';
import { formatPhoneForDisplay } from '../../crm-core/phones/phone-number.ts';
import type { ClientPropertyValue, PropertyDefinition } from '../../crm-core/properties/property.service.ts';
import type { Segment } from '../../crm-core/segments/segment.service.ts';
import type { Page } from '../../crm-core/shared/keyset-page.ts';
import type { User } from '../../crm-core/users/user.service.ts';
import type * as Clients from '../schemas/clients.schemas.ts';
import type * as ContactDetails from '../schemas/contact-details.schemas.ts';
import type * as ContactPersons from '../schemas/contact-persons.schemas.ts';
import type * as Deals from '../schemas/deals.schemas.ts';
import type * as Interactions from '../schemas/interactions.schemas.ts';
import type * as Properties from '../schemas/properties.schemas.ts';
import type * as Segments from '../schemas/segments.schemas.ts';
import type * as Users from '../schemas/users.schemas.ts';

function iso(instant: Date): string;
function iso(instant: Date | null): string | null;
function iso(instant: Date | null): string | null {
  return instant === null ? null : instant.toISOString();
}

export function pageBody<Item, Body>(page: Page<Item>, toBody: (item: Item) => Body): { items: Body[]; nextCursor?: string } {
  return { items: page.items.map(toBody), ...(page.nextCursor !== undefined && { nextCursor: page.nextCursor }) };
}

export function phoneBody(phone: ClientPhone, locale: string): ContactDetails.Phone {
  const written = phone.e164 === null ? phone.raw : `${phone.e164}${phone.extension === null ? '' : ` ext. ${phone.extension}`}`;
  return { ...phone, display: formatPhoneForDisplay(written, locale) };
}

export function emailBody(email: Email): ContactDetails.Email {
  return { ...email };
}

export function contactPersonBody(person: ContactPerson, locale: string): ContactPersons.ContactPerson {
  return {
    ...person,
    phones: person.phones.map((phone) => phoneBody(phone, locale)),
    emails: person.emails.map(emailBody),
    createdAt: iso(person.createdAt),
    updatedAt: iso(person.updatedAt),
    archivedAt: iso(person.archivedAt),
  };
}

export function propertyDefinitionBody(definition: PropertyDefinition): Properties.PropertyDefinition {
  return {
    ...definition,
    allowedValues: definition.allowedValues === null ? null : [...definition.allowedValues],
    createdAt: iso(definition.createdAt),
    archivedAt: iso(definition.archivedAt),
  };
}

function propertyValueBody(value: ClientPropertyValue): Properties.ClientPropertyValue {
  return { definition: propertyDefinitionBody(value.definition), value: value.value };
}

export function clientListItemBody(client: Client): Clients.ClientListItem {
  const { notes: _notes, ...fields } = client;
  return { ...fields, createdAt: iso(client.createdAt), updatedAt: iso(client.updatedAt), archivedAt: iso(client.archivedAt) };
}

export function clientCardBody(card: ClientCard, locale: string): Clients.ClientCard {
  return {
    ...card,
    createdAt: iso(card.createdAt),
    updatedAt: iso(card.updatedAt),
    archivedAt: iso(card.archivedAt),
    phones: card.phones.map((phone) => phoneBody(phone, locale)),
    emails: card.emails.map(emailBody),
    contactPersons: card.contactPersons.map((person) => contactPersonBody(person, locale)),
    properties: card.properties.map(propertyValueBody),
  };
}

export function segmentBody(segment: Segment): Segments.Segment {
  return { ...segment, filter: segment.filter as Segments.Segment['filter'], createdAt: iso(segment.createdAt), updatedAt: iso(segment.updatedAt) };
}

export function interactionBody(interaction: Interaction): Interactions.Interaction {
  return {
    ...interaction,
    startedAt: iso(interaction.startedAt),
    endedAt: iso(interaction.endedAt),
    createdAt: iso(interaction.createdAt),
    updatedAt: iso(interaction.updatedAt),
  };
}

export function dealBody(deal: Deal): Deals.Deal {
  return {
    ...deal,
    openedAt: iso(deal.openedAt),
    closedAt: iso(deal.closedAt),
    createdAt: iso(deal.createdAt),
    updatedAt: iso(deal.updatedAt),
  };
}

export function userListItemBody(user: User): Users.UserListItem {
  return { id: user.id, login: user.login, displayName: user.displayName, role: user.role, extension: user.extension, active: user.active };
}

export function userBody(user: User): Users.User {
  return { ...user, createdAt: iso(user.createdAt), updatedAt: iso(user.updatedAt) };
}
