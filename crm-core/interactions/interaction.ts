import type { CallOutcome, Channel, Direction, InteractionState, InteractionStatus, Priority, UserRole } from '../../db/schema.ts';
import {
  checkDateTime,
  checkId,
  checkOneOf,
  checkOptionalDateTime,
  checkOptionalText,
  checkRequiredText,
  checkText,
  isDateTime,
} from '../shared/field-checks.ts';
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

/** Any interactions, newest first; every given part must match, a list matches any of its values. */
export interface InteractionFilter extends PageRequest {
  readonly clientId?: number;
  readonly channels?: readonly Channel[];
  readonly direction?: Direction;
  /** The user who handled it. */
  readonly userId?: number;
  /** Started at or after this instant. */
  readonly from?: Date;
  /** Started before this instant. */
  readonly to?: Date;
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

/**
 * Whose calls a user reads in the call log: operators their own, managers also those of the
 * clients they are responsible for, supervisors and admins every call.
 */
export type CallLogScope =
  | { readonly kind: 'every-call' }
  | { readonly kind: 'own'; readonly userId: number }
  | { readonly kind: 'own-and-managed-clients'; readonly userId: number };

export function callLogScopeOf(user: { readonly id: number; readonly role: UserRole }): CallLogScope {
  if (user.role === 'supervisor' || user.role === 'admin') return { kind: 'every-call' };
  if (user.role === 'manager') return { kind: 'own-and-managed-clients', userId: user.id };
  return { kind: 'own', userId: user.id };
}

/** A call as the call log lists it: the interaction with the names of its client and agent. */
export interface CallLogEntry extends Interaction {
  readonly clientName: string | null;
  readonly agentName: string | null;
}

/** Sums over every call the filter matches, not one page. */
export interface CallLogTotals {
  readonly calls: number;
  readonly talkSeconds: number;
  readonly waitSeconds: number;
  readonly byOutcome: Readonly<Record<CallOutcome, number>>;
}

const maxSubjectLength = 300;
const maxNotesLength = 20_000;
const maxShortTextLength = 200;
const maxRecordingRefLength = 1000;
const minNumberDigits = 3;
const typeCodePattern = /^[a-z][a-z0-9-]{0,39}$/;

export function validateNewInteraction(input: NewInteraction): NewInteraction {
  const issues = createIssueCollector();
  checkOneOf(input.channel, channels, 'channel', issues);
  if (input.direction != null) checkOneOf(input.direction, directions, 'direction', issues);
  if (input.status !== undefined) checkOneOf(input.status, interactionStatuses, 'status', issues);
  checkTimes(input.startedAt, input.endedAt ?? null, issues);
  if (input.durationSeconds != null) checkSeconds(input.durationSeconds, 'durationSeconds', issues);
  const interaction = {
    ...input,
    ...checkWrapUp(input, issues),
    adSource: checkOptionalText(input.adSource, 'adSource', issues, maxShortTextLength),
    fromNumber: checkOptionalText(input.fromNumber, 'fromNumber', issues, maxShortTextLength),
    toNumber: checkOptionalText(input.toNumber, 'toNumber', issues, maxShortTextLength),
    durationSeconds: input.durationSeconds ?? secondsBetween(input.startedAt, input.endedAt ?? null),
  };
  issues.throwIfAny();
  return interaction;
}

export function validateNewCall(input: NewCall): NewCall {
  const issues = createIssueCollector();
  const pbxCallId = checkRequiredText(input.pbxCallId, 'pbxCallId', issues, maxShortTextLength);
  if (input.direction !== null) checkOneOf(input.direction, directions, 'direction', issues);
  checkOneOf(input.outcome, callOutcomes, 'outcome', issues);
  checkTimes(input.startedAt, input.endedAt, issues);
  checkSeconds(input.waitSeconds, 'waitSeconds', issues);
  checkSeconds(input.talkSeconds, 'talkSeconds', issues);
  const call = {
    ...input,
    pbxCallId,
    fromNumber: checkOptionalText(input.fromNumber, 'fromNumber', issues, maxShortTextLength),
    toNumber: checkOptionalText(input.toNumber, 'toNumber', issues, maxShortTextLength),
    queue: checkOptionalText(input.queue, 'queue', issues, maxShortTextLength),
    recordingRef: checkOptionalText(input.recordingRef, 'recordingRef', issues, maxRecordingRefLength),
  };
  issues.throwIfAny();
  return call;
}

export function validateWrapUp(changes: WrapUp): WrapUp {
  const issues = createIssueCollector();
  const wrapUp = checkWrapUp(changes, issues);
  issues.throwIfAny();
  return wrapUp;
}

export function validateTypeCode(type: InteractionType): InteractionType {
  const issues = createIssueCollector();
  const code = type.code.trim();
  if (!typeCodePattern.test(code)) issues.add('code', 'must be 1 to 40 lower-case letters, digits or -, starting with a letter');
  const name = checkRequiredText(type.name, 'name', issues, maxShortTextLength);
  issues.throwIfAny();
  return { code, name };
}

/** The number filter as digits only, so punctuation and a leading + in what the user typed never matter. */
export function validateCallLogFilter(filter: CallLogFilter): { readonly numberDigits: string | undefined; readonly limit: number } {
  const issues = createIssueCollector();
  checkOptionalDateTime(filter.from, 'from', issues);
  checkOptionalDateTime(filter.to, 'to', issues);
  if (filter.direction !== undefined) checkOneOf(filter.direction, directions, 'direction', issues);
  if (filter.outcome !== undefined) checkOneOf(filter.outcome, callOutcomes, 'outcome', issues);
  const numberDigits = filter.number === undefined ? undefined : filter.number.replace(/\D/g, '');
  if (numberDigits !== undefined && numberDigits.length < minNumberDigits) {
    issues.add('number', `must contain at least ${minNumberDigits} digits`);
  }
  const limit = checkPageLimit(filter.limit, issues);
  issues.throwIfAny();
  return { numberDigits, limit };
}

export function validateInteractionFilter(filter: InteractionFilter): { readonly limit: number } {
  const issues = createIssueCollector();
  if (filter.clientId !== undefined) checkId(filter.clientId, 'clientId', issues);
  if (filter.userId !== undefined) checkId(filter.userId, 'userId', issues);
  filter.channels?.forEach((channel, index) => checkOneOf(channel, channels, `channels.${index}`, issues));
  if (filter.direction !== undefined) checkOneOf(filter.direction, directions, 'direction', issues);
  checkOptionalDateTime(filter.from, 'from', issues);
  checkOptionalDateTime(filter.to, 'to', issues);
  if (isDateTime(filter.from) && isDateTime(filter.to) && filter.to < filter.from) issues.add('to', 'must not be before from');
  const limit = checkPageLimit(filter.limit, issues);
  issues.throwIfAny();
  return { limit };
}

export function validateClientHistoryFilter(filter: ClientHistoryFilter): { readonly limit: number } {
  const issues = createIssueCollector();
  if (filter.channel !== undefined) checkOneOf(filter.channel, channels, 'channel', issues);
  if (filter.direction !== undefined) checkOneOf(filter.direction, directions, 'direction', issues);
  const limit = checkPageLimit(filter.limit, issues);
  issues.throwIfAny();
  return { limit };
}

export function secondsBetween(startedAt: Date, endedAt: Date | null): number | null {
  return endedAt === null ? null : Math.round((endedAt.getTime() - startedAt.getTime()) / 1000);
}

/** The wrap-up fields given, with subject and notes trimmed; absent ones stay absent. */
function checkWrapUp(wrapUp: WrapUp, issues: Issues): WrapUp {
  if (wrapUp.priority !== undefined) checkOneOf(wrapUp.priority, priorities, 'priority', issues);
  if (wrapUp.state !== undefined) checkOneOf(wrapUp.state, interactionStates, 'state', issues);
  if (wrapUp.type !== undefined && !typeCodePattern.test(wrapUp.type)) issues.add('type', 'is not an interaction type code');
  return {
    ...wrapUp,
    subject: wrapUp.subject === undefined ? undefined : checkText(wrapUp.subject, 'subject', issues, maxSubjectLength),
    notes: wrapUp.notes === undefined ? undefined : checkText(wrapUp.notes, 'notes', issues, maxNotesLength),
  };
}

function checkTimes(startedAt: Date, endedAt: Date | null, issues: Issues): void {
  checkDateTime(startedAt, 'startedAt', issues);
  checkOptionalDateTime(endedAt, 'endedAt', issues);
  if (isDateTime(startedAt) && isDateTime(endedAt) && endedAt < startedAt) issues.add('endedAt', 'must not be before startedAt');
}

function checkSeconds(seconds: number, field: string, issues: Issues): void {
  if (!Number.isInteger(seconds) || seconds < 0) issues.add(field, 'must be a whole number of seconds, 0 or more');
}
