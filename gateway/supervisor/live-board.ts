/**
 * The supervisors' live board, kept from the PBX event stream: calls in progress with their
 * parties, state and times, each agent's state, how many callers wait in each queue, and which
 * supervisor listens to which call. Every change marks the board dirty; it is published whole,
 * at most once per `coalesceMs`, so a burst of events (a ring-all queue call rings a dozen phones)
 * costs one message to the supervisors, and a message that is lost costs nothing: the next one
 * carries the whole picture again.
 */
import type { AgentState, CallEnded, PbxAdapter, PbxEvent, PbxLiveCall } from '../../pbx-adapter/index.ts';
import type { BoardCall, BoardQueue, BoardSupervision, SupervisorBoard } from '../schemas/supervisor.schemas.ts';

export interface LiveBoardDependencies {
  readonly pbx: Pick<PbxAdapter, 'on' | 'liveCalls'>;
  /** Hands the board to every connected supervisor. */
  readonly publish: (board: SupervisorBoard) => void;
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
  const agents = new Map<string, { state: AgentState; since: number }>();
  let supervisions: BoardSupervision[] = [];
  let timer: NodeJS.Timeout | undefined;
  let lastPublishedAt = Number.NEGATIVE_INFINITY;

  function snapshot(): SupervisorBoard {
    const live = dependencies.pbx.liveCalls().filter((call) => !call.isSupervision);
    return {
      calls: live.map((call) => boardCall(call, answeredAt.get(call.callId))),
      agents: [...agents].map(([extension, { state, since }]) => ({ extension, state, since: iso(since) })),
      queues: queueCounts(live),
      supervisions,
    };
  }

  function publish(): void {
    timer = undefined;
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
      case 'agent.state':
        if (agents.get(event.extension)?.state === event.state) return;
        agents.set(event.extension, { state: event.state, since: event.at });
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
      clearTimeout(timer);
      timer = undefined;
    },
  };
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
