/**
 * The scripted PBX: plays calls as the recorded Asterisk 22 did, event for event, for the demo
 * and the tests. Calls start from the API (`placeInboundCall` ...) or from AMI actions, like the
 * recorder's own `Originate`s, and the CRM's actions (`Originate`, `BlindTransfer`, `Redirect`,
 * `Hangup`, ChanSpy) change live calls the way they changed the recorded ones.
 *
 * The simulated site is the recording's (shared/fixtures/ami/README.md): agents are
 * `Local/<ext>@agents` phones or `PJSIP/<ext>` softphones, the PSTN enters through
 * `Local/<DID>@from-pstn`, and click-to-call dials out through the `outbound` context.
 */
import type { Logger } from 'pino';
import type { AmiOutgoing } from '../ami/ami-message.ts';
import type { AmiSessionReply, SimulatedPbx } from './simulated-pbx.ts';
import { createCallPlayer, type CallPlayer, type PlayingCall } from './scripted-player.ts';
import {
  DEFAULT_CALLER_WAIT_S,
  DEFAULT_TIMEOUT_S,
  clickToCallVariables,
  createActionHandlers,
  originateQueued,
  targetParams,
} from './scripted-pbx-actions.ts';
import { createPbxCounters, createQueueMemberStats, type CallRendering } from './scripted-render.ts';
import { startDemoTraffic, type DemoTrafficOptions } from './scripted-demo-traffic.ts';
import type { Scheduler } from './scripted-scheduler.ts';
import { loadTemplates, type CallTemplate } from './scripted-template.ts';

export interface ScriptedAgent {
  /** `local`: a `Local/<ext>@agents` phone; `webrtc`: a `PJSIP/<ext>` browser softphone. */
  readonly kind: 'local' | 'webrtc';
  /** Seconds the phone rings before the agent answers; null: the agent never answers. */
  readonly ringSeconds: number | null;
  /** Seconds the agent talks before hanging up. */
  readonly talkSeconds: number;
  /** A softphone that is not registered makes Originates fail and its hint Unavailable. */
  readonly registered?: boolean;
  /** A softphone whose agent presses Decline (486 Busy Here) after ringing. */
  readonly declines?: boolean;
}

export type DidRoute = { readonly agent: string } | { readonly queue: string };

export interface ScriptedPbxConfig {
  readonly agents: Readonly<Record<string, ScriptedAgent>>;
  readonly dids: Readonly<Record<string, DidRoute>>;
  /** Ringall queues of two members, in `queues.conf` order. */
  readonly queues: Readonly<Record<string, readonly [string, string]>>;
  /** Outside numbers that answer busy (cause 17). */
  readonly busyNumbers: readonly string[];
  /** How the outside party of a click-to-call behaves. */
  readonly customer: { readonly ringSeconds: number; readonly talkSeconds: number };
  /** The caller ID the `outbound` context presents. */
  readonly companyCallerId: string;
}

/** The site the fixtures were recorded on. */
export const RECORDED_SITE: ScriptedPbxConfig = {
  agents: {
    '101': { kind: 'local', ringSeconds: 3, talkSeconds: 5 },
    '102': { kind: 'local', ringSeconds: 2, talkSeconds: 4 },
    '201': { kind: 'local', ringSeconds: null, talkSeconds: 5 },
    '202': { kind: 'local', ringSeconds: 3, talkSeconds: 5 },
    '7001': { kind: 'webrtc', ringSeconds: 2, talkSeconds: 5, registered: true },
    '7002': { kind: 'webrtc', ringSeconds: 1, talkSeconds: 5, registered: true },
  },
  dids: {
    '+380445550100': { agent: '101' },
    '+380445550200': { queue: 'support' },
    '+380445550700': { agent: '7001' },
  },
  queues: { support: ['201', '202'] },
  busyNumbers: ['0509999999'],
  customer: { ringSeconds: 3, talkSeconds: 6 },
  companyCallerId: '+380445550100',
};

/** The recorded site with four more direct agents (DIDs +380445551103..106), for a livelier demo. */
export const DEMO_SITE: ScriptedPbxConfig = {
  ...RECORDED_SITE,
  agents: {
    ...RECORDED_SITE.agents,
    '103': { kind: 'local', ringSeconds: 4, talkSeconds: 40 },
    '104': { kind: 'local', ringSeconds: 3, talkSeconds: 60 },
    '105': { kind: 'local', ringSeconds: 5, talkSeconds: 30 },
    '106': { kind: 'local', ringSeconds: 2, talkSeconds: 50 },
  },
  dids: {
    ...RECORDED_SITE.dids,
    '+380445551103': { agent: '103' },
    '+380445551104': { agent: '104' },
    '+380445551105': { agent: '105' },
    '+380445551106': { agent: '106' },
  },
};

export interface ScriptedPbxOptions {
  readonly scheduler: Scheduler;
  readonly log: Logger;
  readonly site?: ScriptedPbxConfig;
  /** manager.conf `timestampevents = yes`: a `Timestamp:` line in every event. */
  readonly timestampEvents?: boolean;
  readonly templates?: ReadonlyMap<string, CallTemplate>;
}

export interface InboundCallOptions {
  readonly from: string;
  readonly did: string;
  /** Override the agent's configured behaviour for this call. null: nobody answers. */
  readonly ringSeconds?: number | null;
  readonly talkSeconds?: number;
  readonly hangupBy?: 'agent' | 'caller';
  /** How long the caller waits before giving up when nobody answers. */
  readonly patienceSeconds?: number;
  /** The answering agent transfers the caller to another agent. */
  readonly transfer?: {
    readonly to: string;
    readonly kind: 'blind' | 'redirect';
    readonly afterSeconds: number;
  };
  /**
   * The answering agent puts the caller on hold `afterSeconds` after answering, for `seconds`, as
   * in `hold_unhold`; `talkSeconds` counts the hold. Only a softphone holds in the recordings.
   */
  readonly hold?: { readonly afterSeconds: number; readonly seconds: number };
}

export interface QueueCallOptions {
  readonly from: string;
  /** A DID routed to a queue. */
  readonly did: string;
  /** The member who answers (the other member's ringing is cancelled); null: nobody answers and the caller gives up. */
  readonly answeredBy: string | null;
  /** Seconds an unanswered caller waits before hanging up. */
  readonly patienceSeconds?: number;
  readonly ringSeconds: number;
  readonly talkSeconds: number;
}

export interface OutboundCallOptions {
  readonly agent: string;
  readonly number: string;
  /** Variables as an Originate would carry them (`CRM_REQUEST_ID`). */
  readonly variables?: ReadonlyArray<readonly [string, string]>;
}

export interface PlacedCall {
  /** The Linkedid every leg of the call carries. */
  readonly linkedid: string;
}

/** One template played as recorded, with the caller's identities and durations. */
export interface TemplateCallOptions {
  readonly identities: Record<string, string>;
  readonly params: Record<string, number>;
  readonly actionId?: string;
}

export interface ScriptedPbx extends SimulatedPbx {
  placeInboundCall(options: InboundCallOptions): PlacedCall;
  placeQueueCall(options: QueueCallOptions): PlacedCall;
  placeOutboundCall(options: OutboundCallOptions): PlacedCall;
  /**
   * Plays a template by name (see ./templates) without the routing of the other methods. A
   * segment whose parameter is missing waits for its action (a transfer, a supervisor's Originate).
   */
  playTemplate(name: string, options: TemplateCallOptions): PlacedCall;
  readonly site: ScriptedPbxConfig;
  /** Random calls of every recorded kind until the returned function is called. */
  startDemoTraffic(options: DemoTrafficOptions): () => void;
  /** Extensions a live call is ringing or connecting (transfer targets and supervisors included). */
  busyAgents(): Set<string>;
  liveCallCount(): number;
  close(): void;
}

/** What the inbound dialplan needs to know beyond the API's options. */
export interface InboundRequest extends InboundCallOptions {
  /** Seconds the caller's handset stays after the answer (the recorder's `Wait`). */
  readonly callerWait?: number;
  /** Per queue member: seconds of ringing before answering, null for never. */
  readonly memberRing?: Readonly<Record<string, number | null>>;
}

/** A request to start a call, from the API or from an Originate. */
export interface CallRequest {
  readonly actionId?: string;
  readonly session?: AmiSessionReply;
  readonly async: boolean;
  readonly variables: ReadonlyArray<readonly [string, string]>;
}

const API_REQUEST: CallRequest = { async: true, variables: [] };

export function createScriptedPbx(options: ScriptedPbxOptions): ScriptedPbx {
  const { scheduler } = options;
  const log = options.log.child({ module: 'scripted-pbx' });
  const site = options.site ?? RECORDED_SITE;
  const templates = options.templates ?? loadTemplates();
  const startedAt = scheduler.now();
  const counters = createPbxCounters();
  const player = createCallPlayer({
    scheduler,
    log,
    timestampEvents: options.timestampEvents ?? false,
    counters,
    members: createQueueMemberStats(Math.floor(startedAt / 1000)),
  });

  const template = (name: string): CallTemplate => {
    const found = templates.get(name);
    if (!found) throw new Error(`no call template ${name}`);
    return found;
  };

  const agentOf = (extension: string): ScriptedAgent =>
    site.agents[extension] ?? { kind: 'local', ringSeconds: 3, talkSeconds: 5 };

  const startCall = (
    name: string,
    identities: Record<string, string>,
    params: Record<string, number>,
    request: CallRequest,
  ): PlayingCall => {
    const chosen = template(name);
    const rendering: CallRendering = {
      identities,
      params,
      variables: request.session ? request.variables : simulatedVariables(chosen, params, identities, request.variables),
      // The call's first channel is created now; its Uniqueid is the call's Linkedid.
      allocated: new Map([['uid:0', counters.nextUniqueid(scheduler.now())]]),
      segmentStarts: new Map(),
      ...(request.actionId !== undefined ? { actionId: request.actionId } : {}),
    };
    if (request.session && request.async) request.session.reply(originateQueued(request.actionId));
    const sync = request.session && !request.async ? { session: request.session, actionId: request.actionId } : undefined;
    return player.start(chosen, rendering, sync ? { syncOriginate: sync } : {});
  };

  const placed = (call: PlayingCall): PlacedCall => ({ linkedid: call.rendering.allocated.get('uid:0') ?? '' });

  const inbound = (options: InboundRequest, request: CallRequest): PlayingCall => {
    const route = site.dids[options.did];
    if (!route) throw new Error(`no route for DID ${options.did}`);
    const identities = { caller: options.from, did: options.did };
    const callerWait = options.callerWait ?? DEFAULT_CALLER_WAIT_S;
    const patience = options.patienceSeconds ?? DEFAULT_TIMEOUT_S;
    if ('queue' in route) return queueCall(route.queue, identities, options, callerWait, request);
    const agent = agentOf(route.agent);
    const ring = options.ringSeconds === undefined ? agent.ringSeconds : options.ringSeconds;
    const talk = options.talkSeconds ?? agent.talkSeconds;
    const params = { 'ring:agent': ring ?? 0, 'talk:agent': talk, callerWait, callerPatience: patience };
    const ids = { ...identities, agent: route.agent };
    if (agent.kind === 'webrtc') {
      if (!agent.registered) throw new Error(`softphone ${route.agent} is not registered`);
      if (agent.declines || ring === null) return startCall('webrtc_inbound_rejected', ids, params, request);
      if (options.hold) return startCall('hold_unhold', ids, { ...params, ...holdParams(options.hold, talk) }, request);
      return startCall('webrtc_inbound_answered', ids, params, request);
    }
    if (options.hold) throw new Error(`agent ${route.agent} has a desk phone; only a softphone holds a call in the recordings`);
    if (ring === null) return startCall('inbound_missed', ids, params, request);
    if (options.transfer) return transferCall(ids, params, options.transfer, request);
    // The party who does not end the conversation would have gone on longer.
    const callerHangsUp = options.hangupBy === 'caller';
    const name = callerHangsUp ? 'inbound_answered_caller_hangup' : 'inbound_answered_agent_hangup';
    const timed = callerHangsUp
      ? { ...params, callerWait: talk, 'talk:agent': Math.max(talk + 10, 60) }
      : { ...params, callerWait: Math.max(callerWait, talk + 10) };
    return startCall(name, ids, timed, request);
  };

  const transferCall = (
    identities: Record<string, string>,
    params: Record<string, number>,
    transfer: NonNullable<InboundCallOptions['transfer']>,
    request: CallRequest,
  ): PlayingCall => {
    const target = agentOf(transfer.to);
    const name = transfer.kind === 'blind' ? 'blind_transfer' : 'redirect_transfer';
    const timed = {
      ...params,
      'talk:agent': Math.max(params['talk:agent'] ?? 0, transfer.afterSeconds + 10),
      transferAfter: transfer.afterSeconds,
      ...targetParams(target),
    };
    return startCall(name, { ...identities, target: transfer.to }, timed, request);
  };

  const queueCall = (
    queue: string,
    identities: Record<string, string>,
    options: InboundRequest,
    callerWait: number,
    request: CallRequest,
  ): PlayingCall => {
    const members = site.queues[queue];
    if (!members) throw new Error(`no queue ${queue}`);
    const [first, second] = members;
    const ringOf = (extension: string): number | null => {
      const override = options.memberRing?.[extension];
      return override === undefined ? agentOf(extension).ringSeconds : override;
    };
    const answering = [first, second]
      .map((extension) => ({ extension, ring: ringOf(extension) }))
      .filter((member): member is { extension: string; ring: number } => member.ring !== null)
      .sort((a, b) => a.ring - b.ring)[0];
    if (!answering) {
      return startCall(
        'queue_caller_abandon',
        { ...identities, queue, member1: first, member2: second },
        { callerWait, callerPatience: options.patienceSeconds ?? DEFAULT_TIMEOUT_S },
        request,
      );
    }
    const other = answering.extension === first ? second : first;
    const talk = options.talkSeconds ?? agentOf(answering.extension).talkSeconds;
    return startCall(
      'queue_ringall',
      { ...identities, queue, member1: other, member2: answering.extension },
      { 'ring:member2': answering.ring, 'talk:member2': talk, 'talk:member1': talk, callerWait },
      request,
    );
  };

  const outbound = (
    agentExtension: string,
    number: string,
    callerId: { name: string; number: string },
    timeoutSeconds: number,
    request: CallRequest,
  ): PlayingCall => {
    const agent = { ...agentOf(agentExtension), ...clickToCallVariables(request.variables) };
    const identities = {
      agent: agentExtension,
      customer: number,
      cidName: callerId.name || '<unknown>',
      companyCid: site.companyCallerId,
    };
    const params = {
      'ring:agent': agent.ringSeconds ?? 0,
      'talk:agent': Math.max(agent.talkSeconds, 60),
      'ring:customer': agent.customerRingSeconds ?? site.customer.ringSeconds,
      'talk:customer': agent.customerTalkSeconds ?? site.customer.talkSeconds,
      originateTimeout: timeoutSeconds,
    };
    const name =
      agent.kind === 'webrtc'
        ? 'webrtc_click_to_call'
        : agent.ringSeconds === null
          ? 'click_to_call_agent_noanswer'
          : site.busyNumbers.includes(number)
            ? 'outbound_busy'
            : 'click_to_call_answered';
    return startCall(name, identities, params, request);
  };

  const demoStops = new Set<() => void>();
  const actions = createActionHandlers({ site, player, template, agentOf, inbound, outbound, scheduler, log });

  const pbx: ScriptedPbx = {
    site,
    handleAction: actions.handle,
    subscribe: (listener: (event: AmiOutgoing) => void) => player.subscribe(listener),
    placeInboundCall: (options) => placed(inbound(options, API_REQUEST)),
    placeQueueCall: ({ answeredBy, ringSeconds, ...options }) => {
      const route = site.dids[options.did];
      const members = route && 'queue' in route ? site.queues[route.queue] ?? [] : [];
      const memberRing = Object.fromEntries(members.map((member) => [member, member === answeredBy ? ringSeconds : null]));
      return placed(inbound({ ...options, memberRing }, API_REQUEST));
    },
    placeOutboundCall: ({ agent, number, variables = [] }) =>
      placed(outbound(agent, number, { name: '', number }, DEFAULT_TIMEOUT_S, { ...API_REQUEST, variables })),
    playTemplate: (name, { identities, params, actionId }) =>
      placed(startCall(name, { ...identities }, { ...params }, { ...API_REQUEST, ...(actionId !== undefined ? { actionId } : {}) })),
    busyAgents: () => busyAgents(player),
    startDemoTraffic(demo) {
      const stop = startDemoTraffic({ pbx, scheduler, log: options.log }, demo);
      demoStops.add(stop);
      return () => {
        demoStops.delete(stop);
        stop();
      };
    },
    liveCallCount: () => player.live().length,
    close() {
      for (const stop of demoStops) stop();
      player.close();
    },
  };
  return pbx;
}

/** The `hold_unhold` template's durations: talk, hold, and the rest of the conversation. */
function holdParams(hold: NonNullable<InboundCallOptions['hold']>, talkSeconds: number): Record<string, number> {
  return { holdAfter: hold.afterSeconds, holdSeconds: hold.seconds, talkAfterHold: Math.max(1, talkSeconds - hold.afterSeconds - hold.seconds) };
}

/**
 * A call the API places shows the variables the recorder's Originate carried (with this call's
 * durations), as the PSTN simulator of the recording set them, then the requester's own.
 */
function simulatedVariables(
  chosen: CallTemplate,
  params: Record<string, number>,
  identities: Record<string, string>,
  requested: ReadonlyArray<readonly [string, string]>,
): Array<readonly [string, string]> {
  const fill = (text: string): string =>
    text.replace(/«(p:)?([^»]*)»/g, (_, isParam: string | undefined, name: string) =>
      isParam ? String(params[name] ?? '') : identities[name] ?? '',
    );
  return [...chosen.variables.map(([name, value]) => [fill(name), fill(value)] as const), ...requested];
}

/** Agents a live call rings or connects, from its start to its last event (a transfer target included). */
function busyAgents(player: CallPlayer): Set<string> {
  const busy = new Set<string>();
  for (const call of player.live()) {
    for (const role of AGENT_ROLES) {
      const extension = call.rendering.identities[role];
      if (extension) busy.add(extension);
    }
  }
  return busy;
}

const AGENT_ROLES = ['agent', 'target', 'member1', 'member2', 'supervisor'];
