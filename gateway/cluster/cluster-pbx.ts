/**
 * The PBX as every gateway sees it, whichever of them holds the AMI connection. The rest of the
 * gateway (screen-pop, call logging, supervisor feeds) uses only this object: `on`, `liveCalls`,
 * `agentStates`, `status` and the actions, exactly as it would use a PbxAdapter.
 *
 * - Events: the leader's adapter emits them; the leader hands each to its own listeners at once
 *   and publishes it on the bus; the followers hand what they hear to theirs. The bus drops a
 *   gateway's own messages, so no listener hears an event twice.
 * - Live calls: each published event carries the live calls it changed (as the leader's
 *   `liveCalls()` shows them) and a `call.ended` removes its call, so `liveCalls()` on a follower is
 *   the leader's, one bus hop later. A full list goes out when a leader's first resync is over,
 *   when a follower (re)connects and asks for it, and every `snapshotEveryMs` as a safety net.
 * - Agents' states: a follower keeps each `agent.state` it hears, and the full list carries every
 *   agent's state too; a state it had not heard (it has just started, or its bus was down) reaches
 *   its listeners as an `agent.state` stamped when that state began, so a live board redraws.
 * - Actions: a follower publishes a request (with an id) and waits for the leader's response, up to
 *   `requestTimeoutMs`; it refuses at once, with an error saying so, when no leader has been heard of
 *   for three heartbeats. The leader tells everybody its PBX status every `leaderHeartbeatMs`.
 * - Takeover: every gateway keeps the leader's live calls, so a new leader knows which calls were
 *   in progress. After its adapter's login and resync, a call that the PBX no longer has ended while
 *   nobody was watching: the new leader emits its `call.ended` (flagged `endedWhileUnobserved`, as
 *   the adapter does after a reconnection), so it is still logged and withdrawn from screens. Until
 *   that resync, agents keep the states the previous leader reported; from then on, its own
 *   adapter's states are everybody's.
 *
 * Call logging runs on EVERY gateway, on the events of this object, and duplicates are refused:
 * `recordCall` is idempotent on the PBX call id (unique index, `ON CONFLICT DO NOTHING`). Logging on
 * the leader alone would lose a call whenever the leader died between publishing its `call.ended`
 * and committing the interaction; with every gateway writing, one of them commits it, and the
 * others' attempts cost one conflicting insert each.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import {
  PbxAdapterError,
  type CallEnded,
  type CallId,
  type ClickToCallRequest,
  type PbxAdapter,
  type PbxAdapterStatus,
  type PbxAgentState,
  type PbxErrorCode,
  type PbxEvent,
  type PbxLiveCall,
  type SupervisionRequest,
  type TransferRequest,
} from '../../pbx-adapter/index.ts';
import type { ClusterBus } from './cluster-bus.ts';
import type { LeadershipRole, PbxLeadership } from './pbx-leadership.ts';

export type ClusterPbxAction =
  | { readonly action: 'originateClickToCall'; readonly request: ClickToCallRequest }
  | { readonly action: 'hangup'; readonly callId: CallId }
  | { readonly action: 'transfer'; readonly request: TransferRequest }
  | { readonly action: 'supervise'; readonly request: SupervisionRequest };

type ActionOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: { readonly code?: PbxErrorCode; readonly message: string } };

/** What the gateways say to one another on the bus. */
export type ClusterMessage =
  | { readonly kind: 'pbx-event'; readonly event: PbxEvent; readonly changedCalls: readonly PbxLiveCall[] }
  /** The leader's whole picture: its live calls and every agent's state. */
  | { readonly kind: 'live-calls'; readonly calls: readonly PbxLiveCall[]; readonly agents: readonly PbxAgentState[] }
  | { readonly kind: 'live-calls-wanted' }
  | { readonly kind: 'leader'; readonly status: PbxAdapterStatus }
  | { readonly kind: 'request'; readonly requestId: string; readonly request: ClusterPbxAction }
  | { readonly kind: 'response'; readonly requestId: string; readonly to: string; readonly outcome: ActionOutcome };

export interface ClusterPbxStatus extends PbxAdapterStatus {
  /** `leader`: this gateway holds the AMI connection; `follower`: another does, or none at the moment. */
  readonly role: 'leader' | 'follower';
  readonly leaderNodeId?: string;
}

export interface ClusterPbx extends Pick<PbxAdapter, 'on' | 'liveCalls' | 'agentStates' | 'originateClickToCall' | 'hangup' | 'transfer' | 'supervise'> {
  status(): ClusterPbxStatus;
  /** Stops listening to the bus and to leadership changes (they are stopped by their owner). */
  close(): void;
}

export interface ClusterPbxOptions {
  readonly bus: ClusterBus<ClusterMessage>;
  readonly leadership: PbxLeadership;
  readonly log: Logger;
  readonly now?: () => number;
  /** How long a follower waits for the leader to carry out an action (10 s). */
  readonly requestTimeoutMs?: number;
  /** How often the leader tells the others its PBX status (1 s). */
  readonly leaderHeartbeatMs?: number;
  /** How often the leader sends the full list of live calls (30 s). */
  readonly snapshotEveryMs?: number;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const DEFAULT_LEADER_HEARTBEAT_MS = 1000;
const DEFAULT_SNAPSHOT_EVERY_MS = 30_000;
/** A leader not heard of for this many heartbeats is gone. */
const HEARTBEATS_MISSED_BEFORE_LEADER_GONE = 3;

interface Term {
  readonly adapter: PbxAdapter;
  readonly unsubscribe: () => void;
  readonly heartbeat: NodeJS.Timeout;
  /** Until its first resync is over, a new leader publishes events without live-call changes. */
  resynced: boolean;
  /** Calls the previous leader reported and this one has not closed or seen on the PBX yet. */
  inherited: Map<CallId, PbxLiveCall>;
  /** Agents' states as the previous leader reported them, shown until the first resync is over. */
  readonly inheritedAgents: ReadonlyMap<string, PbxAgentState>;
  /** Connected at consecutive heartbeats while inherited calls wait for a resync (see `closeInheritedCalls`). */
  connectedBeats: number;
}

function sameCall(a: PbxLiveCall, b: PbxLiveCall): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function describeAction(request: ClusterPbxAction): string {
  return request.action === 'originateClickToCall' ? 'click-to-call' : request.action;
}

/**
 * The `call.ended` of a call that ended while no gateway held the AMI connection, from what the
 * previous leader last reported: the same picture the adapter draws of a call that ended while its
 * own link was down, closed at the moment of the resync.
 */
export function endedDuringTakeover(call: PbxLiveCall, answeredAt: number | undefined, at: number): CallEnded {
  const endedAt = Math.max(at, call.startedAt);
  const connected = call.phase === 'connected';
  const talkFrom = connected ? (answeredAt ?? endedAt) : undefined;
  const agentsRung = [...new Set([...call.connectedAgents, ...call.ringingAgents])];
  return {
    type: 'call.ended',
    at: endedAt,
    call: {
      callId: call.callId,
      direction: call.direction,
      from: call.from,
      to: call.to,
      agentsRung,
      ...(connected && call.connectedAgents[0] !== undefined && { answeredBy: call.connectedAgents[0] }),
      ...(call.queue !== undefined && { queue: call.queue }),
      outcome: connected ? 'answered' : call.queue !== undefined ? 'abandoned' : 'missed',
      startedAt: call.startedAt,
      ...(talkFrom !== undefined && { answeredAt: talkFrom }),
      endedAt,
      waitSeconds: ((talkFrom ?? endedAt) - call.startedAt) / 1000,
      talkSeconds: talkFrom === undefined ? 0 : (endedAt - talkFrom) / 1000,
      totalSeconds: (endedAt - call.startedAt) / 1000,
      ...(call.crmRequestId !== undefined && { crmRequestId: call.crmRequestId }),
      endedWhileUnobserved: true,
      ...(call.isSupervision && { isSupervision: true }),
    },
  };
}

export function createClusterPbx(options: ClusterPbxOptions): ClusterPbx {
  const { bus, leadership } = options;
  const log = options.log.child({ module: 'cluster-pbx', nodeId: bus.nodeId });
  const now = options.now ?? Date.now;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const leaderHeartbeatMs = options.leaderHeartbeatMs ?? DEFAULT_LEADER_HEARTBEAT_MS;
  const snapshotEveryMs = options.snapshotEveryMs ?? DEFAULT_SNAPSHOT_EVERY_MS;
  const listeners = new Set<(event: PbxEvent) => void>();
  /** The leader's live calls as last published (by this gateway when it leads). */
  const knownCalls = new Map<CallId, PbxLiveCall>();
  /** The leader's agents' states as last published, by extension. */
  const knownAgents = new Map<string, PbxAgentState>();
  /** When each known call was first answered: `PbxLiveCall` does not say, a takeover's `call.ended` needs it. */
  const answeredAt = new Map<CallId, number>();
  const pending = new Map<string, { settle: (outcome: ActionOutcome) => void }>();
  let leader: { nodeId: string; status: PbxAdapterStatus; heardAt: number } | undefined;
  let term: Term | undefined;
  let lastSnapshotAt = 0;

  function deliver(event: PbxEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log.error({ err: error, event: event.type }, 'PBX event listener failed');
      }
    }
  }

  function noteEvent(event: PbxEvent, changedCalls: readonly PbxLiveCall[]): void {
    for (const call of changedCalls) knownCalls.set(call.callId, call);
    if (event.type === 'call.answered' && !answeredAt.has(event.callId)) answeredAt.set(event.callId, event.at);
    if (event.type === 'agent.state') knownAgents.set(event.extension, { extension: event.extension, state: event.state, since: event.at });
    if (event.type === 'call.ended') {
      knownCalls.delete(event.call.callId);
      answeredAt.delete(event.call.callId);
    }
  }

  // ---- leading ----

  /**
   * The adapter hands out the same object for a call nothing has happened to, so only the calls
   * the last AMI messages touched are compared. One touched without a visible change is remembered
   * as its new object all the same, so that the next event passes it by identity.
   */
  function changedSinceLastPublished(adapter: PbxAdapter): PbxLiveCall[] {
    const changed: PbxLiveCall[] = [];
    for (const call of adapter.liveCalls()) {
      const before = knownCalls.get(call.callId);
      if (before === call) continue;
      if (before !== undefined && sameCall(before, call)) knownCalls.set(call.callId, call);
      else changed.push(call);
    }
    return changed;
  }

  function onAdapterEvent(current: Term, event: PbxEvent): void {
    if (event.type === 'call.ended') current.inherited.delete(event.call.callId);
    const changedCalls = current.resynced ? changedSinceLastPublished(current.adapter) : [];
    noteEvent(event, changedCalls);
    deliver(event);
    bus.publish({ kind: 'pbx-event', event, changedCalls });
  }

  /** Until the new leader's resync is over, the calls it inherited are still in progress as far as anyone knows. */
  function leaderLiveCalls(current: Term): PbxLiveCall[] {
    const calls = current.adapter.liveCalls();
    const tracked = new Set(calls.map((call) => call.callId));
    return [...calls, ...[...current.inherited.values()].filter((call) => !tracked.has(call.callId))];
  }

  function leaderAgentStates(current: Term): PbxAgentState[] {
    const states = current.adapter.agentStates();
    if (current.resynced) return [...states];
    const reported = new Set(states.map((agent) => agent.extension));
    return [...states, ...[...current.inheritedAgents.values()].filter((agent) => !reported.has(agent.extension))];
  }

  function remember(calls: readonly PbxLiveCall[], agents: readonly PbxAgentState[]): void {
    knownCalls.clear();
    for (const call of calls) knownCalls.set(call.callId, call);
    knownAgents.clear();
    for (const agent of agents) knownAgents.set(agent.extension, agent);
  }

  function publishSnapshot(current: Term): void {
    const calls = leaderLiveCalls(current);
    const agents = leaderAgentStates(current);
    remember(calls, agents);
    lastSnapshotAt = now();
    bus.publish({ kind: 'live-calls', calls, agents });
  }

  /**
   * Once the new leader's adapter has logged in and resynced, an inherited call it does not have is
   * over. Only then: before the resync, the adapter's empty list says nothing about the PBX.
   */
  function closeInheritedCalls(current: Term): void {
    const onPbx = new Set(current.adapter.liveCalls().map((call) => call.callId));
    const at = now();
    for (const [callId, call] of current.inherited) {
      current.inherited.delete(callId);
      if (onPbx.has(callId)) continue;
      log.info({ callId }, 'call ended during the takeover; closing it');
      onAdapterEvent(current, endedDuringTakeover(call, answeredAt.get(callId), at));
    }
    current.resynced = true;
    publishSnapshot(current);
  }

  function beat(current: Term): void {
    const status = current.adapter.status();
    bus.publish({ kind: 'leader', status });
    if (!current.resynced) {
      // The first login failed; the adapter resyncs when it gets through. "Connected" shows before that
      // resync is over, so inherited calls are closed only after two connected heartbeats in a row.
      current.connectedBeats = status.state === 'connected' ? current.connectedBeats + 1 : 0;
      if (current.connectedBeats >= 2) closeInheritedCalls(current);
    } else if (now() - lastSnapshotAt >= snapshotEveryMs) publishSnapshot(current);
  }

  function beginTerm(role: Extract<LeadershipRole, { role: 'leader' }>): void {
    const current: Term = {
      adapter: role.adapter,
      unsubscribe: role.adapter.on((event) => onAdapterEvent(current, event)),
      heartbeat: setInterval(() => beat(current), leaderHeartbeatMs),
      resynced: false,
      inherited: new Map(knownCalls),
      inheritedAgents: new Map(knownAgents),
      connectedBeats: 0,
    };
    current.heartbeat.unref();
    term = current;
    leader = undefined;
    bus.publish({ kind: 'leader', status: current.adapter.status() });
    void role.ready.then(() => {
      if (term !== current) return;
      if (current.adapter.status().state === 'connected') closeInheritedCalls(current);
      else log.warn({ inheritedCalls: current.inherited.size }, 'leading without a PBX link yet; calls in progress are checked once it is up');
    });
  }

  function endTerm(): void {
    if (!term) return;
    term.unsubscribe();
    clearInterval(term.heartbeat);
    term = undefined;
  }

  async function perform(adapter: PbxAdapter, request: ClusterPbxAction): Promise<unknown> {
    switch (request.action) {
      case 'originateClickToCall':
        return adapter.originateClickToCall(request.request);
      case 'hangup':
        return adapter.hangup(request.callId);
      case 'transfer':
        return adapter.transfer(request.request);
      case 'supervise':
        return adapter.supervise(request.request);
    }
  }

  async function answerRequest(current: Term, requestId: string, request: ClusterPbxAction, origin: string): Promise<void> {
    let outcome: ActionOutcome;
    try {
      outcome = { ok: true, value: (await perform(current.adapter, request)) ?? null };
    } catch (error) {
      const code = error instanceof PbxAdapterError ? error.code : undefined;
      if (code === undefined) log.error({ err: error, action: request.action }, 'a forwarded PBX action failed');
      outcome = { ok: false, error: { ...(code !== undefined && { code }), message: code === undefined ? `${describeAction(request)} failed` : (error as Error).message } };
    }
    bus.publish({ kind: 'response', requestId, to: origin, outcome });
  }

  // ---- following ----

  function followSnapshot(calls: readonly PbxLiveCall[], agents: readonly PbxAgentState[]): void {
    const missed = agents.filter((agent) => knownAgents.get(agent.extension)?.state !== agent.state);
    remember(calls, agents);
    for (const { extension, state, since } of missed) deliver({ type: 'agent.state', extension, state, at: since });
  }

  function leaderIsPresent(): boolean {
    return leader !== undefined && now() - leader.heardAt <= HEARTBEATS_MISSED_BEFORE_LEADER_GONE * leaderHeartbeatMs;
  }

  function heardFromLeader(origin: string, status?: PbxAdapterStatus): void {
    if (term) {
      log.warn({ otherLeader: origin }, 'another gateway speaks as the PBX leader while this one holds the lock; ignored');
      return;
    }
    leader = { nodeId: origin, status: status ?? leader?.status ?? { state: 'connected' }, heardAt: now() };
  }

  function onBusMessage(message: ClusterMessage, origin: string): void {
    switch (message.kind) {
      case 'leader':
        heardFromLeader(origin, message.status);
        return;
      case 'pbx-event':
        heardFromLeader(origin);
        if (term) return;
        noteEvent(message.event, message.changedCalls);
        deliver(message.event);
        return;
      case 'live-calls':
        heardFromLeader(origin);
        if (term) return;
        followSnapshot(message.calls, message.agents);
        return;
      case 'live-calls-wanted':
        if (term?.resynced) publishSnapshot(term);
        return;
      case 'request':
        if (term) void answerRequest(term, message.requestId, message.request, origin);
        return;
      case 'response':
        if (message.to === bus.nodeId) pending.get(message.requestId)?.settle(message.outcome);
        return;
    }
  }

  function forward(request: ClusterPbxAction): Promise<unknown> {
    const what = describeAction(request);
    if (!leaderIsPresent()) {
      return Promise.reject(
        new PbxAdapterError('not-connected', `${what}: no gateway holds the PBX connection at the moment (another takes over within seconds); try again shortly`),
      );
    }
    const requestId = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(requestId);
        reject(
          new PbxAdapterError('timeout', `${what}: the gateway holding the PBX connection did not answer within ${requestTimeoutMs / 1000} s; check whether it happened before trying again`),
        );
      }, requestTimeoutMs);
      pending.set(requestId, {
        settle(outcome) {
          clearTimeout(timer);
          pending.delete(requestId);
          if (outcome.ok) resolve(outcome.value);
          else reject(outcome.error.code === undefined ? new Error(outcome.error.message) : new PbxAdapterError(outcome.error.code, outcome.error.message));
        },
      });
      bus.publish({ kind: 'request', requestId, request });
    });
  }

  function act(request: ClusterPbxAction): Promise<unknown> {
    return term ? perform(term.adapter, request) : forward(request);
  }

  function onLeadershipChange(role: LeadershipRole): void {
    endTerm();
    if (role.role === 'leader') beginTerm(role);
  }

  const stopWatchingLeadership = leadership.onChange(onLeadershipChange);
  const stopListening = bus.subscribe(onBusMessage);
  const stopWatchingBus = bus.onConnected(() => {
    if (term) bus.publish({ kind: 'leader', status: term.adapter.status() });
    else bus.publish({ kind: 'live-calls-wanted' });
  });
  const initial = leadership.current();
  if (initial.role === 'leader') beginTerm(initial);

  return {
    on(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    liveCalls: () => (term ? leaderLiveCalls(term) : [...knownCalls.values()]),
    agentStates: () => (term ? leaderAgentStates(term) : [...knownAgents.values()]),
    status(): ClusterPbxStatus {
      if (term) return { ...term.adapter.status(), role: 'leader', leaderNodeId: bus.nodeId };
      if (leader && leaderIsPresent()) return { ...leader.status, role: 'follower', leaderNodeId: leader.nodeId };
      return { state: 'disconnected', error: 'no gateway holds the PBX connection at the moment', role: 'follower' };
    },
    originateClickToCall: async (request) => {
      await act({ action: 'originateClickToCall', request });
    },
    hangup: async (callId) => {
      await act({ action: 'hangup', callId });
    },
    transfer: async (request) => {
      await act({ action: 'transfer', request });
    },
    supervise: async (request) => (await act({ action: 'supervise', request })) as { readonly spiedCallId: CallId },
    close() {
      stopWatchingLeadership();
      stopListening();
      stopWatchingBus();
      endTerm();
      for (const [requestId, request] of pending) {
        request.settle({ ok: false, error: { code: 'not-connected', message: 'the gateway is shutting down' } });
        pending.delete(requestId);
      }
    },
  };
}
