/**
 * A contact centre's day for the demo: random inbound calls from known clients and strangers,
 * calls put on hold, missed calls, queue calls, transfers and agents' click-to-calls, each on a
 * free agent, at a chosen average rate. Every call is one of the recorded scenarios, so the
 * adapter sees exactly what a real Asterisk would send.
 */
import type { Logger } from 'pino';
import type { ScriptedPbx } from './scripted-pbx.ts';
import type { Scheduler } from './scripted-scheduler.ts';

export interface DemoTrafficOptions {
  readonly callsPerMinute: number;
  /** Clients the CRM knows: their calls pop a card. */
  readonly knownNumbers: readonly string[];
  /** Strangers; when empty, random Kyiv numbers are made up. */
  readonly unknownNumbers?: readonly string[];
  /** Share of inbound calls that come from known numbers (0..1). */
  readonly knownShare?: number;
  /** Seconds an answered call lasts, [min, max]. */
  readonly talkSeconds?: readonly [number, number];
  readonly random?: () => number;
}

export interface DemoTrafficDependencies {
  readonly pbx: ScriptedPbx;
  readonly scheduler: Scheduler;
  readonly log: Logger;
}

type CallKind = 'direct' | 'held' | 'missed' | 'queue' | 'transfer' | 'outbound';

/** How often each kind of call comes, out of 100. */
const MIX: ReadonlyArray<readonly [CallKind, number]> = [
  ['direct', 32],
  ['held', 8],
  ['missed', 12],
  ['queue', 20],
  ['transfer', 10],
  ['outbound', 18],
];

export function startDemoTraffic(deps: DemoTrafficDependencies, options: DemoTrafficOptions): () => void {
  const { pbx, scheduler } = deps;
  const log = deps.log.child({ module: 'demo-traffic' });
  const random = options.random ?? Math.random;
  const [minTalk, maxTalk] = options.talkSeconds ?? [20, 120];
  const between = (min: number, max: number): number => Math.round(min + random() * (max - min));
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  let cancel: (() => void) | undefined;
  let stopped = false;

  const caller = (): string => {
    const known = random() < (options.knownShare ?? 0.6) ? pick(options.knownNumbers) : undefined;
    return known ?? pick(options.unknownNumbers ?? []) ?? `+38044${between(2000000, 4999999)}`;
  };
  const freeAgents = (kind: 'local' | 'webrtc'): string[] => {
    const busy = pbx.busyAgents();
    return Object.entries(pbx.site.agents)
      .filter(([extension, agent]) => agent.kind === kind && !busy.has(extension) && agent.ringSeconds !== null)
      .filter(([, agent]) => kind === 'local' || agent.registered)
      .map(([extension]) => extension);
  };
  const freeDids = (): Array<{ did: string; agent: string }> => {
    const free = new Set([...freeAgents('local'), ...freeAgents('webrtc')]);
    return Object.entries(pbx.site.dids).flatMap(([did, route]) =>
      'agent' in route && free.has(route.agent) ? [{ did, agent: route.agent }] : [],
    );
  };
  const freeQueueDids = (): string[] => {
    const busy = pbx.busyAgents();
    return Object.entries(pbx.site.dids).flatMap(([did, route]) =>
      'queue' in route && (pbx.site.queues[route.queue] ?? []).every((member) => !busy.has(member)) ? [did] : [],
    );
  };

  const place: Record<CallKind, () => boolean> = {
    direct() {
      const target = pick(freeDids());
      if (!target) return false;
      pbx.placeInboundCall({
        from: caller(),
        did: target.did,
        ringSeconds: between(2, 10),
        talkSeconds: between(minTalk, maxTalk),
        hangupBy: random() < 0.7 ? 'agent' : 'caller',
      });
      return true;
    },
    held() {
      const target = pick(freeDids().filter(({ agent }) => pbx.site.agents[agent]?.kind === 'webrtc'));
      if (!target) return false;
      const talkSeconds = between(minTalk, maxTalk);
      pbx.placeInboundCall({
        from: caller(),
        did: target.did,
        ringSeconds: between(2, 8),
        talkSeconds,
        hold: { afterSeconds: between(5, Math.max(5, talkSeconds / 3)), seconds: between(10, 60) },
      });
      return true;
    },
    missed() {
      const target = pick(freeDids().filter(({ agent }) => pbx.site.agents[agent]?.kind === 'local'));
      if (!target) return false;
      pbx.placeInboundCall({ from: caller(), did: target.did, ringSeconds: null, patienceSeconds: between(8, 25) });
      return true;
    },
    queue() {
      const did = pick(freeQueueDids());
      const route = did ? pbx.site.dids[did] : undefined;
      const members = route && 'queue' in route ? pbx.site.queues[route.queue] : undefined;
      if (!did || !members) return false;
      const abandoned = random() < 0.2;
      pbx.placeQueueCall({
        from: caller(),
        did,
        answeredBy: abandoned ? null : pick(members) ?? null,
        ringSeconds: between(2, 10),
        talkSeconds: between(minTalk, maxTalk),
        patienceSeconds: between(5, 15),
      });
      return true;
    },
    transfer() {
      const target = pick(freeDids().filter(({ agent }) => pbx.site.agents[agent]?.kind === 'local'));
      const to = pick(freeAgents('local').filter((agent) => agent !== target?.agent && !isQueueMember(pbx, agent)));
      if (!target || !to) return false;
      pbx.placeInboundCall({
        from: caller(),
        did: target.did,
        ringSeconds: between(2, 6),
        talkSeconds: between(minTalk, maxTalk),
        transfer: { to, kind: random() < 0.5 ? 'blind' : 'redirect', afterSeconds: between(5, 20) },
      });
      return true;
    },
    outbound() {
      const agent = pick(freeAgents('local').filter((extension) => !isQueueMember(pbx, extension)));
      if (!agent) return false;
      const busy = random() < 0.12 ? pick(pbx.site.busyNumbers) : undefined;
      const number = busy ?? pick(options.knownNumbers) ?? `050${between(1000000, 9999999)}`;
      pbx.placeOutboundCall({ agent, number });
      return true;
    },
  };

  const chooseKind = (): CallKind => {
    let roll = random() * 100;
    for (const [kind, weight] of MIX) {
      roll -= weight;
      if (roll < 0) return kind;
    }
    return 'direct';
  };

  const next = (): void => {
    if (stopped) return;
    const kind = chooseKind();
    try {
      if (!place[kind]()) log.debug({ kind }, 'no free agent for a demo call; skipped');
    } catch (error) {
      log.warn({ kind, err: error }, 'demo call could not be placed');
    }
    const meanGapMs = 60_000 / options.callsPerMinute;
    cancel = scheduler.at(scheduler.now() - Math.log(1 - random()) * meanGapMs, next);
  };

  log.info({ callsPerMinute: options.callsPerMinute }, 'demo traffic started');
  next();
  return () => {
    stopped = true;
    cancel?.();
    log.info('demo traffic stopped');
  };
}

function isQueueMember(pbx: ScriptedPbx, extension: string): boolean {
  return Object.values(pbx.site.queues).some((members) => members.includes(extension));
}
