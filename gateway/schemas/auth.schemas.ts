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

export const UpdateMeBodySchema = Type.Object({ locale: LocaleSchema }, { additionalProperties: false });

export type UpdateMeBody = Static<typeof UpdateMeBodySchema>;

const IceServerSchema = Type.Object({
  urls: Type.Union([Type.String(), Type.Array(Type.String())]),
  username: Type.Optional(Type.String()),
  credential: Type.Optional(Type.String()),
});

/** How this user's browser phone reaches the PBX; `sip` is null when calls ring on a desk phone. */
export const PhoneSettingsSchema = Type.Object({
  sip: Type.Union([
    Type.Object({
      server: Type.String({ description: 'The PBX WebSocket (wss://…)' }),
      uri: Type.String({ description: 'sip:extension@domain' }),
      authorizationUsername: Type.String(),
      authorizationPassword: Type.String(),
      iceServers: Type.Optional(Type.Array(IceServerSchema)),
    }),
    Type.Null(),
  ]),
  extension: Type.Union([Type.String(), Type.Null()]),
});

export type PhoneSettings = Static<typeof PhoneSettingsSchema>;
