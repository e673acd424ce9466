/** Shapes shared by every part of the API. */
import Type, { type Static, type TSchema, type TUnsafe } from 'typebox';

export const FieldIssueSchema = Type.Object({
  field: Type.String({ description: 'The field as the API names it, e.g. `phones.0.number`' }),
  message: Type.String(),
});

/** Every 4xx and 5xx answer. `fields` lists each bad field of a 400. */
export const ErrorResponseSchema = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String(),
    message: Type.Optional(Type.String()),
    fields: Type.Optional(Type.Array(FieldIssueSchema)),
  },
  { $id: 'ErrorResponse' },
);

export type ErrorResponse = Static<typeof ErrorResponseSchema>;

export const UserRoleSchema = Type.Union([Type.Literal('operator'), Type.Literal('manager'), Type.Literal('supervisor'), Type.Literal('admin')]);
export const LocaleSchema = Type.Union([Type.Literal('en'), Type.Literal('uk'), Type.Literal('ru')]);

export const IdParamsSchema = Type.Object({ id: Type.Integer({ minimum: 1 }) });

/** The answers every authenticated route can give besides its own. */
export const authenticatedErrors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
};

/**
 * A value that may be `null`, written as `type: [T, 'null']` (or `null` among an enum's values)
 * rather than `anyOf`: with the type coercion Fastify turns on, ajv would turn a `null` into the
 * first branch's empty value (`""`, `0`) before ever trying the `null` branch.
 */
export function Nullable<T extends TSchema>(schema: T): TUnsafe<Static<T> | null> {
  const json = schema as Record<string, unknown>;
  if (Array.isArray(json.enum)) return Type.Unsafe<Static<T> | null>({ ...json, enum: [...json.enum, null] } as TSchema);
  if (typeof json.type === 'string') return Type.Unsafe<Static<T> | null>({ ...json, type: [json.type, 'null'] } as TSchema);
  if (Array.isArray(json.type)) return Type.Unsafe<Static<T> | null>({ ...json, type: [...json.type, 'null'] } as TSchema);
  throw new Error('Nullable takes a schema with a type or an enum');
}

/** An instant, as ISO 8601 text in UTC. */
export const DateTimeSchema = Type.String({ format: 'date-time' });
/** A calendar day, `YYYY-MM-DD`. */
export const CalendarDateSchema = Type.String({ format: 'date' });

/** One page of a list sorted on the server; `nextCursor`, when present, fetches the next page. */
export const PageOf = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), nextCursor: Type.Optional(Type.String()) });

/** Query parameters of a paged list. A cursor continues only the list (filters and sort) it came from. */
export const PageQueryProperties = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, description: '50 when left out' })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: '`nextCursor` of the previous page' })),
};

/** Refuses fields it does not know, naming them, rather than dropping them unseen. */
export const strict = { additionalProperties: false } as const;
