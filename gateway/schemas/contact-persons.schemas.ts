/** Contact persons: the people of an organization the operators talk to. */
import Type, { type Static } from 'typebox';
import { CalendarDateSchema, DateTimeSchema, Nullable, strict } from './common.schemas.ts';
import { EmailInputSchema, EmailSchema, PhoneInputSchema, PhoneSchema } from './contact-details.schemas.ts';

export const ContactPersonSchema = Type.Object({
  id: Type.Integer(),
  clientId: Type.Integer(),
  fullName: Type.String(),
  position: Nullable(Type.String()),
  birthday: Nullable(CalendarDateSchema),
  notes: Type.String(),
  phones: Type.Array(PhoneSchema),
  emails: Type.Array(EmailSchema),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  /** Someone who left: hidden from the card and from screen-pop. */
  archivedAt: Nullable(DateTimeSchema),
});

export type ContactPerson = Static<typeof ContactPersonSchema>;

export const NewContactPersonBodySchema = Type.Object(
  {
    fullName: Type.String(),
    position: Type.Optional(Nullable(Type.String())),
    birthday: Type.Optional(Nullable(CalendarDateSchema)),
    notes: Type.Optional(Type.String()),
    phones: Type.Optional(Type.Array(PhoneInputSchema)),
    emails: Type.Optional(Type.Array(EmailInputSchema)),
  },
  strict,
);

export type NewContactPersonBody = Static<typeof NewContactPersonBodySchema>;

/** Fields left out stay as they are; `null` clears one that may be empty. */
export const ContactPersonChangesBodySchema = Type.Object(
  {
    fullName: Type.Optional(Type.String()),
    position: Type.Optional(Nullable(Type.String())),
    birthday: Type.Optional(Nullable(CalendarDateSchema)),
    notes: Type.Optional(Type.String()),
  },
  strict,
);

export type ContactPersonChangesBody = Static<typeof ContactPersonChangesBodySchema>;
