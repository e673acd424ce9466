/**
 * The adapter's call tracker: AMI messages in, `PbxEvent`s out.
 *
 * `ingest(message)` decodes one message (most are VarSet/Newexten/CEL noise, dropped on the event
 * name), routes it to the call it belongs to (by Uniqueid, else Linkedid) and runs the pure call
 * reducer; agents' phone activity feeds the agent reducer for `agent.state`. The tracker itself only
 * holds the indexes: live calls by id, channels by Uniqueid, agents by extension, pending originates.
 *
 * For resync: `liveCalls()` lists the live calls with their channels, `reconcile(snapshot, takenAt)`
 * ends calls whose channels are gone (flagged `endedWhileUnobserved`) and picks up new ones, and
 * `idleCalls(seconds, now)` finds calls nothing has happened to for a while.
 */
import type { AmiMessage } from '../ami/ami-message.ts';
import type { AmiEventInterest } from '../ami/ami-parser.ts';
import {
  CRM_REQUEST_VARIABLE,
  createAmiEventDecoder,
  decodedEventInterest,
  type AmiEvent,
  type AttendedTransferred,
  type ChannelListed,
  type ChannelRef,
  type OriginateAnswered,
} from '../ami/ami-events.ts';
import type { CallDirection, CallId, PbxEvent } from '../pbx-events.ts';
import { newAgentPresence, reduceAgent, type AgentInput, type AgentPresence, type AnnouncedAgentState } from './agent-state.ts';
import { builtOnce } from './built-once.ts';
import { planReconcile } from './call-reconcile.ts';
import {
  reduceCall,
  startCall,
  type AgentLegActivity,
  type CallEvent,
  type CallLeg,
  type LiveCall,
  type LegState,
} from './call-state.ts';
import { callDirection, callParties } from './call-summary.ts';
import { extensionOfInterface, routingRules, type CallRoutingRules, type LegRole } from './channel-roles.ts';

export interface CallTrackerOptions {
  /** Which channels are trunks and agents; defaults suit the fixtures and common production names. */
  readonly routing?: Partial<CallRoutingRules>;
  /** The channel variable a click-to-call `Originate` sets to the CRM's request id. */
  readonly crmRequestVariable?: string;
  /** How many ended call ids to remember so that late events cannot start them again. */
  readonly endedCallMemory?: number;
}

/** A click-to-call the CRM asked for, registered before the `Originate` is sent (use `Async: true`). */
export interface ExpectedOriginate {
  readonly actionId: string;
  readonly crmRequestId: string;
  /** The agent whose phone the Originate rings first. */
  readonly agentExtension?: string;
  /** The number to call once the agent answers. */
  readonly to?: string;
  readonly at: number;
}

export interface LiveChannelView {
  readonly uniqueid: string;
  readonly channel: string;
  readonly role: LegRole;
  readonly agentExtension?: string;
  readonly state: LegState;
  readonly bridgeId?: string;
}

export interface LiveCallView {
  readonly callId: CallId;
  readonly phase: LiveCall['phase'];
  readonly direction: CallDirection;
  readonly from: string;
  readonly to: string;
  readonly queue?: string;
  readonly crmRequestId?: string;
  readonly isSupervision: boolean;
  readonly ringingAgents: readonly string[];
  /** The agent whose phone holds the other party, and since when; the first such phone if several do. */
  readonly onHold?: { readonly agentExtension: string; readonly since: number };
  /** Live channels only (not yet hung up). */
  readonly channels: readonly LiveChannelView[];
  readonly startedAt: number;
  readonly lastEventAt: number;
}

export interface CallTracker {
  ingest(message: AmiMessage): readonly PbxEvent[];
  /** The events `ingest` can act on (it ignores the rest): the AMI connection skips the others unparsed. */
  readonly wantsEvent: AmiEventInterest;
  /** A failed Originate then ends as one `call.ended` with outcome `failed` and `callId` `originate:<ActionID>`. */
  expectOriginate(originate: ExpectedOriginate): void;
  liveCalls(): readonly LiveCallView[];
  idleCalls(idleSeconds: number, now: number): readonly LiveCallView[];
  reconcile(snapshot: readonly ChannelListed[], takenAt: number): readonly PbxEvent[];
  /** Every agent the PBX has told us about, by extension: their state and since when. */
  agentStates(): ReadonlyMap<string, AnnouncedAgentState>;
}

interface PendingOriginate extends ExpectedOriginate {
  callSeen: boolean;
}

const NO_EVENTS: readonly PbxEvent[] = Object.freeze([]);
const DEFAULT_ENDED_CALL_MEMORY = 100_000;

export function createCallTracker(options: CallTrackerOptions = {}): CallTracker {
  const rules = routingRules(options.routing);
  const crmVariable = options.crmRequestVariable ?? CRM_REQUEST_VARIABLE;
  const decoderOptions = { watchedVariables: [crmVariable] };
  const decode = createAmiEventDecoder(decoderOptions);
  const endedMemory = options.endedCallMemory ?? DEFAULT_ENDED_CALL_MEMORY;

  const calls = new Map<CallId, LiveCall>();
  const callOfChannel = new Map<string, CallId>();
  const endedCalls = new Set<CallId>();
  const agents = new Map<string, AgentPresence>();
  const pendingOriginates = new Map<string, PendingOriginate>();

  function rememberEnded(callId: CallId): void {
    endedCalls.add(callId);
    if (endedCalls.size > endedMemory) {
      const oldest = endedCalls.values().next().value;
      if (oldest !== undefined) endedCalls.delete(oldest);
    }
  }

  function feedAgent(extension: string, input: AgentInput, into: PbxEvent[]): void {
    const { presence, emitted } = reduceAgent(agents.get(extension) ?? newAgentPresence(extension), input);
    agents.set(extension, presence);
    for (const event of emitted) into.push(event);
  }

  function feedAgentActivity(activity: readonly AgentLegActivity[], into: PbxEvent[]): void {
    for (const each of activity) feedAgent(each.extension, { kind: 'leg', ...each }, into);
  }

  /** Legs are only ever appended, so the new ones are at the end. */
  function indexNewLegs(callId: CallId, before: readonly CallLeg[], after: readonly CallLeg[]): void {
    for (let index = before.length; index < after.length; index++) {
      const leg = after[index];
      if (leg) callOfChannel.set(leg.uniqueid, callId);
    }
  }

  function forgetLegs(callId: CallId, legs: readonly CallLeg[]): void {
    for (const leg of legs) if (callOfChannel.get(leg.uniqueid) === callId) callOfChannel.delete(leg.uniqueid);
  }

  function toCall(callId: CallId, event: CallEvent, create: boolean, into: PbxEvent[] = []): PbxEvent[] {
    let call = calls.get(callId);
    if (!call) {
      if (!create || endedCalls.has(callId)) return into;
      call = startCall(callId, event.at);
    }
    const { state, emitted, agentActivity } = reduceCall(call, event, rules);
    if (state.phase === 'ended') {
      calls.delete(callId);
      forgetLegs(callId, call.legs);
      rememberEnded(callId);
      resolveOriginatesOf(state.summary.crmRequestId);
    } else {
      calls.set(callId, state);
      indexNewLegs(callId, call.legs, state.legs);
    }
    for (const event of emitted) into.push(event);
    feedAgentActivity(agentActivity, into);
    return into;
  }

  function callOf(ref: ChannelRef): CallId {
    return callOfChannel.get(ref.uniqueid) ?? ref.linkedid;
  }

  function knownCallOf(ref: ChannelRef | undefined): CallId | undefined {
    return ref && callOfChannel.get(ref.uniqueid);
  }

  // ---- click-to-call originates ----------------------------------------------------------

  function resolveOriginatesOf(crmRequestId: string | undefined): void {
    if (crmRequestId === undefined) return;
    for (const [actionId, pending] of pendingOriginates) if (pending.crmRequestId === crmRequestId) pendingOriginates.delete(actionId);
  }

  function noteCrmRequestSeen(crmRequestId: string): void {
    for (const pending of pendingOriginates.values()) if (pending.crmRequestId === crmRequestId) pending.callSeen = true;
  }

  function failedOriginate(pending: PendingOriginate, at: number): PbxEvent[] {
    pendingOriginates.delete(pending.actionId);
    if (pending.callSeen) return [];
    const seconds = Math.max(0, at - pending.at) / 1000;
    return [
      {
        type: 'call.ended',
        at,
        call: {
          callId: `originate:${pending.actionId}`,
          direction: 'outbound',
          from: pending.agentExtension ?? '',
          to: pending.to ?? '',
          agentsRung: [],
          outcome: 'failed',
          startedAt: pending.at,
          endedAt: at,
          waitSeconds: seconds,
          talkSeconds: 0,
          totalSeconds: seconds,
          crmRequestId: pending.crmRequestId,
          legs: [],
        },
      },
    ];
  }

  function originateResponded(event: OriginateAnswered): readonly PbxEvent[] {
    const pending = event.actionId === undefined ? undefined : pendingOriginates.get(event.actionId);
    if (!pending) return NO_EVENTS;
    if (!event.succeeded) return failedOriginate(pending, event.at);
    pendingOriginates.delete(pending.actionId);
    const callId = event.uniqueid === undefined ? undefined : callOfChannel.get(event.uniqueid);
    if (callId === undefined) return NO_EVENTS;
    return toCall(callId, { kind: 'crm-request-linked', at: event.at, crmRequestId: pending.crmRequestId }, false);
  }

  // ---- transfers and supervision ---------------------------------------------------------

  function agentOrParty(callId: CallId | undefined, ref: ChannelRef | undefined): string {
    const leg = callId === undefined || !ref ? undefined : calls.get(callId)?.legs.find((each) => each.uniqueid === ref.uniqueid);
    return leg?.extension ?? leg?.number ?? ref?.callerNumber ?? ref?.channel ?? '';
  }

  /** The consultation call's target joins the transferee's call; the consultation ends on its own. */
  function attendedTransferred(event: AttendedTransferred): readonly PbxEvent[] {
    if (!event.succeeded) return NO_EVENTS;
    const mainId = knownCallOf(event.transferee) ?? knownCallOf(event.origTransferer);
    const consultationId = knownCallOf(event.transferTarget) ?? knownCallOf(event.secondTransferer);
    if (mainId === undefined) return NO_EVENTS;
    const fromExtension = agentOrParty(mainId, event.origTransferer);
    const toExtension = agentOrParty(consultationId, event.transferTarget);
    const out: PbxEvent[] = [];
    const moved = consultationId === undefined || consultationId === mainId ? [] : movedLegs(consultationId, event.transferTarget);
    if (consultationId !== undefined && moved.length > 0) {
      toCall(consultationId, { kind: 'merged-away', at: event.at, uniqueids: moved.map((leg) => leg.uniqueid), into: mainId }, false, out);
    }
    return toCall(mainId, { kind: 'transfer-joined', at: event.at, fromExtension, toExtension, legs: moved }, false, out);
  }

  function movedLegs(consultationId: CallId, target: ChannelRef | undefined): CallLeg[] {
    const consultation = calls.get(consultationId);
    const leg = target && consultation?.legs.find((each) => each.uniqueid === target.uniqueid);
    return leg ? [leg] : [];
  }

  function spyStarted(spyer: ChannelRef, spyee: ChannelRef | undefined, at: number): readonly PbxEvent[] {
    const spiedCallId = knownCallOf(spyee) ?? spyee?.linkedid;
    if (spiedCallId === undefined) return NO_EVENTS;
    const spiedExtension = spyee && agentOrParty(spiedCallId, spyee);
    return toCall(callOf(spyer), { kind: 'supervision-started', at, supervision: { spiedCallId, spiedExtension } }, false);
  }

  // ---- routing ---------------------------------------------------------------------------

  function route(event: AmiEvent): readonly PbxEvent[] {
    switch (event.kind) {
      case 'channel-created':
        return toCall(callOf(event.channel), event, true);
      case 'dial-began':
        return toCall(knownCallOf(event.dest) ?? knownCallOf(event.caller) ?? event.dest.linkedid, event, true);
      case 'dial-ended':
        return toCall(knownCallOf(event.dest) ?? knownCallOf(event.caller) ?? event.dest.linkedid, event, false);
      case 'caller-id-changed':
      case 'bridge-entered':
      case 'bridge-left':
      case 'hangup':
      case 'hold':
      case 'unhold':
      case 'queue-joined':
      case 'queue-abandoned':
        return toCall(callOf(event.channel), event, false);
      case 'variable-set':
        noteCrmRequestSeen(event.value);
        return toCall(callOfChannel.get(event.uniqueid) ?? event.linkedid, { kind: 'crm-request-linked', at: event.at, crmRequestId: event.value }, false);
      case 'blind-transfer': {
        const callId = knownCallOf(event.transferee) ?? knownCallOf(event.transferer);
        return callId === undefined ? NO_EVENTS : toCall(callId, event, false);
      }
      case 'attended-transfer':
        return attendedTransferred(event);
      case 'spy-started':
        return spyStarted(event.spyer, event.spyee, event.at);
      case 'extension-status':
        return agentInput(event.extension, { kind: 'hint', status: event.status, at: event.at });
      case 'queue-member': {
        const extension = extensionOfInterface(event.memberInterface);
        return extension === undefined ? NO_EVENTS : agentInput(extension, { kind: 'queue-pause', queue: event.queue, paused: event.paused, at: event.at });
      }
      case 'originate-response':
        return originateResponded(event);
      case 'action-response': {
        const pending = pendingOriginates.get(event.actionId);
        return pending && !event.succeeded ? failedOriginate(pending, event.at) : NO_EVENTS;
      }
      case 'channel-listed':
        return NO_EVENTS;
    }
  }

  function agentInput(extension: string, input: AgentInput): readonly PbxEvent[] {
    const out: PbxEvent[] = [];
    feedAgent(extension, input, out);
    return out.length === 0 ? NO_EVENTS : out;
  }

  // ---- views -----------------------------------------------------------------------------

  /** A caller listing live calls after every event can tell changed calls apart by identity. */
  const viewOf = builtOnce(view);

  function view(call: LiveCall): LiveCallView {
    const direction = callDirection(call);
    const { from, to } = callParties(call, direction);
    const ringingAgents = new Set<string>();
    const channels: LiveChannelView[] = [];
    let onHold: LiveCallView['onHold'];
    for (const leg of call.legs) {
      if (leg.state === 'ringing' && leg.role === 'agent' && leg.extension !== undefined) ringingAgents.add(leg.extension);
      if (leg.state === 'gone') continue;
      if (leg.heldSince !== undefined && (onHold === undefined || leg.heldSince < onHold.since)) {
        onHold = { agentExtension: leg.extension ?? '', since: leg.heldSince };
      }
      channels.push({
        uniqueid: leg.uniqueid,
        channel: leg.channel,
        role: leg.role,
        ...(leg.extension !== undefined && { agentExtension: leg.extension }),
        state: leg.state,
        ...(leg.bridgeId !== undefined && { bridgeId: leg.bridgeId }),
      });
    }
    return {
      callId: call.callId,
      phase: call.phase,
      direction,
      from,
      to,
      ...(call.queue !== undefined && { queue: call.queue }),
      ...(call.crmRequestId !== undefined && { crmRequestId: call.crmRequestId }),
      isSupervision: call.supervision !== undefined,
      ringingAgents: [...ringingAgents],
      ...(onHold !== undefined && { onHold }),
      channels,
      startedAt: call.startedAt,
      lastEventAt: call.lastEventAt,
    };
  }

  function reconcile(snapshot: readonly ChannelListed[], takenAt: number): readonly PbxEvent[] {
    const plan = planReconcile(calls.values(), snapshot, takenAt);
    const out: PbxEvent[] = [];
    for (const { callId, uniqueid } of plan.vanished) toCall(callId, { kind: 'channel-vanished', at: takenAt, uniqueid }, false, out);
    for (const item of plan.appeared) toCall(callOf(item.channel), { kind: 'channel-observed', at: takenAt, item }, true, out);
    return out;
  }

  return {
    ingest(message) {
      const event = decode(message);
      return event === undefined ? NO_EVENTS : route(event);
    },
    wantsEvent: decodedEventInterest(decoderOptions),
    expectOriginate(originate) {
      pendingOriginates.set(originate.actionId, { ...originate, callSeen: false });
    },
    liveCalls: () => [...calls.values()].map(viewOf),
    idleCalls(idleSeconds, now) {
      const before = now - idleSeconds * 1000;
      return [...calls.values()].filter((call) => call.lastEventAt < before).map(viewOf);
    },
    reconcile,
    agentStates: () => new Map([...agents].flatMap(([extension, { announced }]) => (announced === undefined ? [] : [[extension, announced] as const]))),
  };
}
