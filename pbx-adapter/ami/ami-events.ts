/**
 * Typed AMI events at the edge: `decodeAmiEvent` turns the few AMI messages the call-state
 * machine needs into a discriminated union and everything else into `undefined`.
 *
 * Spellings are normalised here so that nothing downstream sees them: `Uniqueid`/`UniqueID`,
 * `CallerIDNum`/`CallerIDnum`, and `<unknown>` or an empty value become `undefined`.
 * Times are epoch milliseconds: the event's `Timestamp` when the PBX sends one
 * (`timestampevents = yes`), the message's `receivedAt` otherwise.
 */
import type { AmiMessage } from './ami-message.ts';
import type { AmiEventInterest, AmiFieldCondition } from './ami-parser.ts';

/** One channel as Asterisk describes it in an event, under an optional key prefix (`Dest`, `Transferee`, …). */
export interface ChannelRef {
  readonly uniqueid: string;
  readonly linkedid: string;
  /** The channel name, e.g. `PJSIP/7001-00000009` or `Local/101@agents-00000001;1`. Not unique over time. */
  readonly channel: string;
  readonly callerNumber?: string;
  readonly connectedNumber?: string;
  readonly context?: string;
  readonly exten?: string;
  /** Numeric `ChannelState` (4 Ring, 5 Ringing, 6 Up, …). */
  readonly state?: number;
}

export interface ChannelCreated {
  readonly kind: 'channel-created';
  readonly at: number;
  readonly channel: ChannelRef;
}

export interface CallerIdChanged {
  readonly kind: 'caller-id-changed';
  readonly at: number;
  readonly channel: ChannelRef;
}

/** A `VarSet` of one of the watched variables (the name without its inheritance underscores). */
export interface VariableSet {
  readonly kind: 'variable-set';
  readonly at: number;
  readonly uniqueid: string;
  readonly linkedid: string;
  readonly name: string;
  readonly value: string;
}

export interface DialBegan {
  readonly kind: 'dial-began';
  readonly at: number;
  /** Absent when an `Originate` dials: no calling channel exists yet. */
  readonly caller?: ChannelRef;
  readonly dest: ChannelRef;
}

export interface DialEnded {
  readonly kind: 'dial-ended';
  readonly at: number;
  readonly caller?: ChannelRef;
  readonly dest: ChannelRef;
  /** ANSWER, CANCEL, BUSY, NOANSWER, CHANUNAVAIL, CONGESTION, … */
  readonly dialStatus: string;
}

export interface BridgeEntered {
  readonly kind: 'bridge-entered' | 'bridge-left';
  readonly at: number;
  readonly channel: ChannelRef;
  readonly bridgeId: string;
}

export interface ChannelHungUp {
  readonly kind: 'hangup';
  readonly at: number;
  readonly channel: ChannelRef;
  readonly cause?: number;
}

/**
 * `Hold`/`Unhold`, raised on the channel of the party who pressed hold (an agent's phone), not on
 * the one that hears the music (`MusicOnHoldStart`/`Stop` on the other leg).
 */
export interface HoldChanged {
  readonly kind: 'hold' | 'unhold';
  readonly at: number;
  readonly channel: ChannelRef;
}

export interface QueueCallerEvent {
  readonly kind: 'queue-joined' | 'queue-abandoned';
  readonly at: number;
  readonly channel: ChannelRef;
  readonly queue: string;
}

export interface BlindTransferred {
  readonly kind: 'blind-transfer';
  readonly at: number;
  readonly succeeded: boolean;
  readonly transferer?: ChannelRef;
  readonly transferee?: ChannelRef;
  /** The dialplan extension the transferee was sent to. */
  readonly extension?: string;
}

export interface AttendedTransferred {
  readonly kind: 'attended-transfer';
  readonly at: number;
  readonly succeeded: boolean;
  /** The transferer's channel in the original call (the one talking to the transferee). */
  readonly origTransferer?: ChannelRef;
  /** The transferer's channel in the consultation call. */
  readonly secondTransferer?: ChannelRef;
  readonly transferee?: ChannelRef;
  readonly transferTarget?: ChannelRef;
}

/** `ChanSpyStart`: the only link between a supervisor's call and the call it listens to. */
export interface SpyStarted {
  readonly kind: 'spy-started';
  readonly at: number;
  readonly spyer: ChannelRef;
  readonly spyee?: ChannelRef;
}

/** `ExtensionStatus`: a hint changed, or it is one item of an `ExtensionStateList` (current state all the same). */
export interface ExtensionStatusChanged {
  readonly kind: 'extension-status';
  readonly at: number;
  readonly extension: string;
  /** Asterisk's extension-state bit mask: 0 idle, 1 in use, 2 busy, 4 unavailable, 8 ringing, 16 on hold; negative when the hint is gone. */
  readonly status: number;
}

/** A queue member's pause state, from `QueueMemberPause`/`Added`/`Removed` and `QueueStatus` items. */
export interface QueueMemberChanged {
  readonly kind: 'queue-member';
  readonly at: number;
  readonly queue: string;
  /** `Local/201@agents/n`, `PJSIP/7001`, … */
  readonly memberInterface: string;
  /** False as well when the member left the queue. */
  readonly paused: boolean;
}

export interface OriginateAnswered {
  readonly kind: 'originate-response';
  readonly at: number;
  readonly actionId?: string;
  readonly succeeded: boolean;
  /** Absent when the Originate failed: no channel may exist at all. */
  readonly uniqueid?: string;
}

/** A `Response` to one of our actions (not an event). */
export interface ActionResponded {
  readonly kind: 'action-response';
  readonly at: number;
  readonly actionId: string;
  readonly succeeded: boolean;
  readonly message?: string;
}

/** One `CoreShowChannel` item of a `CoreShowChannels` list: a live channel, for resync. */
export interface ChannelListed {
  readonly kind: 'channel-listed';
  readonly at: number;
  readonly actionId?: string;
  readonly channel: ChannelRef;
  readonly bridgeId?: string;
  readonly application?: string;
  readonly durationSeconds: number;
}

export type AmiEvent =
  | ChannelCreated
  | CallerIdChanged
  | VariableSet
  | DialBegan
  | DialEnded
  | BridgeEntered
  | ChannelHungUp
  | HoldChanged
  | QueueCallerEvent
  | BlindTransferred
  | AttendedTransferred
  | SpyStarted
  | ExtensionStatusChanged
  | QueueMemberChanged
  | OriginateAnswered
  | ActionResponded
  | ChannelListed;

/** The channel variable a click-to-call `Originate` sets so that its call can be matched to the CRM request. */
export const CRM_REQUEST_VARIABLE = 'CRM_REQUEST_ID';

export interface AmiEventDecoderOptions {
  /** `VarSet` events are decoded only for these names (compared without leading `_`). */
  readonly watchedVariables?: readonly string[];
}

type Fields = Readonly<Record<string, string>>;
type Decode = (fields: Fields, at: number, watched: ReadonlyMap<string, string>) => AmiEvent | undefined;

/** Keys of one channel description; built once per prefix so that decoding allocates no key strings. */
interface ChannelKeys {
  readonly channel: string;
  readonly uniqueid: string;
  readonly uniqueidAlt: string;
  readonly linkedid: string;
  readonly linkedidAlt: string;
  readonly callerNumber: string;
  readonly callerNumberAlt: string;
  readonly connectedNumber: string;
  readonly context: string;
  readonly exten: string;
  readonly state: string;
}

function channelKeys(prefix: string): ChannelKeys {
  return {
    channel: `${prefix}Channel`,
    uniqueid: `${prefix}Uniqueid`,
    uniqueidAlt: `${prefix}UniqueID`,
    linkedid: `${prefix}Linkedid`,
    linkedidAlt: `${prefix}LinkedID`,
    callerNumber: `${prefix}CallerIDNum`,
    callerNumberAlt: `${prefix}CallerIDnum`,
    connectedNumber: `${prefix}ConnectedLineNum`,
    context: `${prefix}Context`,
    exten: `${prefix}Exten`,
    state: `${prefix}ChannelState`,
  };
}

const PLAIN = channelKeys('');
const DEST = channelKeys('Dest');
const TRANSFERER = channelKeys('Transferer');
const TRANSFEREE = channelKeys('Transferee');
const ORIG_TRANSFERER = channelKeys('OrigTransferer');
const SECOND_TRANSFERER = channelKeys('SecondTransferer');
const TRANSFER_TARGET = channelKeys('TransferTarget');
const SPYER = channelKeys('Spyer');
const SPYEE = channelKeys('Spyee');

/** Asterisk writes an absent value as `<unknown>` or as nothing at all. */
function present(value: string | undefined): string | undefined {
  return value === undefined || value === '' || value === '<unknown>' ? undefined : value;
}

function numberOrUndefined(value: string | undefined): number | undefined {
  const text = present(value);
  if (text === undefined) return undefined;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function channelRef(fields: Fields, keys: ChannelKeys): ChannelRef | undefined {
  const uniqueid = present(fields[keys.uniqueid] ?? fields[keys.uniqueidAlt]);
  const channel = present(fields[keys.channel]);
  if (uniqueid === undefined || channel === undefined) return undefined;
  return {
    uniqueid,
    linkedid: present(fields[keys.linkedid] ?? fields[keys.linkedidAlt]) ?? uniqueid,
    channel,
    callerNumber: present(fields[keys.callerNumber] ?? fields[keys.callerNumberAlt]),
    connectedNumber: present(fields[keys.connectedNumber]),
    context: present(fields[keys.context]),
    exten: present(fields[keys.exten]),
    state: numberOrUndefined(fields[keys.state]),
  };
}

function decodeNewchannel(fields: Fields, at: number): ChannelCreated | undefined {
  const channel = channelRef(fields, PLAIN);
  return channel && { kind: 'channel-created', at, channel };
}

function decodeNewCallerid(fields: Fields, at: number): CallerIdChanged | undefined {
  const channel = channelRef(fields, PLAIN);
  return channel && { kind: 'caller-id-changed', at, channel };
}

/** Most messages are VarSet: one set lookup rejects them, with no string built. */
function decodeVarSet(fields: Fields, at: number, watched: ReadonlyMap<string, string>): VariableSet | undefined {
  const variable = fields.Variable;
  const name = variable === undefined ? undefined : watched.get(variable);
  if (name === undefined) return undefined;
  const uniqueid = present(fields.Uniqueid ?? fields.UniqueID);
  const value = present(fields.Value);
  if (uniqueid === undefined || value === undefined) return undefined;
  return { kind: 'variable-set', at, uniqueid, linkedid: present(fields.Linkedid) ?? uniqueid, name, value };
}

function decodeDialBegin(fields: Fields, at: number): DialBegan | undefined {
  const dest = channelRef(fields, DEST);
  if (!dest) return undefined;
  return { kind: 'dial-began', at, caller: channelRef(fields, PLAIN), dest };
}

function decodeDialEnd(fields: Fields, at: number): DialEnded | undefined {
  const dest = channelRef(fields, DEST);
  const dialStatus = present(fields.DialStatus);
  if (!dest || dialStatus === undefined) return undefined;
  return { kind: 'dial-ended', at, caller: channelRef(fields, PLAIN), dest, dialStatus };
}

function bridgeEvent(kind: 'bridge-entered' | 'bridge-left'): Decode {
  return (fields, at) => {
    const channel = channelRef(fields, PLAIN);
    const bridgeId = present(fields.BridgeUniqueid);
    return channel && bridgeId !== undefined ? { kind, at, channel, bridgeId } : undefined;
  };
}

function decodeHangup(fields: Fields, at: number): ChannelHungUp | undefined {
  const channel = channelRef(fields, PLAIN);
  return channel && { kind: 'hangup', at, channel, cause: numberOrUndefined(fields.Cause) };
}

function holdEvent(kind: HoldChanged['kind']): Decode {
  return (fields, at) => {
    const channel = channelRef(fields, PLAIN);
    return channel && { kind, at, channel };
  };
}

function queueCallerEvent(kind: 'queue-joined' | 'queue-abandoned'): Decode {
  return (fields, at) => {
    const channel = channelRef(fields, PLAIN);
    const queue = present(fields.Queue);
    return channel && queue !== undefined ? { kind, at, channel, queue } : undefined;
  };
}

function decodeBlindTransfer(fields: Fields, at: number): BlindTransferred {
  return {
    kind: 'blind-transfer',
    at,
    succeeded: fields.Result === 'Success',
    transferer: channelRef(fields, TRANSFERER),
    transferee: channelRef(fields, TRANSFEREE),
    extension: present(fields.Extension),
  };
}

function decodeAttendedTransfer(fields: Fields, at: number): AttendedTransferred {
  return {
    kind: 'attended-transfer',
    at,
    succeeded: fields.Result === 'Success',
    origTransferer: channelRef(fields, ORIG_TRANSFERER),
    secondTransferer: channelRef(fields, SECOND_TRANSFERER),
    transferee: channelRef(fields, TRANSFEREE),
    transferTarget: channelRef(fields, TRANSFER_TARGET),
  };
}

function decodeChanSpyStart(fields: Fields, at: number): SpyStarted | undefined {
  const spyer = channelRef(fields, SPYER);
  return spyer && { kind: 'spy-started', at, spyer, spyee: channelRef(fields, SPYEE) };
}

function decodeExtensionStatus(fields: Fields, at: number): ExtensionStatusChanged | undefined {
  const extension = present(fields.Exten);
  const status = numberOrUndefined(fields.Status);
  if (extension === undefined || status === undefined) return undefined;
  return { kind: 'extension-status', at, extension, status };
}

/** The event names (`Interface`) and the `QueueStatus` items (`Location`) name the member differently. */
function queueMemberEvent(stillMember: boolean): Decode {
  return (fields, at) => {
    const queue = present(fields.Queue);
    const memberInterface = present(fields.Interface ?? fields.Location);
    if (queue === undefined || memberInterface === undefined) return undefined;
    return { kind: 'queue-member', at, queue, memberInterface, paused: stillMember && fields.Paused === '1' };
  };
}

function decodeOriginateResponse(fields: Fields, at: number): OriginateAnswered {
  return {
    kind: 'originate-response',
    at,
    actionId: present(fields.ActionID),
    succeeded: fields.Response === 'Success',
    uniqueid: present(fields.Uniqueid),
  };
}

/** `Duration: 00:00:04` (hours can exceed two digits on long calls). */
function parseDuration(text: string | undefined): number {
  if (!text) return 0;
  let seconds = 0;
  for (const part of text.split(':')) seconds = seconds * 60 + (Number(part) || 0);
  return seconds;
}

function decodeCoreShowChannel(fields: Fields, at: number): ChannelListed | undefined {
  const channel = channelRef(fields, PLAIN);
  if (!channel) return undefined;
  return {
    kind: 'channel-listed',
    at,
    actionId: present(fields.ActionID),
    channel,
    bridgeId: present(fields.BridgeId),
    application: present(fields.Application),
    durationSeconds: parseDuration(fields.Duration),
  };
}

const DECODERS: ReadonlyMap<string, Decode> = new Map<string, Decode>([
  ['Newchannel', decodeNewchannel],
  ['NewCallerid', decodeNewCallerid],
  ['VarSet', decodeVarSet],
  ['DialBegin', decodeDialBegin],
  ['DialEnd', decodeDialEnd],
  ['BridgeEnter', bridgeEvent('bridge-entered')],
  ['BridgeLeave', bridgeEvent('bridge-left')],
  ['Hangup', decodeHangup],
  ['Hold', holdEvent('hold')],
  ['Unhold', holdEvent('unhold')],
  ['QueueCallerJoin', queueCallerEvent('queue-joined')],
  ['QueueCallerAbandon', queueCallerEvent('queue-abandoned')],
  ['BlindTransfer', decodeBlindTransfer],
  ['AttendedTransfer', decodeAttendedTransfer],
  ['ChanSpyStart', decodeChanSpyStart],
  ['ExtensionStatus', decodeExtensionStatus],
  ['QueueMemberPause', queueMemberEvent(true)],
  ['QueueMemberAdded', queueMemberEvent(true)],
  ['QueueMember', queueMemberEvent(true)],
  ['QueueMemberRemoved', queueMemberEvent(false)],
  ['OriginateResponse', decodeOriginateResponse],
  ['CoreShowChannel', decodeCoreShowChannel],
]);

/** Each name as VarSet spells it: plain, `_` (inherited once) and `__` (inherited always). */
function watchedSpellings(names: readonly string[]): ReadonlyMap<string, string> {
  return new Map(names.flatMap((name) => [name, `_${name}`, `__${name}`].map((spelling) => [spelling, name] as const)));
}

function eventTime(fields: Fields, receivedAt: number): number {
  const stamp = fields.Timestamp;
  if (stamp === undefined) return receivedAt;
  const seconds = Number(stamp);
  return Number.isFinite(seconds) ? seconds * 1000 : receivedAt;
}

function decodeResponse(fields: Fields, receivedAt: number): ActionResponded | undefined {
  const actionId = present(fields.ActionID);
  const response = fields.Response;
  if (actionId === undefined || response === undefined) return undefined;
  return { kind: 'action-response', at: receivedAt, actionId, succeeded: response === 'Success', message: present(fields.Message) };
}

/** Builds a decoder; `watchedVariables` replaces the default (`CRM_REQUEST_ID`). */
export function createAmiEventDecoder(options: AmiEventDecoderOptions = {}): (message: AmiMessage) => AmiEvent | undefined {
  const watched = watchedSpellings(options.watchedVariables ?? [CRM_REQUEST_VARIABLE]);
  return (message) => {
    const fields = message.fields;
    const name = fields.Event;
    if (name === undefined) return decodeResponse(fields, message.receivedAt);
    const decode = DECODERS.get(name);
    return decode && decode(fields, eventTime(fields, message.receivedAt), watched);
  };
}

/**
 * The events the decoder with the same options can turn into something, for the parser to skip the
 * rest unparsed: every decoded event name, and `VarSet` only for a watched variable.
 */
export function decodedEventInterest(options: AmiEventDecoderOptions = {}): AmiEventInterest {
  const watchedVarSet: AmiFieldCondition = {
    key: 'Variable',
    values: new Set(watchedSpellings(options.watchedVariables ?? [CRM_REQUEST_VARIABLE]).keys()),
  };
  const interest = new Map<string, true | AmiFieldCondition>([...DECODERS.keys()].map((name) => [name, true]));
  interest.set('VarSet', watchedVarSet);
  return (name) => interest.get(name) ?? false;
}

/** Decodes with the default options. Unknown and malformed events give `undefined`, never an error. */
export const decodeAmiEvent = createAmiEventDecoder();
