/** Clients: the organizations and people the contact center talks to; their list, card and edits. */
import Type, { type Static } from 'typebox';
import { CalendarDateSchema, DateTimeSchema, Nullable, PageOf, PageQueryProperties, strict } from './common.schemas.ts';
import { EmailInputSchema, EmailSchema, PhoneInputSchema, PhoneSchema } from './contact-details.schemas.ts';
import { ContactPersonSchema, NewContactPersonBodySchema } from './contact-persons.schemas.ts';
import { ClientPropertyValueSchema, PropertyValueInputSchema, PropertyValueSchema } from './properties.schemas.ts';

export const ClientKindSchema = Type.Enum(['organization', 'person']);
export const RelationshipSchema = Type.Enum(['customer', 'prospect', 'supplier', 'partner', 'other']);
export const ArchivedClientsSchema = Type.Enum(['hide', 'include', 'only'], { description: 'Archived clients: hidden (the default), included, or only they' });
export const ClientSortFieldSchema = Type.Enum(['name', 'created', 'updated']);
export const SortDirectionSchema = Type.Enum(['asc', 'desc']);

const clientFields = {
  kind: ClientKindSchema,
  fullName: Type.String(),
  shortName: Nullable(Type.String()),
  relationship: RelationshipSchema,
  /** The user responsible for the client. */
  managerId: Nullable(Type.Integer()),
  region: Nullable(Type.String()),
  industry: Nullable(Type.String()),
  /** How the client heard of us. */
  adSource: Nullable(Type.String()),
  /** A person's birthday or an organization's founding date. */
  birthday: Nullable(CalendarDateSchema),
};

const recordTimes = {
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  /** Archived clients are hidden from lists and search unless asked for; never deleted. */
  archivedAt: Nullable(DateTimeSchema),
};

/** A row of the client list: the card's own fields but the notes. */
export const ClientListItemSchema = Type.Object({ id: Type.Integer(), ...clientFields, ...recordTimes });

export type ClientListItem = Static<typeof ClientListItemSchema>;

export const ClientPageSchema = PageOf(ClientListItemSchema);

export type ClientPage = Static<typeof ClientPageSchema>;

/** Everything the client card shows; archived contact persons are left out. */
export const ClientCardSchema = Type.Object({
  id: Type.Integer(),
  ...clientFields,
  notes: Type.String(),
  ...recordTimes,
  /** The client's own phones; a contact person's are under the contact person. */
  phones: Type.Array(PhoneSchema),
  emails: Type.Array(EmailSchema),
  contactPersons: Type.Array(ContactPersonSchema),
  properties: Type.Array(ClientPropertyValueSchema),
});

export type ClientCard = Static<typeof ClientCardSchema>;

/** A new client, with its phones, emails, contact persons (organizations only) and property values. */
export const NewClientBodySchema = Type.Object(
  {
    kind: ClientKindSchema,
    fullName: Type.String(),
    shortName: Type.Optional(Nullable(Type.String())),
    relationship: Type.Optional(RelationshipSchema),
    managerId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
    region: Type.Optional(Nullable(Type.String())),
    industry: Type.Optional(Nullable(Type.String())),
    adSource: Type.Optional(Nullable(Type.String())),
    birthday: Type.Optional(Nullable(CalendarDateSchema)),
    notes: Type.Optional(Type.String()),
    phones: Type.Optional(Type.Array(PhoneInputSchema)),
    emails: Type.Optional(Type.Array(EmailInputSchema)),
    contactPersons: Type.Optional(Type.Array(NewContactPersonBodySchema)),
    properties: Type.Optional(Type.Array(PropertyValueInputSchema)),
  },
  strict,
);

export type NewClientBody = Static<typeof NewClientBodySchema>;

/** Fields left out stay as they are; `null` clears one that may be empty; `properties` lists only the values to set or clear. */
export const ClientChangesBodySchema = Type.Object(
  {
    kind: Type.Optional(ClientKindSchema),
    fullName: Type.Optional(Type.String()),
    shortName: Type.Optional(Nullable(Type.String())),
    relationship: Type.Optional(RelationshipSchema),
    managerId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
    region: Type.Optional(Nullable(Type.String())),
    industry: Type.Optional(Nullable(Type.String())),
    adSource: Type.Optional(Nullable(Type.String())),
    birthday: Type.Optional(Nullable(CalendarDateSchema)),
    notes: Type.Optional(Type.String()),
    properties: Type.Optional(Type.Array(PropertyValueInputSchema)),
  },
  strict,
);

export type ClientChangesBody = Static<typeof ClientChangesBodySchema>;

const numberOrDate = Type.Unsafe<number | string>({ type: ['number', 'string'], description: 'A number, or a date as YYYY-MM-DD' });

/** A condition on one custom property: the value is one of `anyOf`, and/or within `min`..`max` (number and date properties). */
export const PropertyConditionSchema = Type.Object(
  {
    propertyId: Type.Integer({ minimum: 1 }),
    anyOf: Type.Optional(Type.Array(PropertyValueSchema)),
    min: Type.Optional(numberOrDate),
    max: Type.Optional(numberOrDate),
  },
  strict,
);

export type PropertyCondition = Static<typeof PropertyConditionSchema>;

/** Every given part must match; a list matches any of its values. What a segment saves, but `segmentId`. */
export const ClientFilterSchema = Type.Object(
  {
    query: Type.Optional(Type.String({ description: 'Words of a name, a phone number or a fragment of one, or the start of an email address' })),
    kinds: Type.Optional(Type.Array(ClientKindSchema)),
    relationships: Type.Optional(Type.Array(RelationshipSchema)),
    managerIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }))),
    regions: Type.Optional(Type.Array(Type.String())),
    industries: Type.Optional(Type.Array(Type.String())),
    segmentId: Type.Optional(Type.Integer({ minimum: 1, description: "The clients of a saved segment (its filter and this one both apply)" })),
    properties: Type.Optional(Type.Array(PropertyConditionSchema)),
  },
  strict,
);

export type ClientFilter = Static<typeof ClientFilterSchema>;

export const ClientSortSchema = Type.Object(
  { by: Type.Optional(ClientSortFieldSchema), direction: Type.Optional(SortDirectionSchema) },
  strict,
);

/** `POST /api/clients/search`: the full filter, property conditions included. */
export const ClientSearchBodySchema = Type.Object(
  {
    filter: Type.Optional(ClientFilterSchema),
    sort: Type.Optional(ClientSortSchema),
    archived: Type.Optional(ArchivedClientsSchema),
    ...PageQueryProperties,
  },
  strict,
);

export type ClientSearchBody = Static<typeof ClientSearchBodySchema>;

/** `GET /api/clients`: the search box and the simple filters; a list parameter may be repeated. */
export const ClientListQuerySchema = Type.Object(
  {
    query: Type.Optional(Type.String()),
    kind: Type.Optional(Type.Array(ClientKindSchema)),
    relationship: Type.Optional(Type.Array(RelationshipSchema)),
    managerId: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }))),
    region: Type.Optional(Type.Array(Type.String())),
    industry: Type.Optional(Type.Array(Type.String())),
    segmentId: Type.Optional(Type.Integer({ minimum: 1 })),
    archived: Type.Optional(ArchivedClientsSchema),
    sortBy: Type.Optional(ClientSortFieldSchema),
    sortDirection: Type.Optional(SortDirectionSchema),
    ...PageQueryProperties,
  },
  strict,
);

export type ClientListQuery = Static<typeof ClientListQuerySchema>;
