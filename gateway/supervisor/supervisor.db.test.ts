/**
 * The supervisors' live board and listen / whisper / barge, through the whole stack: calls played
 * by the AMI simulator, the adapter over TCP, the hub's WebSockets and the HTTP API.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { selectAuditTrail } from '../../crm-core/audit/audit.repository.ts';
import { connectSocket, signIn, type SignedInUser, type TestSocket } from '../../tests/support/gateway.ts';
import { startTestSite, type TestSite } from '../../tests/support/pbx-site.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import type { ServerMessageOf } from '../schemas/ws.schemas.ts';

const database = useTestDatabase();
const DID_AGENT_101 = '+380445550100';
const DID_QUEUE = '+380445550200';

let site: TestSite;
let operator: SignedInUser;
let supervisors: SignedInUser[];
beforeAll(async () => {
  site = await startTestSite(database.db, Date.UTC(2031, 0, 7, 9), { realtime: { heartbeatMs: 60_000 } });
  operator = await signIn(site.app, database.db, { role: 'operator', extension: '101' });
  supervisors = [
    await signIn(site.app, database.db, { role: 'supervisor', extension: '7002' }),
    await signIn(site.app, database.db, { role: 'supervisor', extension: '102' }),
    await signIn(site.app, database.db, { role: 'admin', extension: '7001' }),
  ];
});

type Board = ServerMessageOf<'board.update'>;

function nextBoard(socket: TestSocket, where: (board: Board) => boolean): Promise<Board> {
  return socket.next('board.update', where);
}

describe('the live board', () => {
  let supervisorSocket: TestSocket;
  let operatorSocket: TestSocket;

  it('answers a supervisor’s board.watch with a snapshot, and refuses an operator', async () => {
    supervisorSocket = await connectSocket(site.app, supervisors[0]!.cookie);
    operatorSocket = await connectSocket(site.app, operator.cookie);
    supervisorSocket.send({ type: 'board.watch', id: 'watch-1' });
    const snapshot = await supervisorSocket.next('board.snapshot');
    expect(snapshot).toMatchObject({ replyTo: 'watch-1', calls: [], queues: [], supervisions: [] });

    operatorSocket.send({ type: 'board.watch', id: 'watch-2' });
    expect(await operatorSocket.next('error')).toMatchObject({ code: 'forbidden', replyTo: 'watch-2' });
    const http = await site.app.inject({ method: 'GET', url: '/api/supervisor/board', headers: { cookie: operator.cookie } });
    expect(http.statusCode).toBe(403);
  });

  it("shows a call ringing, then talking with the agent's state, and a caller waiting in a queue, to supervisors only", async () => {
    const placed = site.pbx.placeInboundCall({ from: '+380441234567', did: DID_AGENT_101, ringSeconds: 3, talkSeconds: 120 });
    await site.play(1000);
    const ringing = await nextBoard(supervisorSocket, (board) => board.calls.some((call) => call.callId === placed.linkedid));
    expect(ringing.calls.find((call) => call.callId === placed.linkedid)).toMatchObject({ state: 'ringing', direction: 'inbound', from: '+380441234567', ringingAgents: ['101'], answeredAt: null });

    await site.play(4000);
    const talking = await nextBoard(supervisorSocket, (board) => board.calls.some((call) => call.callId === placed.linkedid && call.state === 'talking'));
    expect(talking.calls.find((call) => call.callId === placed.linkedid)).toMatchObject({ connectedAgents: ['101'], answeredAt: expect.any(String) });
    expect(talking.agents).toContainEqual(expect.objectContaining({ extension: '101', state: 'busy' }));

    site.pbx.placeQueueCall({ from: '+380509990011', did: DID_QUEUE, answeredBy: null, ringSeconds: 5, talkSeconds: 0, patienceSeconds: 30 });
    await site.play(2000);
    const queued = await nextBoard(supervisorSocket, (board) => board.queues.some((queue) => queue.queue === 'support' && queue.waiting === 1));
    expect(queued.queues).toEqual([{ queue: 'support', waiting: 1, oldestWaitingSince: expect.any(String) }]);

    const http = await site.app.inject({ method: 'GET', url: '/api/supervisor/board', headers: { cookie: supervisors[0]!.cookie } });
    expect(http.json().calls.map((call: { callId: string }) => call.callId)).toContain(placed.linkedid);

    operatorSocket.send({ type: 'ping' });
    await operatorSocket.next('pong');
    expect(operatorSocket.messages.filter((message) => message.type.startsWith('board.'))).toEqual([]);
  });

  it('sends listen, whisper and barge to the PBX as ChanSpy, audits each, and shows who listens on the board', async () => {
    const talking = site.adapter.liveCalls().find((call) => call.connectedAgents.includes('101'));
    expect(talking).toBeDefined();
    const expectedSpy = { listen: 'Local/101@agents,qE', whisper: 'Local/101@agents,qwE', barge: 'Local/101@agents,qBE' } as const;
    const modes = ['listen', 'whisper', 'barge'] as const;
    for (const [index, mode] of modes.entries()) {
      const supervisor = supervisors[index]!;
      const response = await site.app.inject({ method: 'POST', url: `/api/supervisor/${mode}`, headers: { cookie: supervisor.cookie }, payload: { agentExtension: '101' } });
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ spiedCallId: talking!.callId, agentExtension: '101', mode });
      const spy = site.actions.filter((action) => action.fields.Application === 'ChanSpy').at(-1);
      expect(spy?.fields.Data).toBe(expectedSpy[mode]);
    }
    const audited = (await selectAuditTrail(database.db, 'call', talking!.callId)).filter((entry) => entry.action === 'supervise');
    expect(audited.map((entry) => [entry.user_id, entry.changes.mode])).toEqual(modes.map((mode, index) => [supervisors[index]!.user.id, mode]));

    const board = await nextBoard(supervisorSocket, (update) => update.supervisions.length === 3);
    expect(board.supervisions.map((each) => [each.supervisorName, each.mode, each.callId])).toEqual(
      modes.map((mode, index) => [supervisors[index]!.user.displayName, mode, talking!.callId]),
    );
  });

  it('refuses operators, and says so when the agent is not on a call', async () => {
    const byOperator = await site.app.inject({ method: 'POST', url: '/api/supervisor/listen', headers: { cookie: operator.cookie }, payload: { agentExtension: '101' } });
    expect(byOperator.statusCode).toBe(403);
    const idle = await site.app.inject({ method: 'POST', url: '/api/supervisor/listen', headers: { cookie: supervisors[0]!.cookie }, payload: { agentExtension: '202' } });
    expect(idle.statusCode).toBe(409);
    expect(idle.json().message).toMatch(/not talking on a call/);
  });
});
