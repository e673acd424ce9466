/**
 * The call reducer on synthetic AMI traffic shaped like Asterisk's (same event names and keys as the
 * recorded fixtures), with production channel names: `PJSIP/trunk-…` trunks and `PJSIP/<ext>` phones.
 */
import { describe, expect, it } from 'vitest';
import type { AmiMessage } from '../ami/ami-message.ts';
import { decodeAmiEvent } from '../ami/ami-events.ts';
import type { CallSummary, PbxEvent } from '../pbx-events.ts';
import { createCallTracker } from './call-tracker.ts';
import { reduceCall, startCall, type CallEvent, type CallState } from './call-state.ts';
import { DEFAULT_ROUTING_RULES } from './channel-roles.ts';

interface Channel {
  readonly name: string;
  readonly uniqueid: string;
  readonly linkedid: string;
  readonly callerNumber?: string;
  readonly context: string;
  readonly exten: string;
}

const T0 = Date.UTC(2031, 0, 1);

function fields(values: Record<string, string>): Readonly<Record<string, string>> {
  return Object.assign(Object.create(null) as Record<string, string>, values);
}

function channelFields(channel: Channel, prefix = '', state = '4'): Record<string, string> {
  return {
    [`${prefix}Channel`]: channel.name,
    [`${prefix}ChannelState`]: state,
    [`${prefix}CallerIDNum`]: channel.callerNumber ?? '<unknown>',
    [`${prefix}CallerIDName`]: '<unknown>',
    [`${prefix}ConnectedLineNum`]: '<unknown>',
    [`${prefix}Context`]: channel.context,
    [`${prefix}Exten`]: channel.exten,
    [`${prefix}Uniqueid`]: channel.uniqueid,
    [`${prefix}Linkedid`]: channel.linkedid,
  };
}

const ami = {
  newchannel: (channel: Channel, state: '0' | '4', at: number): AmiMessage => ({
    fields: fields({ Event: 'Newchannel', Privilege: 'call,all', ...channelFields(channel, '', state) }),
    receivedAt: at,
  }),
  dialBegin: (caller: Channel, dest: Channel, at: number): AmiMessage => ({
    fields: fields({ Event: 'DialBegin', ...channelFields(caller), ...channelFields(dest, 'Dest', '0'), DialString: dest.exten }),
    receivedAt: at,
  }),
  dialEnd: (caller: Channel, dest: Channel, status: string, at: number): AmiMessage => ({
    fields: fields({ Event: 'DialEnd', ...channelFields(caller), ...channelFields(dest, 'Dest', '6'), DialStatus: status }),
    receivedAt: at,
  }),
  hangup: (channel: Channel, cause: string, at: number): AmiMessage => ({
    fields: fields({ Event: 'Hangup', ...channelFields(channel, '', '6'), Cause: cause, 'Cause-txt': 'Normal Clearing' }),
    receivedAt: at,
  }),
  noise: (channel: Channel, at: number): AmiMessage => ({
    fields: fields({ Event: 'VarSet', ...channelFields(channel), Variable: 'DIALSTATUS', Value: 'ANSWER' }),
    receivedAt: at,
  }),
};

function inboundCall(index: number): { trunk: Channel; phone: Channel; caller: string; did: string; agent: string } {
  const linkedid = `1900000000.${index * 2}`;
  const caller = `+38044${String(1_000_000 + index)}`;
  const did = '+380445550100';
  const agent = String(10_000 + index);
  const hex = index.toString(16).padStart(8, '0');
  return {
    trunk: { name: `PJSIP/trunk-provider-${hex}`, uniqueid: linkedid, linkedid, callerNumber: caller, context: 'from-trunk', exten: did },
    phone: { name: `PJSIP/${agent}-${hex}`, uniqueid: `1900000000.${index * 2 + 1}`, linkedid, callerNumber: agent, context: 'from-internal', exten: 's' },
    caller,
    did,
    agent,
  };
}

describe('10,000 concurrent calls', () => {
  it('rings, answers and ends every one of them exactly once', () => {
    const count = 10_000;
    const calls = Array.from({ length: count }, (_unused, index) => inboundCall(index));
    const tracker = createCallTracker();
    const events: PbxEvent[] = [];
    const feed = (message: AmiMessage) => events.push(...tracker.ingest(message));

    calls.forEach(({ trunk, phone }, index) => {
      const at = T0 + index;
      feed(ami.newchannel(trunk, '4', at));
      feed(ami.noise(trunk, at));
      feed(ami.newchannel(phone, '0', at));
      feed(ami.dialBegin(trunk, phone, at));
    });
    calls.forEach(({ trunk, phone }, index) => feed(ami.dialEnd(trunk, phone, 'ANSWER', T0 + 20_000 + index)));
    expect(tracker.liveCalls()).toHaveLength(count);
    expect(tracker.liveCalls().every((call) => call.phase === 'connected' && call.channels.length === 2)).toBe(true);
    calls.forEach(({ trunk, phone }, index) => {
      feed(ami.hangup(phone, '16', T0 + 80_000 + index));
      feed(ami.hangup(trunk, '16', T0 + 80_000 + index));
    });

    expect(tracker.liveCalls()).toEqual([]);
    const ended = events.flatMap((event) => (event.type === 'call.ended' ? [event.call] : []));
    expect(ended).toHaveLength(count);
    expect(new Set(ended.map((call) => call.callId)).size).toBe(count);
    expect(events.filter((event) => event.type === 'call.ringing')).toHaveLength(count);
    expect(events.filter((event) => event.type === 'call.answered')).toHaveLength(count);
    // Each call rang 20 s (DialBegin to DialEnd) and talked 60 s (DialEnd to Hangup).
    const describeCall = (call: CallSummary) =>
      [call.callId, call.direction, call.from, call.to, call.agentsRung.join(','), call.answeredBy, call.outcome, call.waitSeconds, call.talkSeconds].join(' ');
    const got = ended.map(describeCall);
    const want = calls.map(({ trunk, caller, did, agent }) => [trunk.linkedid, 'inbound', caller, did, agent, agent, 'answered', 20, 60].join(' '));
    expect(got.sort()).toEqual(want.sort());
  });
});

function reduceAll(events: readonly CallEvent[]): { emitted: PbxEvent[]; summary?: CallSummary } {
  let state: CallState = startCall('1.0', T0);
  const emitted: PbxEvent[] = [];
  for (const event of events) {
    const reduction = reduceCall(state, event, DEFAULT_ROUTING_RULES);
    state = reduction.state;
    emitted.push(...reduction.emitted);
  }
  return { emitted, ...(state.phase === 'ended' && { summary: state.summary }) };
}

function decoded(message: AmiMessage): CallEvent {
  const event = decodeAmiEvent(message);
  if (event?.kind === 'channel-created' || event?.kind === 'dial-began' || event?.kind === 'dial-ended' || event?.kind === 'hangup') return event;
  throw new Error(`not a call event: ${message.fields.Event}`);
}

describe('reduceCall', () => {
  const trunk: Channel = { name: 'PJSIP/trunk-provider-00000001', uniqueid: '1.0', linkedid: '1.0', callerNumber: '+380671112233', context: 'from-trunk', exten: '+380445550300' };
  const queueLeg: Channel = { name: 'Local/101@from-queue-00000002;1', uniqueid: '1.1', linkedid: '1.0', callerNumber: '+380671112233', context: 'from-queue', exten: '101' };
  const queueLegHalf: Channel = { name: 'Local/101@from-queue-00000002;2', uniqueid: '1.2', linkedid: '1.0', callerNumber: '+380671112233', context: 'from-queue', exten: '101' };
  const phone: Channel = { name: 'PJSIP/101-00000003', uniqueid: '1.3', linkedid: '1.0', callerNumber: '101', context: 'from-internal', exten: 's' };

  it('announces an agent reached through a queue Local channel and its phone once', () => {
    const { emitted, summary } = reduceAll([
      decoded(ami.newchannel(trunk, '4', T0)),
      decoded(ami.newchannel(queueLeg, '0', T0 + 10)),
      decoded(ami.newchannel(queueLegHalf, '4', T0 + 10)),
      decoded(ami.dialBegin(trunk, queueLeg, T0 + 20)),
      decoded(ami.newchannel(phone, '0', T0 + 30)),
      decoded(ami.dialBegin(queueLegHalf, phone, T0 + 30)),
      decoded(ami.dialEnd(queueLegHalf, phone, 'ANSWER', T0 + 4_000)),
      decoded(ami.dialEnd(trunk, queueLeg, 'ANSWER', T0 + 4_010)),
      decoded(ami.hangup(phone, '16', T0 + 9_000)),
      decoded(ami.hangup(queueLegHalf, '16', T0 + 9_000)),
      decoded(ami.hangup(queueLeg, '16', T0 + 9_000)),
      decoded(ami.hangup(trunk, '16', T0 + 9_010)),
    ]);
    expect(emitted.filter((event) => event.type !== 'call.ended').map((event) => `${event.type} ${'agentExtension' in event ? event.agentExtension : ''}`)).toEqual([
      'call.ringing 101',
      'call.answered 101',
    ]);
    expect(summary).toMatchObject({ direction: 'inbound', from: '+380671112233', to: '+380445550300', agentsRung: ['101'], answeredBy: '101', outcome: 'answered' });
    expect(summary?.legs?.map((leg) => leg.role)).toEqual(['inbound-trunk', 'agent', 'agent']);
  });

  it('reads an outbound trunk by its channel name and the number from the dialplan', () => {
    const placing: Channel = { name: 'PJSIP/205-00000010', uniqueid: '1.0', linkedid: '1.0', callerNumber: '205', context: 'from-internal', exten: '0671234567' };
    const caller: Channel = { ...placing, exten: '0671234567', context: 'outbound' };
    const trunkOut: Channel = { name: 'PJSIP/trunk-provider-00000011', uniqueid: '1.1', linkedid: '1.0', callerNumber: '0671234567', context: 'from-trunk', exten: '0671234567' };
    const { emitted, summary } = reduceAll([
      decoded(ami.newchannel(placing, '4', T0)),
      decoded(ami.newchannel(trunkOut, '0', T0 + 5)),
      decoded(ami.dialBegin(caller, trunkOut, T0 + 5)),
      decoded(ami.dialEnd(caller, trunkOut, 'NOANSWER', T0 + 30_000)),
      decoded(ami.hangup(trunkOut, '19', T0 + 30_000)),
      decoded(ami.hangup(placing, '16', T0 + 30_010)),
    ]);
    expect(emitted.map((event) => event.type)).toEqual(['call.ended']);
    expect(summary).toMatchObject({ direction: 'outbound', from: '205', to: '0671234567', agentsRung: [], outcome: 'missed', hangupCause: 19 });
  });

  it('tells a phone that did not answer in time from a caller who gave up', () => {
    const { emitted, summary } = reduceAll([
      decoded(ami.newchannel(trunk, '4', T0)),
      decoded(ami.newchannel(phone, '0', T0 + 10)),
      decoded(ami.dialBegin(trunk, phone, T0 + 10)),
      decoded(ami.dialEnd(trunk, phone, 'NOANSWER', T0 + 30_010)),
      decoded(ami.hangup(phone, '19', T0 + 30_010)),
      decoded(ami.hangup(trunk, '16', T0 + 30_020)),
    ]);
    expect(emitted.find((event) => event.type === 'call.ringing-stopped')).toMatchObject({ agentExtension: '101', reason: 'no-answer' });
    expect(summary).toMatchObject({ outcome: 'missed', agentsRung: ['101'] });
  });

  it('ignores whatever arrives after the call ended', () => {
    const events = [decoded(ami.newchannel(trunk, '4', T0)), decoded(ami.hangup(trunk, '16', T0 + 1_000))];
    const { summary } = reduceAll(events);
    expect(summary).toMatchObject({ outcome: 'missed', totalSeconds: 1 });
    let state: CallState = startCall('1.0', T0);
    for (const event of events) state = reduceCall(state, event, DEFAULT_ROUTING_RULES).state;
    const late = reduceCall(state, decoded(ami.hangup(phone, '16', T0 + 2_000)), DEFAULT_ROUTING_RULES);
    expect(late).toEqual({ state, emitted: [], agentActivity: [] });
  });

  it('follows the routing rules it is given', () => {
    const carrier: Channel = { ...trunk, name: 'PJSIP/carrier-a-00000001', context: 'incoming' };
    const routed = createCallTracker({ routing: { inboundTrunkContexts: ['incoming'] } });
    const unrouted = createCallTracker();
    const messages = [ami.newchannel(carrier, '4', T0), ami.newchannel(phone, '0', T0), ami.dialBegin(carrier, phone, T0)];
    const ringing = (tracker: ReturnType<typeof createCallTracker>) =>
      messages.flatMap((message) => tracker.ingest(message)).find((event) => event.type === 'call.ringing');
    expect(ringing(routed)).toMatchObject({ direction: 'inbound', from: '+380671112233' });
    expect(ringing(unrouted)).toMatchObject({ direction: 'internal' });
  });
});
