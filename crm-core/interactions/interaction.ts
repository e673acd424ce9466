import type { CallOutcome, Channel, Direction, InteractionState, InteractionStatus, Priority } from '../../db/schema.ts';
import { checkPageLimit, type PageRequest } from '../shared/keyset-page.ts';
import { createIssueCollector, type Issues } from '../shared/validation-error.ts';

export type { CallOutcome, Channel, Direction, InteractionState, InteractionStatus, Priority };

export const channels: readonly Channel[] = ['call', 'sms', 'email', 'meeting', 'note'];
export const directions: readonly Direction[] = ['in', 'out'];
export const priorities: readonly Priority[] = ['high', 'medium', 'low'];
export const interactionStates: readonly InteractionState[] = ['no-review', 'not-done', 'done', 'partially-done'];
export const interactionStatuses: readonly InteractionStatus[] = ['held', 'planned', 'canceled'];
export const callOutcomes: readonly CallOutcome[] = ['answered', 'missed', 'busy', 'failed', 'abandoned', 'transferred'];

/** One contact with a client: a call, SMS, email, meeting or note. */
export interface Interaction {
  readonly id: number;
  readonly channel: Channel;
  /** Null for notes and internal calls. */
  readonly direction: Direction | null;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  readonly durationSeconds: number | null;
  readonly priority: Priority;
  /** A code from the interaction types list (sale, consultation, complaint, other, or one added later). */
  readonly type: string;
  readonly state: InteractionState;
  readonly status: InteractionStatus;
  readonly subject: string;
  readonly notes: string;
  readonly adSource: string | null;
  readonly clientId: number | null;
  readonly contactPersonId: number | null;
  /** The user who handled it: the agent who answered or made a call. */
  readonly userId: number | null;
  readonly fromNumber: string | null;
  readonly toNumber: string | null;
  /** Calls from the PBX only: Asterisk's Linkedid, unique. */
  readonly pbxCallId: string | null;
  readonly callOutcome: CallOutcome | null;
  readonly waitSeconds: number | null;
  readonly talkSeconds: number | null;
  readonly queue: string | null;
  readonly recordingRef: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The fields an operator fills in after a call (or at any time). */
export interface WrapUp {
  readonly type?: string;
  readonly state?: InteractionState;
  readonly subject?: string;
  readonly notes?: string;
  readonly priority?: Priority;
}

interface InteractionLinks {
  readonly clientId?: number | null;
  /** When given without `clientId`, the interaction is linked to that person's client. */
  readonly contactPersonId?: number | null;
  /** Defaults to the acting user for `record`. */
  readonly userId?: number | null;
}

export interface NewInteraction extends WrapUp, InteractionLinks {
  readonly channel: Channel;
  readonly direction?: Direction | null;
  readonly startedAt: Date;
  readonly endedAt?: Date | null;
  /** Computed from `startedAt` and `endedAt` when left out. */
  readonly durationSeconds?: number | null;
  readonly status?: InteractionStatus;
  readonly adSource?: string | null;
  readonly fromNumber?: string | null;
  readonly toNumber?: string | null;
}

/** A finished PBX call. Numbers should be E.164 so that `linkUnlinkedCallsToClient` can match them later. */
export interface NewCall extends InteractionLinks {
  readonly pbxCallId: string;
  /** Null for internal calls between extensions. */
  readonly direction: Direction | null;
  /** Empty or null when the caller withheld the number. */
  readonly fromNumber: string | null;
  readonly toNumber: string | null;
  readonly outcome: CallOutcome;
  readonly startedAt: Date;
  readonly endedAt: Date;
  readonly waitSeconds: number;
  readonly talkSeconds: number;
  readonly queue?: string | null;
  readonly recordingRef?: string | null;
}

export interface InteractionType {
  readonly code: string;
  readonly name: string;
}

export interface ClientHistoryFilter extends PageRequest {
  readonly channel?: Channel;
  readonly direction?: Direction;
}

export interface CallLogFilter extends PageRequest {
  /** Calls that started at or after this instant. */
  readonly from?: Date;
  /** Calls that started before this instant. */
  readonly to?: Date;
  readonly userId?: number;
  readonly direction?: Direction;
  readonly outcome?: CallOutcome;
  readonly clientId?: number;
  /** Digits of either party's number; matches numbers ending with them (so a local 0671234567 finds +380671234567). */
  readonly number?: string;
}

const maxSubjectLength = 300;
const maxNotesLength = 20_000;
const maxShortTextLength = 200;
const minNumberDigits = 3;
const typeCodePattern = /^[a-z][a-z0-9-]{0,39}$/;

export function validateNewInteraction(input: NewInteraction): NewInteraction {
  const issues = createIssueCollector();
  checkOneOf(issues, 'channel', input.channel, channels);
  if (input.direction != null) checkOneOf(issues, 'direction', input.direction, directions);
  if (input.status !== undefined) checkOneOf(issues, 'status', input.status, interactionStatuses);
  checkTimes(issues, input.startedAt, input.endedAt ?? null);
  if (input.durationSeconds != null) checkSeconds(issues, 'durationSeconds', input.durationSeconds);
  checkWrapUp(issues, input);
  checkText(issues, 'adSource', input.adSource, maxShortTextLength);
  checkText(issues, 'fromNumber', input.fromNumber, maxShortTextLength);
  checkText(issues, 'toNumber', input.toNumber, maxShortTextLength);
  issues.throwIfAny();
  return {
    ...input,
    ...trimmedWrapUpText(input),
    adSource: blankToNull(input.adSource),
    fromNumber: blankToNull(input.fromNumber),
    toNumber: blankToNull(input.toNumber),
    durationSeconds: input.durationSeconds ?? secondsBetween(input.startedAt, input.endedAt ?? null),
  };
}

export function validateNewCall(input: NewCall): NewCall {
  const issues = createIssueCollector();
  if (input.pbxCallId.trim().length === 0 || input.pbxCallId.length > maxShortTextLength) {
    issues.add('pbxCallId', `must be 1 to ${maxShortTextLength} characters`);
  }
  if (input.direction !== null) checkOneOf(issues, 'direction', input.direction, directions);
  checkOneOf(issues, 'outcome', input.outcome, callOutcomes);
  checkTimes(issues, input.startedAt, input.endedAt);
  checkSeconds(issues, 'waitSeconds', input.waitSeconds);
  checkSeconds(issues, 'talkSeconds', input.talkSeconds);
  checkText(issues, 'fromNumber', input.fromNumber, maxShortTextLength);
  checkText(issues, 'toNumber', input.toNumber, maxShortTextLength);
  checkText(issues, 'queue', input.queue, maxShortTextLength);
  checkText(issues, 'recordingRef', input.recordingRef, 1000);
  issues.throwIfAny();
  return {
    ...input,
    fromNumber: blankToNull(input.fromNumber),
    toNumber: blankToNull(input.toNumber),
    queue: blankToNull(input.queue),
    recordingRef: blankToNull(input.recordingRef),
  };
}

export function validateWrapUp(changes: WrapUp): WrapUp {
  const issues = createIssueCollector();
  checkWrapUp(issues, changes);
  issues.throwIfAny();
  return { ...changes, ...trimmedWrapUpText(changes) };
}

export function validateTypeCode(type: InteractionType): InteractionType {
  const issues = createIssueCollector();
  const tidied = { code: type.code.trim(), name: type.name.trim() };
  if (!typeCodePattern.test(tidied.code)) issues.add('code', 'must be 1 to 40 lower-case letters, digits or -, starting with a letter');
  if (tidied.name.length === 0 || tidied.name.length > maxShortTextLength) issues.add('name', `must be 1 to ${maxShortTextLength} characters`);
  issues.throwIfAny();
  return tidied;
}

/** The number filter as digits only, so punctuation and a leading + in what the user typed never matter. */
export function validateCallLogFilter(filter: CallLogFilter): { readonly numberDigits: string | undefined; readonly limit: number } {
  const issues = createIssueCollector();
  if (filter.from !== undefined && !isValidDate(filter.from)) issues.add('from', 'must be a valid date and time');
  if (filter.to !== undefined && !isValidDate(filter.to)) issues.add('to', 'must be a valid date and time');
  if (filter.direction !== undefined) checkOneOf(issues, 'direction', filter.direction, directions);
  if (filter.outcome !== undefined) checkOneOf(issues, 'outcome', filter.outcome, callOutcomes);
  const numberDigits = filter.number === undefined ? undefined : filter.number.replace(/\D/g, '');
  if (numberDigits !== undefined && numberDigits.length < minNumberDigits) {
    issues.add('number', `must contain at least ${minNumberDigits} digits`);
  }
  const limit = checkPageLimit(filter.limit, issues);
  issues.throwIfAny();
  return { numberDigits, limit };
}

export function validateClientHistoryFilter(filter: ClientHistoryFilter): { readonly limit: number } {
  const issues = createIssueCollector();
  if (filter.channel !== undefined) checkOneOf(issues, 'channel', filter.channel, channels);
  if (filter.direction !== undefined) checkOneOf(issues, 'direction', filter.direction, directions);
  const limit = checkPageLimit(filter.limit, issues);
  issues.throwIfAny();
  return { limit };
}

export function secondsBetween(startedAt: Date, endedAt: Date | null): number | null {
  return endedAt === null ? null : Math.round((endedAt.getTime() - startedAt.getTime()) / 1000);
}

function checkWrapUp(issues: Issues, wrapUp: WrapUp): void {
  if (wrapUp.priority !== undefined) checkOneOf(issues, 'priority', wrapUp.priority, priorities);
  if (wrapUp.state !== undefined) checkOneOf(issues, 'state', wrapUp.state, interactionStates);
  if (wrapUp.type !== undefined && !typeCodePattern.test(wrapUp.type)) issues.add('type', 'is not an interaction type code');
  checkText(issues, 'subject', wrapUp.subject, maxSubjectLength);
  checkText(issues, 'notes', wrapUp.notes, maxNotesLength);
}

function checkTimes(issues: Issues, startedAt: Date, endedAt: Date | null): void {
  if (!isValidDate(startedAt)) issues.add('startedAt', 'must be a valid date and time');
  if (endedAt !== null && !isValidDate(endedAt)) issues.add('endedAt', 'must be a valid date and time');
  if (isValidDate(startedAt) && endedAt !== null && isValidDate(endedAt) && endedAt < startedAt) {
    issues.add('endedAt', 'must not be before startedAt');
  }
}

function checkSeconds(issues: Issues, field: string, seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 0) issues.add(field, 'must be a whole number of seconds, 0 or more');
}

function checkOneOf<T extends string>(issues: Issues, field: string, value: T, allowed: readonly T[]): void {
  if (!allowed.includes(value)) issues.add(field, `must be one of ${allowed.join(', ')}`);
}

function checkText(issues: Issues, field: string, value: string | null | undefined, maxLength: number): void {
  if (value != null && value.length > maxLength) issues.add(field, `must be at most ${maxLength} characters`);
}

function isValidDate(value: Date): boolean {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

function trimmedWrapUpText(wrapUp: WrapUp): Pick<WrapUp, 'subject' | 'notes'> {
  return { subject: wrapUp.subject?.trim(), notes: wrapUp.notes?.trim() };
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
