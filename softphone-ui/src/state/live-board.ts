/**
 * The live board as supervisors read it: one tile per agent (everyone with an extension, and any
 * extension the PBX reports), each with what it is doing now, since when, with whom, and who is
 * listening in; and how many agents are in each state. Derived from the gateway's board
 * (`gateway/schemas/supervisor.schemas.ts`).
 */
import type { BoardCall, BoardSupervision, SupervisorBoard } from '../../../gateway/schemas/supervisor.schemas.ts';

/**
 * `dialling`: on an outbound call not answered yet; `busy`: the PBX says the phone is in use, on a
 * call the board does not show; `on-hold`: holding the caller; `wrap-up`: after a call, until the
 * wrap-up is saved; `unknown`: the PBX has said nothing about this phone yet.
 */
export type AgentActivity = 'ringing' | 'dialling' | 'talking' | 'busy' | 'on-hold' | 'wrap-up' | 'available' | 'paused' | 'offline' | 'unknown';

export interface AgentTile {
  readonly extension: string;
  readonly name: string;
  readonly activity: AgentActivity;
  /** When the activity began; null when not known. */
  readonly since: string | null;
  /** The call the agent is on or rung by, and the other party's number. */
  readonly call: { readonly callId: string; readonly otherParty: string } | null;
  readonly supervisions: readonly BoardSupervision[];
}

export interface StaffMember {
  readonly extension: string | null;
  readonly displayName: string;
}

const activityOfState: Record<SupervisorBoard['agents'][number]['state'], AgentActivity> = {
  idle: 'available',
  ringing: 'ringing',
  busy: 'busy',
  'on-hold': 'on-hold',
  'wrap-up': 'wrap-up',
  paused: 'paused',
  unavailable: 'offline',
};

export function agentTiles(board: SupervisorBoard, staff: readonly StaffMember[]): AgentTile[] {
  const names = new Map(staff.flatMap((member) => (member.extension === null ? [] : [[member.extension, member.displayName] as const])));
  const extensions = new Set([...names.keys(), ...board.agents.map((agent) => agent.extension), ...board.calls.flatMap((call) => [...call.connectedAgents, ...call.ringingAgents])]);
  return [...extensions].map((extension) => tileOf(extension, names.get(extension) ?? extension, board)).sort((a, b) => a.name.localeCompare(b.name));
}

function tileOf(extension: string, name: string, board: SupervisorBoard): AgentTile {
  const supervisions = board.supervisions.filter((supervision) => supervision.agentExtension === extension);
  const onCall = board.calls.find((call) => call.connectedAgents.includes(extension));
  if (onCall?.onHold?.agentExtension === extension) {
    return { extension, name, activity: 'on-hold', since: onCall.onHold.since, call: callOf(onCall, extension), supervisions };
  }
  if (onCall) {
    const activity = onCall.state === 'talking' ? 'talking' : 'dialling';
    return { extension, name, activity, since: onCall.answeredAt ?? onCall.startedAt, call: callOf(onCall, extension), supervisions };
  }
  const ringing = board.calls.find((call) => call.ringingAgents.includes(extension));
  if (ringing) return { extension, name, activity: 'ringing', since: ringing.startedAt, call: callOf(ringing, extension), supervisions };
  const reported = board.agents.find((agent) => agent.extension === extension);
  if (!reported) return { extension, name, activity: 'unknown', since: null, call: null, supervisions };
  return { extension, name, activity: activityOfState[reported.state], since: reported.since, call: null, supervisions };
}

function callOf(call: BoardCall, extension: string): { callId: string; otherParty: string } {
  return { callId: call.callId, otherParty: call.from === extension ? call.to : call.from };
}

/** The states the board counts agents in, in the order a supervisor reads them. */
export const AGENT_GROUPS = ['talking', 'ringing', 'on-hold', 'wrap-up', 'available', 'paused', 'offline', 'unknown'] as const;
export type AgentGroup = (typeof AGENT_GROUPS)[number];

/** Dialling out counts with ringing, a phone busy on a call the board does not show with talking. */
export function groupOf(activity: AgentActivity): AgentGroup {
  if (activity === 'dialling') return 'ringing';
  if (activity === 'busy') return 'talking';
  return activity;
}

/** How many agents are in each state, every state listed; `unknown` only when some agent is. */
export function countsByGroup(tiles: readonly AgentTile[]): { readonly group: AgentGroup; readonly count: number }[] {
  const counts = new Map<AgentGroup, number>(AGENT_GROUPS.map((group) => [group, 0]));
  for (const tile of tiles) {
    const group = groupOf(tile.activity);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return [...counts].filter(([group, count]) => group !== 'unknown' || count > 0).map(([group, count]) => ({ group, count }));
}

/** Seconds the longest-waiting caller of a queue has waited at `now`, or 0. */
export function longestWaitSeconds(oldestWaitingSince: string | null, now: number): number {
  return oldestWaitingSince === null ? 0 : Math.max(0, Math.floor((now - Date.parse(oldestWaitingSince)) / 1000));
}
