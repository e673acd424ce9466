/**
 * Calls on hold and agents in wrap-up on the supervisors' live board, through the whole stack: a
 * softphone call played by the AMI simulator, the adapter over TCP, the screen-pop's wrap-up and
 * the hub's WebSockets. The after-call work runs on the simulator's clock. The gateway starts after
 * the adapter has logged in, as a restarted gateway's board does; last, a follower gateway's board
 * on the cluster bus.
 */
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectSocket, signIn, type SignedInUser, type TestSocket } from '../../tests/support/gateway.ts';
import { startTestSite, type TestSite } from '../../tests/support/pbx-site.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { createLocalBus, createLocalBusHub } from '../cluster/cluster-bus.ts';
import { createClusterPbx, type ClusterMessage, type ClusterPbx } from '../cluster/cluster-pbx.ts';
import type { LeadershipRole, PbxLeadership } from '../cluster/pbx-leadership.ts';
import type { ServerMessageOf } from '../schemas/ws.schemas.ts';
import { startLiveBoard, type LiveBoard } from './live-board.ts';

const database = useTestDatabase();
/** The recorded site routes this DID to the softphone 7001, which can hold its caller. */
const DID_SOFTPHONE = '+380445550700';
const CALLER = '+380441234567';
const AFTER_CALL_WORK_SECONDS = 30;
const SITE_STARTS_AT = Date.UTC(2031, 0, 8, 9);

type Board = ServerMessageOf<'board.update'>;
type BoardAgent = Board['agents'][number];

let site: TestSite;
let operator: SignedInUser;
let supervisor: SignedInUser;
let operatorSocket: TestSocket;
let supervisorSocket: TestSocket;
let firstBoard: ServerMessageOf<'board.snapshot'>;

beforeAll(async () => {
  site = await startTestSite(database.db, SITE_STARTS_AT, { realtime: { heartbeatMs: 60_000 }, afterCallWork: { seconds: AFTER_CALL_WORK_SECONDS } });
  operator = await signIn(site.app, database.db, { role: 'operator', extension: '7001' });
  supervisor = await signIn(site.app, database.db, { role: 'supervisor' });
  operatorSocket = await connectSocket(site.app, operator.cookie);
  supervisorSocket = await connectSocket(site.app, supervisor.cookie);
  supervisorSocket.send({ type: 'board.watch' });
  firstBoard = await supervisorSocket.next('board.snapshot');
});

/** The first board update from now on that `where` accepts: call it before the step that causes the update. */
function nextBoard(where: (board: Board) => boolean): Promise<Board> {
  const from = supervisorSocket.messages.length;
  return supervisorSocket.next('board.update', (board) => supervisorSocket.messages.indexOf(board) >= from && where(board));
}

const agent7001 = (board: Board): BoardAgent | undefined => board.agents.find((agent) => agent.extension === '7001');
const agent7001Is = (state: BoardAgent['state']) => (board: Board) => agent7001(board)?.state === state;

const seconds = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;

describe('a board started after the PBX link', () => {
  it("shows every agent's state the PBX reported at login, before anyone's state changes", () => {
    const idleSinceLogin = (extension: string) => ({ extension, state: 'idle', since: new Date(SITE_STARTS_AT).toISOString() });
    expect([...firstBoard.agents].sort((a, b) => a.extension.localeCompare(b.extension))).toEqual(['101', '102', '201', '202', '7001', '7002'].map(idleSinceLogin));
  });
});

describe('a call on hold', () => {
  let callId: string;

  it('shows on hold, by whom and since when, with the agent on hold, to supervisors only', async () => {
    const held = nextBoard((board) => board.calls.some((call) => call.onHold !== null));
    callId = site.pbx.placeInboundCall({ from: CALLER, did: DID_SOFTPHONE, ringSeconds: 2, talkSeconds: 30, hold: { afterSeconds: 3, seconds: 10 } }).linkedid;
    await site.play(7_000);

    const board = await held;
    const call = board.calls.find((each) => each.callId === callId)!;
    expect(call).toMatchObject({ state: 'talking', connectedAgents: ['7001'], onHold: { agentExtension: '7001' } });
    expect(seconds(call.answeredAt!, call.onHold!.since)).toBeCloseTo(3, 0);
    expect(agent7001(board)).toEqual({ extension: '7001', state: 'on-hold', since: call.onHold!.since });

    const http = await site.app.inject({ method: 'GET', url: '/api/supervisor/board', headers: { cookie: supervisor.cookie } });
    expect(http.json().calls.find((each: { callId: string }) => each.callId === callId).onHold).toEqual(call.onHold);
    operatorSocket.send({ type: 'ping' });
    await operatorSocket.next('pong');
    expect(operatorSocket.messages.filter((message) => message.type.startsWith('board.'))).toEqual([]);
  });

  it('is taken off hold when the agent resumes, and the agent talks again', async () => {
    const resumed = nextBoard((board) => board.calls.some((call) => call.callId === callId && call.onHold === null));
    await site.play(10_000);
    expect(agent7001(await resumed)?.state).toBe('busy');
  });

  it('puts the agent in wrap-up when the call ends, and frees them once they save the wrap-up', async () => {
    const wrappingUp = nextBoard(agent7001Is('wrap-up'));
    await site.play(20_000);
    const ended = await operatorSocket.next('pop.ended', (message) => message.callId === callId);
    expect(ended.wrapUp).toBe(true);
    const callEnd = site.ended.find((call) => call.callId === callId)!.endedAt;
    expect(Date.parse(agent7001(await wrappingUp)!.since)).toBe(Math.trunc(callEnd));

    await site.play(5_000);
    const free = nextBoard(agent7001Is('idle'));
    operatorSocket.send({ type: 'wrapup.save', id: 'save-1', callId, notes: 'Put on hold to look up the order' });
    await operatorSocket.next('wrapup.saved', (message) => message.replyTo === 'save-1');
    expect(Date.parse(agent7001(await free)!.since)).toBe(site.scheduler.now());
  });
});

describe('an agent who does not save the wrap-up', () => {
  it('is free once the after-call-work time has passed', async () => {
    const wrappingUp = nextBoard(agent7001Is('wrap-up'));
    const callId = site.pbx.placeInboundCall({ from: CALLER, did: DID_SOFTPHONE, ringSeconds: 1, talkSeconds: 5 }).linkedid;
    await site.play(8_000);
    await operatorSocket.next('pop.ended', (message) => message.callId === callId);
    const inWrapUp = agent7001(await wrappingUp)!;

    await site.play((AFTER_CALL_WORK_SECONDS - 2) * 1000);
    const meanwhile = await site.app.inject({ method: 'GET', url: '/api/supervisor/board', headers: { cookie: supervisor.cookie } });
    expect(meanwhile.json().agents).toContainEqual(inWrapUp);

    const free = nextBoard(agent7001Is('idle'));
    await site.play(3_000);
    expect(seconds(inWrapUp.since, agent7001(await free)!.since)).toBe(AFTER_CALL_WORK_SECONDS);
  });
});

describe("a follower gateway's board", () => {
  const quiet = pino({ level: 'silent' });
  const DID_AGENT_101 = '+380445550100';

  function fixedLeadership(nodeId: string, role: LeadershipRole): PbxLeadership {
    return { nodeId, start: async () => {}, stop: async () => {}, current: () => role, onChange: () => () => {} };
  }

  function boardOn(pbx: ClusterPbx): LiveBoard {
    return startLiveBoard({ pbx, wrapUps: () => () => {}, publish: () => {} });
  }

  it("shows what the leader's board shows, from its start and as a call rings and is answered", async () => {
    const hub = createLocalBusHub();
    const leader = createClusterPbx({
      bus: createLocalBus<ClusterMessage>({ log: quiet, hub, nodeId: 'gw-a' }),
      leadership: fixedLeadership('gw-a', { role: 'leader', adapter: site.adapter, ready: Promise.resolve() }),
      log: quiet,
    });
    const follower = createClusterPbx({ bus: createLocalBus<ClusterMessage>({ log: quiet, hub, nodeId: 'gw-b' }), leadership: fixedLeadership('gw-b', { role: 'follower' }), log: quiet });
    const [leaderBoard, followerBoard] = [boardOn(leader), boardOn(follower)];
    try {
      expect(leaderBoard.snapshot().agents).toHaveLength(6);
      await expect.poll(() => followerBoard.snapshot()).toEqual(leaderBoard.snapshot());

      const callId = site.pbx.placeInboundCall({ from: CALLER, did: DID_AGENT_101, ringSeconds: 2, talkSeconds: 5 }).linkedid;
      await site.play(1_000);
      await expect.poll(() => followerBoard.snapshot().agents.find((agent) => agent.extension === '101')?.state).toBe('ringing');
      expect(followerBoard.snapshot()).toEqual(leaderBoard.snapshot());
      await site.play(2_000);
      await expect.poll(() => followerBoard.snapshot().calls.find((call) => call.callId === callId)?.state).toBe('talking');
      expect(followerBoard.snapshot()).toEqual(leaderBoard.snapshot());
      await site.play(10_000);
      await expect.poll(() => followerBoard.snapshot().calls).toEqual([]);
      expect(followerBoard.snapshot()).toEqual(leaderBoard.snapshot());
    } finally {
      for (const board of [leaderBoard, followerBoard]) board.stop();
      for (const pbx of [leader, follower]) pbx.close();
    }
  });
});
