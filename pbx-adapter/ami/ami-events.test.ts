import { describe, expect, it } from 'vitest';
import type { AmiMessage } from './ami-message.ts';
import { createAmiEventDecoder, decodeAmiEvent } from './ami-events.ts';
import { loadRecordedMessages } from '../call-state/recorded-fixtures.ts';

const RECEIVED_AT = 1_800_000_000_000;

function message(fields: Record<string, string>, receivedAt = RECEIVED_AT): AmiMessage {
  return { fields: Object.assign(Object.create(null) as Record<string, string>, fields), receivedAt };
}

const hangupFields = {
  Event: 'Hangup',
  Privilege: 'call,all',
  Channel: 'Local/101@agents-00000001;1',
  ChannelState: '6',
  CallerIDNum: '+380445550100',
  CallerIDName: '<unknown>',
  ConnectedLineNum: '<unknown>',
  Context: 'agents',
  Exten: '',
  Uniqueid: '1795337424.2',
  Linkedid: '1795337424.0',
  Cause: '16',
  'Cause-txt': 'Normal Clearing',
};

describe('decodeAmiEvent', () => {
  it('turns a Hangup into a typed event with <unknown> and empty values left out', () => {
    expect(decodeAmiEvent(message(hangupFields))).toEqual({
      kind: 'hangup',
      at: RECEIVED_AT,
      cause: 16,
      channel: {
        uniqueid: '1795337424.2',
        linkedid: '1795337424.0',
        channel: 'Local/101@agents-00000001;1',
        callerNumber: '+380445550100',
        connectedNumber: undefined,
        context: 'agents',
        exten: undefined,
        state: 6,
      },
    });
  });

  it('reads the UniqueID/LinkedID/CallerIDnum spelling as well', () => {
    const { Uniqueid, Linkedid, CallerIDNum, ...rest } = hangupFields;
    const event = decodeAmiEvent(message({ ...rest, UniqueID: Uniqueid, LinkedID: Linkedid, CallerIDnum: CallerIDNum }));
    expect(event?.kind === 'hangup' && event.channel).toMatchObject({ uniqueid: Uniqueid, linkedid: Linkedid, callerNumber: CallerIDNum });
  });

  it('takes the time from Timestamp when the PBX sends one', () => {
    const event = decodeAmiEvent(message({ ...hangupFields, Timestamp: '1795337674.845668' }));
    expect(event?.at).toBeCloseTo(1795337674845.668, 3);
  });

  it('ignores events the call state does not need, and events too broken to use', () => {
    expect(decodeAmiEvent(message({ Event: 'Newexten', Channel: 'PJSIP/7001-00000001', Uniqueid: '1.1' }))).toBeUndefined();
    expect(decodeAmiEvent(message({ Event: 'SomethingAsteriskAddsLater', Foo: 'bar' }))).toBeUndefined();
    expect(decodeAmiEvent(message({ Event: 'Hangup', Channel: 'PJSIP/7001-00000001' }))).toBeUndefined();
    expect(decodeAmiEvent(message({ Event: 'DialEnd', DestChannel: 'PJSIP/7001-1', DestUniqueid: '1.2' }))).toBeUndefined();
  });

  it('decodes VarSet only for the watched variable, whatever its inheritance prefix', () => {
    const varSet = (variable: string) =>
      message({ Event: 'VarSet', Channel: 'Local/101@agents-00000006;1', Uniqueid: '9.12', Linkedid: '9.12', Variable: variable, Value: 'req-7' });
    expect(decodeAmiEvent(varSet('__CRM_REQUEST_ID'))).toMatchObject({ kind: 'variable-set', name: 'CRM_REQUEST_ID', value: 'req-7' });
    expect(decodeAmiEvent(varSet('__AGENT_RING'))).toBeUndefined();
    const decodeOther = createAmiEventDecoder({ watchedVariables: ['TICKET'] });
    expect(decodeOther(varSet('_TICKET'))).toMatchObject({ name: 'TICKET' });
    expect(decodeOther(varSet('CRM_REQUEST_ID'))).toBeUndefined();
  });

  it('decodes a Response to an action, which has no Event line', () => {
    expect(decodeAmiEvent(message({ Response: 'Error', ActionID: 'x-4', Message: 'Originate failed' }))).toEqual({
      kind: 'action-response',
      at: RECEIVED_AT,
      actionId: 'x-4',
      succeeded: false,
      message: 'Originate failed',
    });
  });

  it('decodes an Originate DialBegin, which has no calling channel', () => {
    const messages = loadRecordedMessages('click_to_call_answered', RECEIVED_AT);
    const dials = messages.map((each) => decodeAmiEvent(each)).filter((event) => event?.kind === 'dial-began');
    expect(dials[0]).toMatchObject({ caller: undefined, dest: { channel: 'Local/101@agents-00000006;1', connectedNumber: '0501234567' } });
    expect(dials[1]).toMatchObject({ caller: { channel: 'Local/101@agents-00000006;1', exten: '0501234567' } });
  });

  it('decodes a failed OriginateResponse without a Uniqueid', () => {
    const messages = loadRecordedMessages('originate_failure_unregistered', RECEIVED_AT);
    const responses = messages.map((each) => decodeAmiEvent(each)).filter((event) => event?.kind === 'originate-response');
    expect(responses).toEqual([
      { kind: 'originate-response', at: expect.any(Number), actionId: 'originate_failure_unregi-003', succeeded: false, uniqueid: undefined },
    ]);
  });

  it('decodes CoreShowChannel items with the bridge and the duration', () => {
    const messages = loadRecordedMessages('resync_mid_call', RECEIVED_AT);
    const items = messages.map((each) => decodeAmiEvent(each)).filter((event) => event?.kind === 'channel-listed');
    expect(items).toHaveLength(4);
    expect(items[1]).toMatchObject({
      actionId: 'resync_mid_call-003',
      channel: { channel: 'Local/101@agents-00000001;1', uniqueid: '1795339494.2', linkedid: '1795339494.0', state: 6 },
      bridgeId: 'e50665f9-6368-4037-a955-3118c8d956ca',
      application: 'AppDial',
      durationSeconds: 4,
    });
    expect(items[0]).toMatchObject({ bridgeId: undefined });
  });

  it("decodes Hold and Unhold on the holding agent's channel, and not the music on the caller's", () => {
    const messages = loadRecordedMessages('hold_unhold', RECEIVED_AT);
    const events = messages.filter((each) => /hold/i.test(each.fields.Event ?? '')).map((each) => decodeAmiEvent(each));
    const agentPhone = { channel: 'PJSIP/7001-00000000', uniqueid: '1795339512.6', linkedid: '1795339512.4' };
    expect(events).toEqual([
      { kind: 'hold', at: expect.any(Number), channel: expect.objectContaining(agentPhone) },
      undefined,
      { kind: 'unhold', at: expect.any(Number), channel: expect.objectContaining(agentPhone) },
      undefined,
    ]);
  });

  it('reads queue members under both of their names', () => {
    const paused = decodeAmiEvent(message({ Event: 'QueueMemberPause', Queue: 'support', Interface: 'Local/201@agents/n', Paused: '1' }));
    const listed = decodeAmiEvent(message({ Event: 'QueueMember', Queue: 'support', Location: 'Local/202@agents/n', Paused: '0' }));
    const removed = decodeAmiEvent(message({ Event: 'QueueMemberRemoved', Queue: 'support', Interface: 'Local/203@agents/n', Paused: '1' }));
    expect(paused).toMatchObject({ kind: 'queue-member', memberInterface: 'Local/201@agents/n', paused: true });
    expect(listed).toMatchObject({ kind: 'queue-member', memberInterface: 'Local/202@agents/n', paused: false });
    expect(removed).toMatchObject({ kind: 'queue-member', memberInterface: 'Local/203@agents/n', paused: false });
  });
});
