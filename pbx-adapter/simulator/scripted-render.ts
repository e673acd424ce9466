/**
 * Fills a template message's placeholders for one call at one moment. Identities that Asterisk
 * allocates (Uniqueids, channel counters, bridge ids) come from PBX-wide counters the first time
 * a call needs them, so many calls can play at once without sharing any.
 */
import { randomUUID } from 'node:crypto';
import type { AmiLines, TemplateMessage, VariableSite } from './scripted-template.ts';

/** Counters shared by every call of one PBX, as Asterisk keeps them per process. */
export interface PbxCounters {
  nextUniqueid(at: number): string;
  nextChannelNumber(technology: 'local' | 'pjsip'): string;
  newBridgeId(): string;
}

export function createPbxCounters(): PbxCounters {
  let uniqueSequence = 0;
  const channelSequence = { local: 0, pjsip: 0 };
  return {
    nextUniqueid: (at) => `${Math.floor(at / 1000)}.${uniqueSequence++}`,
    nextChannelNumber(technology) {
      return (channelSequence[technology]++).toString(16).padStart(8, '0');
    },
    newBridgeId: () => randomUUID(),
  };
}

/** Queue member figures that outlive a call (`CallsTaken`, `LastCall`), keyed by extension. */
export interface QueueMemberStats {
  readonly loginTime: number;
  get(extension: string): { callsTaken: number; lastCall: number };
  recordCall(extension: string, at: number): void;
}

export function createQueueMemberStats(loginTime: number): QueueMemberStats {
  const stats = new Map<string, { callsTaken: number; lastCall: number }>();
  const get = (extension: string) => {
    let entry = stats.get(extension);
    if (!entry) stats.set(extension, (entry = { callsTaken: 0, lastCall: 0 }));
    return entry;
  };
  return {
    loginTime,
    get,
    recordCall(extension, at) {
      const entry = get(extension);
      entry.callsTaken++;
      entry.lastCall = Math.floor(at / 1000);
    },
  };
}

/** Everything that makes one call's rendering its own. */
export interface CallRendering {
  /** Roles of the template (`caller`, `did`, `agent`, `customer` ...) → their text for this call. */
  readonly identities: Record<string, string>;
  /** Duration parameters in seconds (`ring:agent`, `talk:customer`, `callerWait` ...). */
  params: Record<string, number>;
  /** The Originate variables, in action order. */
  readonly variables: ReadonlyArray<readonly [name: string, value: string]>;
  /** The ActionID of the Originate the call (or its latest part, a supervisor joining) answers to. */
  actionId?: string | undefined;
  /** Allocated identities: `uid:0` → `1795337424.12`, `local:1` → `0000002a` ... */
  readonly allocated: Map<string, string>;
  /** When each played segment started, epoch ms. */
  readonly segmentStarts: Map<string, number>;
}

export interface RenderDependencies {
  readonly counters: PbxCounters;
  readonly members: QueueMemberStats;
}

export function renderMessage(
  message: TemplateMessage,
  call: CallRendering,
  at: number,
  deps: RenderDependencies,
): AmiLines[] {
  const fill = (value: string, variable?: readonly [string, string]): string =>
    value.includes('«') ? value.replace(/«([^»]*)»/g, (_, name: string) => resolve(name, call, at, deps, variable)) : value;
  const renderLines = (variable?: readonly [string, string]): AmiLines =>
    message.lines.flatMap(([key, value]): AmiLines => {
      if (value === '«action»') return call.actionId === undefined ? [] : [[key, call.actionId]];
      return [[key, fill(value, variable)]];
    });
  if (!message.variables) return [renderLines()];
  return variablesAtSite(message.variables, call).map((variable) => renderLines(variable));
}

/**
 * A recording's variables are split over sites exactly as Asterisk interleaved them; any other
 * list (a CRM's Originate) shows whole at each channel's first site.
 */
function variablesAtSite(site: VariableSite, call: CallRendering): ReadonlyArray<readonly [string, string]> {
  const sequence =
    site.kind === 'set' ? [...call.variables].reverse() : call.variables.filter(([name]) => name.startsWith('_'));
  if (sequence.length === site.total) return sequence.slice(site.from, site.to);
  return site.from === 0 ? sequence : [];
}

function resolve(
  name: string,
  call: CallRendering,
  at: number,
  deps: RenderDependencies,
  variable?: readonly [string, string],
): string {
  const [kind = '', ...rest] = name.split(':');
  const arg = rest.join(':');
  switch (kind) {
    case 'uid':
      return allocate(call, name, () => deps.counters.nextUniqueid(at));
    case 'local':
    case 'pjsip':
      return allocate(call, name, () => deps.counters.nextChannelNumber(kind));
    case 'bridge':
      return allocate(call, name, () => deps.counters.newBridgeId());
    case 'p':
      return String(required(call.params, arg, 'parameter'));
    case 'var':
      if (!variable) throw new Error('«var» outside a variable site');
      return arg === 'name' ? variable[0] : variable[1];
    case 'date':
      return formatDate(rest.length === 0 ? at : segmentMoment(call, rest, at));
    case 's':
      return String(Math.max(0, Math.trunc((at - segmentMoment(call, rest, at)) / 1000)));
    case 'ms':
      return String(Math.max(0, Math.round(at - segmentMoment(call, rest, at))));
    case 'loginTime':
      return String(deps.members.loginTime);
    case 'callsTaken':
      return String(deps.members.get(required(call.identities, arg, 'role')).callsTaken);
    case 'callsTaken+': {
      const member = required(call.identities, arg, 'role');
      deps.members.recordCall(member, at);
      return String(deps.members.get(member).callsTaken);
    }
    case 'lastCall':
    case 'lastCall=':
      return String(deps.members.get(required(call.identities, arg, 'role')).lastCall);
    default:
      return required(call.identities, name, 'role');
  }
}

/** `SEG:residual` → when the segment started plus the recorded offset; a segment this call skipped counts from now. */
function segmentMoment(call: CallRendering, [segment = '', residual = '0']: readonly string[], at: number): number {
  const start = call.segmentStarts.get(segment) ?? at;
  return start + Number(residual);
}

function allocate(call: CallRendering, key: string, create: () => string): string {
  let value = call.allocated.get(key);
  if (value === undefined) call.allocated.set(key, (value = create()));
  return value;
}

function required<T>(table: Record<string, T>, key: string, what: string): T {
  const value = table[key];
  if (value === undefined) throw new Error(`scripted call has no ${what} "${key}"`);
  return value;
}

/** Cdr and CEL times: local wall-clock time without a zone, as Asterisk writes them. */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}
