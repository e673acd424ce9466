/**
 * The CRM's requests as the AMI actions Asterisk expects (field names as in Asterisk's
 * main/manager_doc.xml; ChanSpy options as in apps/app_chanspy.c), the site settings they depend
 * on, and the errors a user can act on. Pure: nothing here talks to the PBX.
 */
import { CRM_REQUEST_VARIABLE } from './ami/ami-events.ts';
import type { AmiOutgoing } from './ami/ami-message.ts';
import type { CallRoutingRules } from './call-state/channel-roles.ts';

/** The channel variable a click-to-call carries the caller ID to present to the customer in. */
export const CRM_CALLER_ID_VARIABLE = 'CRM_CALLER_ID';

export interface AgentChannelRule {
  /** One extension, or a pattern that every extension it matches follows. */
  readonly extension: string | RegExp;
  /** The dial string with `{ext}` for the extension: `PJSIP/{ext}`, `Local/{ext}@agents/n`. */
  readonly channel: string;
}

export interface DialplanSettings {
  /** Where a click-to-call goes once the agent answered; `Exten` is the customer's number. */
  readonly originateContext: string;
  /** Where a transferred caller is sent; `Exten` is the target's extension. */
  readonly transferContext: string;
  /** How an agent's phone is dialled when no rule matches, `{ext}` standing for the extension. */
  readonly agentChannel: string;
  /** Per extension or pattern; the first match wins. */
  readonly agentChannelRules?: readonly AgentChannelRule[];
  /** The number customers see on a click-to-call, handed to the dialplan in `CRM_CALLER_ID`. */
  readonly companyCallerId?: string;
  /** Which channels are trunks and which are agents' phones (contexts and channel patterns). */
  readonly routing?: Partial<CallRoutingRules>;
  /** How long an agent's or a supervisor's phone rings for a call the CRM starts. */
  readonly ringTimeoutSeconds?: number;
}

/** The site the fixtures in shared/fixtures/ami were recorded on; the demo runs on it too. */
export const RECORDED_SITE_DIALPLAN: DialplanSettings = {
  originateContext: 'outbound',
  transferContext: 'internal',
  agentChannel: 'Local/{ext}@agents/n',
  agentChannelRules: [{ extension: /^7\d{3}$/, channel: 'PJSIP/{ext}' }],
  companyCallerId: '+380445550100',
};

const DEFAULT_RING_TIMEOUT_SECONDS = 30;

export type PbxErrorCode =
  | 'invalid-request'
  | 'not-started'
  | 'not-connected'
  | 'auth-failed'
  | 'unknown-call'
  | 'agent-unavailable'
  | 'agent-not-on-call'
  | 'not-transferable'
  | 'rejected'
  | 'timeout';

/** A request the PBX could not carry out; the message says what to do about it. */
export class PbxAdapterError extends Error {
  constructor(
    readonly code: PbxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PbxAdapterError';
  }
}

export interface ClickToCallRequest {
  readonly agentExtension: string;
  readonly number: string;
  readonly crmRequestId: string;
  /** Overrides the company caller ID for this call. */
  readonly callerId?: string;
}

export type SupervisionMode = 'listen' | 'whisper' | 'barge';

export interface SupervisionRequest {
  readonly supervisorExtension: string;
  readonly agentExtension: string;
  readonly mode: SupervisionMode;
}

// Characters that would change the meaning of a dial string (`/`, `@`, `&`), of ChanSpy's
// arguments (`,`) or of an Originate `Variable` line (`,`, `=`) are refused.
const EXTENSION = /^[A-Za-z0-9_.+*#-]{1,40}$/;
const PHONE_NUMBER = /^\+?[0-9]{2,20}$/;
const PHONE_FORMATTING = /[\s().-]/g;
const REQUEST_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

function invalid(field: string, problem: string): PbxAdapterError {
  return new PbxAdapterError('invalid-request', `${field}: ${problem}`);
}

export function checkExtension(field: string, value: string): string {
  if (!EXTENSION.test(value)) throw invalid(field, `${JSON.stringify(value)} is not an extension (letters, digits, _ . + * # -)`);
  return value;
}

/** Spaces, dots, dashes and brackets that people type are dropped: `+380 (50) 123-45-67`. */
export function checkPhoneNumber(field: string, value: string): string {
  const number = value.replace(PHONE_FORMATTING, '');
  if (!PHONE_NUMBER.test(number)) throw invalid(field, `${JSON.stringify(value)} is not a phone number (digits with an optional leading +)`);
  return number;
}

export function checkClickToCall(request: ClickToCallRequest): ClickToCallRequest {
  if (!REQUEST_ID.test(request.crmRequestId)) {
    throw invalid('crmRequestId', 'use 1 to 100 letters, digits or _ . : -');
  }
  return {
    agentExtension: checkExtension('agentExtension', request.agentExtension),
    number: checkPhoneNumber('number', request.number),
    crmRequestId: request.crmRequestId,
    ...(request.callerId !== undefined && { callerId: checkPhoneNumber('callerId', request.callerId) }),
  };
}

/** Refuses settings that could only fail later, on the first call. */
export function checkDialplan(dialplan: DialplanSettings): DialplanSettings {
  const templates = [dialplan.agentChannel, ...(dialplan.agentChannelRules ?? []).map((rule) => rule.channel)];
  const broken = templates.find((template) => !template.includes('{ext}'));
  if (broken !== undefined) throw invalid('dialplan.agentChannel', `${JSON.stringify(broken)} has no {ext} for the extension`);
  if (dialplan.companyCallerId !== undefined) checkPhoneNumber('dialplan.companyCallerId', dialplan.companyCallerId);
  return dialplan;
}

function ruleMatches(rule: AgentChannelRule, extension: string): boolean {
  return typeof rule.extension === 'string' ? rule.extension === extension : rule.extension.test(extension);
}

/** The dial string of an agent's phone: `PJSIP/7001`, `Local/101@agents/n`. */
export function agentDialString(dialplan: DialplanSettings, extension: string): string {
  const rule = dialplan.agentChannelRules?.find((each) => ruleMatches(each, extension));
  return (rule?.channel ?? dialplan.agentChannel).replaceAll('{ext}', extension);
}

/** ChanSpy matches channel names by prefix, so a Local dial string loses its options (`/n`). */
function spyTarget(dialplan: DialplanSettings, extension: string): string {
  const dialString = agentDialString(dialplan, extension);
  return /^(Local\/[^/]+)\/[A-Za-z]*$/.exec(dialString)?.[1] ?? dialString;
}

function ringTimeoutMs(dialplan: DialplanSettings): string {
  return String((dialplan.ringTimeoutSeconds ?? DEFAULT_RING_TIMEOUT_SECONDS) * 1000);
}

/**
 * The agent's phone rings first; once the agent answers, the originate context dials the customer.
 * The agent's phone shows whom it is about to call. The request id is inherited (`__`) so that every
 * leg of the call carries it.
 */
export function clickToCallOriginate(dialplan: DialplanSettings, request: ClickToCallRequest): AmiOutgoing {
  const callerId = request.callerId ?? dialplan.companyCallerId;
  return [
    ['Action', 'Originate'],
    ['Channel', agentDialString(dialplan, request.agentExtension)],
    ['Context', dialplan.originateContext],
    ['Exten', request.number],
    ['Priority', '1'],
    ['CallerID', `"CRM: ${request.number}" <${request.number}>`],
    ['Timeout', ringTimeoutMs(dialplan)],
    ['Async', 'true'],
    ['Variable', `__${CRM_REQUEST_VARIABLE}=${request.crmRequestId}`],
    ...(callerId === undefined ? [] : [['Variable', `${CRM_CALLER_ID_VARIABLE}=${callerId}`] as const]),
  ];
}

export function hangupAction(channel: string): AmiOutgoing {
  return [
    ['Action', 'Hangup'],
    ['Channel', channel],
  ];
}

/** A blind transfer as many CRMs make it: the caller's channel is sent to the target's extension. */
export function redirectAction(dialplan: DialplanSettings, channel: string, toExtension: string): AmiOutgoing {
  return [
    ['Action', 'Redirect'],
    ['Channel', channel],
    ['Context', dialplan.transferContext],
    ['Exten', toExtension],
    ['Priority', '1'],
  ];
}

/**
 * ChanSpy options: q quiet (no beep, no name announced), w whisper to the agent, B barge in on both
 * parties, E leave when the agent's call ends instead of waiting for the agent's next call.
 */
const SPY_OPTIONS: Readonly<Record<SupervisionMode, string>> = { listen: 'qE', whisper: 'qwE', barge: 'qBE' };
const SPY_LABELS: Readonly<Record<SupervisionMode, string>> = { listen: 'Listen', whisper: 'Whisper', barge: 'Barge' };

export function isSupervisionMode(value: string): value is SupervisionMode {
  return Object.hasOwn(SPY_OPTIONS, value);
}

/** The supervisor's phone rings; once answered, ChanSpy joins the agent's call in the chosen mode. */
export function supervisionOriginate(dialplan: DialplanSettings, request: SupervisionRequest): AmiOutgoing {
  const agent = request.agentExtension;
  return [
    ['Action', 'Originate'],
    ['Channel', agentDialString(dialplan, request.supervisorExtension)],
    ['Application', 'ChanSpy'],
    ['Data', `${spyTarget(dialplan, agent)},${SPY_OPTIONS[request.mode]}`],
    ['CallerID', `"${SPY_LABELS[request.mode]} ${agent}" <${agent}>`],
    ['Timeout', ringTimeoutMs(dialplan)],
    ['Async', 'true'],
  ];
}

/** A phone number fit for logs: only its last digits (`*******4567`). */
export function maskPhoneNumber(number: string): string {
  const shown = Math.min(4, Math.floor(number.length / 2));
  return '*'.repeat(number.length - shown) + number.slice(number.length - shown);
}
