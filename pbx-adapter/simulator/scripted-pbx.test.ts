import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { AmiOutgoing } from '../ami/ami-message.ts';
import { createScriptedPbx, DEMO_SITE, RECORDED_SITE, type ScriptedPbxConfig } from './scripted-pbx.ts';
import { actionMessage } from './scripted-replay.ts';
import { createManualScheduler } from './scripted-scheduler.ts';

interface Seen {
  readonly at: number;
  readonly fields: Record<string, string>;
  readonly lines: AmiOutgoing;
}

const START = Date.UTC(2026, 0, 5, 9, 0, 0);

function setup(site: ScriptedPbxConfig = RECORDED_SITE) {
  const scheduler = createManualScheduler(START);
  const pbx = createScriptedPbx({ scheduler, log: pino({ level: 'silent' }), site });
  const events: Seen[] = [];
  const replies: Seen[] = [];
  const record = (into: Seen[]) => (lines: AmiOutgoing) =>
    into.push({ at: scheduler.now(), fields: Object.fromEntries(lines), lines });
  pbx.subscribe(record(events));
  const session = { reply: record(replies) };
  const send = (...lines: Array<[string, string]>) => pbx.handleAction(actionMessage(lines, scheduler.now()), session);
  const named = (event: string) => events.filter((seen) => seen.fields['Event'] === event);
  const liveChannels = () => {
    const live = new Set<string>();
    for (const { fields } of events) {
      if (fields['Event'] === 'Newchannel') live.add(fields['Channel'] ?? '');
      if (fields['Event'] === 'Hangup') live.delete(fields['Channel'] ?? '');
    }
    return live;
  };
  return { scheduler, pbx, events, replies, send, named, liveChannels };
}

function seconds(from: number, to: number | undefined): number {
  return ((to ?? NaN) - from) / 1000;
}

describe('scripted PBX calls', () => {
  it('plays an inbound call for any caller, DID and agent, stretched to the asked ring and talk times', () => {
    const { pbx, scheduler, events, named } = setup(DEMO_SITE);
    const { linkedid } = pbx.placeInboundCall({ from: '+380671112233', did: '+380445551104', ringSeconds: 7, talkSeconds: 20 });
    scheduler.runAll();

    const text = events.map((seen) => seen.lines.map(([k, v]) => `${k}: ${v}`).join('\n')).join('\n');
    expect(text).not.toMatch(/\+380441234567|\+380445550100|Local\/101@/);
    expect(new Set(named('Newchannel').map((seen) => seen.fields['Linkedid']))).toEqual(new Set([linkedid]));
    const dialBegin = named('DialBegin').find((seen) => seen.fields['DestChannel']?.startsWith('Local/104@agents-'));
    const answered = named('DialEnd').find((seen) => seen.fields['DialStatus'] === 'ANSWER' && seen.fields['Channel']);
    const agentHangup = named('Hangup').find((seen) => seen.fields['Channel'] === dialBegin?.fields['DestChannel']);
    expect(seconds(dialBegin?.at ?? 0, answered?.at)).toBeCloseTo(7, 1);
    expect(seconds(answered?.at ?? 0, agentHangup?.at)).toBeCloseTo(20.5, 1);
    expect(named('NewCallerid')[0]?.fields['CallerIDNum']).toBe('+380671112233');
    const handsetCdr = named('Cdr').find((seen) => seen.fields['Channel']?.startsWith('Local/104@agents-') && seen.fields['Channel'].endsWith(';2'));
    expect(handsetCdr?.fields['BillableSeconds']).toBe('20');
    expect(handsetCdr?.fields['Duration']).toBe('27');
    expect(pbx.liveCallCount()).toBe(0);
  });

  it('keeps Uniqueids, Linkedids and channel names apart when many calls overlap', () => {
    const { pbx, scheduler, named, liveChannels, events } = setup(DEMO_SITE);
    const linkedids = [
      ...['+380445550100', '+380445551103', '+380445551104', '+380445551105', '+380445551106', '+380445550700'].map(
        (did, i) => pbx.placeInboundCall({ from: `+38067000000${i}`, did, talkSeconds: 30 }).linkedid,
      ),
      pbx.placeQueueCall({ from: '+380670000009', did: '+380445550200', answeredBy: '201', ringSeconds: 4, talkSeconds: 30 }).linkedid,
      pbx.placeOutboundCall({ agent: '102', number: '0671234567' }).linkedid,
    ];
    const overlapping = new Set<string>();
    const live = new Set<string>();
    scheduler.advanceBy(8000);
    for (const { fields } of events) {
      if (fields['Event'] === 'Newchannel') {
        if (live.has(fields['Channel'] ?? '')) overlapping.add(fields['Channel'] ?? '');
        live.add(fields['Channel'] ?? '');
      }
    }
    expect(pbx.liveCallCount()).toBe(8);
    expect(overlapping).toEqual(new Set());
    scheduler.runAll();

    const uniqueids = named('Newchannel').map((seen) => seen.fields['Uniqueid']);
    expect(new Set(uniqueids).size).toBe(uniqueids.length);
    expect(new Set(linkedids).size).toBe(8);
    expect(new Set(named('Newchannel').map((seen) => seen.fields['Linkedid']))).toEqual(new Set(linkedids));
    expect(liveChannels()).toEqual(new Set());
    expect(pbx.liveCallCount()).toBe(0);
  });

  it('lets the queue member chosen answer and cancels the other', () => {
    const { pbx, scheduler, named } = setup();
    pbx.placeQueueCall({ from: '+380671112233', did: '+380445550200', answeredBy: '201', ringSeconds: 5, talkSeconds: 10 });
    scheduler.runAll();
    const ends = named('DialEnd').filter((seen) => seen.fields['Channel']);
    expect(ends.find((seen) => seen.fields['DialStatus'] === 'ANSWER')?.fields['DestChannel']).toMatch(/^Local\/201@agents-/);
    expect(ends.filter((seen) => seen.fields['DialStatus'] === 'CANCEL').map((seen) => seen.fields['DestChannel'])).toEqual([
      expect.stringMatching(/^Local\/202@agents-/),
      expect.stringMatching(/^Local\/202@agents-/),
    ]);
    expect(named('AgentConnect')[0]?.fields['MemberName']).toBe('Agent 201');
    expect(named('QueueMemberStatus').at(-1)?.fields['CallsTaken']).toBe('1');
  });

  it('lets a queue caller abandon after the patience asked, with both members cancelled', () => {
    const { pbx, scheduler, named, liveChannels } = setup();
    pbx.placeQueueCall({ from: '+380671112233', did: '+380445550200', answeredBy: null, ringSeconds: 0, talkSeconds: 0, patienceSeconds: 12 });
    scheduler.runAll();
    const join = named('QueueCallerJoin')[0];
    const abandon = named('QueueCallerAbandon')[0];
    expect(abandon?.fields).toMatchObject({ Queue: 'support', CallerIDNum: '+380671112233' });
    expect(seconds(join?.at ?? 0, abandon?.at)).toBeCloseTo(12, 0);
    expect(named('AgentCalled').map((seen) => seen.fields['MemberName'])).toEqual(['Agent 201', 'Agent 202']);
    expect(named('AgentConnect')).toEqual([]);
    expect(liveChannels()).toEqual(new Set());
  });
});

describe('a softphone putting its caller on hold', () => {
  it("holds on the agent's channel and plays music on the caller's, as hold_unhold shows, at the asked times", () => {
    const { pbx, scheduler, named } = setup();
    const { linkedid } = pbx.placeInboundCall({ from: '+380671112233', did: '+380445550700', ringSeconds: 3, talkSeconds: 40, hold: { afterSeconds: 5, seconds: 20 } });
    scheduler.runAll();

    const agentLeg = named('Newchannel').find((seen) => seen.fields['Channel']?.startsWith('PJSIP/7001-'))?.fields['Channel'];
    const callerLeg = named('Newchannel').find((seen) => /^Local\/\+380445550700@from-pstn-.*;2$/.test(seen.fields['Channel'] ?? ''))?.fields['Channel'];
    const holdEvents = named('Hold').concat(named('MusicOnHoldStart'), named('Unhold'), named('MusicOnHoldStop')).sort((a, b) => a.at - b.at);
    expect(holdEvents.map((seen) => [seen.fields['Event'], seen.fields['Channel'], seen.fields['Linkedid']])).toEqual([
      ['Hold', agentLeg, linkedid],
      ['MusicOnHoldStart', callerLeg, linkedid],
      ['Unhold', agentLeg, linkedid],
      ['MusicOnHoldStop', callerLeg, linkedid],
    ]);
    const answered = named('DialEnd').find((seen) => seen.fields['DialStatus'] === 'ANSWER' && seen.fields['Channel']);
    const agentHangup = named('Hangup').find((seen) => seen.fields['Channel'] === agentLeg);
    expect(seconds(answered?.at ?? 0, named('Hold')[0]?.at)).toBeCloseTo(5, 1);
    expect(seconds(named('Hold')[0]?.at ?? 0, named('Unhold')[0]?.at)).toBeCloseTo(20, 1);
    expect(seconds(answered?.at ?? 0, agentHangup?.at)).toBeCloseTo(40, 0);
    expect(pbx.liveCallCount()).toBe(0);
  });

  it('refuses a hold on a desk phone, which no recording shows', () => {
    const { pbx } = setup();
    expect(() => pbx.placeInboundCall({ from: '+380671112233', did: '+380445550100', hold: { afterSeconds: 5, seconds: 20 } })).toThrow(/desk phone/);
  });
});

describe('scripted PBX actions', () => {
  const clickToCall = (extra: Array<[string, string]> = []): Array<[string, string]> => [
    ['Action', 'Originate'],
    ['ActionID', 'crm-1'],
    ['Channel', 'Local/101@agents/n'],
    ['Context', 'outbound'],
    ['Exten', '0671234567'],
    ['Priority', '1'],
    ['CallerID', '"CRM: 0671234567" <0671234567>'],
    ...extra,
  ];

  it('answers an async Originate at once and ties the call to the CRM request through VarSet', () => {
    const { send, scheduler, replies, named } = setup();
    expect(send(...clickToCall([['Async', 'true'], ['Variable', 'CRM_REQUEST_ID=req-42']]))).toBe(true);
    expect(replies.map((seen) => seen.fields)).toEqual([
      { Response: 'Success', ActionID: 'crm-1', Message: 'Originate successfully queued' },
    ]);
    scheduler.runAll();

    const requestVars = named('VarSet').filter((seen) => seen.fields['Variable'] === 'CRM_REQUEST_ID');
    expect(requestVars.map((seen) => [seen.fields['Channel'], seen.fields['Value']])).toEqual([
      [expect.stringMatching(/^Local\/101@agents-[0-9a-f]{8};1$/), 'req-42'],
    ]);
    const response = named('OriginateResponse')[0];
    expect(response?.fields).toMatchObject({ ActionID: 'crm-1', Response: 'Success', Reason: '4' });
    const agentAnswer = named('Newstate').find((seen) => seen.fields['ChannelStateDesc'] === 'Up');
    expect(response?.at).toBeGreaterThanOrEqual(agentAnswer?.at ?? Infinity);
    expect(named('DialBegin').some((seen) => seen.fields['DestChannel']?.startsWith('Local/0671234567@pstn-out-'))).toBe(true);
    expect(named('NewCallerid').some((seen) => seen.fields['CallerIDNum'] === RECORDED_SITE.companyCallerId)).toBe(true);
  });

  it('passes an inheritable request variable to every later leg, as Asterisk inherits __ variables', () => {
    const { send, scheduler, named } = setup();
    send(...clickToCall([['Async', 'true'], ['Variable', '__CRM_REQUEST_ID=req-43']]));
    scheduler.runAll();
    const channels = named('VarSet').filter((seen) => seen.fields['Variable'] === '__CRM_REQUEST_ID').map((seen) => seen.fields['Channel']);
    expect(channels).toEqual(expect.arrayContaining([expect.stringMatching(/;1$/), expect.stringMatching(/@agents-.*;2$/), expect.stringMatching(/@pstn-out-/)]));
  });

  it('answers a synchronous Originate only once the agent has answered, without OriginateResponse', () => {
    const { send, scheduler, replies, named } = setup();
    send(...clickToCall());
    scheduler.advanceBy(1000);
    expect(replies).toEqual([]);
    scheduler.advanceBy(2500);
    expect(replies.map((seen) => seen.fields['Message'])).toEqual(['Originate successfully queued']);
    scheduler.runAll();
    expect(named('OriginateResponse')).toEqual([]);
  });

  it('fails an Originate to a softphone that is not registered, as originate_failure_unregistered shows', () => {
    const site = { ...RECORDED_SITE, agents: { ...RECORDED_SITE.agents, '7002': { kind: 'webrtc' as const, ringSeconds: 1, talkSeconds: 5, registered: false } } };
    const { send, replies, named } = setup(site);
    const originate: Array<[string, string]> = [
      ['Action', 'Originate'],
      ['Channel', 'PJSIP/7002'],
      ['Context', 'outbound'],
      ['Exten', '0501234567'],
    ];
    send(...originate, ['ActionID', 'a1'], ['Async', 'true']);
    send(...originate, ['ActionID', 'a2']);
    expect(replies.map((seen) => `${seen.fields['Response']} ${seen.fields['Message']}`)).toEqual([
      'Success Originate successfully queued',
      'Error Originate failed',
    ]);
    expect(named('OriginateResponse').map((seen) => seen.fields)).toEqual([
      expect.objectContaining({ ActionID: 'a1', Response: 'Failure', Reason: '0', Uniqueid: '<unknown>' }),
    ]);
    expect(named('Newchannel')).toEqual([]);
  });

  function talkingInboundCall(site: ScriptedPbxConfig = RECORDED_SITE) {
    const harness = setup(site);
    harness.pbx.placeInboundCall({ from: '+380671112233', did: '+380445550100', ringSeconds: 2, talkSeconds: 60 });
    harness.scheduler.advanceBy(5000);
    const agentLeg = harness.named('DialBegin').find((seen) => seen.fields['Channel'])?.fields['DestChannel'] ?? '';
    const trunk = harness.named('DialBegin').find((seen) => seen.fields['Channel'])?.fields['Channel'] ?? '';
    return { ...harness, agentLeg, trunk };
  }

  it('tears the whole call down when the CRM hangs up the agent leg', () => {
    const { send, scheduler, replies, agentLeg, liveChannels, named, pbx } = talkingInboundCall();
    const before = named('Hangup').length;
    send(['Action', 'Hangup'], ['ActionID', 'h1'], ['Channel', agentLeg]);
    expect(replies.at(-1)?.fields).toEqual({ Response: 'Success', ActionID: 'h1', Message: 'Channel Hungup' });
    scheduler.advanceBy(1000);
    expect(named('Hangup').length).toBe(before + 4);
    expect(liveChannels()).toEqual(new Set());
    expect(pbx.liveCallCount()).toBe(0);
    send(['Action', 'Hangup'], ['ActionID', 'h2'], ['Channel', agentLeg]);
    expect(replies.at(-1)?.fields).toEqual({ Response: 'Error', ActionID: 'h2', Message: 'No such channel' });
  });

  it('moves the caller to another agent on BlindTransfer of the agent leg', () => {
    const { send, scheduler, replies, agentLeg, named, pbx } = talkingInboundCall();
    send(['Action', 'BlindTransfer'], ['ActionID', 't1'], ['Channel', agentLeg], ['Context', 'internal'], ['Exten', '102']);
    expect(replies.at(-1)?.fields).toEqual({ Response: 'Success', ActionID: 't1', Message: 'Transfer succeeded' });
    scheduler.runAll();
    expect(named('BlindTransfer')[0]?.fields).toMatchObject({ TransfererChannel: agentLeg, Extension: '102', Result: 'Success' });
    const linkedid = named('Newchannel')[0]?.fields['Linkedid'];
    const toTarget = named('DialBegin').find((seen) => seen.fields['DestChannel']?.startsWith('Local/102@agents-'));
    expect(toTarget?.fields['DestLinkedid']).toBe(linkedid);
    expect(named('DialEnd').find((seen) => seen.fields['DestChannel'] === toTarget?.fields['DestChannel'])?.fields['DialStatus']).toBe('ANSWER');
    expect(pbx.liveCallCount()).toBe(0);
  });

  it('refuses a transfer while the agent is still ringing', () => {
    const { pbx, scheduler, send, replies, named } = setup();
    pbx.placeInboundCall({ from: '+380671112233', did: '+380445550100', ringSeconds: 5, talkSeconds: 10 });
    scheduler.advanceBy(1000);
    const agentLeg = named('DialBegin').find((seen) => seen.fields['Channel'])?.fields['DestChannel'] ?? '';
    send(['Action', 'BlindTransfer'], ['Channel', agentLeg], ['Context', 'internal'], ['Exten', '102']);
    expect(replies.at(-1)?.fields).toEqual({ Response: 'Error', Message: 'Transfer failed' });
  });

  it('redirects the caller to another agent without any transfer event', () => {
    const { send, scheduler, replies, trunk, named } = talkingInboundCall();
    send(['Action', 'Redirect'], ['ActionID', 'r1'], ['Channel', trunk], ['Context', 'internal'], ['Exten', '102'], ['Priority', '1']);
    expect(replies.at(-1)?.fields).toEqual({ Response: 'Success', ActionID: 'r1', Message: 'Redirect successful' });
    scheduler.runAll();
    expect(named('BlindTransfer')).toEqual([]);
    expect(named('DialBegin').filter((seen) => seen.fields['Channel'] === trunk).map((seen) => seen.fields['DialString'])).toEqual([
      '101@agents/n',
      '102@agents/n',
    ]);
  });

  it('lists the live channels with CoreShowChannels and Status, as resync_mid_call does', () => {
    const { send, scheduler, replies, agentLeg } = talkingInboundCall();
    send(['Action', 'CoreShowChannels'], ['ActionID', 'c1']);
    const items = replies.filter((seen) => seen.fields['Event'] === 'CoreShowChannel');
    expect(items.map((seen) => seen.fields['Channel'])).toEqual([
      expect.stringMatching(/^Local\/101@agents-.*;2$/),
      agentLeg,
      expect.stringMatching(/@from-pstn-.*;2$/),
      expect.stringMatching(/@from-pstn-.*;1$/),
    ]);
    expect(items.map((seen) => seen.fields['Duration'])).toEqual(['00:00:04', '00:00:04', '00:00:04', '00:00:04']);
    expect(items[1]?.fields['BridgeId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(items[2]?.fields['BridgeId']).toBe(items[1]?.fields['BridgeId']);
    expect(replies.at(-1)?.fields).toEqual({ Event: 'CoreShowChannelsComplete', ActionID: 'c1', EventList: 'Complete', ListItems: '4' });

    send(['Action', 'Status'], ['ActionID', 's1'], ['Channel', agentLeg]);
    expect(replies.filter((seen) => seen.fields['Event'] === 'Status').map((seen) => seen.fields)).toEqual([
      expect.objectContaining({ Channel: agentLeg, Application: 'AppDial', Data: '(Outgoing Line)', Seconds: '4', ActionID: 's1' }),
    ]);
    scheduler.runAll();
    send(['Action', 'CoreShowChannels'], ['ActionID', 'c2']);
    expect(replies.at(-1)?.fields).toMatchObject({ Event: 'CoreShowChannelsComplete', ListItems: '0' });
    send(['Action', 'Status'], ['ActionID', 's2'], ['Channel', agentLeg]);
    expect(replies.at(-1)?.fields).toEqual({ Response: 'Error', ActionID: 's2', Message: 'No such channel' });
  });

  it('reports hint states the way the recordings do', () => {
    const site = { ...RECORDED_SITE, agents: { ...RECORDED_SITE.agents, '7002': { kind: 'webrtc' as const, ringSeconds: 1, talkSeconds: 5, registered: false } } };
    const { pbx, scheduler, send, replies } = setup(site);
    const state = (exten: string) => {
      send(['Action', 'ExtensionState'], ['Exten', exten], ['Context', 'hints']);
      return `${replies.at(-1)?.fields['Status']} ${replies.at(-1)?.fields['StatusText']}`;
    };
    pbx.placeInboundCall({ from: '+380671112233', did: '+380445550700', ringSeconds: 2, talkSeconds: 5 });
    pbx.placeInboundCall({ from: '+380671112234', did: '+380445550100', ringSeconds: 3, talkSeconds: 5 });
    scheduler.advanceBy(1000);
    expect([state('7001'), state('101'), state('7002'), state('999')]).toEqual(['8 Ringing', '1 InUse', '4 Unavailable', '-1 Unknown']);
    scheduler.advanceBy(3000);
    expect(state('7001')).toBe('1 InUse');
    scheduler.runAll();
    expect([state('7001'), state('101')]).toEqual(['0 Idle', '0 Idle']);
    send(['Action', 'ExtensionStateList'], ['ActionID', 'l1']);
    expect(replies.filter((seen) => seen.fields['Event'] === 'ExtensionStatus')).toHaveLength(Object.keys(site.agents).length);
  });

  it('lets a supervisor listen in with ChanSpy as a call of its own', () => {
    const { pbx, scheduler, send, replies, named } = setup();
    const { linkedid } = pbx.placeInboundCall({ from: '+380671112233', did: '+380445550700', ringSeconds: 2, talkSeconds: 30 });
    scheduler.advanceBy(4000);
    send(
      ['Action', 'Originate'],
      ['ActionID', 'spy-1'],
      ['Channel', 'PJSIP/7002'],
      ['Application', 'ChanSpy'],
      ['Data', 'PJSIP/7001,qw'],
      ['CallerID', '"Supervisor" <7002>'],
      ['Async', 'true'],
    );
    expect(replies.at(-1)?.fields['Message']).toBe('Originate successfully queued');
    scheduler.runAll();
    const start = named('ChanSpyStart')[0]?.fields;
    expect(start?.['SpyeeChannel']).toMatch(/^PJSIP\/7001-/);
    expect(start?.['SpyeeLinkedid']).toBe(linkedid);
    expect(start?.['SpyerLinkedid']).not.toBe(linkedid);
    expect(named('ChanSpyStop')).toHaveLength(1);
    expect(named('OriginateResponse').find((seen) => seen.fields['ActionID'] === 'spy-1')?.fields['Data']).toBe('PJSIP/7001,qw');
    expect(pbx.liveCallCount()).toBe(0);
  });

  it('leaves actions it does not simulate to the server', () => {
    const { send } = setup();
    expect(send(['Action', 'QueueSummary'])).toBe(false);
  });
});

describe('demo traffic', () => {
  it('mixes known and unknown callers, queues, transfers, holds, missed and outbound calls on free agents', () => {
    const { pbx, scheduler, named, liveChannels, events } = setup(DEMO_SITE);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const known = ['+380501110001', '+380501110002', '+380501110003'];
    const stop = pbx.startDemoTraffic({ callsPerMinute: 12, knownNumbers: known, unknownNumbers: ['+380931234567'], random });
    scheduler.advanceBy(40 * 60_000);
    stop();
    scheduler.runAll();

    const callers = new Set(named('NewCallerid').map((seen) => seen.fields['CallerIDNum']));
    expect(known.some((number) => callers.has(number))).toBe(true);
    expect(callers.has('+380931234567')).toBe(true);
    expect(named('QueueCallerJoin').length).toBeGreaterThan(0);
    const missed = named('OriginateResponse').filter((seen) => seen.fields['Response'] === 'Failure' && seen.fields['Channel']?.endsWith('@from-pstn/n'));
    expect(missed.length).toBeGreaterThan(0);
    expect(named('OriginateResponse').some((seen) => /^Local\/1\d\d@agents-/.test(seen.fields['Channel'] ?? ''))).toBe(true);
    const queued = new Set(named('QueueCallerJoin').map((seen) => seen.fields['Channel']));
    const agentsDialled = new Map<string, Set<string>>();
    for (const { fields } of named('DialBegin')) {
      if (!fields['Channel'] || queued.has(fields['Channel'])) continue;
      agentsDialled.set(fields['Channel'], (agentsDialled.get(fields['Channel']) ?? new Set()).add(fields['DialString'] ?? ''));
    }
    expect([...agentsDialled.values()].some((dialled) => dialled.size === 2)).toBe(true);
    const agentLegs = new Map<string, number>();
    let doubleBooked = 0;
    for (const { fields } of events) {
      const agent = /^Local\/(\d+)@agents-.*;1$/.exec(fields['Channel'] ?? '')?.[1];
      if (!agent) continue;
      if (fields['Event'] === 'Newchannel') {
        if ((agentLegs.get(agent) ?? 0) > 0) doubleBooked++;
        agentLegs.set(agent, (agentLegs.get(agent) ?? 0) + 1);
      }
      if (fields['Event'] === 'Hangup') agentLegs.set(agent, (agentLegs.get(agent) ?? 0) - 1);
    }
    expect(doubleBooked).toBe(0);
    expect(named('Hold').length).toBeGreaterThan(0);
    // Blind transfers send Unholds of their own; every held caller hears the music stop.
    expect(named('MusicOnHoldStop').length).toBe(named('Hold').length);
    expect(liveChannels()).toEqual(new Set());
  });
});
