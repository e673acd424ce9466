/**
 * The recorded busy hour (`load_busy_center`: 200 overlapping calls on one AMI connection) against
 * its truth file, which was checked call by call against the PBX's own Cdrs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallSummary, PbxEvent } from '../pbx-events.ts';
import { createCallTracker } from './call-tracker.ts';
import { FIXTURE_DIRECTORY, loadRecordedMessages } from './recorded-fixtures.ts';

interface TruthRow {
  readonly callerNumber: string;
  readonly kind: string;
  readonly didOrDialled: string;
  readonly agentsRung: string;
  readonly answeredBy: string;
  readonly outcome: string;
  readonly transferTo: string;
}

function readTruth(): TruthRow[] {
  const [header, ...lines] = readFileSync(join(FIXTURE_DIRECTORY, 'load_busy_center.truth.csv'), 'utf8').trim().split('\n');
  expect(header).toBe('caller_number,kind,did_or_dialled,agents_rung,answered_by,outcome,transfer_to,cdr_billsec_total');
  return lines.map((line) => {
    const [callerNumber = '', kind = '', didOrDialled = '', agentsRung = '', answeredBy = '', outcome = '', transferTo = ''] = line.split(',');
    return { callerNumber, kind, didOrDialled, agentsRung, answeredBy, outcome, transferTo };
  });
}

/** The truth file's key: the outside party, which is `from` inbound and `to` outbound. */
const outsideNumber = (call: CallSummary): string => (call.direction === 'inbound' ? call.from : call.to);

const INBOUND_KINDS = new Set(['inbound_answered_agent_hangup', 'inbound_answered_caller_hangup', 'inbound_missed', 'queue_ringall', 'queue_caller_abandon', 'blind_transfer', 'redirect_transfer']);
const QUEUE_KINDS = new Set(['queue_ringall', 'queue_caller_abandon']);
const TRANSFER_KIND: Record<string, string> = { blind_transfer: 'blind', redirect_transfer: 'redirect' };

describe('load_busy_center: 200 overlapping calls', () => {
  const truth = readTruth();
  const tracker = createCallTracker();
  const events: PbxEvent[] = [];
  for (const message of loadRecordedMessages('load_busy_center', Date.UTC(2031, 0, 1))) events.push(...tracker.ingest(message));
  const ended = events.flatMap((event) => (event.type === 'call.ended' ? [event.call] : []));
  const callsByNumber = new Map<string, CallSummary[]>();
  for (const call of ended) callsByNumber.set(outsideNumber(call), [...(callsByNumber.get(outsideNumber(call)) ?? []), call]);

  it('ends every call exactly once and leaves nothing live', () => {
    expect(truth).toHaveLength(200);
    expect(ended).toHaveLength(200);
    expect(new Set(ended.map((call) => call.callId)).size).toBe(200);
    expect(tracker.liveCalls()).toEqual([]);
  });

  it.each(truth.map((row) => [row.callerNumber, row] as const))('%s matches its truth row', (_number, row) => {
    const calls = callsByNumber.get(row.callerNumber) ?? [];
    expect(calls).toHaveLength(1);
    const call = calls[0] as CallSummary;
    expect({
      direction: call.direction,
      agentsRung: call.agentsRung.join(' '),
      answeredBy: call.answeredBy ?? '',
      outcome: call.outcome,
      transferTo: call.transferredTo ?? '',
    }).toEqual({
      direction: INBOUND_KINDS.has(row.kind) ? 'inbound' : 'outbound',
      agentsRung: row.agentsRung,
      answeredBy: row.answeredBy,
      outcome: row.outcome,
      transferTo: row.transferTo,
    });
    if (INBOUND_KINDS.has(row.kind)) expect(call.to).toBe(row.didOrDialled);
    expect(call.queue !== undefined).toBe(QUEUE_KINDS.has(row.kind));
    const transfers = events.filter((event) => event.type === 'call.transferred' && event.callId === call.callId);
    const transferKind = TRANSFER_KIND[row.kind];
    expect(transfers).toEqual(
      transferKind ? [expect.objectContaining({ kind: transferKind, fromExtension: row.answeredBy, toExtension: row.transferTo })] : [],
    );
    if (row.outcome === 'answered' || row.outcome === 'transferred') expect(call.talkSeconds).toBeGreaterThan(4);
    else expect(call.talkSeconds).toBe(0);
  });

  it('rings every queue member and stops the loser once when the other answers', () => {
    const queueCalls = ended.filter((call) => call.queue !== undefined && call.outcome === 'answered');
    expect(queueCalls).toHaveLength(32);
    for (const call of queueCalls) {
      const stopped = events.filter((event) => event.type === 'call.ringing-stopped' && event.callId === call.callId);
      const loser = call.agentsRung.find((agent) => agent !== call.answeredBy);
      expect(stopped).toEqual([expect.objectContaining({ agentExtension: loser, reason: 'answered-elsewhere' })]);
    }
  });

  it('puts nobody on hold: the Unholds Asterisk sends for the 14 blind transferers resume nothing', () => {
    expect(events.filter((event) => event.type === 'call.held' || event.type === 'call.resumed')).toEqual([]);
  });

  it('leaves every agent idle at the end', () => {
    const states = [...tracker.agentStates().values()].map((agent) => agent.state);
    expect(states.length).toBeGreaterThanOrEqual(36);
    expect(new Set(states)).toEqual(new Set(['idle']));
  });
});
