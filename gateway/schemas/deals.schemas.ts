/** Deals: orders and opportunities with a client. */
import Type, { type Static } from 'typebox';
import { DateTimeSchema, Nullable, PageOf, PageQueryProperties, strict } from './common.schemas.ts';

export const DealStageSchema = Type.Enum(['new', 'in-progress', 'won', 'lost']);
const amount = Type.String({ description: 'A decimal with up to two fraction digits, as text so that no cent is lost: "1250", "1250.50"' });

export const DealSchema = Type.Object({
  id: Type.Integer(),
  clientId: Type.Integer(),
  managerId: Nullable(Type.Integer()),
  title: Type.String(),
  amount: Type.String({ description: 'Exactly two fraction digits: "1250.00"' }),
  /** ISO 4217. */
  currency: Type.String(),
  stage: DealStageSchema,
  /** Set exactly when the stage is lost. */
  lostReason: Nullable(Type.String()),
  openedAt: DateTimeSchema,
  /** When it was won or lost; null while open. */
  closedAt: Nullable(DateTimeSchema),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});

export type Deal = Static<typeof DealSchema>;

export const DealPageSchema = PageOf(DealSchema);

export type DealPage = Static<typeof DealPageSchema>;

export const ClientDealsSchema = Type.Object({ items: Type.Array(DealSchema) });

export type ClientDeals = Static<typeof ClientDealsSchema>;

export const NewDealBodySchema = Type.Object(
  {
    clientId: Type.Integer({ minimum: 1 }),
    title: Type.String(),
    amount: Type.Optional(amount),
    currency: Type.Optional(Type.String()),
    /** The signed-in user when left out. */
    managerId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
    stage: Type.Optional(DealStageSchema),
    lostReason: Type.Optional(Nullable(Type.String())),
  },
  strict,
);

export type NewDealBody = Static<typeof NewDealBodySchema>;

export const DealChangesBodySchema = Type.Object(
  {
    title: Type.Optional(Type.String()),
    amount: Type.Optional(amount),
    currency: Type.Optional(Type.String()),
    managerId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  },
  strict,
);

export type DealChangesBody = Static<typeof DealChangesBodySchema>;

/** Won and lost close the deal; lost needs a reason; new and in progress reopen it. */
export const StageChangeBodySchema = Type.Object({ stage: DealStageSchema, lostReason: Type.Optional(Nullable(Type.String())) }, strict);

export type StageChangeBody = Static<typeof StageChangeBodySchema>;

/** A manager's deals, newest first; the signed-in user's unless `managerId` names another (supervisor and above). */
export const DealListQuerySchema = Type.Object(
  { managerId: Type.Optional(Type.Integer({ minimum: 1 })), stage: Type.Optional(Type.Array(DealStageSchema)), ...PageQueryProperties },
  strict,
);

export type DealListQuery = Static<typeof DealListQuerySchema>;
