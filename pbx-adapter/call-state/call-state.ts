/**
 * One call (one Asterisk Linkedid) as a discriminated union, and the one pure reducer that moves it
 * along: `reduceCall(state, event, rules)` → the next state, the `PbxEvent`s to emit, and what each
 * agent's phone is now doing (for `agent.state`).
 *
 * A call is `waiting` until its parties talk (an agent answered an inbound call, the customer answered
 * an outbound one, the callee answered an internal one), then `connected`, then `ended`. Its channels
 * are legs keyed by Uniqueid; only trunk and agent legs matter for the call's meaning, the rest
 * (the other halves of Local channels, …) only keep the call alive.
 */
import type {
  BlindTransferred,
  BridgeEntered,
  CallerIdChanged,
  ChannelCreated,
  ChannelHungUp,
  ChannelListed,
  ChannelRef,
  DialBegan,
  DialEnded,
  HoldChanged,
  QueueCallerEvent,
} from '../ami/ami-events.ts';
import type { CallId, CallRingingStopped, CallSummary, PbxEvent } from '../pbx-events.ts';
import { callDirection, callParties, summarizeCall } from './call-summary.ts';
import { classifyChannel, type CallRoutingRules, type LegRole } from './channel-roles.ts';

export type LegState = 'created' | 'ringing' | 'up' | 'unanswered' | 'gone';

/** How an agent's phone came into the call. */
export type LegOrigin =
  /** Dial() or Queue() rang it. */
  | 'dialled'
  /** An AMI Originate rang it before anything else existed (click-to-call, ChanSpy). */
  | 'originated'
  /** The phone itself started the call (the agent dialled out). */
  | 'placed';

export interface CallLeg {
  readonly uniqueid: string;
  readonly channel: string;
  readonly role: LegRole;
  readonly extension?: string;
  readonly origin: LegOrigin;
  /** Inbound trunk: the caller. Outbound trunk: the number dialled. */
  readonly number?: string;
  /** Inbound trunk: the DID. A placed agent leg: what the agent dialled. */
  readonly dialled?: string;
  readonly state: LegState;
  readonly bridgeId?: string;
  readonly seenAt: number;
  readonly rangAt?: number;
  readonly answeredAt?: number;
  readonly endedAt?: number;
  readonly dialStatus?: string;
  readonly hangupCause?: number;
  /** Agents only: since when this phone holds the other party (from its `Hold` to its `Unhold`). */
  readonly heldSince?: number;
}

export type TransferKind = 'blind' | 'attended' | 'redirect';

export interface Transfer {
  readonly kind: TransferKind;
  readonly fromExtension: string;
  readonly toExtension: string;
  readonly at: number;
  /** Set once an agent answers the transferred caller. */
  readonly answeredBy?: string;
}

export interface Supervision {
  readonly spiedCallId: CallId;
  readonly spiedExtension?: string;
}

interface CallFacts {
  readonly callId: CallId;
  readonly startedAt: number;
  readonly lastEventAt: number;
  /** In the order they appeared. */
  readonly legs: readonly CallLeg[];
  /** Every agent whose phone rang for this call, first ring first. */
  readonly agentsRung: readonly string[];
  readonly queue?: string;
  readonly crmRequestId?: string;
  /** The number an originated agent leg showed: a click-to-call's customer before it is dialled. */
  readonly originateTarget?: string;
  readonly supervision?: Supervision;
  readonly mergedInto?: CallId;
}

export interface WaitingCall extends CallFacts {
  readonly phase: 'waiting';
  /** The queue the caller hung up in while its members rang. */
  readonly abandonedQueue?: string;
}

export interface ConnectedCall extends CallFacts {
  readonly phase: 'connected';
  readonly connectedAt: number;
  readonly transfers: readonly Transfer[];
}

export interface EndedCall {
  readonly phase: 'ended';
  readonly callId: CallId;
  readonly summary: CallSummary;
}

export type LiveCall = WaitingCall | ConnectedCall;
export type CallState = LiveCall | EndedCall;

/** What a call reacts to: the AMI events of its channels, and a few the tracker derives from several calls or a resync. */
export type CallEvent =
  | ChannelCreated
  | CallerIdChanged
  | DialBegan
  | DialEnded
  | BridgeEntered
  | ChannelHungUp
  | HoldChanged
  | QueueCallerEvent
  | BlindTransferred
  | { readonly kind: 'crm-request-linked'; readonly at: number; readonly crmRequestId: string }
  | { readonly kind: 'supervision-started'; readonly at: number; readonly supervision: Supervision }
  /** An attended transfer brought the consultation call's target into this call. */
  | {
      readonly kind: 'transfer-joined';
      readonly at: number;
      readonly fromExtension: string;
      readonly toExtension: string;
      readonly legs: readonly CallLeg[];
    }
  /** An attended transfer took these legs into another call. */
  | { readonly kind: 'merged-away'; readonly at: number; readonly uniqueids: readonly string[]; readonly into: CallId }
  /** A resync found the channel gone: it hung up while nobody was listening. */
  | { readonly kind: 'channel-vanished'; readonly at: number; readonly uniqueid: string }
  /** A resync found a live channel this call did not know. */
  | { readonly kind: 'channel-observed'; readonly at: number; readonly item: ChannelListed };

/** What one agent phone (one leg) is doing now. */
export interface AgentLegActivity {
  readonly extension: string;
  readonly legId: string;
  readonly activity: 'ringing' | 'on-call' | 'none';
  readonly at: number;
}

export interface CallReduction {
  readonly state: CallState;
  readonly emitted: readonly PbxEvent[];
  readonly agentActivity: readonly AgentLegActivity[];
}

/** Collects what one reduction emits; local to one `reduceCall` run. */
interface Outbox {
  readonly emitted: PbxEvent[];
  readonly activity: AgentLegActivity[];
}

export function startCall(callId: CallId, at: number): WaitingCall {
  return { phase: 'waiting', callId, startedAt: at, lastEventAt: at, legs: [], agentsRung: [] };
}

const NOTHING: readonly never[] = Object.freeze([]);

export function reduceCall(state: CallState, event: CallEvent, rules: CallRoutingRules): CallReduction {
  if (state.phase === 'ended') return { state, emitted: NOTHING, agentActivity: NOTHING };
  const out: Outbox = { emitted: [], activity: [] };
  const touched = event.at > state.lastEventAt ? { ...state, lastEventAt: event.at } : state;
  const next = apply(touched, event, rules, out);
  return { state: next, emitted: out.emitted, agentActivity: out.activity };
}

function apply(call: LiveCall, event: CallEvent, rules: CallRoutingRules, out: Outbox): CallState {
  switch (event.kind) {
    case 'channel-created':
      return addChannel(call, event.channel, event.at, rules, out);
    case 'caller-id-changed':
      return noteCallerNumber(call, event.channel);
    case 'dial-began':
      return dialBegan(call, event, rules, out);
    case 'dial-ended':
      return dialEnded(call, event, out);
    case 'bridge-entered':
    case 'bridge-left':
      return bridgeChanged(call, event);
    case 'hangup':
      return legGone(call, event.channel.uniqueid, event.at, event.cause, false, out);
    case 'channel-vanished':
      return legGone(call, event.uniqueid, event.at, undefined, true, out);
    case 'hold':
      return held(call, event, out);
    case 'unhold':
      return resumed(call, event, out);
    case 'queue-joined':
      return call.queue === undefined ? { ...call, queue: event.queue } : call;
    case 'queue-abandoned':
      return call.phase === 'waiting' ? { ...call, abandonedQueue: event.queue } : call;
    case 'blind-transfer':
      return blindTransferred(call, event, out);
    case 'crm-request-linked':
      return call.crmRequestId === undefined ? { ...call, crmRequestId: event.crmRequestId } : call;
    case 'supervision-started':
      return connect({ ...call, supervision: event.supervision }, event.at);
    case 'transfer-joined':
      return transferJoined(call, event, out);
    case 'merged-away':
      return mergedAway(call, event, out);
    case 'channel-observed':
      return channelObserved(call, event.item, event.at, rules, out);
  }
}

// ---- legs ---------------------------------------------------------------------------------

function findLeg(call: LiveCall, uniqueid: string): CallLeg | undefined {
  for (const leg of call.legs) if (leg.uniqueid === uniqueid) return leg;
  return undefined;
}

function replaceLeg<C extends LiveCall>(call: C, leg: CallLeg): C {
  const legs = call.legs.slice();
  for (let index = 0; index < legs.length; index++) if (legs[index]!.uniqueid === leg.uniqueid) legs[index] = leg;
  return { ...call, legs };
}

function appendLeg<C extends LiveCall>(call: C, leg: CallLeg): C {
  return { ...call, legs: [...call.legs, leg] };
}

/** Channel state 4 (Ring) at creation: something outside asked for this channel. */
const CHANNEL_STATE_RING = 4;
const CHANNEL_STATE_RINGING = 5;
const CHANNEL_STATE_UP = 6;

function newLeg(ref: ChannelRef, at: number, incoming: boolean, rules: CallRoutingRules): CallLeg {
  const { role, extension } = classifyChannel(ref.channel, ref.context, incoming, rules);
  const placed = role === 'agent' && incoming;
  return {
    uniqueid: ref.uniqueid,
    channel: ref.channel,
    role,
    extension,
    origin: placed ? 'placed' : 'dialled',
    number: role === 'inbound-trunk' ? ref.callerNumber : undefined,
    dialled: role === 'inbound-trunk' || placed ? ref.exten : undefined,
    state: 'created',
    seenAt: at,
  };
}

function addChannel(call: LiveCall, ref: ChannelRef, at: number, rules: CallRoutingRules, out: Outbox): LiveCall {
  if (findLeg(call, ref.uniqueid)) return call;
  const leg = newLeg(ref, at, ref.state === CHANNEL_STATE_RING, rules);
  // A phone channel the PBX creates is about to be dialled; a Local device's hint says InUse already.
  if (leg.role === 'agent' && leg.extension !== undefined) {
    const activity = leg.origin === 'placed' ? 'on-call' : 'ringing';
    out.activity.push({ extension: leg.extension, legId: leg.uniqueid, activity, at });
  }
  return appendLeg(call, leg);
}

/** Local channels get their caller ID after `Newchannel`; the first number seen is the caller. */
function noteCallerNumber(call: LiveCall, ref: ChannelRef): LiveCall {
  const leg = findLeg(call, ref.uniqueid);
  if (!leg || leg.role !== 'inbound-trunk' || leg.number !== undefined || ref.callerNumber === undefined) return call;
  return replaceLeg(call, { ...leg, number: ref.callerNumber });
}

function bridgeChanged(call: LiveCall, event: BridgeEntered): LiveCall {
  const leg = findLeg(call, event.channel.uniqueid);
  if (!leg) return call;
  return replaceLeg(call, { ...leg, bridgeId: event.kind === 'bridge-entered' ? event.bridgeId : undefined });
}

function agentLegsOf(call: LiveCall, extension: string, except: string): CallLeg[] {
  return call.legs.filter((leg) => leg.role === 'agent' && leg.extension === extension && leg.uniqueid !== except);
}

function isRingingElsewhere(call: LiveCall, leg: CallLeg): boolean {
  return agentLegsOf(call, leg.extension ?? '', leg.uniqueid).some((each) => each.state === 'ringing' || each.state === 'up');
}

function isAnsweredElsewhere(call: LiveCall, leg: CallLeg): boolean {
  return agentLegsOf(call, leg.extension ?? '', leg.uniqueid).some((each) => each.state === 'up');
}

// ---- ringing and answering ----------------------------------------------------------------

function ensureLeg(call: LiveCall, ref: ChannelRef, at: number, rules: CallRoutingRules): LiveCall {
  const known = findLeg(call, ref.uniqueid);
  if (!known) return appendLeg(call, newLeg(ref, at, false, rules));
  return noteCallerNumber(call, ref);
}

function dialBegan(call: LiveCall, event: DialBegan, rules: CallRoutingRules, out: Outbox): LiveCall {
  const withCaller = event.caller ? ensureLeg(call, event.caller, event.at, rules) : call;
  const withDest = ensureLeg(withCaller, event.dest, event.at, rules);
  const dest = findLeg(withDest, event.dest.uniqueid);
  if (!dest || dest.state !== 'created') return withDest;
  if (dest.role === 'agent') return agentRinging(withDest, dest, event, out);
  if (dest.role === 'outbound-trunk') {
    const number = event.caller?.exten ?? event.dest.exten ?? event.dest.callerNumber;
    return replaceLeg(withDest, { ...dest, state: 'ringing', rangAt: event.at, number });
  }
  return withDest;
}

function agentRinging(call: LiveCall, leg: CallLeg, event: DialBegan, out: Outbox): LiveCall {
  const extension = leg.extension ?? '';
  const originated = event.caller === undefined;
  const ringing: CallLeg = { ...leg, origin: originated ? 'originated' : 'dialled', state: 'ringing', rangAt: event.at };
  let next = replaceLeg(call, ringing);
  if (originated && next.originateTarget === undefined) {
    next = { ...next, originateTarget: event.dest.connectedNumber ?? event.dest.callerNumber };
  }
  if (event.caller) next = noteRedirect(next, event.caller.uniqueid, extension, event.at, out);
  if (!next.agentsRung.includes(extension)) next = { ...next, agentsRung: [...next.agentsRung, extension] };
  out.activity.push({ extension, legId: leg.uniqueid, activity: 'ringing', at: event.at });
  if (!isRingingElsewhere(next, ringing)) out.emitted.push(ringingEvent(next, extension, event.at));
  return next;
}

function ringingEvent(call: LiveCall, agentExtension: string, at: number): PbxEvent {
  const direction = callDirection(call);
  const { from, to } = callParties(call, direction);
  return {
    type: 'call.ringing',
    callId: call.callId,
    agentExtension,
    from,
    to,
    direction,
    ...(call.queue !== undefined && { queue: call.queue }),
    ...(call.crmRequestId !== undefined && { crmRequestId: call.crmRequestId }),
    at,
  };
}

/**
 * An AMI `Redirect` (how many CRMs transfer) sends no transfer event: the caller just dials a new
 * agent after someone answered. A dial announced by a blind transfer is not a second transfer.
 */
function noteRedirect(call: LiveCall, callerId: string, toExtension: string, at: number, out: Outbox): LiveCall {
  if (call.phase !== 'connected') return call;
  const caller = findLeg(call, callerId);
  if (!caller || (caller.role !== 'inbound-trunk' && caller.role !== 'outbound-trunk')) return call;
  const last = call.transfers[call.transfers.length - 1];
  if (last && last.answeredBy === undefined) return call;
  const fromExtension = lastAnsweredAgent(call);
  if (fromExtension === undefined || fromExtension === toExtension) return call;
  return recordTransfer(call, { kind: 'redirect', fromExtension, toExtension, at }, out);
}

function lastAnsweredAgent(call: LiveCall): string | undefined {
  let latest: CallLeg | undefined;
  for (const leg of call.legs) {
    if (leg.role === 'agent' && leg.answeredAt !== undefined && (!latest || leg.answeredAt >= (latest.answeredAt ?? 0))) latest = leg;
  }
  return latest?.extension;
}

function recordTransfer(call: ConnectedCall, transfer: Transfer, out: Outbox): ConnectedCall {
  out.emitted.push({
    type: 'call.transferred',
    callId: call.callId,
    fromExtension: transfer.fromExtension,
    toExtension: transfer.toExtension,
    kind: transfer.kind,
    at: transfer.at,
  });
  return { ...call, transfers: [...call.transfers, transfer] };
}

function dialEnded(call: LiveCall, event: DialEnded, out: Outbox): LiveCall {
  const dest = findLeg(call, event.dest.uniqueid);
  if (!dest) return call;
  const answered = event.dialStatus === 'ANSWER';
  if (dest.role === 'agent') {
    return answered ? agentAnswered(call, dest, event.caller, event.at, out) : agentNotAnswered(call, dest, event.dialStatus, event.at, out);
  }
  if (dest.role === 'outbound-trunk') {
    return answered ? customerAnswered(call, dest, event.caller, event.at, out) : customerNotAnswered(call, dest, event.dialStatus);
  }
  return call;
}

function agentAnswered(call: LiveCall, leg: CallLeg, caller: ChannelRef | undefined, at: number, out: Outbox): LiveCall {
  if (leg.state === 'up' || leg.state === 'gone') return call;
  const extension = leg.extension ?? '';
  const next = replaceLeg(call, { ...leg, state: 'up', answeredAt: at, dialStatus: 'ANSWER' });
  out.activity.push({ extension, legId: leg.uniqueid, activity: 'on-call', at });
  if (!isAnsweredElsewhere(call, leg)) out.emitted.push({ type: 'call.answered', callId: call.callId, agentExtension: extension, at });
  if (!caller) return next;
  const connected = connect(next, at);
  return completeTransfer(connected, extension);
}

function ringingStopped(call: LiveCall, agentExtension: string, reason: CallRingingStopped['reason'], at: number): PbxEvent {
  return { type: 'call.ringing-stopped', callId: call.callId, agentExtension, reason, at };
}

function agentNotAnswered(call: LiveCall, leg: CallLeg, dialStatus: string, at: number, out: Outbox): LiveCall {
  // Asterisk sends the CANCEL of a ring-all loser twice.
  if (leg.state !== 'ringing') return call;
  return stopRinging(call, { ...leg, state: 'unanswered', dialStatus }, stopReason(call, leg, dialStatus), at, out);
}

function stopRinging(call: LiveCall, stopped: CallLeg, reason: CallRingingStopped['reason'], at: number, out: Outbox): LiveCall {
  const next = replaceLeg(call, stopped);
  const extension = stopped.extension ?? '';
  out.activity.push({ extension, legId: stopped.uniqueid, activity: 'none', at });
  if (!isRingingElsewhere(next, stopped)) out.emitted.push(ringingStopped(next, extension, reason, at));
  return next;
}

function stopReason(call: LiveCall, leg: CallLeg, dialStatus: string): CallRingingStopped['reason'] {
  if (dialStatus === 'BUSY') return 'declined';
  if (dialStatus !== 'CANCEL') return 'no-answer';
  const rangAt = leg.rangAt ?? 0;
  const answeredSince = call.legs.some(
    (each) => each.role === 'agent' && each.uniqueid !== leg.uniqueid && (each.answeredAt ?? -Infinity) >= rangAt,
  );
  if (answeredSince) return 'answered-elsewhere';
  return leg.origin === 'originated' ? 'no-answer' : 'caller-gave-up';
}

function customerAnswered(call: LiveCall, leg: CallLeg, caller: ChannelRef | undefined, at: number, out: Outbox): LiveCall {
  if (leg.state === 'up' || leg.state === 'gone') return call;
  let next: LiveCall = replaceLeg(call, { ...leg, state: 'up', answeredAt: at, dialStatus: 'ANSWER' });
  const placing = caller && findLeg(next, caller.uniqueid);
  if (placing?.role === 'agent' && placing.origin === 'placed' && placing.answeredAt === undefined) {
    next = replaceLeg(next, { ...placing, state: 'up', answeredAt: at });
    out.emitted.push({ type: 'call.answered', callId: call.callId, agentExtension: placing.extension ?? '', at });
  }
  return connect(next, at);
}

function customerNotAnswered(call: LiveCall, leg: CallLeg, dialStatus: string): LiveCall {
  if (leg.state !== 'ringing' && leg.state !== 'created') return call;
  return replaceLeg(call, { ...leg, state: 'unanswered', dialStatus });
}

function connect(call: LiveCall, at: number): ConnectedCall {
  if (call.phase === 'connected') return call;
  const { abandonedQueue: _abandoned, ...facts } = call;
  return { ...facts, phase: 'connected', connectedAt: at, transfers: [] };
}

function completeTransfer(call: ConnectedCall, answeredBy: string): ConnectedCall {
  const last = call.transfers[call.transfers.length - 1];
  if (!last || last.answeredBy !== undefined) return call;
  return { ...call, transfers: [...call.transfers.slice(0, -1), { ...last, answeredBy }] };
}

// ---- hold ---------------------------------------------------------------------------------

/** Hold belongs to the party who pressed it (fixtures README, point 15): here an agent's phone that talks. */
function held(call: LiveCall, event: HoldChanged, out: Outbox): LiveCall {
  const leg = findLeg(call, event.channel.uniqueid);
  if (!leg || leg.role !== 'agent' || leg.state !== 'up' || leg.heldSince !== undefined) return call;
  out.emitted.push({ type: 'call.held', callId: call.callId, agentExtension: leg.extension ?? '', at: event.at });
  return replaceLeg(call, { ...leg, heldSince: event.at });
}

/** Asterisk also sends an `Unhold` for the transferer of a blind transfer, who held nothing: only a hold ends. */
function resumed(call: LiveCall, event: HoldChanged, out: Outbox): LiveCall {
  const leg = findLeg(call, event.channel.uniqueid);
  if (!leg || leg.heldSince === undefined) return call;
  const { heldSince: _released, ...talking } = leg;
  out.emitted.push({ type: 'call.resumed', callId: call.callId, agentExtension: leg.extension ?? '', at: event.at });
  return replaceLeg(call, talking);
}

// ---- transfers and supervision -------------------------------------------------------------

function partyOf(leg: CallLeg | undefined, fallback: ChannelRef | undefined): string {
  return leg?.extension ?? leg?.number ?? fallback?.callerNumber ?? fallback?.channel ?? '';
}

function blindTransferred(call: LiveCall, event: BlindTransferred, out: Outbox): LiveCall {
  if (!event.succeeded || call.phase !== 'connected') return call;
  const transferer = event.transferer && findLeg(call, event.transferer.uniqueid);
  const transfer: Transfer = {
    kind: 'blind',
    fromExtension: partyOf(transferer, event.transferer),
    toExtension: event.extension ?? '',
    at: event.at,
  };
  return recordTransfer(call, transfer, out);
}

function transferJoined(call: LiveCall, event: Extract<CallEvent, { kind: 'transfer-joined' }>, out: Outbox): LiveCall {
  let next: LiveCall = call;
  for (const leg of event.legs) {
    if (findLeg(next, leg.uniqueid)) continue;
    next = appendLeg(next, leg);
    if (leg.role === 'agent' && leg.extension !== undefined && !next.agentsRung.includes(leg.extension)) {
      next = { ...next, agentsRung: [...next.agentsRung, leg.extension] };
    }
  }
  const targetAnswered = next.legs.some((leg) => leg.role === 'agent' && leg.extension === event.toExtension && leg.state === 'up');
  const transfer: Transfer = {
    kind: 'attended',
    fromExtension: event.fromExtension,
    toExtension: event.toExtension,
    at: event.at,
    ...(targetAnswered && { answeredBy: event.toExtension }),
  };
  return recordTransfer(connect(next, event.at), transfer, out);
}

/** The moved legs stay in this call's record, ended at the transfer; they live on in the other call. */
function mergedAway(call: LiveCall, event: Extract<CallEvent, { kind: 'merged-away' }>, out: Outbox): CallState {
  const legs = call.legs.map((leg) => (event.uniqueids.includes(leg.uniqueid) ? { ...leg, state: 'gone' as const, endedAt: event.at } : leg));
  return endIfSilent({ ...call, legs, mergedInto: event.into }, event.at, false, out);
}

// ---- hangup and the end --------------------------------------------------------------------

function legGone(call: LiveCall, uniqueid: string, at: number, cause: number | undefined, unobserved: boolean, out: Outbox): CallState {
  const leg = findLeg(call, uniqueid);
  if (!leg || leg.state === 'gone') return call;
  let next = call;
  if (leg.role === 'agent' && leg.state === 'ringing') {
    next = stopRinging(next, { ...leg, state: 'unanswered' }, stopReason(call, leg, 'CANCEL'), at, out);
  } else if (leg.role === 'agent' && (leg.state === 'up' || leg.state === 'created')) {
    out.activity.push({ extension: leg.extension ?? '', legId: leg.uniqueid, activity: 'none', at });
  }
  const current = findLeg(next, uniqueid) ?? leg;
  const gone: CallLeg = cause === undefined ? { ...current, state: 'gone', endedAt: at } : { ...current, state: 'gone', endedAt: at, hangupCause: cause };
  next = replaceLeg(next, gone);
  return endIfSilent(next, at, unobserved, out);
}

function endIfSilent(call: LiveCall, at: number, unobserved: boolean, out: Outbox): CallState {
  if (call.legs.some((leg) => leg.state !== 'gone')) return call;
  const summary = summarizeCall(call, at, unobserved);
  out.emitted.push({ type: 'call.ended', call: summary, at });
  return { phase: 'ended', callId: call.callId, summary };
}

// ---- resync --------------------------------------------------------------------------------

/** The leg as a `CoreShowChannel` item shows it: `AppDial` marks a channel that Dial() rang. */
function channelObserved(call: LiveCall, item: ChannelListed, at: number, rules: CallRoutingRules, out: Outbox): LiveCall {
  if (findLeg(call, item.channel.uniqueid)) return call;
  const since = at - item.durationSeconds * 1000;
  const leg = observedLeg(item, since, rules);
  const next: LiveCall = appendLeg({ ...call, startedAt: Math.min(call.startedAt, since) }, leg);
  const state = item.channel.state;
  if (state === CHANNEL_STATE_UP) return observedUp(next, leg, since, out);
  if (state === CHANNEL_STATE_RINGING && leg.role === 'agent') return observedRinging(next, leg, since, at, out);
  return next;
}

function observedLeg(item: ChannelListed, since: number, rules: CallRoutingRules): CallLeg {
  const leg = newLeg(item.channel, since, item.application !== 'AppDial', rules);
  const number = leg.role === 'outbound-trunk' ? item.channel.callerNumber : leg.number;
  return { ...leg, bridgeId: item.bridgeId, number };
}

function observedUp(call: LiveCall, leg: CallLeg, since: number, out: Outbox): LiveCall {
  let next = replaceLeg(call, { ...leg, state: 'up', answeredAt: since });
  if (leg.role === 'agent' && leg.extension !== undefined) {
    if (leg.origin !== 'placed') next = { ...next, agentsRung: addOnce(next.agentsRung, leg.extension) };
    out.activity.push({ extension: leg.extension, legId: leg.uniqueid, activity: 'on-call', at: since });
    out.emitted.push({ type: 'call.answered', callId: call.callId, agentExtension: leg.extension, at: since });
  }
  const bridgedWithAnother =
    leg.bridgeId !== undefined && call.legs.some((each) => each.uniqueid !== leg.uniqueid && each.bridgeId === leg.bridgeId);
  return bridgedWithAnother ? connect(next, since) : next;
}

function observedRinging(call: LiveCall, leg: CallLeg, since: number, at: number, out: Outbox): LiveCall {
  const extension = leg.extension ?? '';
  const next: LiveCall = replaceLeg({ ...call, agentsRung: addOnce(call.agentsRung, extension) }, { ...leg, state: 'ringing', rangAt: since });
  out.activity.push({ extension, legId: leg.uniqueid, activity: 'ringing', at });
  out.emitted.push(ringingEvent(next, extension, at));
  return next;
}

function addOnce(list: readonly string[], value: string): readonly string[] {
  return list.includes(value) ? list : [...list, value];
}
