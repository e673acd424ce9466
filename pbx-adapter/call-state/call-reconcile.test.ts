/**
 * Resync after a lost AMI link, on the recorded `resync_mid_call` scenario: the call to agent 101
 * (rings 2 s, talks 10 s) and, 2 s after the answer, `CoreShowChannels` with its 4 channels.
 */
import { describe, expect, it } from 'vitest';
import { decodeAmiEvent, type ChannelListed } from '../ami/ami-events.ts';
import type { AmiMessage } from '../ami/ami-message.ts';
import type { PbxEvent } from '../pbx-events.ts';
import { createCallTracker } from './call-tracker.ts';
import { loadRecordedMessages } from './recorded-fixtures.ts';

const EPOCH = Date.UTC(2031, 0, 1);
const messages = loadRecordedMessages('resync_mid_call', EPOCH);
const listActionId = 'resync_mid_call-003';
const listRequested = messages.findIndex((message) => message.fields.Response !== undefined && message.fields.ActionID === listActionId);
const listComplete = messages.findIndex((message) => message.fields.Event === 'CoreShowChannelsComplete');
const snapshotAt = messages[listRequested]?.receivedAt ?? NaN;
const snapshot = messages.flatMap((message) => {
  const event = decodeAmiEvent(message);
  return event?.kind === 'channel-listed' && event.actionId === listActionId ? [event] : [];
});

function ingestAll(tracker: ReturnType<typeof createCallTracker>, batch: readonly AmiMessage[]): PbxEvent[] {
  return batch.flatMap((message) => [...tracker.ingest(message)]);
}

describe('reconcile', () => {
  it('has the four channels of the call in the recorded snapshot', () => {
    expect(listRequested).toBeGreaterThan(0);
    expect(snapshot.map((item: ChannelListed) => item.channel.uniqueid).sort()).toEqual(['1795339494.0', '1795339494.1', '1795339494.2', '1795339494.3']);
  });

  it('changes nothing when the snapshot shows what we already know', () => {
    const tracker = createCallTracker();
    ingestAll(tracker, messages.slice(0, listRequested));
    expect(tracker.reconcile(snapshot, snapshotAt)).toEqual([]);
    expect(tracker.liveCalls()).toHaveLength(1);
  });

  it('ends a call whose channels all vanished while the link was down, once', () => {
    const tracker = createCallTracker();
    ingestAll(tracker, messages.slice(0, listRequested));
    const [live] = tracker.liveCalls();
    expect(live).toMatchObject({ callId: '1795339494.0', phase: 'connected', direction: 'inbound', from: '+380441234567' });
    expect(live?.channels.map((channel) => channel.uniqueid).sort()).toEqual(['1795339494.0', '1795339494.1', '1795339494.2', '1795339494.3']);

    const reconnectedAt = snapshotAt + 60_000;
    const events = tracker.reconcile([], reconnectedAt);
    const ended = events.flatMap((event) => (event.type === 'call.ended' ? [event.call] : []));
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ callId: '1795339494.0', outcome: 'answered', answeredBy: '101', endedWhileUnobserved: true, endedAt: reconnectedAt });
    expect(events).toContainEqual({ type: 'agent.state', extension: '101', state: 'idle', at: reconnectedAt });
    expect(tracker.liveCalls()).toEqual([]);
    expect(tracker.reconcile([], reconnectedAt + 1_000)).toEqual([]);
  });

  it('leaves alone channels first seen after the snapshot was asked for', () => {
    const tracker = createCallTracker();
    ingestAll(tracker, messages.slice(0, listRequested));
    expect(tracker.reconcile([], EPOCH)).toEqual([]);
    expect(tracker.liveCalls()).toHaveLength(1);
  });

  it('picks up a call that was already up when the tracker started, and ends it normally', () => {
    const tracker = createCallTracker();
    const pickedUp = tracker.reconcile(snapshot, snapshotAt);
    expect(pickedUp.filter((event) => event.type !== 'agent.state')).toEqual([
      { type: 'call.answered', callId: '1795339494.0', agentExtension: '101', at: snapshotAt - 4_000 },
    ]);
    expect(tracker.liveCalls()).toEqual([
      expect.objectContaining({ callId: '1795339494.0', phase: 'connected', direction: 'inbound', from: '+380441234567', to: '+380445550100' }),
    ]);

    const rest = ingestAll(tracker, messages.slice(listComplete + 1));
    const ended = rest.flatMap((event) => (event.type === 'call.ended' ? [event.call] : []));
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ direction: 'inbound', from: '+380441234567', agentsRung: ['101'], answeredBy: '101', outcome: 'answered' });
    expect(ended[0]?.endedWhileUnobserved).toBeUndefined();
    // Talk ended 10.5 s after the answer, which was 2 s after the channels were created.
    expect(ended[0]?.totalSeconds).toBeGreaterThan(11.5);
    expect(ended[0]?.totalSeconds).toBeLessThan(13.5);
  });
});

describe('idleCalls', () => {
  it('finds a call nothing has happened to for longer than asked', () => {
    const tracker = createCallTracker();
    ingestAll(tracker, messages.slice(0, listRequested));
    const lastEventAt = tracker.liveCalls()[0]?.lastEventAt ?? NaN;
    expect(tracker.idleCalls(30, lastEventAt + 29_000)).toEqual([]);
    expect(tracker.idleCalls(30, lastEventAt + 31_000).map((call) => call.callId)).toEqual(['1795339494.0']);
  });
});
