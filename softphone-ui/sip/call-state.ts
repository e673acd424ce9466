/**
 * The browser phone's call as one discriminated union, moved along by one pure reducer:
 * `reduceCall(state, event)` → the next state, and the call that ended, if one did.
 *
 * The phone holds at most one call with a customer, plus, during an attended transfer, one
 * consultation call with the colleague who will take it over. Every event names the SIP session it is
 * about (`callId`), so an event from a session that is no longer the phone's call changes nothing.
 */

/** The other end of a call: a number (the SIP user part) and the name the PBX gave, if any. */
export interface Party {
  readonly number: string;
  readonly displayName?: string;
}

export type CallDirection = 'inbound' | 'outbound';

export type Consultation =
  | { readonly phase: 'dialing'; readonly callId: string; readonly remote: Party }
  | { readonly phase: 'talking'; readonly callId: string; readonly remote: Party; readonly answeredAt: number };

/** What a connected call (talking or being transferred) knows about itself. */
export interface ConnectedCall {
  readonly callId: string;
  readonly remote: Party;
  readonly direction: CallDirection;
  readonly answeredAt: number;
  readonly onHold: boolean;
  readonly muted: boolean;
  readonly consultation?: Consultation;
}

export type TransferMethod = 'blind' | 'attended';

export type CallState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'ringing-in'; readonly callId: string; readonly remote: Party; readonly ringingSince: number }
  /** Answered here; media is being set up. */
  | { readonly kind: 'answering'; readonly callId: string; readonly remote: Party }
  /** `ringback` once the far end says it rings. */
  | { readonly kind: 'dialing'; readonly callId: string; readonly remote: Party; readonly ringback: boolean }
  | ({ readonly kind: 'talking' } & ConnectedCall)
  /** A transfer was asked for and the PBX has not said yet whether it worked. */
  | ({ readonly kind: 'transferring'; readonly target: Party; readonly method: TransferMethod } & ConnectedCall)
  /** The user hung up or declined, or a transfer completed; the phone waits for the call to be torn down. */
  | {
      readonly kind: 'ending';
      readonly callId: string;
      readonly remote: Party;
      readonly direction: CallDirection;
      readonly answeredAt?: number;
      readonly by: 'hang-up' | 'decline' | 'transfer';
    };

export type CallKind = CallState['kind'];

/** Why a call ended, in the words the UI shows. */
export type CallEndReason =
  | 'hung-up'
  | 'remote-hung-up'
  | 'declined'
  | 'missed'
  | 'answered-elsewhere'
  | 'busy'
  | 'no-answer'
  | 'not-found'
  | 'rejected'
  | 'transferred'
  | 'connection-lost'
  | 'failed';

/** What the phone layer saw when a session ended. */
export type TerminationCause =
  /** This phone ended it (BYE, CANCEL or reject sent). */
  | { readonly by: 'local' }
  /** The far end ended it: a BYE or CANCEL (no status), or a final response to our INVITE. */
  | { readonly by: 'remote'; readonly statusCode?: number; readonly answeredElsewhere?: boolean }
  | { readonly by: 'network' }
  | { readonly by: 'failure' };

export interface EndedCall {
  readonly callId: string;
  readonly remote: Party;
  readonly direction: CallDirection;
  readonly answeredAt?: number;
  readonly endedAt: number;
  readonly reason: CallEndReason;
  /** The SIP status of a rejected outbound call. */
  readonly statusCode?: number;
}

export type CallEvent =
  | { readonly type: 'invited'; readonly callId: string; readonly remote: Party; readonly at: number }
  | { readonly type: 'dialed'; readonly callId: string; readonly remote: Party }
  | { readonly type: 'remote-ringing'; readonly callId: string }
  | { readonly type: 'answered'; readonly callId: string }
  | { readonly type: 'established'; readonly callId: string; readonly at: number }
  | { readonly type: 'hold-changed'; readonly callId: string; readonly onHold: boolean }
  | { readonly type: 'mute-changed'; readonly callId: string; readonly muted: boolean }
  | { readonly type: 'consultation-dialed'; readonly callId: string; readonly consultationCallId: string; readonly remote: Party }
  | { readonly type: 'transfer-requested'; readonly callId: string; readonly target: Party; readonly method: TransferMethod }
  | { readonly type: 'transfer-failed'; readonly callId: string }
  /** The far end asked us (REFER) to call someone else instead: the new call replaces this one. */
  | { readonly type: 'referred'; readonly callId: string; readonly newCallId: string; readonly remote: Party; readonly at: number }
  /** An incoming INVITE with Replaces took over this call (we are the target of an attended transfer). */
  | { readonly type: 'replaced'; readonly callId: string; readonly newCallId: string; readonly remote: Party; readonly at: number }
  | { readonly type: 'hanging-up'; readonly callId: string }
  | { readonly type: 'terminated'; readonly callId: string; readonly cause: TerminationCause; readonly at: number };

export interface CallTransition {
  readonly state: CallState;
  readonly ended?: EndedCall;
}

export const idle: CallState = { kind: 'idle' };

export function reduceCall(state: CallState, event: CallEvent): CallTransition {
  const unchanged = { state };
  if (event.type === 'invited') return state.kind === 'idle' ? to(ringingIn(event)) : unchanged;
  if (event.type === 'dialed') return state.kind === 'idle' ? to({ kind: 'dialing', callId: event.callId, remote: event.remote, ringback: false }) : unchanged;
  if (state.kind === 'idle') return unchanged;
  if (event.type === 'terminated') return terminate(state, event);
  if ('consultation' in state && state.consultation?.callId === event.callId) return reduceConsultation(state, state.consultation, event);
  if (event.callId !== state.callId) return unchanged;

  switch (event.type) {
    case 'remote-ringing':
      return state.kind === 'dialing' ? to({ ...state, ringback: true }) : unchanged;
    case 'answered':
      return state.kind === 'ringing-in' ? to({ kind: 'answering', callId: state.callId, remote: state.remote }) : unchanged;
    case 'established':
      return state.kind === 'answering' || state.kind === 'dialing' ? to(talking(state, event.at)) : unchanged;
    case 'hold-changed':
      return state.kind === 'talking' ? to({ ...state, onHold: event.onHold }) : unchanged;
    case 'mute-changed':
      return state.kind === 'talking' ? to({ ...state, muted: event.muted }) : unchanged;
    case 'consultation-dialed':
      return state.kind === 'talking' && !state.consultation
        ? to({ ...state, consultation: { phase: 'dialing', callId: event.consultationCallId, remote: event.remote } })
        : unchanged;
    case 'transfer-requested':
      return state.kind === 'talking' && canTransfer(state, event.method)
        ? to({ ...state, kind: 'transferring', target: event.target, method: event.method })
        : unchanged;
    case 'transfer-failed':
      return state.kind === 'transferring' ? to(backToTalking(state)) : unchanged;
    case 'referred':
      return state.kind === 'talking' && !state.consultation
        ? { state: { kind: 'dialing', callId: event.newCallId, remote: event.remote, ringback: false }, ended: endOf(state, 'transferred', event.at) }
        : unchanged;
    case 'replaced':
      return state.kind === 'talking' && !state.consultation
        ? { state: { kind: 'answering', callId: event.newCallId, remote: event.remote }, ended: endOf(state, 'transferred', event.at) }
        : unchanged;
    case 'hanging-up':
      // With a colleague on the line, hanging up ends the consultation, not the held caller.
      return 'consultation' in state && state.consultation ? unchanged : to(ending(state));
  }
}

function to(state: CallState): CallTransition {
  return { state };
}

function ringingIn(event: Extract<CallEvent, { type: 'invited' }>): CallState {
  return { kind: 'ringing-in', callId: event.callId, remote: event.remote, ringingSince: event.at };
}

function talking(state: Extract<CallState, { kind: 'answering' | 'dialing' }>, answeredAt: number): CallState {
  const direction: CallDirection = state.kind === 'answering' ? 'inbound' : 'outbound';
  return { kind: 'talking', callId: state.callId, remote: state.remote, direction, answeredAt, onHold: false, muted: false };
}

function canTransfer(state: ConnectedCall, method: TransferMethod): boolean {
  return method === 'blind' ? !state.consultation : state.consultation?.phase === 'talking';
}

function backToTalking(state: Extract<CallState, { kind: 'transferring' }>): CallState {
  const { target: _target, method: _method, ...call } = state;
  return { ...call, kind: 'talking' };
}

function ending(state: ActiveCall): CallState {
  if (state.kind === 'ending') return state;
  const by = state.kind === 'ringing-in' ? 'decline' : 'hang-up';
  const direction: CallDirection = state.kind === 'ringing-in' || state.kind === 'answering' ? 'inbound' : state.kind === 'dialing' ? 'outbound' : state.direction;
  const answeredAt = state.kind === 'talking' || state.kind === 'transferring' ? state.answeredAt : undefined;
  return { kind: 'ending', callId: state.callId, remote: state.remote, direction, ...(answeredAt === undefined ? {} : { answeredAt }), by };
}

function reduceConsultation(state: Extract<CallState, { kind: 'talking' | 'transferring' }>, consultation: Consultation, event: CallEvent): CallTransition {
  if (event.type === 'established' && consultation.phase === 'dialing') {
    return to({ ...state, consultation: { ...consultation, phase: 'talking', answeredAt: event.at } });
  }
  return { state };
}

function terminate(state: ActiveCall, event: Extract<CallEvent, { type: 'terminated' }>): CallTransition {
  const consultation = 'consultation' in state ? state.consultation : undefined;
  if (consultation?.callId === event.callId) return endConsultation(state as Extract<CallState, { kind: 'talking' | 'transferring' }>, consultation, event);
  if (event.callId !== state.callId) return { state };

  const ended = endOf(state, endReason(state, event.cause), event.at, event.cause);
  if (!consultation) return { state: idle, ended };
  if (state.kind === 'transferring') {
    // The caller left for the colleague; the consultation call is about to be replaced too.
    return { state: consultationEnding(consultation), ended };
  }
  // The caller hung up while on hold: the consultation becomes the phone's only call.
  return { state: promoted(consultation), ended };
}

function endConsultation(
  state: Extract<CallState, { kind: 'talking' | 'transferring' }>,
  consultation: Consultation,
  event: Extract<CallEvent, { type: 'terminated' }>,
): CallTransition {
  const { consultation: _gone, ...withoutConsultation } = state;
  const asCall = promoted(consultation);
  const reason: CallEndReason = state.kind === 'transferring' ? 'transferred' : endReason(asCall, event.cause);
  return { state: withoutConsultation, ended: endOf(asCall, reason, event.at, event.cause) };
}

type ActiveCall = Exclude<CallState, { kind: 'idle' }>;

function promoted(consultation: Consultation): ActiveCall {
  return consultation.phase === 'dialing'
    ? { kind: 'dialing', callId: consultation.callId, remote: consultation.remote, ringback: false }
    : { kind: 'talking', callId: consultation.callId, remote: consultation.remote, direction: 'outbound', answeredAt: consultation.answeredAt, onHold: false, muted: false };
}

function consultationEnding(consultation: Consultation): CallState {
  const answeredAt = consultation.phase === 'talking' ? { answeredAt: consultation.answeredAt } : {};
  return { kind: 'ending', callId: consultation.callId, remote: consultation.remote, direction: 'outbound', ...answeredAt, by: 'transfer' };
}

const endingReasons = { 'hang-up': 'hung-up', decline: 'declined', transfer: 'transferred' } as const satisfies Record<string, CallEndReason>;

function endReason(state: ActiveCall, cause: TerminationCause): CallEndReason {
  if (state.kind === 'ending') return endingReasons[state.by];
  if (state.kind === 'transferring') return 'transferred';
  if (cause.by === 'network') return 'connection-lost';
  if (cause.by === 'failure') return 'failed';
  switch (state.kind) {
    case 'ringing-in':
    case 'answering':
      return cause.by === 'remote' && cause.answeredElsewhere ? 'answered-elsewhere' : 'missed';
    case 'dialing':
      return cause.by === 'remote' ? rejection(cause.statusCode) : 'hung-up';
    case 'talking':
      return cause.by === 'remote' ? 'remote-hung-up' : 'hung-up';
  }
}

function rejection(statusCode: number | undefined): CallEndReason {
  if (statusCode === 486 || statusCode === 600) return 'busy';
  if (statusCode === 404 || statusCode === 410 || statusCode === 484 || statusCode === 604) return 'not-found';
  if (statusCode === 408 || statusCode === 480 || statusCode === 487) return 'no-answer';
  return statusCode === undefined ? 'failed' : 'rejected';
}

function endOf(state: ActiveCall, reason: CallEndReason, endedAt: number, cause?: TerminationCause): EndedCall {
  const direction: CallDirection = 'direction' in state ? state.direction : state.kind === 'dialing' ? 'outbound' : 'inbound';
  const answeredAt = 'answeredAt' in state ? state.answeredAt : undefined;
  const statusCode = cause?.by === 'remote' && reason === 'rejected' ? cause.statusCode : undefined;
  return {
    callId: state.callId,
    remote: state.remote,
    direction,
    ...(answeredAt === undefined ? {} : { answeredAt }),
    endedAt,
    reason,
    ...(statusCode === undefined ? {} : { statusCode }),
  };
}
