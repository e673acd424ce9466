/** Custom client properties: the definitions an admin manages, and the values a client carries. */
import Type, { type Static } from 'typebox';
import { DateTimeSchema, Nullable, strict } from './common.schemas.ts';

export const PropertyTypeSchema = Type.Enum(['enum', 'number', 'text', 'bool', 'date']);

export const PropertyDefinitionSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  type: PropertyTypeSchema,
  /** The choices of an `enum` property; null for the other types. */
  allowedValues: Nullable(Type.Array(Type.String())),
  /** Shown on the screen-pop card. */
  showInPop: Type.Boolean(),
  createdAt: DateTimeSchema,
  /** Archived properties are no longer offered; values clients have keep standing. */
  archivedAt: Nullable(DateTimeSchema),
});

export type PropertyDefinition = Static<typeof PropertyDefinitionSchema>;

/** enum, text and date (`YYYY-MM-DD`) values are strings; number and bool values are typed. */
export const PropertyValueSchema = Type.Unsafe<string | number | boolean>({ type: ['string', 'number', 'boolean'] });

export type PropertyValue = Static<typeof PropertyValueSchema>;

export const ClientPropertyValueSchema = Type.Object({ definition: PropertyDefinitionSchema, value: PropertyValueSchema });

export type ClientPropertyValue = Static<typeof ClientPropertyValueSchema>;

/** Sets one property of a client; `value: null` clears it. */
export const PropertyValueInputSchema = Type.Object(
  { propertyId: Type.Integer({ minimum: 1 }), value: Nullable(PropertyValueSchema) },
  strict,
);

export type PropertyValueInput = Static<typeof PropertyValueInputSchema>;

export const NewPropertyDefinitionBodySchema = Type.Object(
  {
    name: Type.String(),
    type: PropertyTypeSchema,
    /** Required for `enum`, absent for the other types. */
    allowedValues: Type.Optional(Nullable(Type.Array(Type.String()))),
    showInPop: Type.Optional(Type.Boolean()),
  },
  strict,
);

export type NewPropertyDefinitionBody = Static<typeof NewPropertyDefinitionBodySchema>;

/** A definition's type cannot change: stored values would stop meaning what they meant. */
export const PropertyDefinitionChangesBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String()),
    allowedValues: Type.Optional(Nullable(Type.Array(Type.String()))),
    showInPop: Type.Optional(Type.Boolean()),
  },
  strict,
);

export type PropertyDefinitionChangesBody = Static<typeof PropertyDefinitionChangesBodySchema>;

export const PropertyListQuerySchema = Type.Object({ includeArchived: Type.Optional(Type.Boolean()) }, strict);

export const PropertyDefinitionListSchema = Type.Object({ items: Type.Array(PropertyDefinitionSchema) });

export type PropertyDefinitionList = Static<typeof PropertyDefinitionListSchema>;
