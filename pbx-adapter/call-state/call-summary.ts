/**
 * What a call means, read off its legs: direction, parties, outcome and the `CallSummary` the CRM logs.
 * Pure functions of one call's state.
 */
import type { CallDirection, CallLegSummary, CallOutcome, CallSummary } from '../pbx-events.ts';
import type { CallLeg, LiveCall } from './call-state.ts';

/**
 * Inbound when a trunk brought the call in, outbound when one took it out. An originated call that
 * has only rung its agent so far is a click-to-call, so outbound too; a supervisor's ChanSpy call
 * is originated the same way and turns internal once `ChanSpyStart` shows what it is.
 */
export function callDirection(call: LiveCall): CallDirection {
  if (call.supervision) return 'internal';
  let outbound = false;
  let originated = false;
  let dialledAgent = false;
  for (const leg of call.legs) {
    if (leg.role === 'inbound-trunk') return 'inbound';
    if (leg.role === 'outbound-trunk') outbound = true;
    else if (leg.role === 'agent' && leg.origin === 'originated') originated = true;
    else if (leg.role === 'agent' && leg.origin === 'dialled' && leg.state !== 'created') dialledAgent = true;
  }
  if (outbound) return 'outbound';
  return originated && !dialledAgent ? 'outbound' : 'internal';
}

function firstLeg(call: LiveCall, matches: (leg: CallLeg) => boolean): CallLeg | undefined {
  for (const leg of call.legs) if (matches(leg)) return leg;
  return undefined;
}

/** Inbound: the customer and the DID. Otherwise: the agent who started the call and whom it went to. */
export function callParties(call: LiveCall, direction: CallDirection): { from: string; to: string } {
  if (direction === 'inbound') {
    const trunk = firstLeg(call, (leg) => leg.role === 'inbound-trunk');
    return { from: trunk?.number ?? '', to: trunk?.dialled ?? '' };
  }
  const starter = firstLeg(call, (leg) => leg.role === 'agent' && leg.origin !== 'dialled');
  const from = starter?.extension ?? call.agentsRung[0] ?? '';
  if (call.supervision) return { from, to: call.supervision.spiedExtension ?? '' };
  const customer = firstLeg(call, (leg) => leg.role === 'outbound-trunk' && leg.number !== undefined);
  const callee = firstLeg(call, (leg) => leg.role === 'agent' && leg.origin === 'dialled' && leg.state !== 'created');
  return { from, to: customer?.number ?? callee?.extension ?? call.originateTarget ?? starter?.dialled ?? '' };
}

/** The first agent connected to the call: who answered a ring, or who placed a call that was answered. */
function firstAnsweredAgent(call: LiveCall): string | undefined {
  let first: CallLeg | undefined;
  for (const leg of call.legs) {
    if (leg.role === 'agent' && leg.answeredAt !== undefined && (!first || leg.answeredAt < (first.answeredAt ?? Infinity))) first = leg;
  }
  return first?.extension;
}

const FAILED_DIAL_STATUSES = new Set(['CHANUNAVAIL', 'CONGESTION', 'INVALIDARGS']);

export function callOutcome(call: LiveCall): CallOutcome {
  if (call.phase === 'connected') {
    return call.transfers.some((transfer) => transfer.answeredBy !== undefined) ? 'transferred' : 'answered';
  }
  if (call.abandonedQueue !== undefined) return 'abandoned';
  let customerStatus: string | undefined;
  for (const leg of call.legs) if (leg.role === 'outbound-trunk' && leg.dialStatus !== undefined) customerStatus = leg.dialStatus;
  if (customerStatus === 'BUSY') return 'busy';
  if (customerStatus !== undefined && FAILED_DIAL_STATUSES.has(customerStatus)) return 'failed';
  return 'missed';
}

/** Inbound: the trunk leg's cause. Otherwise the leg of whoever started the call, else the last hangup. */
function hangupCause(call: LiveCall): number | undefined {
  const anchor =
    firstLeg(call, (leg) => leg.role === 'inbound-trunk') ??
    firstLeg(call, (leg) => leg.role === 'outbound-trunk') ??
    firstLeg(call, (leg) => leg.role === 'agent' && leg.origin !== 'dialled');
  if (anchor?.hangupCause !== undefined) return anchor.hangupCause;
  let last: CallLeg | undefined;
  for (const leg of call.legs) if (leg.hangupCause !== undefined && (!last || (leg.endedAt ?? 0) >= (last.endedAt ?? 0))) last = leg;
  return last?.hangupCause;
}

function transferredTo(call: LiveCall): string | undefined {
  if (call.phase !== 'connected') return undefined;
  const last = call.transfers[call.transfers.length - 1];
  return last && (last.answeredBy ?? last.toExtension);
}

function legSummary(leg: CallLeg): CallLegSummary | undefined {
  if (leg.role === 'other') return undefined;
  return {
    uniqueid: leg.uniqueid,
    channel: leg.channel,
    role: leg.role,
    ...(leg.extension !== undefined && { agentExtension: leg.extension }),
    ...(leg.number !== undefined && { number: leg.number }),
    ...(leg.rangAt !== undefined && { rangAt: leg.rangAt }),
    ...(leg.answeredAt !== undefined && { answeredAt: leg.answeredAt }),
    ...(leg.endedAt !== undefined && { endedAt: leg.endedAt }),
    ...(leg.dialStatus !== undefined && { dialStatus: leg.dialStatus }),
    ...(leg.hangupCause !== undefined && { hangupCause: leg.hangupCause }),
  };
}

/** Whole milliseconds: a `Timestamp` has microseconds, which float arithmetic would smear. */
const seconds = (fromMs: number, toMs: number): number => Math.round(Math.max(0, toMs - fromMs)) / 1000;

export function summarizeCall(call: LiveCall, endedAt: number, endedWhileUnobserved: boolean): CallSummary {
  const direction = callDirection(call);
  const { from, to } = callParties(call, direction);
  const answeredAt = call.phase === 'connected' ? call.connectedAt : undefined;
  const answeredBy = firstAnsweredAgent(call);
  const transferTarget = transferredTo(call);
  const cause = hangupCause(call);
  return {
    callId: call.callId,
    direction,
    from,
    to,
    agentsRung: call.agentsRung,
    ...(answeredBy !== undefined && { answeredBy }),
    ...(transferTarget !== undefined && { transferredTo: transferTarget }),
    ...(call.queue !== undefined && { queue: call.queue }),
    outcome: callOutcome(call),
    ...(cause !== undefined && { hangupCause: cause }),
    startedAt: call.startedAt,
    ...(answeredAt !== undefined && { answeredAt }),
    endedAt,
    waitSeconds: seconds(call.startedAt, answeredAt ?? endedAt),
    talkSeconds: answeredAt === undefined ? 0 : seconds(answeredAt, endedAt),
    totalSeconds: seconds(call.startedAt, endedAt),
    ...(call.crmRequestId !== undefined && { crmRequestId: call.crmRequestId }),
    ...(endedWhileUnobserved && { endedWhileUnobserved }),
    ...(call.supervision && { isSupervision: true, spiedCallId: call.supervision.spiedCallId }),
    ...(call.mergedInto !== undefined && { mergedInto: call.mergedInto }),
    legs: call.legs.flatMap((leg) => legSummary(leg) ?? []),
  };
}
