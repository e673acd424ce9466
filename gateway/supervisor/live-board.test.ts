/**
 * Which state the live board shows for an agent when the PBX, a hold and a wrap-up all have a say,
 * and what it shows when it starts after the PBX has reported its agents: the board on a scripted
 * PBX (its events and current picture), its after-call work on a manual clock.
 */
import { describe, expect, it } from 'vitest';
import { createManualScheduler, type PbxAgentState, type PbxEvent, type PbxLiveCall } from '../../pbx-adapter/index.ts';
import type { SupervisorBoard } from '../schemas/supervisor.schemas.ts';
import type { WrapUpNotice } from '../screen-pop/screen-pop.ts';
import { startLiveBoard } from './live-board.ts';

const T0 = Date.UTC(2031, 0, 9, 9);
const iso = (at: number) => new Date(at).toISOString();

/**
 * @param reported the agents' states the PBX had reported before the board started.
 * @param watched whether a supervisor is connected, as the board asks before drawing.
 */
function boardOnScript(reported: readonly PbxAgentState[] = [], watched: () => boolean = () => true) {
  const clock = createManualScheduler(T0);
  const listeners: ((event: PbxEvent) => void)[] = [];
  const wrapUpListeners: ((notice: WrapUpNotice) => void)[] = [];
  const agents = new Map(reported.map((agent) => [agent.extension, agent]));
  let live: PbxLiveCall[] = [];
  const published: SupervisorBoard[] = [];
  const board = startLiveBoard({
    pbx: { on: (listener) => (listeners.push(listener), () => undefined), liveCalls: () => live, agentStates: () => [...agents.values()] },
    wrapUps: (listener) => (wrapUpListeners.push(listener), () => undefined),
    afterCallWork: { seconds: 60, clock },
    publish: (snapshot) => published.push(snapshot),
    watched,
    coalesceMs: 0,
  });
  return {
    clock,
    published,
    /** The PBX emits `event`, its current picture already showing it, as the adapter does. */
    pbx(event: PbxEvent) {
      if (event.type === 'agent.state') agents.set(event.extension, { extension: event.extension, state: event.state, since: event.at });
      listeners.forEach((listener) => listener(event));
    },
    wrapUp: (notice: WrapUpNotice) => wrapUpListeners.forEach((listener) => listener(notice)),
    setLiveCalls: (calls: PbxLiveCall[]) => (live = calls),
    snapshot: () => board.snapshot(),
    agent: (extension: string) => board.snapshot().agents.find((agent) => agent.extension === extension),
    stop: () => board.stop(),
  };
}

const talking = (onHold?: PbxLiveCall['onHold']): PbxLiveCall => ({
  callId: 'c2',
  phase: 'connected',
  direction: 'inbound',
  from: '+380671234567',
  to: '+380445550100',
  isSupervision: false,
  ringingAgents: [],
  connectedAgents: ['101'],
  ...(onHold && { onHold }),
  startedAt: T0,
});

describe('an agent on the live board', () => {
  it('shows ringing when the next call rings during wrap-up, on hold while holding it, and wrap-up again until its time is up', () => {
    const script = boardOnScript();
    script.pbx({ type: 'agent.state', extension: '101', state: 'idle', at: T0 });
    script.wrapUp({ kind: 'opened', callId: 'c1', extensions: ['101'], at: T0 });
    expect(script.agent('101')).toEqual({ extension: '101', state: 'wrap-up', since: iso(T0) });

    script.clock.advanceBy(10_000);
    script.pbx({ type: 'agent.state', extension: '101', state: 'ringing', at: T0 + 10_000 });
    expect(script.agent('101')?.state).toBe('ringing');
    script.pbx({ type: 'agent.state', extension: '101', state: 'busy', at: T0 + 12_000 });
    script.setLiveCalls([talking({ agentExtension: '101', since: T0 + 15_000 })]);
    expect(script.agent('101')).toEqual({ extension: '101', state: 'on-hold', since: iso(T0 + 15_000) });

    script.setLiveCalls([]);
    script.pbx({ type: 'agent.state', extension: '101', state: 'idle', at: T0 + 20_000 });
    expect(script.agent('101')).toEqual({ extension: '101', state: 'wrap-up', since: iso(T0) });
    script.clock.advanceBy(50_000);
    expect(script.agent('101')).toEqual({ extension: '101', state: 'idle', since: iso(T0 + 60_000) });
    script.stop();
  });

  it("leaves wrap-up when its time is up on the gateway's clock, though the PBX's clock runs years ahead", () => {
    const script = boardOnScript();
    const pbxTime = T0 + 4 * 365 * 86_400_000;
    script.pbx({ type: 'agent.state', extension: '103', state: 'idle', at: pbxTime });
    script.wrapUp({ kind: 'opened', callId: 'c1', extensions: ['103'], at: pbxTime });
    script.clock.advanceBy(59_000);
    expect(script.agent('103')?.state).toBe('wrap-up');
    script.clock.advanceBy(1_000);
    expect(script.agent('103')?.state).toBe('idle');
    script.stop();
  });

  it('leaves wrap-up once that call’s wrap-up is saved, and counts their free time from then', () => {
    const script = boardOnScript();
    script.pbx({ type: 'agent.state', extension: '102', state: 'idle', at: T0 });
    script.wrapUp({ kind: 'opened', callId: 'c1', extensions: ['102'], at: T0 });
    script.clock.advanceBy(7_000);
    script.wrapUp({ kind: 'saved', callId: 'other-call' });
    expect(script.agent('102')?.state).toBe('wrap-up');
    script.wrapUp({ kind: 'saved', callId: 'c1' });
    expect(script.agent('102')).toEqual({ extension: '102', state: 'idle', since: iso(T0 + 7_000) });
    script.stop();
  });
});

describe('a board started after the PBX reported its agents', () => {
  it("shows each agent's state and since when from its first snapshot, and its first publication keeps them", async () => {
    const reported: PbxAgentState[] = [
      { extension: '101', state: 'busy', since: T0 - 50_000 },
      { extension: '102', state: 'idle', since: T0 - 3_600_000 },
      { extension: '201', state: 'paused', since: T0 - 600_000 },
      { extension: '7002', state: 'unavailable', since: T0 - 3_600_000 },
    ];
    const script = boardOnScript(reported);
    const shown = reported.map(({ extension, state, since }) => ({ extension, state, since: iso(since) }));
    expect(script.agent('101')).toEqual(shown[0]);
    expect(script.snapshot().agents).toEqual(shown);

    script.pbx({ type: 'agent.state', extension: '102', state: 'ringing', at: T0 });
    await expect.poll(() => script.published.length).toBe(1);
    expect(script.published[0]?.agents).toEqual([shown[0], { extension: '102', state: 'ringing', since: iso(T0) }, shown[2], shown[3]]);
    script.stop();
  });
});

describe('a board nobody watches', () => {
  it('publishes nothing until a supervisor connects, then the whole picture at the next change', async () => {
    let supervisorConnected = false;
    const script = boardOnScript([{ extension: '101', state: 'idle', since: T0 }], () => supervisorConnected);
    script.pbx({ type: 'agent.state', extension: '101', state: 'ringing', at: T0 + 1_000 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(script.published).toEqual([]);

    supervisorConnected = true;
    script.pbx({ type: 'agent.state', extension: '102', state: 'idle', at: T0 + 2_000 });
    await expect.poll(() => script.published.length).toBe(1);
    expect(script.published[0]?.agents).toEqual([
      { extension: '101', state: 'ringing', since: iso(T0 + 1_000) },
      { extension: '102', state: 'idle', since: iso(T0 + 2_000) },
    ]);
    script.stop();
  });
});
