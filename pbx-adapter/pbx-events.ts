/**
 * The small typed stream the adapter emits. Everything above the adapter (gateway, CRM)
 * sees calls only through these events; AMI details never leak past this file.
 */

/** A call is identified by Asterisk's Linkedid, which every leg of the call shares. */
export type CallId = string;

export type CallDirection = 'inbound' | 'outbound' | 'internal';

export type CallOutcome = 'answered' | 'missed' | 'busy' | 'failed' | 'abandoned' | 'transferred';

export type AgentState = 'idle' | 'ringing' | 'busy' | 'unavailable' | 'paused';

export interface CallRinging {
  readonly type: 'call.ringing';
  readonly callId: CallId;
  readonly agentExtension: string;
  /** The outside party for inbound calls, the agent for outbound ones. E.164 or as the PBX sent it. */
  readonly from: string;
  readonly to: string;
  readonly direction: CallDirection;
  readonly queue?: string;
  /** The CRM request that started this call (click-to-call), from the channel variable. */
  readonly crmRequestId?: string;
  readonly at: number;
}

export interface CallRingingStopped {
  readonly type: 'call.ringing-stopped';
  readonly callId: CallId;
  readonly agentExtension: string;
  readonly reason: 'answered-elsewhere' | 'caller-gave-up' | 'declined' | 'no-answer';
  readonly at: number;
}

export interface CallAnswered {
  readonly type: 'call.answered';
  readonly callId: CallId;
  readonly agentExtension: string;
  readonly at: number;
}

/** An agent put the other party on hold from their phone: the caller hears music until `call.resumed`. */
export interface CallHeld {
  readonly type: 'call.held';
  readonly callId: CallId;
  /** The agent who pressed hold. */
  readonly agentExtension: string;
  readonly at: number;
}

/** The agent who held the call took the other party off hold. */
export interface CallResumed {
  readonly type: 'call.resumed';
  readonly callId: CallId;
  readonly agentExtension: string;
  readonly at: number;
}

export interface CallTransferred {
  readonly type: 'call.transferred';
  readonly callId: CallId;
  readonly fromExtension: string;
  readonly toExtension: string;
  readonly kind: 'blind' | 'attended' | 'redirect';
  readonly at: number;
}

export interface CallEnded {
  readonly type: 'call.ended';
  readonly call: CallSummary;
  readonly at: number;
}

export interface AgentStateChanged {
  readonly type: 'agent.state';
  readonly extension: string;
  readonly state: AgentState;
  readonly at: number;
}

export type PbxEvent =
  | CallRinging
  | CallRingingStopped
  | CallAnswered
  | CallHeld
  | CallResumed
  | CallTransferred
  | CallEnded
  | AgentStateChanged;

/** What the CRM logs for a finished call: one per Linkedid, exactly once. */
export interface CallSummary {
  readonly callId: CallId;
  readonly direction: CallDirection;
  /** Who called: the customer on inbound calls, the agent extension on outbound ones. */
  readonly from: string;
  readonly to: string;
  readonly agentsRung: readonly string[];
  /** The first agent who answered. */
  readonly answeredBy?: string;
  readonly transferredTo?: string;
  readonly queue?: string;
  readonly outcome: CallOutcome;
  readonly hangupCause?: number;
  readonly startedAt: number;
  readonly answeredAt?: number;
  readonly endedAt: number;
  readonly waitSeconds: number;
  readonly talkSeconds: number;
  readonly totalSeconds: number;
  readonly crmRequestId?: string;
  /** True when the call ended while the AMI link was down and was closed on resync. */
  readonly endedWhileUnobserved?: boolean;
  /** A supervisor listening, whispering or barging (ChanSpy): not a customer call. */
  readonly isSupervision?: boolean;
  /** Supervision only: the call that was listened to. */
  readonly spiedCallId?: CallId;
  /** An attended transfer's consultation call: the call its transfer target joined. */
  readonly mergedInto?: CallId;
  /** The trunk and agent channels of the call, in the order they appeared. */
  readonly legs?: readonly CallLegSummary[];
}

/** One channel of a finished call. Times are epoch ms, like every `at`. */
export interface CallLegSummary {
  /** Asterisk's Uniqueid of the channel. */
  readonly uniqueid: string;
  readonly channel: string;
  readonly role: 'inbound-trunk' | 'outbound-trunk' | 'agent';
  readonly agentExtension?: string;
  /** Trunk legs: the outside party's number (caller on inbound, dialled number on outbound). */
  readonly number?: string;
  readonly rangAt?: number;
  readonly answeredAt?: number;
  readonly endedAt?: number;
  /** How the dial to this leg ended: ANSWER, CANCEL, BUSY, NOANSWER, … */
  readonly dialStatus?: string;
  readonly hangupCause?: number;
}
