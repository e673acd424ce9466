/**
 * The scripted PBX against the recordings: each scenario is played with the recording's own
 * callers, agents and durations, driven by the recorded actions at the recorded times, and the
 * AMI stream must match the transcript message by message and key by key. Identities Asterisk
 * allocates (Uniqueids, channel numbers, bridge ids) must correspond one to one; times may
 * differ by the rounding of the recorded sub-second offsets.
 */
// The recordings' Cdr and CEL times are the recording machine's local time, which was UTC.
process.env.TZ = 'UTC';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AmiMessage } from '../ami/ami-message.ts';
import { createAmiParser } from '../ami/ami-parser.ts';
import { FIXTURES_DIR, field, fixturesAvailable } from './scripted-fixture.ts';
import { RECORDED_SITE, type ScriptedPbxConfig } from './scripted-pbx.ts';
import { createReplayHarness, toWire, type ReplayHarness } from './scripted-replay.ts';
import { SCENARIOS, readScenario } from './scripted-templates.extract.ts';

function parse(chunks: readonly Buffer[]): AmiMessage[] {
  const messages: AmiMessage[] = [];
  const parser = createAmiParser({ onMessage: (message) => messages.push(message) });
  for (const chunk of chunks) parser.push(chunk, 0);
  return messages;
}

/** The call's messages: not the session's own (login, FullyBooted, Goodbye) nor real-media RTCP reports. */
function isCallMessage(message: AmiMessage, skipActionIds: readonly string[]): boolean {
  const { fields } = message;
  if (fields['Message'] === 'Authentication accepted' || fields['Response'] === 'Goodbye') return false;
  if (!fields['Event'] && skipActionIds.includes(fields['ActionID'] ?? '')) return false;
  const event = fields['Event'] ?? '';
  if (event === 'FullyBooted' || event === 'RTCPSent' || event === 'RTCPReceived') return false;
  return !(event === 'SuccessfulAuth' && fields['Service'] === 'AMI');
}

function recorded(name: string, skipActionIds: readonly string[] = []): AmiMessage[] {
  return parse([readFileSync(join(FIXTURES_DIR, `${name}.ami`))]).filter((m) => isCallMessage(m, skipActionIds));
}

const ALLOCATED = [
  ['uid', /\b\d{10}\.\d+\b/g],
  ['bridge', /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g],
  ['local', /(?<=Local\/[^\s;]*)-[0-9a-f]{8}(?=;[12])/g],
  ['pjsip', /(?<=PJSIP\/[^\s/-]+)-[0-9a-f]{8}(?![0-9a-f])/g],
] as const;

/** Numbers allocated identities in order of first appearance, so two streams compare equal iff they correspond one to one. */
function createNormalizer(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) =>
    ALLOCATED.reduce(
      (text, [kind, pattern]) =>
        text.replace(pattern, (match) => {
          const key = `${kind}:${match}`;
          if (!seen.has(key)) seen.set(key, `#${kind}${seen.size}`);
          return seen.get(key) ?? '';
        }),
      value,
    );
}

const DATE_KEYS = new Set(['EventTime', 'StartTime', 'AnswerTime', 'EndTime']);
const SECONDS_KEYS = new Set(['Duration', 'BillableSeconds', 'HoldTime', 'TalkTime', 'RingTime', 'LastCall']);
const TIME_VARIABLES = /^(RINGTIME|DIALEDTIME|ANSWEREDTIME|PROGRESSTIME|QUEUEWAIT)(_MS)?$/;

function timeDifference(key: string, variable: string | undefined, expected: string, actual: string): number | undefined {
  if (expected === '' || actual === '') return undefined;
  if (DATE_KEYS.has(key)) return Math.abs(Date.parse(expected) - Date.parse(actual)) / 1000;
  if (key === 'Timestamp' || SECONDS_KEYS.has(key)) return Math.abs(Number(expected) - Number(actual));
  if (key === 'Value' && variable && TIME_VARIABLES.test(variable)) {
    return Math.abs(Number(expected) - Number(actual)) / (variable.endsWith('_MS') ? 1000 : 1);
  }
  return undefined;
}

/** Every difference that matters, as readable lines (empty when the streams match). */
function differences(expected: readonly AmiMessage[], actual: readonly AmiMessage[]): string[] {
  const found: string[] = [];
  const normalizeExpected = createNormalizer();
  const normalizeActual = createNormalizer();
  const count = Math.max(expected.length, actual.length);
  for (let i = 0; i < count && found.length < 20; i++) {
    const want = expected[i]?.fields ?? {};
    const got = actual[i]?.fields ?? {};
    const name = want['Event'] ?? `Response ${want['Response']}`;
    const wantKeys = Object.keys(want).join(',');
    const gotKeys = Object.keys(got).join(',');
    if (wantKeys !== gotKeys) {
      found.push(`#${i} ${name}: keys\n  recorded ${wantKeys}\n  scripted ${gotKeys}`);
      continue;
    }
    for (const key of Object.keys(want)) {
      const wanted = want[key] ?? '';
      const gotten = got[key] ?? '';
      if (key === 'LoginTime') continue; // when the PBX started, not part of the call
      const drift = timeDifference(key, want['Variable'], wanted, gotten);
      if (drift !== undefined ? drift > 1.001 : normalizeExpected(wanted) !== normalizeActual(gotten)) {
        found.push(`#${i} ${name} ${key}: recorded ${JSON.stringify(wanted)}, scripted ${JSON.stringify(gotten)}`);
      }
    }
  }
  if (expected.length !== actual.length) found.push(`recorded ${expected.length} messages, scripted ${actual.length}`);
  return found;
}

function siteWith(agent: string, change: object): ScriptedPbxConfig {
  const agents = { ...RECORDED_SITE.agents, [agent]: { ...RECORDED_SITE.agents[agent], ...change } };
  return { ...RECORDED_SITE, agents } as ScriptedPbxConfig;
}

function played(harness: ReplayHarness): AmiMessage[] {
  harness.finish();
  return parse(harness.written);
}

/** Scenarios whose Originate alone decides the whole call: every recorded action is replayed. */
const DRIVEN_BY_ORIGINATE: ReadonlyArray<[fixture: string, options?: Parameters<typeof createReplayHarness>[1]]> = [
  ['inbound_answered_agent_hangup'],
  ['inbound_answered_caller_hangup'],
  ['inbound_missed'],
  ['queue_ringall'],
  ['click_to_call_answered'],
  ['click_to_call_agent_noanswer'],
  ['outbound_busy'],
  ['webrtc_inbound_answered'],
  ['webrtc_inbound_rejected', { site: siteWith('7001', { declines: true }) }],
  ['webrtc_click_to_call'],
  ['originate_failure_unregistered', { site: siteWith('7002', { registered: false }) }],
];

/** Scenarios where a later action (a transfer, a supervisor's ChanSpy) or the agent's phone (hold) changes the call. */
const CHANGED_LATER = ['blind_transfer', 'redirect_transfer', 'chanspy_listen', 'chanspy_whisper', 'chanspy_barge', 'hold_unhold'];

describe.runIf(fixturesAvailable()).concurrent('scripted calls reproduce the recorded transcripts', () => {
  it.each(DRIVEN_BY_ORIGINATE)('%s', (fixture, options) => {
    const harness = createReplayHarness(fixture, options);
    harness.sendActions();
    expect(differences(recorded(fixture), played(harness))).toEqual([]);
  });

  it.each(CHANGED_LATER)('%s', (fixture) => {
    const spec = SCENARIOS.find((scenario) => scenario.fixture === fixture);
    if (!spec) throw new Error(`no scenario ${fixture}`);
    const harness = createReplayHarness(fixture);
    const [first] = harness.fixture.actions.filter((action) => field(action.lines, 'Action') === 'Originate');
    const actionId = first ? field(first.lines, 'ActionID') ?? '' : '';
    const identities = Object.fromEntries(Object.entries(spec.identities).map(([literal, role]) => [role, literal]));
    const triggered = spec.segments.flatMap(([, , start]) => (start?.startsWith('trigger:') ? [start.slice(8)] : []));
    const params = Object.fromEntries(Object.entries(spec.params).filter(([param]) => !triggered.includes(param)));

    harness.scheduler.advanceBy(harness.fixture.originMs + (first?.offsetS ?? 0) * 1000 - harness.scheduler.now());
    harness.pbx.playTemplate(spec.template, { identities, params, actionId });
    harness.sendActions((action) => action !== first);

    expect(differences(recorded(fixture, [actionId]), played(harness))).toEqual([]);
  });

  it('queue_caller_abandon, one call of load_busy_center', () => {
    const spec = SCENARIOS.find((scenario) => scenario.template === 'queue_caller_abandon');
    if (!spec) throw new Error('no abandon scenario');
    const fixture = readScenario(spec);
    const site: ScriptedPbxConfig = {
      ...RECORDED_SITE,
      dids: { ...RECORDED_SITE.dids, '+380445550240': { queue: 'returns' } },
      queues: { ...RECORDED_SITE.queues, returns: ['209', '210'] },
    };
    const harness = createReplayHarness('load_busy_center', { fixture, site });
    harness.sendActions();
    const expected = parse(fixture.messages.map((message) => toWire(message.lines)));
    expect(differences(expected, played(harness))).toEqual([]);
  });

  it('answers CoreShowChannels and Status with the live channels, as resync_mid_call shows them', () => {
    const harness = createReplayHarness('resync_mid_call');
    const listActions = harness.fixture.actions.filter((action) =>
      ['CoreShowChannels', 'Status'].includes(field(action.lines, 'Action') ?? ''),
    );
    const listIds = listActions.map((action) => field(action.lines, 'ActionID') ?? '');
    harness.sendActions((action) => field(action.lines, 'Action') === 'Originate' || listActions.includes(action));
    const lists = (messages: readonly AmiMessage[]) => messages.filter((m) => listIds.includes(m.fields['ActionID'] ?? ''));

    expect(lists(recorded('resync_mid_call'))).toHaveLength(12);
    expect(differences(lists(recorded('resync_mid_call')), lists(played(harness)))).toEqual([]);
  });

  it('timestampevents = yes puts the raise time third in every event, never in a response', () => {
    const harness = createReplayHarness('inbound_answered_agent_hangup', { timestampEvents: true });
    harness.sendActions();
    const scripted = played(harness);
    const stampedRecording = recorded('inbound_answered_agent_hangup.timestamped');
    const thirdKeys = (messages: readonly AmiMessage[]) =>
      new Set(messages.map((m) => `${m.fields['Event'] ? 'event' : 'response'}:${Object.keys(m.fields)[2]}`));

    expect(thirdKeys(scripted)).toEqual(thirdKeys(stampedRecording));
    const withoutStamps = scripted.map((m) => {
      const { Timestamp, ...fields } = m.fields;
      return { ...m, fields };
    });
    expect(differences(recorded('inbound_answered_agent_hangup'), withoutStamps)).toEqual([]);
    const cdr = scripted.find((m) => m.fields['Event'] === 'Cdr');
    const endTime = Date.parse(`${cdr?.fields['EndTime']?.replace(' ', 'T')}Z`) / 1000;
    expect(Math.floor(Number(cdr?.fields['Timestamp']))).toBe(endTime);
  });
});
