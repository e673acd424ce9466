/** Users of the CRM: who everyone sees in lists, and what an admin manages. */
import Type, { type Static } from 'typebox';
import { DateTimeSchema, LocaleSchema, Nullable, strict, UserRoleSchema } from './common.schemas.ts';

/** What every signed-in user may know of the others (for a manager picker, a call's agent). */
export const UserListItemSchema = Type.Object({
  id: Type.Integer(),
  login: Type.String(),
  displayName: Type.String(),
  role: UserRoleSchema,
  extension: Nullable(Type.String()),
  active: Type.Boolean(),
});

export type UserListItem = Static<typeof UserListItemSchema>;

export const UserListSchema = Type.Object({ items: Type.Array(UserListItemSchema) });

export type UserList = Static<typeof UserListSchema>;

export const UserListQuerySchema = Type.Object({ includeInactive: Type.Optional(Type.Boolean()) }, strict);

/** A user as an admin sees it: never a password or the SIP password. */
export const UserSchema = Type.Object({
  ...UserListItemSchema.properties,
  sipUsername: Nullable(Type.String()),
  locale: LocaleSchema,
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});

export type User = Static<typeof UserSchema>;

export const NewUserBodySchema = Type.Object(
  {
    login: Type.String(),
    displayName: Type.String(),
    role: UserRoleSchema,
    password: Type.String(),
    extension: Type.Optional(Nullable(Type.String())),
    sipUsername: Type.Optional(Nullable(Type.String())),
    sipPassword: Type.Optional(Nullable(Type.String())),
    locale: Type.Optional(LocaleSchema),
  },
  strict,
);

export type NewUserBody = Static<typeof NewUserBodySchema>;

/** Fields left out stay as they are. `active: false` deactivates: the user's sessions end at once. */
export const UserChangesBodySchema = Type.Object(
  {
    displayName: Type.Optional(Type.String()),
    role: Type.Optional(UserRoleSchema),
    extension: Type.Optional(Nullable(Type.String())),
    sipUsername: Type.Optional(Nullable(Type.String())),
    sipPassword: Type.Optional(Nullable(Type.String())),
    locale: Type.Optional(LocaleSchema),
    active: Type.Optional(Type.Boolean()),
  },
  strict,
);

export type UserChangesBody = Static<typeof UserChangesBodySchema>;

export const PasswordResetBodySchema = Type.Object({ password: Type.String() }, strict);

export type PasswordResetBody = Static<typeof PasswordResetBodySchema>;
