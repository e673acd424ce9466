/** Phones and email addresses, of a client or of one of its contact persons. */
import Type, { type Static } from 'typebox';
import { Nullable, strict } from './common.schemas.ts';

export const PhoneKindSchema = Type.Enum(['mobile', 'work', 'home', 'fax']);
export const EmailKindSchema = Type.Enum(['work', 'personal']);

export const PhoneSchema = Type.Object({
  id: Type.Integer(),
  clientId: Type.Integer(),
  /** Null for the client's own phone. */
  contactPersonId: Nullable(Type.Integer()),
  raw: Type.String({ description: 'As it was typed' }),
  e164: Nullable(Type.String({ description: 'Null when the number could not be read' })),
  extension: Nullable(Type.String()),
  display: Type.String({ description: "For people to read, in the signed-in user's language: `+380 44 555 6677 ext. 12`, or as typed when unreadable" }),
  kind: PhoneKindSchema,
});

export type Phone = Static<typeof PhoneSchema>;

export const EmailSchema = Type.Object({
  id: Type.Integer(),
  clientId: Type.Integer(),
  contactPersonId: Nullable(Type.Integer()),
  address: Type.String(),
  kind: EmailKindSchema,
});

export type Email = Static<typeof EmailSchema>;

export const PhoneInputSchema = Type.Object(
  {
    number: Type.String({ description: 'In any spelling: `050 123 45 67`, `+380 (50) 123-45-67`, `8 044 …`, `… ext. 12`' }),
    kind: Type.Optional(PhoneKindSchema),
  },
  strict,
);

export type PhoneInput = Static<typeof PhoneInputSchema>;

export const EmailInputSchema = Type.Object({ address: Type.String(), kind: Type.Optional(EmailKindSchema) }, strict);

export type EmailInput = Static<typeof EmailInputSchema>;

/** A phone to add to a client, or to one of its contact persons. */
export const NewPhoneBodySchema = Type.Object(
  {
    number: PhoneInputSchema.properties.number,
    kind: Type.Optional(PhoneKindSchema),
    contactPersonId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  },
  strict,
);

export type NewPhoneBody = Static<typeof NewPhoneBodySchema>;

export const NewEmailBodySchema = Type.Object(
  {
    address: Type.String(),
    kind: Type.Optional(EmailKindSchema),
    contactPersonId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  },
  strict,
);

export type NewEmailBody = Static<typeof NewEmailBodySchema>;
