import Type, { type Static } from 'typebox';
import { ErrorResponseSchema, LocaleSchema, UserRoleSchema } from './common.schemas.ts';

export const SessionUserSchema = Type.Object({
  id: Type.Integer(),
  login: Type.String(),
  displayName: Type.String(),
  role: UserRoleSchema,
  extension: Type.Union([Type.String(), Type.Null()]),
  locale: LocaleSchema,
});

export type SessionUserBody = Static<typeof SessionUserSchema>;

export const LoginBodySchema = Type.Object({
  login: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
});

export type LoginBody = Static<typeof LoginBodySchema>;

export const SessionResponseSchema = Type.Object({ user: SessionUserSchema });

export type SessionResponse = Static<typeof SessionResponseSchema>;

export const loginResponses = { 200: SessionResponseSchema, 400: ErrorResponseSchema, 401: ErrorResponseSchema, 429: ErrorResponseSchema };
