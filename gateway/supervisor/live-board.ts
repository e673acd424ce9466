/**
 * The supervisors' live board, drawn from the PBX's current picture: calls in progress with their
 * parties, state, times and hold, each agent's state (the PBX's word, or on hold while holding a
 * caller, or in wrap-up after a call: see ./after-call-work.ts), how many callers wait in each
 * queue, and which supervisor listens to which call. Calls and agents' states are read from the PBX
 * whenever the board is drawn, so a board that starts after the PBX link is up (a restarted gateway,
 * a follower in a cluster) is right from the first. Every change marks the board dirty; it is published whole,
 * at most once per `coalesceMs`, so a burst of events (a ring-all queue call rings a dozen phones)
 * costs one message to the supervisors, and a message that is lost costs nothing: the next one
 * carries the whole picture again.
 */
import type { CallEnded, PbxAdapter, PbxAgentState, PbxEvent, PbxLiveCall } from '../../pbx-adapter/index.ts';
import type { BoardAgent, BoardCall, BoardQueue, BoardSupervision, SupervisorBoard } from '../schemas/supervisor.schemas.ts';
import { startAfterCallWork, type AfterCallWorkDependencies, type AfterCallWorkOptions } from './after-call-work.ts';

export interface LiveBoardDependencies {
  readonly pbx: Pick<PbxAdapter, 'on' | 'liveCalls' | 'agentStates'>;
  /** The screen-pop's wrap-ups, which put agents in wrap-up. */
  readonly wrapUps: AfterCallWorkDependencies['wrapUps'];
  readonly afterCallWork?: AfterCallWorkOptions;
  /** Hands the board to every connected supervisor. */
  readonly publish: (board: SupervisorBoard) => void;
  /** Whether anyone would see a publication; while nobody does, the board is not drawn at all. */
  readonly watched?: () => boolean;
  /** The shortest time between two publications; default 250 ms. */
  readonly coalesceMs?: number;
  readonly now?: () => number;
}

export interface LiveBoard {
  snapshot(): SupervisorBoard;
  /** A supervisor joined a call: the board shows it until the call or the supervisor's phone hangs up. */
  noteSupervision(supervision: BoardSupervision): void;
  stop(): void;
}

const DEFAULT_COALESCE_MS = 250;

export function startLiveBoard(dependencies: LiveBoardDependencies): LiveBoard {
  const now = dependencies.now ?? Date.now;
  const coalesceMs = dependencies.coalesceMs ?? DEFAULT_COALESCE_MS;
  const answeredAt = new Map<string, number>();
  let supervisions: BoardSupervision[] = [];
  let timer: NodeJS.Timeout | undefined;
  let lastPublishedAt = Number.NEGATIVE_INFINITY;
  const shownAgents = new Map<string, { readonly state: BoardAgent['state']; readonly sinceMs: number; readonly agent: BoardAgent }>();
  const afterCallWork = startAfterCallWork({ ...dependencies.afterCallWork, wrapUps: dependencies.wrapUps, changed });

  function snapshot(): SupervisorBoard {
    const live = dependencies.pbx.liveCalls().filter((call) => !call.isSupervision);
    return {
      calls: live.map((call) => boardCall(call, answeredAt.get(call.callId))),
      agents: boardAgents(live),
      queues: queueCounts(live),
      supervisions,
    };
  }

  function boardAgents(live: readonly PbxLiveCall[]): BoardAgent[] {
    const holding = new Map<string, number>();
    for (const { onHold } of live) if (onHold !== undefined) holding.set(onHold.agentExtension, onHold.since);
    const wrappingUp = afterCallWork.wrappingUp();
    const reported = new Map(dependencies.pbx.agentStates().map((agent) => [agent.extension, agent]));
    const extensions = new Set([...reported.keys(), ...holding.keys(), ...wrappingUp.keys()]);
    return [...extensions].map((extension) => {
      const { state, since } = shownState(reported.get(extension), holding.get(extension), wrappingUp.get(extension), afterCallWork.lastEndedAt(extension));
      return agentShown(extension, state, since);
    });
  }

  /** A site has thousands of agents and few change between two drawings: each is built once per change. */
  function agentShown(extension: string, state: BoardAgent['state'], since: number): BoardAgent {
    const before = shownAgents.get(extension);
    if (before !== undefined && before.state === state && before.sinceMs === since) return before.agent;
    const agent = { extension, state, since: iso(since) };
    shownAgents.set(extension, { state, sinceMs: since, agent });
    return agent;
  }

  function publish(): void {
    timer = undefined;
    if (dependencies.watched?.() === false) return;
    lastPublishedAt = now();
    dependencies.publish(snapshot());
  }

  function changed(): void {
    if (timer !== undefined) return;
    timer = setTimeout(publish, Math.max(0, lastPublishedAt + coalesceMs - now()));
    timer.unref();
  }

  function onEnded(event: CallEnded): void {
    const { call } = event;
    answeredAt.delete(call.callId);
    if (call.isSupervision && call.spiedCallId !== undefined) {
      const phones = new Set([call.from, call.to, ...call.agentsRung, ...(call.answeredBy === undefined ? [] : [call.answeredBy])]);
      supervisions = supervisions.filter((each) => !(each.callId === call.spiedCallId && phones.has(each.supervisorExtension)));
    } else {
      supervisions = supervisions.filter((each) => each.callId !== call.callId);
    }
  }

  function onEvent(event: PbxEvent): void {
    switch (event.type) {
      case 'call.answered':
        if (!answeredAt.has(event.callId)) answeredAt.set(event.callId, event.at);
        break;
      case 'call.ended':
        onEnded(event);
        break;
      default:
        break;
    }
    changed();
  }

  const unsubscribe = dependencies.pbx.on(onEvent);

  return {
    snapshot,
    noteSupervision(supervision) {
      supervisions = [...supervisions.filter((each) => each.supervisorExtension !== supervision.supervisorExtension), supervision];
      changed();
    },
    stop() {
      unsubscribe();
      afterCallWork.stop();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

/**
 * Holding a caller shows first; a phone that rings or talks on another call shows as the PBX says;
 * then a wrap-up in progress; else the PBX's word, which counts from the end of the last wrap-up.
 */
function shownState(
  reported: PbxAgentState | undefined,
  holdingSince: number | undefined,
  wrapUpSince: number | undefined,
  wrapUpEndedAt: number | undefined,
): { state: BoardAgent['state']; since: number } {
  if (holdingSince !== undefined) return { state: 'on-hold', since: holdingSince };
  const onPhone = reported !== undefined && (reported.state === 'ringing' || reported.state === 'busy');
  if (wrapUpSince !== undefined && !onPhone) return { state: 'wrap-up', since: wrapUpSince };
  const { state, since } = reported ?? { state: 'idle', since: 0 };
  return { state, since: Math.max(since, wrapUpEndedAt ?? 0) };
}

function boardCall(call: PbxLiveCall, answeredAt: number | undefined): BoardCall {
  return {
    callId: call.callId,
    direction: call.direction,
    state: stateOf(call),
    from: call.from,
    to: call.to,
    queue: call.queue ?? null,
    ringingAgents: [...call.ringingAgents],
    connectedAgents: [...call.connectedAgents],
    startedAt: iso(call.startedAt),
    answeredAt: call.phase === 'connected' && answeredAt !== undefined ? iso(answeredAt) : null,
    onHold: call.onHold === undefined ? null : { agentExtension: call.onHold.agentExtension, since: iso(call.onHold.since) },
  };
}

function stateOf(call: PbxLiveCall): BoardCall['state'] {
  if (call.phase === 'connected') return 'talking';
  if (call.direction === 'outbound' && call.ringingAgents.length === 0) return 'dialling';
  if (call.queue !== undefined && call.ringingAgents.length === 0) return 'queued';
  return 'ringing';
}

/** Callers in a queue whom nobody answered yet, ringing phones or not. */
function queueCounts(calls: readonly PbxLiveCall[]): BoardQueue[] {
  const queues = new Map<string, { waiting: number; oldest: number | null }>();
  for (const call of calls) {
    if (call.queue === undefined) continue;
    const counted = queues.get(call.queue) ?? { waiting: 0, oldest: null };
    if (call.phase === 'waiting') {
      counted.waiting++;
      counted.oldest = counted.oldest === null ? call.startedAt : Math.min(counted.oldest, call.startedAt);
    }
    queues.set(call.queue, counted);
  }
  return [...queues].map(([queue, { waiting, oldest }]) => ({ queue, waiting, oldestWaitingSince: oldest === null ? null : iso(oldest) }));
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
