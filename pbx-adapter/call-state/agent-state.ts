/**
 * One agent's presence (`agent.state`) as a pure reducer over three sources: what the agent's phone
 * legs do in calls (ringing, on a call), the hint (`ExtensionStatus`) and queue pauses.
 *
 * The call legs are the most precise source (a Local device's hint says InUse from the first ring),
 * so they win while the agent has any. With no legs, the newer of the two sources decides: a hint that
 * still says InUse just after the call's last hangup is stale, one that arrives later is a call we
 * don't follow. Unavailable (not registered) and paused hold whenever the agent has no legs.
 */
import type { AgentState, AgentStateChanged } from '../pbx-events.ts';
import type { AgentLegActivity } from './call-state.ts';

export interface AgentPresence {
  readonly extension: string;
  readonly ringingLegs: readonly string[];
  readonly activeLegs: readonly string[];
  readonly legsChangedAt: number;
  readonly hint?: { readonly state: AgentState; readonly at: number };
  /** Queues the agent is paused in. */
  readonly pausedIn: readonly string[];
  /** The state last announced, and since when. */
  readonly announced?: AnnouncedAgentState;
}

export interface AnnouncedAgentState {
  readonly state: AgentState;
  /** The `at` of the `agent.state` that announced it (epoch ms). */
  readonly since: number;
}

export type AgentInput =
  | ({ readonly kind: 'leg' } & AgentLegActivity)
  | { readonly kind: 'hint'; readonly status: number; readonly at: number }
  | { readonly kind: 'queue-pause'; readonly queue: string; readonly paused: boolean; readonly at: number };

export interface AgentReduction {
  readonly presence: AgentPresence;
  readonly emitted: readonly AgentStateChanged[];
}

const EXTENSION_INUSE = 1;
const EXTENSION_BUSY = 2;
const EXTENSION_UNAVAILABLE = 4;
const EXTENSION_RINGING = 8;
const EXTENSION_ONHOLD = 16;

/** Asterisk's extension state is a bit mask (InUse|Ringing = 9); negative means the hint is gone. */
export function agentStateOfHint(status: number): AgentState {
  if (status < 0 || status & EXTENSION_UNAVAILABLE) return 'unavailable';
  if (status & (EXTENSION_INUSE | EXTENSION_BUSY | EXTENSION_ONHOLD)) return 'busy';
  if (status & EXTENSION_RINGING) return 'ringing';
  return 'idle';
}

export function newAgentPresence(extension: string): AgentPresence {
  return { extension, ringingLegs: [], activeLegs: [], legsChangedAt: -Infinity, pausedIn: [] };
}

function without(list: readonly string[], value: string): readonly string[] {
  return list.includes(value) ? list.filter((each) => each !== value) : list;
}

function withOnce(list: readonly string[], value: string): readonly string[] {
  return list.includes(value) ? list : [...list, value];
}

function applyLeg(presence: AgentPresence, input: AgentLegActivity): AgentPresence {
  const ringing = without(presence.ringingLegs, input.legId);
  const active = without(presence.activeLegs, input.legId);
  return {
    ...presence,
    ringingLegs: input.activity === 'ringing' ? [...ringing, input.legId] : ringing,
    activeLegs: input.activity === 'on-call' ? [...active, input.legId] : active,
    legsChangedAt: input.at,
  };
}

function applyInput(presence: AgentPresence, input: AgentInput): AgentPresence {
  switch (input.kind) {
    case 'leg':
      return applyLeg(presence, input);
    case 'hint':
      return { ...presence, hint: { state: agentStateOfHint(input.status), at: input.at } };
    case 'queue-pause':
      return { ...presence, pausedIn: input.paused ? withOnce(presence.pausedIn, input.queue) : without(presence.pausedIn, input.queue) };
  }
}

export function derivedAgentState(presence: AgentPresence): AgentState {
  if (presence.activeLegs.length > 0) return 'busy';
  if (presence.ringingLegs.length > 0) return 'ringing';
  if (presence.pausedIn.length > 0) return 'paused';
  const hint = presence.hint;
  if (hint?.state === 'unavailable') return 'unavailable';
  if (hint && hint.at >= presence.legsChangedAt) return hint.state;
  return 'idle';
}

export function reduceAgent(presence: AgentPresence, input: AgentInput): AgentReduction {
  const next = applyInput(presence, input);
  const state = derivedAgentState(next);
  if (state === presence.announced?.state) return { presence: next, emitted: [] };
  return {
    presence: { ...next, announced: { state, since: input.at } },
    emitted: [{ type: 'agent.state', extension: presence.extension, state, at: input.at }],
  };
}
