/**
 * The PBX adapter: one AMI connection to Asterisk, the calls on it as a typed event stream, and the
 * CRM's actions on them (click-to-call, hangup, transfer, supervision).
 *
 * After every login the adapter resyncs with the PBX (see ./pbx-resync.ts); a call that has had no
 * event for `staleCallSeconds` is checked against the PBX the same way, so no call stays "ringing"
 * because an event was lost.
 */
import type { Logger } from 'pino';
import {
  AmiActionError,
  createAmiConnection,
  type AmiConnection,
  type AmiConnectionState,
  type AmiConnectionTiming,
} from './ami/ami-connection.ts';
import type { AmiMessage, AmiOutgoing } from './ami/ami-message.ts';
import { builtOnce } from './call-state/built-once.ts';
import { createCallTracker, type LiveCallView } from './call-state/call-tracker.ts';
import {
  PbxAdapterError,
  checkClickToCall,
  checkDialplan,
  checkExtension,
  clickToCallOriginate,
  hangupAction,
  isSupervisionMode,
  maskPhoneNumber,
  redirectAction,
  supervisionOriginate,
  type ClickToCallRequest,
  type DialplanSettings,
  type SupervisionRequest,
} from './pbx-actions.ts';
import type { AgentState, CallDirection, CallId, PbxEvent } from './pbx-events.ts';
import { reconcileWithPbx, recoverCrmRequests, refreshAgentPresence, type ResyncDependencies } from './pbx-resync.ts';

/** Time for the adapter: `now` for event times, `at` for its periodic check. A manual clock fits in tests. */
export interface PbxClock {
  now(): number;
  /** Runs `task` once the clock reaches `at`; the returned function cancels it. */
  at(at: number, task: () => void): () => void;
}

export const systemClock: PbxClock = {
  now: () => Date.now(),
  at(at, task) {
    const timer = setTimeout(task, Math.max(0, at - Date.now()));
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export interface PbxAdapterOptions {
  /** AMI_HOST, AMI_PORT (5038), AMI_USERNAME, AMI_SECRET. */
  readonly ami: {
    readonly host: string;
    readonly port: number;
    readonly username: string;
    readonly secret: string;
    readonly timing?: Partial<AmiConnectionTiming>;
  };
  readonly dialplan: DialplanSettings;
  readonly log: Logger;
  readonly clock?: PbxClock;
  /**
   * A call with no event for this long is checked against the PBX and closed if it is gone
   * (default 120; the check runs every quarter of it).
   */
  readonly staleCallSeconds?: number;
}

export interface PbxAdapterStatus {
  readonly state: AmiConnectionState | 'stopped';
  /** While disconnected: when the next attempt is made. */
  readonly retryInMs?: number;
  /** Why the link went down or the login was refused. */
  readonly error?: string;
}

/** A call in progress, as the CRM needs it to draw the current picture (after a page load, say). */
export interface PbxLiveCall {
  readonly callId: CallId;
  /** `waiting` until the parties talk (ringing, queued, dialling out), then `connected`. */
  readonly phase: 'waiting' | 'connected';
  readonly direction: CallDirection;
  readonly from: string;
  readonly to: string;
  readonly queue?: string;
  readonly crmRequestId?: string;
  readonly isSupervision: boolean;
  readonly ringingAgents: readonly string[];
  /** Agents whose phones are in the call: they answered it or placed it. */
  readonly connectedAgents: readonly string[];
  /**
   * Set while an agent holds the other party: who pressed hold, and since when (epoch ms). A hold
   * that began while the AMI link was down is not known: Asterisk lists no hold state on resync.
   */
  readonly onHold?: { readonly agentExtension: string; readonly since: number };
  readonly startedAt: number;
}

/** An agent's state as the PBX last reported it, to draw the current picture like `PbxLiveCall`. */
export interface PbxAgentState {
  readonly extension: string;
  readonly state: AgentState;
  /**
   * When this state began as far as the adapter can tell (epoch ms): the `at` of its `agent.state`.
   * For a state found on login, a call's age as the PBX lists it, else the login.
   */
  readonly since: number;
}

export interface TransferRequest {
  readonly callId: CallId;
  readonly toExtension: string;
}

export interface PbxAdapter {
  /**
   * Connects and logs in. Resolves once the first attempt is over: logged in and resynced, or
   * failed and retrying in the background (see `status()`). Rejects only when Asterisk refuses the
   * credentials, which no retry would fix.
   */
  start(): Promise<void>;
  /** Logs off; no reconnect after it. */
  stop(): Promise<void>;
  /** Every event, in order; returns the unsubscribe function. */
  on(listener: (event: PbxEvent) => void): () => void;
  status(): PbxAdapterStatus;
  /** An untouched call is the same object from one list to the next; a changed call is a new one. */
  liveCalls(): readonly PbxLiveCall[];
  /**
   * Every agent the PBX has reported, hints read at login included: what a listener that subscribes
   * after `start()` has missed of the `agent.state` events.
   */
  agentStates(): readonly PbxAgentState[];
  /**
   * Rings the agent's phone, then (once answered) the customer. Resolves when Asterisk has queued
   * the call; what happens next arrives as events that carry `crmRequestId`, including a `call.ended`
   * with outcome `failed` when the PBX could not ring the agent.
   */
  originateClickToCall(request: ClickToCallRequest): Promise<void>;
  hangup(callId: CallId): Promise<void>;
  /** Blind transfer: the caller is sent to the target's extension (AMI `Redirect`). */
  transfer(request: TransferRequest): Promise<void>;
  /** Rings the supervisor's phone; once answered, it listens to, whispers to or barges in on the agent's call. */
  supervise(request: SupervisionRequest): Promise<{ readonly spiedCallId: CallId }>;
}

const DEFAULT_STALE_CALL_SECONDS = 120;
/** OriginateResponses kept in case one overtakes the Response that tells us its ActionID. */
const RECENT_ORIGINATE_RESPONSES = 64;

/**
 * The last OriginateResponses by ActionID. The connection tells us an action's ActionID only with its
 * Response, and a failed Originate's OriginateResponse can be read in the same socket read, before
 * the code waiting for that Response has run.
 */
function createRecentOriginateResponses() {
  const byActionId = new Map<string, AmiMessage>();
  return {
    note(message: AmiMessage): void {
      const actionId = message.fields.ActionID;
      if (actionId === undefined) return;
      byActionId.set(actionId, message);
      if (byActionId.size <= RECENT_ORIGINATE_RESPONSES) return;
      const oldest = byActionId.keys().next().value;
      if (oldest !== undefined) byActionId.delete(oldest);
    },
    take(actionId: string): AmiMessage | undefined {
      const message = byActionId.get(actionId);
      byActionId.delete(actionId);
      return message;
    },
  };
}

function publicView(call: LiveCallView): PbxLiveCall {
  const connectedAgents = new Set<string>();
  for (const channel of call.channels) {
    if (channel.role === 'agent' && channel.state === 'up' && channel.agentExtension !== undefined) connectedAgents.add(channel.agentExtension);
  }
  return {
    callId: call.callId,
    phase: call.phase,
    direction: call.direction,
    from: call.from,
    to: call.to,
    ...(call.queue !== undefined && { queue: call.queue }),
    ...(call.crmRequestId !== undefined && { crmRequestId: call.crmRequestId }),
    isSupervision: call.isSupervision,
    ringingAgents: call.ringingAgents,
    connectedAgents: [...connectedAgents],
    ...(call.onHold !== undefined && { onHold: call.onHold }),
    startedAt: call.startedAt,
  };
}

/** The leg to hang up so that the whole call ends: the outside party, else whoever started the call. */
function anchorChannel(call: LiveCallView): string | undefined {
  const byRole = (role: string) => call.channels.find((channel) => channel.role === role);
  return (byRole('inbound-trunk') ?? byRole('outbound-trunk') ?? byRole('agent') ?? call.channels[0])?.channel;
}

function callerChannel(call: LiveCallView): string | undefined {
  return call.channels.find((channel) => channel.role === 'inbound-trunk' || channel.role === 'outbound-trunk')?.channel;
}

function isAgentTalking(call: LiveCallView, extension: string): boolean {
  return call.channels.some((channel) => channel.role === 'agent' && channel.agentExtension === extension && channel.state === 'up');
}

/** Asterisk's refusals and link failures, in words the CRM user can act on. */
function actionFailed(what: string, link: AmiConnection, error: unknown): unknown {
  if (!(error instanceof AmiActionError)) return error;
  switch (error.code) {
    case 'not-connected': {
      const { state, retryInMs } = link.status;
      const retry = retryInMs === undefined ? '' : `, next attempt in ${Math.ceil(retryInMs / 1000)} s`;
      return new PbxAdapterError('not-connected', `${what}: the PBX link is ${state}${retry}; try again once it is connected`);
    }
    case 'connection-lost':
      return new PbxAdapterError('not-connected', `${what}: the PBX link dropped before Asterisk answered; check whether it happened before trying again`);
    case 'timeout':
      return new PbxAdapterError('timeout', `${what}: Asterisk did not answer in time; check whether it happened before trying again`);
    case 'rejected':
      return new PbxAdapterError('rejected', `${what}: Asterisk refused it (${error.response?.fields.Message ?? error.message})`);
  }
}

export function createPbxAdapter(options: PbxAdapterOptions): PbxAdapter {
  const log = options.log.child({ module: 'pbx-adapter' });
  const clock = options.clock ?? systemClock;
  const dialplan = checkDialplan(options.dialplan);
  const staleCallSeconds = options.staleCallSeconds ?? DEFAULT_STALE_CALL_SECONDS;
  const tracker = createCallTracker(dialplan.routing ? { routing: dialplan.routing } : {});
  const publicViewOf = builtOnce(publicView);
  const listeners = new Set<(event: PbxEvent) => void>();
  const recentOriginateResponses = createRecentOriginateResponses();
  let connection: AmiConnection | undefined;
  let cancelStaleCheck: (() => void) | undefined;
  let checkingStaleCalls = false;

  function emit(events: readonly PbxEvent[]): void {
    for (const event of events) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          log.error({ err: error, event: event.type }, 'PBX event listener failed');
        }
      }
    }
  }

  function onEvent(message: AmiMessage): void {
    if (message.fields.Event === 'OriginateResponse') recentOriginateResponses.note(message);
    emit(tracker.ingest(message));
  }

  function resyncDependencies(link: AmiConnection): ResyncDependencies {
    return { connection: link, tracker, clock, emit };
  }

  /** Resolves with undefined when the step failed; a failed step is logged and the resync goes on. */
  async function attempt<T>(step: () => Promise<T>, level: 'warn' | 'info', consequence: string): Promise<T | undefined> {
    try {
      return await step();
    } catch (error) {
      log[level]({ err: error }, consequence);
      return undefined;
    }
  }

  async function resyncAfterLogin(link: AmiConnection): Promise<void> {
    const deps = resyncDependencies(link);
    const events = await attempt(
      () => reconcileWithPbx(deps),
      'warn',
      'could not list the PBX channels after login; calls that ended while the link was down stay open until the stale-call check',
    );
    if (events) {
      const endedWhileUnobserved = events.filter((event) => event.type === 'call.ended' && event.call.endedWhileUnobserved).length;
      log.info({ endedWhileUnobserved, liveCalls: tracker.liveCalls().length }, 'resynced calls with the PBX');
      await attempt(
        () => recoverCrmRequests(deps),
        'warn',
        'could not read the channel status after login; click-to-calls placed while the link was down lose their CRM request',
      );
    }
    await attempt(() => refreshAgentPresence(deps), 'info', 'could not list the PBX hints; agent presence follows live events only');
  }

  async function checkStaleCalls(): Promise<void> {
    const link = connection;
    if (!link || link.status.state !== 'connected' || checkingStaleCalls) return;
    const idle = tracker.idleCalls(staleCallSeconds, clock.now());
    if (idle.length === 0) return;
    checkingStaleCalls = true;
    try {
      const events = await reconcileWithPbx(resyncDependencies(link));
      const closed = events.flatMap((event) => (event.type === 'call.ended' ? [event.call.callId] : []));
      if (closed.length > 0) log.info({ closed, staleCallSeconds }, 'closed calls the PBX no longer has');
    } catch (error) {
      log.warn({ err: error }, 'could not check quiet calls against the PBX');
    } finally {
      checkingStaleCalls = false;
    }
  }

  function scheduleStaleCheck(): void {
    const everyMs = Math.max(1000, (staleCallSeconds * 1000) / 4);
    cancelStaleCheck = clock.at(clock.now() + everyMs, () => {
      scheduleStaleCheck();
      void checkStaleCalls();
    });
  }

  function connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      let firstAttemptOver = false;
      const settle = (outcome: () => void): void => {
        if (firstAttemptOver) return;
        firstAttemptOver = true;
        outcome();
      };
      const link = createAmiConnection({
        ...options.ami,
        log: options.log,
        clock,
        onEvent,
        wantsEvent: tracker.wantsEvent,
        onStatus(status) {
          if (status.state === 'connected') void resyncAfterLogin(link).then(() => settle(resolve));
          else if (status.state === 'disconnected') settle(resolve);
          else if (status.state === 'auth-failed') {
            const refused = `Asterisk refused the AMI login of ${JSON.stringify(options.ami.username)} (${status.error ?? 'no reason given'}): check AMI_USERNAME and AMI_SECRET`;
            settle(() => reject(new PbxAdapterError('auth-failed', refused)));
          }
        },
      });
      connection = link;
    });
  }

  function linkOrThrow(what: string): AmiConnection {
    if (!connection) throw new PbxAdapterError('not-started', `${what}: the PBX adapter is not started`);
    return connection;
  }

  async function send(what: string, action: AmiOutgoing): Promise<AmiMessage> {
    const link = linkOrThrow(what);
    try {
      return await link.action(action);
    } catch (error) {
      throw actionFailed(what, link, error);
    }
  }

  function liveCall(what: string, callId: CallId): LiveCallView {
    const call = tracker.liveCalls().find((each) => each.callId === callId);
    if (!call) throw new PbxAdapterError('unknown-call', `${what}: there is no call ${callId} in progress; it may have ended already`);
    return call;
  }

  function refuseUnavailable(field: string, extension: string): void {
    if (tracker.agentStates().get(extension)?.state !== 'unavailable') return;
    throw new PbxAdapterError(
      'agent-unavailable',
      `${field}: extension ${extension} is unavailable (its phone is not registered); sign in to the softphone or pick another extension`,
    );
  }

  async function originateClickToCall(request: ClickToCallRequest): Promise<void> {
    const checked = checkClickToCall(request);
    refuseUnavailable('agentExtension', checked.agentExtension);
    const sentAt = clock.now();
    const response = await send('click-to-call', clickToCallOriginate(dialplan, checked));
    const actionId = response.fields.ActionID;
    if (actionId !== undefined) {
      tracker.expectOriginate({ actionId, crmRequestId: checked.crmRequestId, agentExtension: checked.agentExtension, to: checked.number, at: sentAt });
      const early = recentOriginateResponses.take(actionId);
      if (early) emit(tracker.ingest(early));
    }
    log.info(
      { agentExtension: checked.agentExtension, number: maskPhoneNumber(checked.number), crmRequestId: checked.crmRequestId },
      'click-to-call queued',
    );
  }

  async function hangup(callId: CallId): Promise<void> {
    const channel = anchorChannel(liveCall('hangup', callId));
    if (channel === undefined) throw new PbxAdapterError('unknown-call', `hangup: call ${callId} has no channel left; it is ending already`);
    await send('hangup', hangupAction(channel));
    log.info({ callId }, 'hangup requested');
  }

  async function transfer(request: TransferRequest): Promise<void> {
    const toExtension = checkExtension('toExtension', request.toExtension);
    const channel = callerChannel(liveCall('transfer', request.callId));
    if (channel === undefined) {
      throw new PbxAdapterError('not-transferable', `transfer: call ${request.callId} has no outside party to transfer; only customer calls can be transferred`);
    }
    await send('transfer', redirectAction(dialplan, channel, toExtension));
    log.info({ callId: request.callId, toExtension }, 'transfer requested');
  }

  async function supervise(request: SupervisionRequest): Promise<{ readonly spiedCallId: CallId }> {
    const supervisorExtension = checkExtension('supervisorExtension', request.supervisorExtension);
    const agentExtension = checkExtension('agentExtension', request.agentExtension);
    if (!isSupervisionMode(request.mode)) {
      throw new PbxAdapterError('invalid-request', `mode: ${JSON.stringify(request.mode)} is not one of listen, whisper, barge`);
    }
    const spied = tracker.liveCalls().find((call) => !call.isSupervision && isAgentTalking(call, agentExtension));
    if (!spied) {
      throw new PbxAdapterError('agent-not-on-call', `agentExtension: agent ${agentExtension} is not talking on a call; supervision joins a call in progress`);
    }
    refuseUnavailable('supervisorExtension', supervisorExtension);
    await send('supervise', supervisionOriginate(dialplan, { supervisorExtension, agentExtension, mode: request.mode }));
    log.info({ supervisorExtension, agentExtension, mode: request.mode, spiedCallId: spied.callId }, 'supervision queued');
    return { spiedCallId: spied.callId };
  }

  return {
    start() {
      if (connection) return Promise.resolve();
      scheduleStaleCheck();
      return connect();
    },
    async stop() {
      cancelStaleCheck?.();
      cancelStaleCheck = undefined;
      const link = connection;
      connection = undefined;
      await link?.close();
    },
    on(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    status() {
      return connection?.status ?? { state: 'stopped' };
    },
    liveCalls: () => tracker.liveCalls().map(publicViewOf),
    agentStates: () => [...tracker.agentStates()].map(([extension, { state, since }]) => ({ extension, state, since })),
    originateClickToCall,
    hangup,
    transfer,
    supervise,
  };
}
