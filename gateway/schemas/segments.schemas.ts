/** Segments: named, saved client filters ("Kyiv customers with solvency 4–5"). */
import Type, { type Static } from 'typebox';
import { ClientFilterSchema } from './clients.schemas.ts';
import { DateTimeSchema, Nullable, strict } from './common.schemas.ts';

/** A segment's filter is any client filter but `segmentId`. */
export const SegmentFilterSchema = Type.Omit(ClientFilterSchema, ['segmentId'], strict);

export const SegmentSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  filter: Type.Omit(ClientFilterSchema, ['segmentId']),
  createdBy: Nullable(Type.Integer()),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});

export type Segment = Static<typeof SegmentSchema>;

export const SegmentListSchema = Type.Object({ items: Type.Array(SegmentSchema) });

export type SegmentList = Static<typeof SegmentListSchema>;

export const NewSegmentBodySchema = Type.Object(
  { name: Type.String(), description: Type.Optional(Type.String()), filter: SegmentFilterSchema },
  strict,
);

export type NewSegmentBody = Static<typeof NewSegmentBodySchema>;

export const SegmentChangesBodySchema = Type.Object(
  { name: Type.Optional(Type.String()), description: Type.Optional(Type.String()), filter: Type.Optional(SegmentFilterSchema) },
  strict,
);

export type SegmentChangesBody = Static<typeof SegmentChangesBodySchema>;

/** How many current (not archived) clients the segment holds now. */
export const SegmentSizeSchema = Type.Object({ clients: Type.Integer() });

export type SegmentSize = Static<typeof SegmentSizeSchema>;
