import type { DealStage } from '../../db/schema.ts';
import { checkOneOf, checkOptionalText, checkRequiredText } from '../shared/field-checks.ts';
import { createIssueCollector } from '../shared/validation-error.ts';

export type { DealStage };

export const dealStages: readonly DealStage[] = ['new', 'in-progress', 'won', 'lost'];
const closedStages: readonly DealStage[] = ['won', 'lost'];

/** An order or opportunity with a client. */
export interface Deal {
  readonly id: number;
  readonly clientId: number;
  readonly managerId: number | null;
  readonly title: string;
  /**
   * A decimal string with exactly two fraction digits ("1250.00"), never a float, so money
   * keeps every cent; pass it on as text, or parse it with a decimal library.
   */
  readonly amount: string;
  /** ISO 4217 code, UAH when not given. */
  readonly currency: string;
  readonly stage: DealStage;
  /** Why the deal was lost; set exactly when the stage is lost. */
  readonly lostReason: string | null;
  readonly openedAt: Date;
  /** When it was won or lost; null while open. */
  readonly closedAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface DealDetails {
  readonly title?: string;
  /** A decimal string with up to two fraction digits: "1250", "1250.5", "1250.50". */
  readonly amount?: string;
  readonly currency?: string;
  readonly managerId?: number | null;
}

export interface StageChange {
  readonly stage: DealStage;
  /** Required when the stage is lost. */
  readonly lostReason?: string | null;
}

export interface NewDeal extends DealDetails {
  readonly clientId: number;
  readonly title: string;
  readonly stage?: DealStage;
  readonly lostReason?: string | null;
}

/** The columns a stage decides together. */
export interface StageOutcome {
  readonly stage: DealStage;
  readonly lostReason: string | null;
  readonly closedAt: Date | null;
}

const maxTitleLength = 300;
const maxLostReasonLength = 1000;
const amountPattern = /^\d{1,12}(\.\d{1,2})?$/;
const currencyPattern = /^[A-Z]{3}$/;

export function validateDealDetails(details: DealDetails): DealDetails {
  const issues = createIssueCollector();
  const title = details.title === undefined ? undefined : checkRequiredText(details.title, 'title', issues, maxTitleLength);
  const amount = details.amount?.trim();
  if (amount !== undefined && !amountPattern.test(amount)) {
    issues.add('amount', 'must be a non-negative decimal number with at most 12 digits before the point and 2 after');
  }
  const currency = details.currency?.trim().toUpperCase();
  if (currency !== undefined && !currencyPattern.test(currency)) issues.add('currency', 'must be a three-letter ISO 4217 code');
  issues.throwIfAny();
  return { ...details, title, amount: amount === undefined ? undefined : canonicalAmount(amount), currency };
}

/**
 * Moving to won or lost closes the deal (keeping the first closing time if it stays in the same
 * stage); lost needs a reason; moving back to new or in progress reopens it.
 */
export function decideStage(before: StageOutcome | null, change: StageChange, now: Date): StageOutcome {
  const issues = createIssueCollector();
  checkOneOf(change.stage, dealStages, 'stage', issues);
  const lostReason = checkOptionalText(change.lostReason, 'lostReason', issues, maxLostReasonLength);
  if (change.stage === 'lost' && lostReason === null) issues.add('lostReason', 'is required when a deal is lost');
  issues.throwIfAny();
  if (!closedStages.includes(change.stage)) return { stage: change.stage, lostReason: null, closedAt: null };
  const closedAt = before?.stage === change.stage && before.closedAt !== null ? before.closedAt : now;
  return { stage: change.stage, lostReason: change.stage === 'lost' ? lostReason : null, closedAt };
}

/** The amount as the database gives it back ("0012.5" becomes "12.50"), so equal amounts compare equal. */
function canonicalAmount(amount: string): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  return `${BigInt(whole)}.${fraction.padEnd(2, '0')}`;
}
