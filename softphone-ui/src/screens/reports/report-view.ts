/** What the report views share: the props the reports screen gives each, and how they write figures. */
import type { ReportPeriodQuery } from '../../api.ts';
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
