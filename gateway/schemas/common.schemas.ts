/** Shapes shared by every part of the API. */
import Type, { type Static } from 'typebox';

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
