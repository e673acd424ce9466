import type { Channel } from '../../db/schema.ts';
import type { InquiryBucket, InquiryCountRow } from './inquiries.repository.ts';
import { ratio } from './report-request.ts';

export type { InquiryBucket };
export const inquiryBuckets: readonly InquiryBucket[] = ['day', 'week', 'month'];

/** Inquiries and how many became customers; `conversion` is their share, null without inquiries. */
export interface InquiryFigures {
  readonly inquiries: number;
  readonly converted: number;
  readonly conversion: number | null;
}

export interface InquiriesReport {
  readonly bucket: InquiryBucket;
  readonly total: InquiryFigures;
  readonly byPeriod: (InquiryFigures & { readonly period: string })[];
  readonly byChannel: (InquiryFigures & { readonly channel: Channel })[];
  /** `adSource` null: inquiries with no source noted. */
  readonly byAdSource: (InquiryFigures & { readonly adSource: string | null })[];
  /** Every bucket × channel × source combination that had inquiries. */
  readonly rows: (InquiryFigures & { readonly period: string; readonly channel: Channel; readonly adSource: string | null })[];
}

export function buildInquiriesReport(bucket: InquiryBucket, rows: readonly InquiryCountRow[]): InquiriesReport {
  return {
    bucket,
    total: figuresOf(rows),
    byPeriod: groupBy(rows, (row) => row.bucket).map(([period, group]) => ({ period, ...figuresOf(group) })),
    byChannel: groupBy(rows, (row) => row.channel).map(([channel, group]) => ({ channel, ...figuresOf(group) })),
    byAdSource: groupBy(rows, (row) => row.ad_source)
      .map(([adSource, group]) => ({ adSource, ...figuresOf(group) }))
      .sort((left, right) => right.inquiries - left.inquiries),
    rows: rows.map((row) => ({ period: row.bucket, channel: row.channel, adSource: row.ad_source, ...figuresOf([row]) })),
  };
}

export function figuresOf(rows: readonly Pick<InquiryCountRow, 'inquiries' | 'converted'>[]): InquiryFigures {
  const inquiries = rows.reduce((sum, row) => sum + row.inquiries, 0);
  const converted = rows.reduce((sum, row) => sum + row.converted, 0);
  return { inquiries, converted, conversion: ratio(converted, inquiries) };
}

/** Groups in the order keys first appear. */
export function groupBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): [Key, Row[]][] {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return [...groups.entries()];
}
