/**
 * Turns the recorded transcripts (shared/fixtures/ami) into the call templates under ./templates,
 * which ship with the product. Run after a fixture changes:
 *   npx tsx pbx-adapter/simulator/scripted-templates.extract.ts
 * The test `scripted-templates.test.ts` fails while the committed templates differ from a fresh run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { field, readFixture, type Fixture, type FixtureMessage } from './scripted-fixture.ts';
import {
  TEMPLATES_DIR,
  serializeTemplate,
  type AmiLines,
  type CallTemplate,
  type TemplateMessage,
  type TemplateSegment,
  type VariableSite,
} from './scripted-template.ts';

export interface ScenarioSpec {
  readonly template: string;
  readonly fixture: string;
  /** Literal text of the recording → the role it plays (`caller`, `agent`, `customer` ...). */
  readonly identities: Readonly<Record<string, string>>;
  /** The recorded Originate's variables → the duration parameter each one carries (null: a literal such as `never`). */
  readonly simVars: Readonly<Record<string, string | null>>;
  /** The recorded values of the duration parameters, in seconds. */
  readonly params: Readonly<Record<string, number>>;
  /** Segment name, how many bursts of messages it spans, and the parameter before it (`trigger:` when an action can start it). */
  readonly segments: ReadonlyArray<readonly [name: string, bursts: number, start?: string]>;
  /** For a call taken out of the load recording: the caller's number, which names the call there. */
  readonly caller?: string;
}

const INBOUND = { '+380441234567': 'caller', '+380445550100': 'did', '101': 'agent' };
const AGENT_VARS = { __AGENT_RING: 'ring:agent', __AGENT_TALK: 'talk:agent' };
const TRANSFER = {
  identities: { ...INBOUND, '102': 'target' },
  simVars: { __AGENT_RING: 'ring:agent', __AGENT_TALK_101: 'talk:agent', __AGENT_TALK_102: 'talk:target' },
  params: { 'ring:agent': 2, 'ring:target': 2, 'talk:agent': 30, 'talk:target': 4, transferAfter: 3, callerWait: 60 },
};
const WEBRTC_INBOUND = { '+380441234567': 'caller', '+380445550700': 'did', '7001': 'agent' };
const SPY = {
  identities: { ...WEBRTC_INBOUND, '7002': 'supervisor', Supervisor: 'spyCidName' },
  simVars: {},
  params: { 'ring:agent': 2, spyAfter: 2, 'ring:supervisor': 1, 'talk:supervisor': 5, afterSpy: 2, callerWait: 60 },
  segments: [
    ['setup', 1],
    ['answer', 1, 'ring:agent'],
    ['spy', 1, 'trigger:spyAfter'],
    ['spyAnswer', 1, 'ring:supervisor'],
    ['spyHangup', 1, 'talk:supervisor'],
    ['agentHangup', 1, 'afterSpy'],
  ],
} as const;

export const SCENARIOS: readonly ScenarioSpec[] = [
  {
    template: 'inbound_answered_agent_hangup',
    fixture: 'inbound_answered_agent_hangup',
    identities: INBOUND,
    simVars: AGENT_VARS,
    params: { 'ring:agent': 3, 'talk:agent': 5, callerWait: 60 },
    segments: [['setup', 1], ['answer', 2, 'ring:agent'], ['agentHangup', 1, 'talk:agent']],
  },
  {
    template: 'inbound_answered_caller_hangup',
    fixture: 'inbound_answered_caller_hangup',
    identities: INBOUND,
    simVars: AGENT_VARS,
    params: { 'ring:agent': 3, 'talk:agent': 60, callerWait: 4 },
    segments: [['setup', 1], ['answer', 2, 'ring:agent'], ['callerHangup', 1, 'callerWait']],
  },
  {
    template: 'inbound_missed',
    fixture: 'inbound_missed',
    identities: INBOUND,
    simVars: { __AGENT_RING: null },
    params: { callerWait: 60, callerPatience: 8 },
    segments: [['setup', 1], ['giveUp', 1, 'callerPatience']],
  },
  {
    template: 'queue_ringall',
    fixture: 'queue_ringall',
    identities: { '+380441234567': 'caller', '+380445550200': 'did', support: 'queue', '201': 'member1', '202': 'member2' },
    simVars: { __AGENT_RING_201: null, __AGENT_RING_202: 'ring:member2', __AGENT_TALK: 'talk:member2' },
    params: { 'ring:member2': 3, 'talk:member2': 5, callerWait: 60 },
    segments: [['setup', 1], ['answer', 2, 'ring:member2'], ['agentHangup', 1, 'talk:member2']],
  },
  { template: 'blind_transfer', fixture: 'blind_transfer', ...TRANSFER, segments: transferSegments('transfer') },
  { template: 'redirect_transfer', fixture: 'redirect_transfer', ...TRANSFER, segments: transferSegments('redirect') },
  {
    template: 'click_to_call_answered',
    fixture: 'click_to_call_answered',
    identities: { 'CRM: 0501234567': 'cidName', '0501234567': 'customer', '+380445550100': 'companyCid', '101': 'agent' },
    simVars: { ...AGENT_VARS, __CUST_RING: 'ring:customer', __CUST_TALK: 'talk:customer' },
    params: { 'ring:agent': 2, 'talk:agent': 60, 'ring:customer': 3, 'talk:customer': 6 },
    segments: [
      ['setup', 1],
      ['agentAnswer', 1, 'ring:agent'],
      ['customerAnswer', 2, 'ring:customer'],
      ['customerHangup', 1, 'talk:customer'],
    ],
  },
  {
    template: 'click_to_call_agent_noanswer',
    fixture: 'click_to_call_agent_noanswer',
    identities: { 'CRM: 0501234567': 'cidName', '0501234567': 'customer', '101': 'agent' },
    simVars: { __AGENT_RING: null },
    params: { originateTimeout: 8 },
    segments: [['setup', 1], ['timeout', 1, 'originateTimeout']],
  },
  {
    template: 'outbound_busy',
    fixture: 'outbound_busy',
    identities: { 'CRM: 0509999999': 'cidName', '0509999999': 'customer', '+380445550100': 'companyCid', '101': 'agent' },
    simVars: AGENT_VARS,
    params: { 'ring:agent': 2, 'talk:agent': 60 },
    segments: [['setup', 1], ['agentAnswer', 4, 'ring:agent']],
  },
  {
    template: 'webrtc_inbound_answered',
    fixture: 'webrtc_inbound_answered',
    identities: WEBRTC_INBOUND,
    simVars: {},
    params: { 'ring:agent': 2, 'talk:agent': 5, callerWait: 60 },
    segments: [['setup', 1], ['answer', 1, 'ring:agent'], ['agentHangup', 1, 'talk:agent']],
  },
  {
    template: 'hold_unhold',
    fixture: 'hold_unhold',
    identities: WEBRTC_INBOUND,
    simVars: {},
    params: { 'ring:agent': 2, holdAfter: 2, holdSeconds: 4, talkAfterHold: 3, callerWait: 60 },
    segments: [
      ['setup', 1],
      ['answer', 1, 'ring:agent'],
      ['hold', 1, 'holdAfter'],
      ['unhold', 1, 'holdSeconds'],
      ['agentHangup', 1, 'talkAfterHold'],
    ],
  },
  {
    template: 'webrtc_inbound_rejected',
    fixture: 'webrtc_inbound_rejected',
    identities: WEBRTC_INBOUND,
    simVars: {},
    params: { 'ring:agent': 2, callerWait: 60 },
    segments: [['setup', 1], ['reject', 1, 'ring:agent']],
  },
  {
    template: 'webrtc_click_to_call',
    fixture: 'webrtc_click_to_call',
    identities: { 'CRM: 0501234567': 'cidName', '0501234567': 'customer', '+380445550100': 'companyCid', '7001': 'agent' },
    simVars: { __CUST_RING: 'ring:customer', __CUST_TALK: 'talk:customer' },
    params: { 'ring:agent': 2, 'ring:customer': 3, 'talk:customer': 6 },
    segments: [
      ['setup', 1],
      ['agentAnswer', 1, 'ring:agent'],
      ['customerAnswer', 2, 'ring:customer'],
      ['customerHangup', 1, 'talk:customer'],
    ],
  },
  {
    template: 'queue_caller_abandon',
    fixture: 'load_busy_center',
    caller: '+380446869636',
    identities: { '+380446869636': 'caller', '+380445550240': 'did', returns: 'queue', '209': 'member1', '210': 'member2' },
    simVars: { __AGENT_RING_209: null, __AGENT_RING_210: null },
    params: { callerWait: 60, callerPatience: 9 },
    segments: [['setup', 1], ['giveUp', 1, 'callerPatience']],
  },
  { template: 'chanspy_listen', fixture: 'chanspy_listen', ...SPY },
  { template: 'chanspy_whisper', fixture: 'chanspy_whisper', ...SPY },
  { template: 'chanspy_barge', fixture: 'chanspy_barge', ...SPY },
];

function transferSegments(action: string): ScenarioSpec['segments'] {
  return [
    ['setup', 1],
    ['answer', 2, 'ring:agent'],
    [action, 1, 'trigger:transferAfter'],
    ['targetAnswer', 2, 'ring:target'],
    ['targetHangup', 1, 'talk:target'],
  ];
}

/** A new burst starts after this much silence: the gaps between bursts are the ring and talk times. */
const BURST_GAP_S = 0.15;
/** Session and media noise that does not belong to a call template. */
const SESSION_EVENTS = new Set(['FullyBooted', 'RTCPSent', 'RTCPReceived']);
const SECONDS_VARIABLES = new Set(['RINGTIME', 'DIALEDTIME', 'ANSWEREDTIME', 'PROGRESSTIME', 'QUEUEWAIT']);
const DURATION_KEYS: Readonly<Record<string, readonly string[]>> = {
  Cdr: ['Duration', 'BillableSeconds'],
  AgentConnect: ['HoldTime', 'RingTime'],
  AgentComplete: ['HoldTime', 'TalkTime'],
  QueueCallerAbandon: ['HoldTime'],
};
const DATE_KEYS: Readonly<Record<string, readonly string[]>> = {
  CEL: ['EventTime'],
  Cdr: ['StartTime', 'AnswerTime', 'EndTime'],
};
const APP_DATA_PAIRS = [
  ['Application', 'AppData'],
  ['Application', 'Data'],
  ['Application', 'ApplicationData'],
  ['LastApplication', 'LastData'],
] as const;
/** Keys whose numbers are never an identity (an agent `101` must not replace a priority or a cause). */
const NUMERIC_KEYS = new Set(['Priority', 'ChannelState', 'Cause', 'Duration', 'BillableSeconds', 'Position', 'Count']);

interface CallMessage extends FixtureMessage {
  segment: number;
  wallMs: number;
}

interface SegmentFrame {
  readonly name: string;
  readonly startS: number;
  readonly wallMs: number;
}

export function extractTemplate(spec: ScenarioSpec, fixture: Fixture = readScenario(spec)): CallTemplate {
  const originate = fixture.actions.find((action) => field(action.lines, 'Action') === 'Originate');
  if (!originate) throw new Error(`${spec.fixture}: no Originate action`);
  const { messages, frames } = splitIntoSegments(spec, fixture, originate.offsetS);
  const originateVariables = originate.lines.filter(([key]) => key === 'Variable').map(([, value]) => {
    const equals = value.indexOf('=');
    return [value.slice(0, equals), value.slice(equals + 1)] as const;
  });
  const rewrite = createRewriter(spec, messages, frames, originateVariables);

  const segments: TemplateSegment[] = frames.map((frame, index) => ({
    name: frame.name,
    ...(index > 0 ? { start: segmentStart(spec, index, frames) } : {}),
    messages: [] as TemplateMessage[],
  }));
  for (const message of messages) {
    const rewritten = rewrite(message);
    const frame = frames[message.segment];
    if (!rewritten || !frame) continue;
    (segments[message.segment]?.messages as TemplateMessage[]).push({
      offsetMs: round3((message.offsetS - frame.startS) * 1000),
      ...rewritten,
    });
  }
  const replace = identityReplacer(spec.identities);
  const variables = originateVariables.map(([name, value]) => {
    const param = spec.simVars[name];
    return [replace(name), param ? `«p:${param}»` : value] as const;
  });
  return { name: spec.template, variables, segments };
}

/** The recording a scenario is extracted from: its fixture, or its call within the load fixture. */
export function readScenario(spec: ScenarioSpec): Fixture {
  const fixture = readFixture(spec.fixture);
  return spec.caller ? isolateCall(fixture, spec.caller) : fixture;
}

/**
 * One call of the load recording, where 200 calls overlap: its Originate and response, every
 * message that names its Linkedid, the Cdrs of its channels, and the state changes of the
 * devices it used while it lasted (the recorder never gave an agent or a queue to two calls at once).
 */
function isolateCall(fixture: Fixture, caller: string): Fixture {
  const originate = fixture.actions.find((action) => field(action.lines, 'CallerID') === caller);
  const actionId = originate ? field(originate.lines, 'ActionID') : undefined;
  const did = /^Local\/([^@]+)@/.exec(originate ? field(originate.lines, 'Channel') ?? '' : '')?.[1];
  if (!originate || !actionId || !did) throw new Error(`no Originate for ${caller}`);
  // The actions file counts milliseconds; the response can be stamped a fraction before.
  const later = fixture.messages.filter((message) => message.offsetS >= originate.offsetS - 0.001);
  const first = later.find(
    (m) => field(m.lines, 'Event') === 'Newchannel' && field(m.lines, 'Channel')?.startsWith(`Local/${did}@from-pstn-`),
  );
  const linkedid = first ? field(first.lines, 'Uniqueid') : undefined;
  if (!linkedid) throw new Error(`no channel for ${caller}`);

  const uniqueids = new Set<string>();
  const devices = new Set<string>([`Local/${did}@from-pstn`]);
  const isOwn = (lines: AmiLines): boolean => lines.some(([key, value]) => /inkedid$/i.test(key) && value === linkedid);
  let lastOwnS = originate.offsetS;
  for (const message of later) {
    if (!isOwn(message.lines)) continue;
    lastOwnS = message.offsetS;
    for (const [key, value] of message.lines) {
      if (/uniqueid$/i.test(key)) uniqueids.add(value);
      const member = /^Local\/(\d+)@agents\/n$/.exec(value)?.[1];
      if (key === 'Interface' && member) devices.add(`Local/${member}@agents`);
      if (key === 'Queue') devices.add(`Queue:${value}`);
    }
  }
  const belongs = (message: FixtureMessage): boolean => {
    const lines = message.lines;
    if (isOwn(lines)) return true;
    if (field(lines, 'ActionID') === actionId) return true;
    if (field(lines, 'Event') === 'Cdr') return uniqueids.has(field(lines, 'UniqueID') ?? '');
    if (message.offsetS > lastOwnS + 0.5) return false;
    const device = field(lines, 'Device') ?? field(lines, 'Hint') ?? field(lines, 'StateInterface') ?? '';
    return [...devices].some((own) => device === own || device.startsWith(`${own}_`));
  };
  return {
    originMs: fixture.originMs,
    actions: [originate],
    messages: later.filter((message) => message.offsetS <= lastOwnS + 1 && belongs(message)),
  };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function isCallMessage(message: FixtureMessage): boolean {
  const [first] = message.lines;
  if (!first || first[0] !== 'Event') return false;
  if (SESSION_EVENTS.has(first[1])) return false;
  return !(first[1] === 'SuccessfulAuth' && field(message.lines, 'Service') === 'AMI');
}

function splitIntoSegments(
  spec: ScenarioSpec,
  fixture: Fixture,
  originateOffsetS: number,
): { messages: CallMessage[]; frames: SegmentFrame[] } {
  const callMessages = fixture.messages.filter(isCallMessage);
  const bursts: FixtureMessage[][] = [];
  let previous = -Infinity;
  for (const message of callMessages) {
    if (message.offsetS - previous > BURST_GAP_S) bursts.push([]);
    bursts.at(-1)?.push(message);
    previous = message.offsetS;
  }
  const expected = spec.segments.reduce((sum, [, count]) => sum + count, 0);
  if (bursts.length !== expected) {
    const starts = bursts.map((burst) => burst[0]?.offsetS.toFixed(3)).join(' ');
    throw new Error(`${spec.fixture}: ${bursts.length} bursts (${starts}), the spec expects ${expected}`);
  }
  const messages: CallMessage[] = [];
  const frames: SegmentFrame[] = [];
  let burstIndex = 0;
  spec.segments.forEach(([name, count], segment) => {
    const first = bursts[burstIndex]?.[0];
    if (!first) throw new Error(`${spec.fixture}: segment ${name} has no messages`);
    const startS = segment === 0 ? originateOffsetS : actionJustBefore(fixture, first.offsetS) ?? first.offsetS;
    frames.push({ name, startS, wallMs: fixture.originMs + startS * 1000 });
    for (const burst of bursts.slice(burstIndex, burstIndex + count)) {
      for (const message of burst) messages.push({ ...message, segment, wallMs: fixture.originMs + message.offsetS * 1000 });
    }
    burstIndex += count;
  });
  return { messages, frames };
}

/** A segment that an AMI action started begins when the action was written, a millisecond before its events. */
function actionJustBefore(fixture: Fixture, offsetS: number): number | undefined {
  return fixture.actions.find((action) => {
    const name = field(action.lines, 'Action');
    return name !== 'Login' && name !== 'Logoff' && action.offsetS <= offsetS && offsetS - action.offsetS < 0.1;
  })?.offsetS;
}

function segmentStart(spec: ScenarioSpec, index: number, frames: readonly SegmentFrame[]) {
  const declared = spec.segments[index]?.[2] ?? '';
  const triggered = declared.startsWith('trigger:');
  const param = triggered ? declared.slice('trigger:'.length) : declared;
  const seconds = spec.params[param];
  const frame = frames[index];
  const before = frames[index - 1];
  if (seconds === undefined || !frame || !before) throw new Error(`${spec.fixture}: no value for parameter ${param}`);
  return { param, triggered, residualMs: round3((frame.startS - before.startS) * 1000 - seconds * 1000) };
}

interface ChannelState {
  ring?: string;
  talk?: string;
  answered?: boolean;
  wait?: { value: string; placeholder: string };
}

/** Rewrites one recorded message into template lines; returns undefined for a VarSet folded into a variable site. */
function createRewriter(
  spec: ScenarioSpec,
  messages: readonly CallMessage[],
  frames: readonly SegmentFrame[],
  originateVariables: ReadonlyArray<readonly [string, string]>,
): (message: CallMessage) => { lines: AmiLines; variables?: VariableSite } | undefined {
  const replace = identityReplacer(spec.identities);
  const originateVariableNames = originateVariables.map(([name]) => name);
  const channels = new Map<string, ChannelState>();
  const members = new Map<string, { callsTaken: number; lastCall: string }>();
  const originated = messages.find((m) => field(m.lines, 'Event') === 'Newchannel');
  const originatedChannel = originated ? field(originated.lines, 'Channel') : undefined;
  const variableNames = new Set(originateVariableNames);
  const inheritable = originateVariableNames.filter((name) => name.startsWith('_')).length;
  const siteProgress = new Map<string, number>();
  let openSite: { channel: string; site: VariableSite } | undefined;

  const timeRules = createTimeRules(spec, messages, frames);

  return (message) => {
    const event = field(message.lines, 'Event') ?? '';
    const channel = field(message.lines, 'Channel') ?? '';
    const variable = event === 'VarSet' ? field(message.lines, 'Variable') ?? '' : '';

    if (variableNames.has(variable)) {
      const seen = (siteProgress.get(channel) ?? 0) + 1;
      siteProgress.set(channel, seen);
      if (openSite?.channel === channel) {
        openSite.site.to = seen;
        return undefined;
      }
      const kind = channel === originatedChannel ? 'set' : 'inherit';
      const site: VariableSite = { kind, from: seen - 1, to: seen, total: kind === 'set' ? variableNames.size : inheritable };
      openSite = { channel, site };
      const lines = message.lines.map(([key, value]): [string, string] => {
        if (key === 'Variable') return [key, '«var:name»'];
        if (key === 'Value') return [key, '«var:value»'];
        return [key, replace(value)];
      });
      return { lines, variables: site };
    }
    openSite = undefined;

    const state = channelState(channels, channel);
    const paramRules = createParamRules(spec, originateVariables, message.lines, event, channel, state);
    const lines = message.lines.map(([key, value]): [string, string] => {
      if (key === 'ActionID') return [key, '«action»'];
      const param = paramRules(key, value, variable);
      if (param !== undefined) return [key, param];
      const time = timeRules(message, event, key, value, variable);
      if (time !== undefined) return [key, time];
      const member = memberRule(spec, members, message.lines, key, value);
      if (member !== undefined) return [key, member];
      if (NUMERIC_KEYS.has(key) || (key === 'Value' && variable.startsWith('RTPAUDIOQOS'))) return [key, value];
      return [key, replace(value)];
    });
    return { lines };
  };
}

function channelState(channels: Map<string, ChannelState>, channel: string): ChannelState {
  let state = channels.get(channel);
  if (!state) {
    state = {};
    channels.set(channel, state);
  }
  return state;
}

/** The simulated phones (`Local/<ext>@agents` `;2`) and the caller's handset run dialplan whose data are durations. */
function createParamRules(
  spec: ScenarioSpec,
  originateVariables: ReadonlyArray<readonly [string, string]>,
  lines: AmiLines,
  event: string,
  channel: string,
  state: ChannelState,
): (key: string, value: string, variable: string) => string | undefined {
  const handset = /^Local\/([^@]+)@(agents|pstn-out)-[0-9a-f]{8};2$/.exec(channel);
  const exten = handset?.[1] ?? '';
  const role = handset ? spec.identities[exten] : undefined;
  // Only values the recorder's variables chose are durations; the rest are the dialplan's defaults.
  const prefix = handset?.[2] === 'pstn-out' ? '__CUST_' : '__AGENT_';
  const chosen = (what: 'RING' | 'TALK'): string | undefined => {
    const named = (name: string): string | undefined => originateVariables.find(([n]) => n === name)?.[1];
    return named(`${prefix}${what}_${exten}`) ?? named(`${prefix}${what}`);
  };
  // A failed Originate names the dial string (`Local/<DID>@from-pstn/n`), not a channel.
  const callerHandset = /@from-pstn-[0-9a-f]{8};1$/.test(channel) || event === 'OriginateResponse';
  const application = field(lines, 'Application');
  if (role && event === 'Newexten' && application === 'Answer') state.answered = true;

  return (key, value, variable) => {
    if (role && key === 'Value' && (variable === 'RING' || variable === 'TALK') && /^\d+$/.test(value) && value === chosen(variable)) {
      if (variable === 'RING') state.ring = value;
      else state.talk = value;
      return `«p:${variable.toLowerCase()}:${role}»`;
    }
    if (role && key === 'AppData') {
      const set = /^(1\?Set\(|)(RING|TALK)=(\d+)(\)?)$/.exec(value);
      if (set && (application === 'Set' || application === 'ExecIf') && set[3] === chosen(set[2] === 'RING' ? 'RING' : 'TALK')) {
        return `${set[1]}${set[2]}=«p:${(set[2] ?? '').toLowerCase()}:${role}»${set[4]}`;
      }
      if (application === 'Wait' && event === 'Newexten') {
        const which = value === state.ring && !state.answered ? 'ring' : value === state.talk ? 'talk' : undefined;
        if (which) state.wait = { value, placeholder: `«p:${which}:${role}»` };
        return state.wait?.value === value ? state.wait.placeholder : undefined;
      }
    }
    const appKey = APP_DATA_PAIRS.find(([, data]) => data === key)?.[0];
    if (appKey && field(lines, appKey) === 'Wait') {
      if (role && state.wait?.value === value) return state.wait.placeholder;
      if (callerHandset && value === String(spec.params.callerWait)) return '«p:callerWait»';
    }
    return undefined;
  };
}

function createTimeRules(spec: ScenarioSpec, messages: readonly CallMessage[], frames: readonly SegmentFrame[]) {
  const indexOf = new Map(messages.map((message, index) => [message, index]));

  const reference = (candidate: CallMessage): { name: string; wallMs: number } => {
    const frame = frames[candidate.segment];
    if (!frame) throw new Error(`${spec.fixture}: message outside any segment`);
    return frame;
  };

  const date = (message: CallMessage, value: string): string => {
    const valueMs = Date.parse(`${value.replace(' ', 'T')}Z`);
    const second = (wallMs: number): number => Math.floor(wallMs / 1000) * 1000;
    if (second(message.wallMs) === valueMs) return '«date»';
    const upTo = messages.slice(0, (indexOf.get(message) ?? 0) + 1);
    const candidate = upTo.find((m) => second(m.wallMs) === valueMs) ?? nearest(upTo, (m) => Math.abs(m.wallMs - valueMs - 500));
    const frame = reference(candidate);
    return `«date:${frame.name}:${round3(candidate.wallMs - frame.wallMs)}»`;
  };

  const elapsed = (message: CallMessage, value: string, unit: 's' | 'ms'): string => {
    const targetMs = unit === 's' ? Number(value) * 1000 + 500 : Number(value);
    const upTo = messages.slice(0, (indexOf.get(message) ?? 0) + 1);
    const candidate = nearest(upTo, (m) => Math.abs(message.wallMs - m.wallMs - targetMs));
    const frame = reference(candidate);
    // The residual places the moment the duration counts from, relative to the segment's start.
    return `«${unit}:${frame.name}:${round3(message.wallMs - targetMs - frame.wallMs)}»`;
  };

  return (message: CallMessage, event: string, key: string, value: string, variable: string): string | undefined => {
    if (value === '') return undefined;
    if (DATE_KEYS[event]?.includes(key)) return date(message, value);
    if (DURATION_KEYS[event]?.includes(key)) return elapsed(message, value, 's');
    if (key === 'Value' && SECONDS_VARIABLES.has(variable)) return elapsed(message, value, 's');
    if (key === 'Value' && SECONDS_VARIABLES.has(variable.replace(/_MS$/, ''))) return elapsed(message, value, 'ms');
    return undefined;
  };
}

/** The last of the closest: ties go to the most recent message, so a zero duration refers to the current segment. */
function nearest<T>(items: readonly T[], distance: (item: T) => number): T {
  let best = items[0];
  let bestDistance = Infinity;
  for (const item of items) {
    const d = distance(item);
    if (d <= bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  if (best === undefined) throw new Error('no candidate');
  return best;
}

/** Queue member counters live across calls: the template says when they move, the PBX keeps them. */
function memberRule(
  spec: ScenarioSpec,
  members: Map<string, { callsTaken: number; lastCall: string }>,
  lines: AmiLines,
  key: string,
  value: string,
): string | undefined {
  if (key === 'LoginTime') return '«loginTime»';
  if (key !== 'CallsTaken' && key !== 'LastCall') return undefined;
  const exten = /^Local\/([^@]+)@/.exec(field(lines, 'Interface') ?? '')?.[1] ?? '';
  const role = spec.identities[exten];
  if (!role) throw new Error(`${spec.fixture}: queue member ${exten} has no role`);
  const previous = members.get(role);
  if (key === 'CallsTaken') {
    const callsTaken = Number(value);
    members.set(role, { callsTaken, lastCall: previous?.lastCall ?? '0' });
    if (previous && callsTaken === previous.callsTaken + 1) return `«callsTaken+:${role}»`;
    if (previous && callsTaken !== previous.callsTaken) throw new Error(`${spec.fixture}: CallsTaken jumps`);
    return `«callsTaken:${role}»`;
  }
  const changed = previous !== undefined && value !== '0' && value !== previous.lastCall;
  members.set(role, { callsTaken: previous?.callsTaken ?? 0, lastCall: value });
  return changed ? `«lastCall=:${role}»` : `«lastCall:${role}»`;
}

const UNIQUEID = String.raw`\b\d{10}\.\d+\b`;
const BRIDGE_ID = String.raw`\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b`;
const LOCAL_COUNTER = String.raw`(?<=Local/[^\s;]*)-[0-9a-f]{8}(?=;[12])`;
const PJSIP_COUNTER = String.raw`(?<=PJSIP/[^\s/-]+)-[0-9a-f]{8}(?![0-9a-f])`;

/**
 * Replaces identities with placeholders, numbered in order of first appearance within the
 * template: `«uid:N»`, `«local:N»` (the Local channel counter), `«pjsip:N»`, `«bridge:N»`, and the
 * spec's roles. Text already inside `«»` is left alone.
 */
function identityReplacer(identities: Readonly<Record<string, string>>): (value: string) => string {
  const numbering = new Map<string, Map<string, number>>();
  const literals = Object.keys(identities).sort((a, b) => b.length - a.length);
  const escaped = literals.map((literal) => `(?<![0-9A-Za-z+])${literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z])`);
  const pattern = new RegExp(
    [`(${UNIQUEID})`, `(${BRIDGE_ID})`, `(${LOCAL_COUNTER})`, `(${PJSIP_COUNTER})`, ...escaped.map((e) => `(${e})`)].join('|'),
    'g',
  );
  const numbered = (kind: string, raw: string): string => {
    let map = numbering.get(kind);
    if (!map) numbering.set(kind, (map = new Map()));
    let number = map.get(raw);
    if (number === undefined) map.set(raw, (number = map.size));
    return `«${kind}:${number}»`;
  };
  const replacePlain = (text: string): string =>
    text.replace(pattern, (match, uid?: string, bridge?: string, local?: string, pjsip?: string) => {
      if (uid) return numbered('uid', match);
      if (bridge) return numbered('bridge', match);
      if (local) return `-${numbered('local', match)}`;
      if (pjsip) return `-${numbered('pjsip', match)}`;
      return `«${identities[match] ?? match}»`;
    });
  return (value) => value.split(/(«[^»]*»)/).map((part) => (part.startsWith('«') ? part : replacePlain(part))).join('');
}

function main(): void {
  mkdirSync(TEMPLATES_DIR, { recursive: true });
  for (const spec of SCENARIOS) {
    const template = extractTemplate(spec);
    writeFileSync(join(TEMPLATES_DIR, `${spec.template}.tpl`), serializeTemplate(template));
    const count = template.segments.reduce((sum, segment) => sum + segment.messages.length, 0);
    console.log(`${spec.template}: ${template.segments.length} segments, ${count} messages`);
  }
}

if (process.argv[1] === import.meta.filename) main();
