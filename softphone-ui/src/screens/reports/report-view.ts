/** What the report views share: the props the reports screen gives each, and how they write figures. */
import type { ReportPeriodQuery } from '../../api.ts';
import type { Screen } from '../../state/router.svelte.ts';
import { i18n } from '../../i18n/i18n.svelte.ts';

export interface ReportViewProps {
  /** The chosen period, as the gateway takes it. */
  readonly period: ReportPeriodQuery;
  /** ISO 4217 code the CRM's money is in. */
  readonly currency: string;
}

/** Excel in locales whose decimal mark is a comma (Ukrainian, Russian) expects semicolons between fields. */
export function csvDelimiter(): 'comma' | 'semicolon' {
  return i18n.locale === 'en' ? 'comma' : 'semicolon';
}

/** A share 0–1 as a percentage, or a dash where there was nothing to divide. */
export function shareText(share: number | null): string {
  return share === null ? '—' : i18n.percent(share);
}

/** Seconds as `m:ss`, or a dash where there was nothing to average. */
export function secondsText(seconds: number | null): string {
  return seconds === null ? '—' : i18n.duration(seconds);
}

/** Return on cost, signed ("+117 %", "−50 %"), or a dash without a cost. */
export function returnText(returnOnCost: number | null): string {
  if (returnOnCost === null) return '—';
  return new Intl.NumberFormat(i18n.locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(returnOnCost);
}

/** One column of a report table: its heading and what each row shows in it. */
export interface ReportColumn<Row> {
  readonly heading: string;
  /** Figures: right-aligned, heading included. */
  readonly numeric?: boolean;
  /** The column that names the row (a row header for screen readers). */
  readonly namesRow?: boolean;
  readonly text: (row: Row, index: number) => string;
  /** A bar under the figure: the row's share (0–1) of the column's largest. */
  readonly bar?: (row: Row, index: number) => { readonly fraction: number; readonly colour?: string };
  /** The screen the text opens. */
  readonly link?: (row: Row) => Screen;
}

/** The CSV download of a table: the report, its query, which of its tables, and the name in the link. */
export interface ReportCsv {
  readonly report: string;
  readonly query: Readonly<Record<string, string | number | undefined>>;
  readonly table?: string;
  readonly name: string;
}
