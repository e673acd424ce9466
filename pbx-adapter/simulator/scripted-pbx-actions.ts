/**
 * The AMI actions the scripted PBX answers as Asterisk 22 does: Originate (click-to-call,
 * supervision, the recorder's PSTN calls), Hangup, BlindTransfer, Redirect, CoreShowChannels,
 * Status, ExtensionState and ExtensionStateList.
 */
import type { Logger } from 'pino';
import type { AmiMessage } from '../ami/ami-message.ts';
import type { AmiSessionReply } from './simulated-pbx.ts';
import { actionIdLine, type CallPlayer, type PlayingCall } from './scripted-player.ts';
import { formatDuration, type LiveChannel } from './scripted-channels.ts';
import type { Scheduler } from './scripted-scheduler.ts';
import type { AmiLines, CallTemplate } from './scripted-template.ts';
import type { CallRequest, InboundRequest, ScriptedAgent, ScriptedPbxConfig } from './scripted-pbx.ts';

export const DEFAULT_CALLER_WAIT_S = 60;
export const DEFAULT_TIMEOUT_S = 30;

export function targetParams(target: ScriptedAgent): Record<string, number> {
  return { 'ring:target': target.ringSeconds ?? 3, 'talk:target': target.talkSeconds };
}

export function originateQueued(actionId: string | undefined): AmiLines {
  return [['Response', 'Success'], ...actionIdLine(actionId), ['Message', 'Originate successfully queued']];
}

/** `Local/101@agents-0000002a;1` and `PJSIP/7001-0000000b` belong to agents 101 and 7001. */
export function agentOfChannel(name: string): string | undefined {
  return /^Local\/([^@]+)@agents-/.exec(name)?.[1] ?? /^PJSIP\/([^-]+)-/.exec(name)?.[1];
}

export interface ActionContext {
  readonly site: ScriptedPbxConfig;
  readonly player: CallPlayer;
  readonly template: (name: string) => CallTemplate;
  readonly agentOf: (extension: string) => ScriptedAgent;
  readonly inbound: (options: InboundRequest, request: CallRequest) => PlayingCall;
  readonly outbound: (
    agent: string,
    number: string,
    callerId: { name: string; number: string },
    timeoutSeconds: number,
    request: CallRequest,
  ) => PlayingCall;
  readonly scheduler: Scheduler;
  readonly log: Logger;
}

export function createActionHandlers(context: ActionContext) {
  const { player, scheduler, log } = context;
  const handlers: Record<string, (action: ParsedAction, session: AmiSessionReply) => void> = {
    originate: (action, session) => originate(context, action, session),
    hangup: (action, session) => hangup(context, action, session),
    blindtransfer: (action, session) => blindTransfer(context, action, session),
    redirect: (action, session) => redirect(context, action, session),
    coreshowchannels: (action, session) => coreShowChannels(player, scheduler.now(), action, session),
    status: (action, session) => status(player, scheduler.now(), action, session),
    extensionstate: (action, session) => extensionState(context, action, session),
    extensionstatelist: (action, session) => extensionStateList(context, action, session),
  };
  return {
    handle(message: AmiMessage, session: AmiSessionReply): boolean {
      const action = parseAction(message);
      const handler = handlers[action.name.toLowerCase()];
      if (!handler) return false;
      try {
        handler(action, session);
      } catch (error) {
        log.warn({ action: action.name, err: error }, 'scripted PBX could not simulate the action');
        session.reply(errorReply(action.actionId, 'Action failed'));
      }
      return true;
    },
  };
}

interface ParsedAction {
  readonly name: string;
  readonly actionId?: string;
  get(key: string): string | undefined;
  readonly variables: Array<readonly [string, string]>;
}

function parseAction(message: AmiMessage): ParsedAction {
  const fields = message.fields;
  const lowered = new Map(Object.entries(fields).map(([key, value]) => [key.toLowerCase(), value]));
  const variableLines = message.repeated?.['Variable'] ?? (fields['Variable'] !== undefined ? [fields['Variable']] : []);
  const variables = variableLines.flatMap((line) => line.split(',')).map((pair) => {
    const equals = pair.indexOf('=');
    return [pair.slice(0, equals).trim(), pair.slice(equals + 1)] as const;
  });
  const actionId = lowered.get('actionid');
  return {
    name: lowered.get('action') ?? '',
    ...(actionId !== undefined ? { actionId } : {}),
    get: (key) => lowered.get(key.toLowerCase()),
    variables: variables.filter(([name]) => name !== ''),
  };
}

function successReply(actionId: string | undefined, message: string): AmiLines {
  return [['Response', 'Success'], ...actionIdLine(actionId), ['Message', message]];
}

function errorReply(actionId: string | undefined, message: string): AmiLines {
  return [['Response', 'Error'], ...actionIdLine(actionId), ['Message', message]];
}

/** `"CRM: 0501234567" <0501234567>` or a bare number. */
function parseCallerId(text: string | undefined): { name: string; number: string } {
  if (!text) return { name: '', number: '' };
  const match = /^\s*(?:"([^"]*)"|([^<]*?))\s*<([^>]*)>\s*$/.exec(text);
  if (!match) return { name: '', number: text.trim() };
  return { name: match[1] ?? match[2] ?? '', number: match[3] ?? '' };
}

function isAsync(action: ParsedAction): boolean {
  return /^(true|yes|1|on|y|t)$/i.test(action.get('Async') ?? '');
}

function originate(context: ActionContext, action: ParsedAction, session: AmiSessionReply): void {
  const channel = action.get('Channel') ?? '';
  const request: CallRequest = { session, async: isAsync(action), variables: action.variables, ...(action.actionId !== undefined ? { actionId: action.actionId } : {}) };
  const local = /^Local\/([^@/]+)@([^/]+)(?:\/n)?$/.exec(channel);
  const pjsip = /^PJSIP\/([^/]+)$/.exec(channel);
  const timeoutSeconds = Number(action.get('Timeout') ?? DEFAULT_TIMEOUT_S * 1000) / 1000;
  const callerId = parseCallerId(action.get('CallerID'));

  if (local?.[2] === 'from-pstn' && context.site.dids[local[1] ?? '']) {
    const wait = action.get('Application')?.toLowerCase() === 'wait' ? Number(action.get('Data') ?? DEFAULT_CALLER_WAIT_S) : DEFAULT_CALLER_WAIT_S;
    const behaviour = agentVariables(action.variables, context.site, local[1] ?? '', wait);
    context.inbound({ from: callerId.number, did: local[1] ?? '', callerWait: wait, patienceSeconds: timeoutSeconds, ...behaviour }, request);
    return;
  }
  const agentExtension = local?.[2] === 'agents' ? local[1] : pjsip?.[1];
  const agent = agentExtension ? context.agentOf(agentExtension) : undefined;
  const reachable = agent && (local || (agent.kind === 'webrtc' && agent.registered));
  if (agentExtension && reachable && action.get('Application')?.toLowerCase() === 'chanspy') {
    if (startSpy(context, agentExtension, action, callerId, request)) return;
  } else if (agentExtension && reachable && action.get('Exten')) {
    context.outbound(agentExtension, action.get('Exten') ?? '', callerId, timeoutSeconds, request);
    return;
  }
  failOriginate(context.player, action, channel, callerId, request);
}

/** The recorder told its simulated phones how to behave through inherited variables; honour them. */
function agentVariables(
  variables: ReadonlyArray<readonly [string, string]>,
  site: ScriptedPbxConfig,
  did: string,
  callerWait: number,
): Pick<InboundRequest, 'ringSeconds' | 'talkSeconds' | 'hangupBy' | 'memberRing'> {
  const route = site.dids[did];
  const value = (name: string, extension: string | undefined): string | undefined =>
    variables.find(([n]) => n === `__${name}_${extension}`)?.[1] ?? variables.find(([n]) => n === `__${name}`)?.[1];
  const seconds = (text: string | undefined): number | null | undefined =>
    text === undefined ? undefined : text === 'never' ? null : Number(text);
  const extension = route && 'agent' in route ? route.agent : undefined;
  const members = route && 'queue' in route ? site.queues[route.queue] ?? [] : [];
  const memberRing = Object.fromEntries(
    members.flatMap((member) => {
      const ring = seconds(value('AGENT_RING', member));
      return ring === undefined ? [] : [[member, ring]];
    }),
  );
  const ring = seconds(value('AGENT_RING', extension));
  const talk = Number(value('AGENT_TALK', extension) ?? site.agents[extension ?? '']?.talkSeconds ?? 5);
  return {
    memberRing,
    ...(ring !== undefined ? { ringSeconds: ring } : {}),
    ...(callerWait < talk ? { talkSeconds: callerWait, hangupBy: 'caller' } : { talkSeconds: talk, hangupBy: 'agent' }),
  };
}

export function clickToCallVariables(variables: ReadonlyArray<readonly [string, string]>): {
  ringSeconds?: number | null;
  customerRingSeconds?: number;
  customerTalkSeconds?: number;
} {
  const value = (name: string): string | undefined => variables.find(([n]) => n === name)?.[1];
  const ring = value('__AGENT_RING');
  const customerRing = value('__CUST_RING');
  const customerTalk = value('__CUST_TALK');
  return {
    ...(ring !== undefined ? { ringSeconds: ring === 'never' ? null : Number(ring) } : {}),
    ...(customerRing !== undefined ? { customerRingSeconds: Number(customerRing) } : {}),
    ...(customerTalk !== undefined ? { customerTalkSeconds: Number(customerTalk) } : {}),
  };
}

function failOriginate(
  player: CallPlayer,
  action: ParsedAction,
  channel: string,
  callerId: { name: string; number: string },
  request: CallRequest,
): void {
  if (!request.async) {
    request.session?.reply(errorReply(request.actionId, 'Originate failed'));
    return;
  }
  request.session?.reply(originateQueued(request.actionId));
  const application = action.get('Application');
  const target: AmiLines = application
    ? [['Application', application], ['Data', action.get('Data') ?? '']]
    : [['Context', action.get('Context') ?? ''], ['Exten', action.get('Exten') ?? '']];
  player.raise([
    ['Event', 'OriginateResponse'],
    ['Privilege', 'call,all'],
    ...actionIdLine(request.actionId),
    ['Response', 'Failure'],
    ['Channel', channel],
    ...target,
    ['Reason', '0'],
    ['Uniqueid', '<unknown>'],
    ['CallerIDNum', callerId.number || '<unknown>'],
    ['CallerIDName', callerId.name || '<unknown>'],
  ]);
}

const SPIED_TEMPLATES = new Set(['webrtc_inbound_answered', 'chanspy_listen', 'chanspy_whisper', 'chanspy_barge']);

/** ChanSpy joins a softphone call that is talking; the supervisor's leg is a call of its own (its own Linkedid). */
function startSpy(
  context: ActionContext,
  supervisor: string,
  action: ParsedAction,
  callerId: { name: string; number: string },
  request: CallRequest,
): boolean {
  const [spied = '', options = ''] = (action.get('Data') ?? '').split(',');
  const agent = /^PJSIP\/(.+)$/.exec(spied)?.[1];
  const call = context.player
    .live()
    .find(
      (live) =>
        SPIED_TEMPLATES.has(live.template.name) &&
        live.rendering.identities['agent'] === agent &&
        live.template.segments[live.segment]?.name === 'answer',
    );
  if (!call) return false;
  const mode = options.includes('B') ? 'chanspy_barge' : options.includes('w') ? 'chanspy_whisper' : 'chanspy_listen';
  const supervisorAgent = context.agentOf(supervisor);
  const ring = supervisorAgent.ringSeconds ?? 1;
  const talk = supervisorAgent.talkSeconds;
  const agentHangupAt = call.nextAt ?? context.scheduler.now();
  const afterSpy = Math.max(1, Math.round((agentHangupAt - context.scheduler.now()) / 1000 - ring - talk));
  Object.assign(call.rendering.identities, { supervisor, spyCidName: callerId.name || '<unknown>' });
  // Durations the call was placed with win over the configured ones.
  call.rendering.params = { 'ring:supervisor': ring, 'talk:supervisor': talk, afterSpy, ...call.rendering.params };
  retarget(call, request);
  if (request.session && request.async) request.session.reply(originateQueued(request.actionId));
  context.player.switchTo(call, context.template(mode), 'spy');
  return true;
}

/** The messages played from now on answer to this action (its ActionID, its synchronous reply). */
function retarget(call: PlayingCall, request: CallRequest): void {
  call.rendering.actionId = request.actionId;
  if (request.session && !request.async) call.syncOriginate = { session: request.session, ...(request.actionId !== undefined ? { actionId: request.actionId } : {}) };
}

interface Continuation {
  readonly template: string;
  readonly segment: string;
}

/** Where a live call goes when a channel of it is hung up: the recorded ending closest to what Asterisk does. */
function hangupContinuation(call: PlayingCall, channel: LiveChannel): Continuation | undefined {
  const playing = call.template.segments[call.segment]?.name;
  const callerSide = /@from-pstn-/.test(channel.name);
  const supervisor = call.rendering.identities['supervisor'];
  const talking = playing === 'answer';
  switch (call.template.name) {
    case 'inbound_answered_agent_hangup':
    case 'inbound_answered_caller_hangup':
    case 'blind_transfer':
    case 'redirect_transfer':
      if (talking) {
        return callerSide
          ? { template: 'inbound_answered_caller_hangup', segment: 'callerHangup' }
          : { template: 'inbound_answered_agent_hangup', segment: 'agentHangup' };
      }
      if (playing === 'setup') return { template: 'inbound_missed', segment: 'giveUp' };
      if (playing === 'targetAnswer') return { template: call.template.name, segment: 'targetHangup' };
      return undefined;
    case 'inbound_missed':
      return playing === 'setup' ? { template: 'inbound_missed', segment: 'giveUp' } : undefined;
    case 'queue_ringall':
      return talking ? { template: 'queue_ringall', segment: 'agentHangup' } : undefined;
    case 'webrtc_inbound_answered':
    case 'hold_unhold':
      // Not while the caller is on hold: no recording shows how a held call is torn down.
      if (talking || playing === 'unhold') return { template: 'webrtc_inbound_answered', segment: 'agentHangup' };
      return playing === 'setup' && !callerSide ? { template: 'webrtc_inbound_rejected', segment: 'reject' } : undefined;
    case 'click_to_call_answered':
    case 'webrtc_click_to_call':
      return playing === 'customerAnswer' ? { template: call.template.name, segment: 'customerHangup' } : undefined;
    case 'click_to_call_agent_noanswer':
      return playing === 'setup' ? { template: call.template.name, segment: 'timeout' } : undefined;
    case 'chanspy_listen':
    case 'chanspy_whisper':
    case 'chanspy_barge':
      if (playing === 'spyAnswer' && supervisor && channel.name.startsWith(`PJSIP/${supervisor}-`)) {
        return { template: call.template.name, segment: 'spyHangup' };
      }
      return playing === 'spyHangup' ? { template: call.template.name, segment: 'agentHangup' } : undefined;
    default:
      return undefined;
  }
}

function hangup(context: ActionContext, action: ParsedAction, session: AmiSessionReply): void {
  const name = action.get('Channel');
  if (!name) return session.reply(errorReply(action.actionId, 'No channel specified'));
  const channel = context.player.channels.byName(name);
  const call = context.player.callOfChannel(name);
  if (!channel || !call) return session.reply(errorReply(action.actionId, 'No such channel'));
  session.reply(successReply(action.actionId, 'Channel Hungup'));
  const next = hangupContinuation(call, channel);
  if (!next) {
    context.log.warn({ channel: name, template: call.template.name }, 'hangup in this phase is not simulated; the call goes on');
    return;
  }
  context.player.switchTo(call, context.template(next.template), next.segment);
}

const TRANSFERABLE = new Set(['inbound_answered_agent_hangup', 'inbound_answered_caller_hangup', 'blind_transfer', 'redirect_transfer']);

function transferableCall(context: ActionContext, channelName: string): PlayingCall | undefined {
  const call = context.player.callOfChannel(channelName);
  if (!call || !TRANSFERABLE.has(call.template.name)) return undefined;
  return call.template.segments[call.segment]?.name === 'answer' ? call : undefined;
}

function prepareTransfer(context: ActionContext, call: PlayingCall, target: string): void {
  call.rendering.identities['target'] = target;
  Object.assign(call.rendering.params, targetParams(context.agentOf(target)));
}

function blindTransfer(context: ActionContext, action: ParsedAction, session: AmiSessionReply): void {
  const name = action.get('Channel');
  const exten = action.get('Exten');
  if (!name) return session.reply(errorReply(action.actionId, 'No channel specified'));
  if (!exten) return session.reply(errorReply(action.actionId, 'No extension specified'));
  if (!context.player.channels.byName(name)) return session.reply(errorReply(action.actionId, 'Channel specified does not exist'));
  const call = transferableCall(context, name);
  const agent = call?.rendering.identities['agent'];
  if (!call || !name.startsWith(`Local/${agent}@agents-`) || !name.endsWith(';1')) {
    return session.reply(errorReply(action.actionId, 'Transfer failed'));
  }
  prepareTransfer(context, call, exten);
  session.reply(successReply(action.actionId, 'Transfer succeeded'));
  context.player.switchTo(call, context.template('blind_transfer'), 'transfer');
}

function redirect(context: ActionContext, action: ParsedAction, session: AmiSessionReply): void {
  const name = action.get('Channel');
  const exten = action.get('Exten');
  if (!name) return session.reply(errorReply(action.actionId, 'Channel not specified'));
  if (!context.player.channels.byName(name)) return session.reply(errorReply(action.actionId, `Channel does not exist: ${name}`));
  const call = transferableCall(context, name);
  if (!call || !exten || !/@from-pstn-[0-9a-f]{8};2$/.test(name)) return session.reply(errorReply(action.actionId, 'Redirect failed'));
  prepareTransfer(context, call, exten);
  session.reply(successReply(action.actionId, 'Redirect successful'));
  context.player.switchTo(call, context.template('redirect_transfer'), 'redirect');
}

function listStart(actionId: string | undefined, message: string): AmiLines {
  return [['Response', 'Success'], ...actionIdLine(actionId), ['EventList', 'start'], ['Message', message]];
}

function listComplete(event: string, actionId: string | undefined, count: number, extra: AmiLines = []): AmiLines {
  return [['Event', event], ...actionIdLine(actionId), ['EventList', 'Complete'], ['ListItems', String(count)], ...extra];
}

function seconds(channel: LiveChannel, now: number): number {
  return Math.max(0, Math.floor((now - channel.createdAt) / 1000));
}

function coreShowChannels(player: CallPlayer, now: number, action: ParsedAction, session: AmiSessionReply): void {
  const channels = player.channels.list();
  session.reply(listStart(action.actionId, 'Channels will follow'));
  for (const channel of channels) {
    session.reply([
      ['Event', 'CoreShowChannel'],
      ...actionIdLine(action.actionId),
      ...channel.snapshot,
      ['Application', channel.application],
      ['ApplicationData', channel.applicationData],
      ['Duration', formatDuration(seconds(channel, now))],
      ['BridgeId', channel.bridgeId],
    ]);
  }
  session.reply(listComplete('CoreShowChannelsComplete', action.actionId, channels.length));
}

function status(player: CallPlayer, now: number, action: ParsedAction, session: AmiSessionReply): void {
  const only = action.get('Channel');
  const channels = only ? player.channels.list().filter((channel) => channel.name === only) : player.channels.list();
  if (only && channels.length === 0) return session.reply(errorReply(action.actionId, 'No such channel'));
  session.reply(listStart(action.actionId, 'Channel status will follow'));
  for (const channel of channels) session.reply(statusItem(channel, now, action.actionId));
  session.reply([...listComplete('StatusComplete', action.actionId, channels.length), ['Items', String(channels.length)]]);
}

function statusItem(channel: LiveChannel, now: number, actionId: string | undefined): AmiLines {
  const snapshotValue = (key: string): string => channel.snapshot.find(([k]) => k === key)?.[1] ?? '';
  // Local channels carry signed linear audio; the softphones ulaw (the endpoints allow ulaw,alaw).
  const format = channel.name.startsWith('PJSIP/') ? 'ulaw' : 'slin';
  return [
    ['Event', 'Status'],
    ['Privilege', 'Call'],
    ...channel.snapshot,
    ['Type', channel.name.startsWith('PJSIP/') ? 'PJSIP' : 'Local'],
    ['DNID', ''],
    ['EffectiveConnectedLineNum', snapshotValue('ConnectedLineNum')],
    ['EffectiveConnectedLineName', snapshotValue('ConnectedLineName')],
    ['TimeToHangup', '0'],
    ['BridgeID', channel.bridgeId],
    ['Application', channel.application],
    ['Data', channel.applicationData],
    ['Nativeformats', `(${format})`],
    ['Readformat', format],
    ['Readtrans', ''],
    ['Writeformat', format],
    ['Writetrans', ''],
    ['Callgroup', '0'],
    ['Pickupgroup', '0'],
    ['Seconds', String(seconds(channel, now))],
    ...actionIdLine(actionId),
  ];
}

const EXTENSION_STATES = {
  idle: ['0', 'Idle'],
  inUse: ['1', 'InUse'],
  unavailable: ['4', 'Unavailable'],
  ringing: ['8', 'Ringing'],
} as const;

/** Hint state as the recordings show it: Local phones know only Idle and InUse; softphones also Ringing and Unavailable. */
function hintState(context: ActionContext, extension: string): readonly [string, string] {
  const agent = context.agentOf(extension);
  if (agent.kind === 'webrtc' && !agent.registered) return EXTENSION_STATES.unavailable;
  const channels = context.player.channels.list().filter((channel) => agentOfChannel(channel.name) === extension);
  if (channels.length === 0) return EXTENSION_STATES.idle;
  if (agent.kind === 'local') return EXTENSION_STATES.inUse;
  const ringing = channels.some((channel) => channel.snapshot.find(([k]) => k === 'ChannelState')?.[1] === '5');
  return ringing ? EXTENSION_STATES.ringing : EXTENSION_STATES.inUse;
}

function hintOf(context: ActionContext, extension: string): string {
  return context.agentOf(extension).kind === 'webrtc' ? `PJSIP/${extension}` : `Local/${extension}@agents`;
}

function extensionState(context: ActionContext, action: ParsedAction, session: AmiSessionReply): void {
  const exten = action.get('Exten') ?? '';
  const hintContext = action.get('Context') ?? 'hints';
  const known = context.site.agents[exten] !== undefined;
  const [code, text] = known ? hintState(context, exten) : ['-1', 'Unknown'];
  session.reply([
    ['Response', 'Success'],
    ...actionIdLine(action.actionId),
    ['Message', 'Extension Status'],
    ['Exten', exten],
    ['Context', hintContext],
    ['Hint', known ? hintOf(context, exten) : ''],
    ['Status', code],
    ['StatusText', text],
  ]);
}

function extensionStateList(context: ActionContext, action: ParsedAction, session: AmiSessionReply): void {
  const extensions = Object.keys(context.site.agents);
  session.reply(listStart(action.actionId, 'Extension Statuses will follow'));
  for (const exten of extensions) {
    const [code, text] = hintState(context, exten);
    session.reply([
      ['Event', 'ExtensionStatus'],
      ...actionIdLine(action.actionId),
      ['Exten', exten],
      ['Context', 'hints'],
      ['Hint', hintOf(context, exten)],
      ['Status', code],
      ['StatusText', text],
    ]);
  }
  session.reply(listComplete('ExtensionStateListComplete', action.actionId, extensions.length));
}
