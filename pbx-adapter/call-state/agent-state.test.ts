import { describe, expect, it } from 'vitest';
import type { AgentState } from '../pbx-events.ts';
import { agentStateOfHint, newAgentPresence, reduceAgent, type AgentInput } from './agent-state.ts';

function statesAfter(inputs: readonly AgentInput[]): AgentState[] {
  let presence = newAgentPresence('101');
  const states: AgentState[] = [];
  for (const input of inputs) {
    const reduction = reduceAgent(presence, input);
    presence = reduction.presence;
    for (const event of reduction.emitted) states.push(event.state);
  }
  return states;
}

const leg = (activity: 'ringing' | 'on-call' | 'none', at: number, legId = 'leg-1'): AgentInput => ({ kind: 'leg', extension: '101', legId, activity, at });
const hint = (status: number, at: number): AgentInput => ({ kind: 'hint', status, at });
const pause = (queue: string, paused: boolean, at: number): AgentInput => ({ kind: 'queue-pause', queue, paused, at });

describe('agentStateOfHint', () => {
  it.each([
    [0, 'idle'],
    [1, 'busy'],
    [2, 'busy'],
    [4, 'unavailable'],
    [8, 'ringing'],
    [9, 'busy'],
    [16, 'busy'],
    [-1, 'unavailable'],
    [-2, 'unavailable'],
  ])('extension state %i is %s', (status, state) => expect(agentStateOfHint(status)).toBe(state));
});

describe('reduceAgent', () => {
  it('says ringing while a Local device hint already says InUse', () => {
    expect(statesAfter([hint(0, 0), leg('ringing', 10), hint(1, 11), leg('on-call', 3_000), leg('none', 8_000), hint(0, 8_001)])).toEqual([
      'idle',
      'ringing',
      'busy',
      'idle',
    ]);
  });

  it('does not flap to busy when the InUse hint outlives the hangup it came from', () => {
    expect(statesAfter([leg('ringing', 10), hint(1, 11), leg('none', 5_000)])).toEqual(['ringing', 'idle']);
  });

  it('trusts a newer hint when the agent has no call we follow', () => {
    expect(statesAfter([leg('ringing', 10), leg('none', 20), hint(1, 30), hint(0, 40)])).toEqual(['ringing', 'idle', 'busy', 'idle']);
  });

  it('stays ringing while a second phone of the same agent still rings', () => {
    expect(statesAfter([leg('ringing', 10, 'local'), leg('ringing', 11, 'pjsip'), leg('none', 20, 'local'), leg('none', 30, 'pjsip')])).toEqual([
      'ringing',
      'idle',
    ]);
  });

  it('is paused while paused in any queue, and busy on a direct call meanwhile', () => {
    expect(
      statesAfter([pause('support', true, 0), pause('sales', true, 1), pause('support', false, 2), leg('on-call', 3), leg('none', 4), pause('sales', false, 5)]),
    ).toEqual(['paused', 'busy', 'paused', 'idle']);
  });

  it('is unavailable whenever the hint says so and no call is up', () => {
    expect(statesAfter([leg('ringing', 10), hint(4, 5), leg('none', 20)])).toEqual(['ringing', 'unavailable']);
  });
});
