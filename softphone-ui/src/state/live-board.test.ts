import { describe, expect, it } from 'vitest';
import type { BoardCall, SupervisorBoard } from '../../../gateway/schemas/supervisor.schemas.ts';
import { agentTiles, countsByGroup, longestWaitSeconds, type AgentTile } from './live-board.ts';

const staff = [
  { extension: '101', displayName: 'Марія Шевчук' },
  { extension: '102', displayName: 'Дмитро Коваль' },
  { extension: null, displayName: 'Адміністратор' },
];

function callOf(overrides: Partial<BoardCall>): BoardCall {
  return {
    callId: 'c1',
    direction: 'inbound',
    state: 'talking',
    from: '+380671234567',
    to: '+380445550100',
    queue: null,
    ringingAgents: [],
    connectedAgents: [],
    startedAt: '2031-01-06T09:00:00.000Z',
    answeredAt: null,
    onHold: null,
    ...overrides,
  };
}

const emptyBoard: SupervisorBoard = { calls: [], agents: [], queues: [], supervisions: [] };

describe('the agent tiles of the live board', () => {
  it('has a tile for everyone with an extension and for every phone the PBX reports, by name', () => {
    const tiles = agentTiles({ ...emptyBoard, agents: [{ extension: '7001', state: 'idle', since: '2031-01-06T08:00:00.000Z' }] }, staff);
    expect(tiles.map((tile) => [tile.name, tile.activity])).toEqual([
      ['7001', 'available'],
      ['Дмитро Коваль', 'unknown'],
      ['Марія Шевчук', 'unknown'],
    ]);
  });

  it('shows who talks to whom since the answer, who is rung, and who listens in', () => {
    const board: SupervisorBoard = {
      ...emptyBoard,
      calls: [
        callOf({ callId: 'talk', connectedAgents: ['101'], answeredAt: '2031-01-06T09:00:05.000Z' }),
        callOf({ callId: 'ring', from: '+380501112233', state: 'ringing', ringingAgents: ['102'], startedAt: '2031-01-06T09:01:00.000Z' }),
      ],
      agents: [{ extension: '101', state: 'busy', since: '2031-01-06T09:00:05.000Z' }],
      supervisions: [
        { callId: 'talk', agentExtension: '101', mode: 'listen', supervisorId: 9, supervisorName: 'Оксана Мельник', supervisorExtension: '7002', startedAt: '2031-01-06T09:02:00.000Z' },
      ],
    };
    const [ringing, talking] = agentTiles(board, staff);
    expect(talking).toMatchObject({ name: 'Марія Шевчук', activity: 'talking', since: '2031-01-06T09:00:05.000Z', call: { callId: 'talk', otherParty: '+380671234567' } });
    expect(talking!.supervisions.map((each) => each.supervisorName)).toEqual(['Оксана Мельник']);
    expect(ringing).toMatchObject({ name: 'Дмитро Коваль', activity: 'ringing', since: '2031-01-06T09:01:00.000Z', call: { otherParty: '+380501112233' }, supervisions: [] });
  });

  it('shows an outbound call as dialling until the customer answers, with the customer as the other party', () => {
    const dialling = callOf({ direction: 'outbound', state: 'dialling', from: '101', to: '+380671234567', connectedAgents: ['101'] });
    expect(agentTiles({ ...emptyBoard, calls: [dialling] }, staff)[1]).toMatchObject({ activity: 'dialling', call: { otherParty: '+380671234567' } });
  });

  it("takes the PBX's word for phones with no call on the board", () => {
    const since = '2031-01-06T08:00:00.000Z';
    const board: SupervisorBoard = {
      ...emptyBoard,
      agents: [
        { extension: '101', state: 'paused', since },
        { extension: '102', state: 'unavailable', since },
      ],
    };
    expect(agentTiles(board, staff).map((tile) => [tile.extension, tile.activity, tile.since, tile.call])).toEqual([
      ['102', 'offline', since, null],
      ['101', 'paused', since, null],
    ]);
  });
});

describe('holds and wrap-ups on the agent tiles', () => {
  it('shows the agent who holds the caller on hold since the hold began, still with the caller', () => {
    const held = callOf({ connectedAgents: ['101'], answeredAt: '2031-01-06T09:00:05.000Z', onHold: { agentExtension: '101', since: '2031-01-06T09:01:00.000Z' } });
    const board: SupervisorBoard = { ...emptyBoard, calls: [held], agents: [{ extension: '101', state: 'on-hold', since: '2031-01-06T09:01:00.000Z' }] };
    expect(agentTiles(board, staff)[1]).toMatchObject({ activity: 'on-hold', since: '2031-01-06T09:01:00.000Z', call: { callId: 'c1', otherParty: '+380671234567' } });
  });

  it('shows the agent talking again once the hold is over, since the answer', () => {
    const resumed = callOf({ connectedAgents: ['101'], answeredAt: '2031-01-06T09:00:05.000Z' });
    expect(agentTiles({ ...emptyBoard, calls: [resumed] }, staff)[1]).toMatchObject({ activity: 'talking', since: '2031-01-06T09:00:05.000Z' });
  });

  it('shows an agent in wrap-up after the call, as the board says, with no call', () => {
    const board: SupervisorBoard = { ...emptyBoard, agents: [{ extension: '102', state: 'wrap-up', since: '2031-01-06T09:03:00.000Z' }] };
    expect(agentTiles(board, staff)[0]).toMatchObject({ name: 'Дмитро Коваль', activity: 'wrap-up', since: '2031-01-06T09:03:00.000Z', call: null });
  });
});

describe('the agents counted by state', () => {
  const tile = (extension: string, activity: AgentTile['activity']): AgentTile => ({ extension, name: extension, activity, since: null, call: null, supervisions: [] });

  it('counts every state in reading order, dialling with ringing and a busy phone with talking', () => {
    const tiles = [tile('1', 'talking'), tile('2', 'busy'), tile('3', 'dialling'), tile('4', 'on-hold'), tile('5', 'wrap-up'), tile('6', 'wrap-up'), tile('7', 'available'), tile('8', 'offline')];
    expect(countsByGroup(tiles).map(({ group, count }) => [group, count])).toEqual([
      ['talking', 2],
      ['ringing', 1],
      ['on-hold', 1],
      ['wrap-up', 2],
      ['available', 1],
      ['paused', 0],
      ['offline', 1],
    ]);
  });

  it('lists phones the PBX has said nothing about only when there are some', () => {
    expect(countsByGroup([tile('1', 'unknown')]).at(-1)).toEqual({ group: 'unknown', count: 1 });
  });
});

describe('the longest wait of a queue', () => {
  it('counts whole seconds since the oldest caller came in, and nothing for an empty queue', () => {
    expect(longestWaitSeconds('2031-01-06T09:00:00.000Z', Date.parse('2031-01-06T09:01:30.900Z'))).toBe(90);
    expect(longestWaitSeconds(null, Date.now())).toBe(0);
    expect(longestWaitSeconds('2031-01-06T09:00:00.000Z', Date.parse('2031-01-06T08:59:59.000Z'))).toBe(0);
  });
});
