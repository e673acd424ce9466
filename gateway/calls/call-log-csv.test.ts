import { describe, expect, it } from 'vitest';
import type { CallLogEntry } from '../../crm-core/interactions/interaction.service.ts';
import { callLogCsv } from './call-log-csv.ts';

function call(overrides: Partial<CallLogEntry>): CallLogEntry {
  const at = new Date('2026-02-10T09:00:00Z');
  return {
    id: 1, channel: 'call', direction: 'in', startedAt: at, endedAt: at, durationSeconds: 0, priority: 'medium', type: 'other', state: 'no-review',
    status: 'held', subject: '', notes: '', adSource: null, clientId: null, contactPersonId: null, userId: null, fromNumber: '+380441234567',
    toNumber: '2001', pbxCallId: '1795337424.3', callOutcome: 'answered', waitSeconds: 3, talkSeconds: 57, queue: null, recordingRef: null,
    createdAt: at, updatedAt: at, clientName: null, agentName: null, ...overrides,
  };
}

async function csvOf(calls: CallLogEntry[]): Promise<string> {
  let text = '';
  for await (const chunk of callLogCsv((async function* () { yield* calls; })())) text += chunk;
  return text;
}

describe('the call log as CSV', () => {
  it('starts with a byte-order mark and ends every line with CRLF', async () => {
    const text = await csvOf([call({})]);
    expect(text.startsWith('\uFEFFStarted (UTC),')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
  });

  it('quotes commas, quotes and line breaks, defuses formulas, and leaves phone numbers alone', async () => {
    const text = await csvOf([call({ clientName: '=HYPERLINK("x")', notes: 'first line\nsecond, "quoted"', subject: '-sale', fromNumber: '+380441234567' })]);
    const row = text.split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain(`'-sale,"first line\nsecond, ""quoted"""`);
    expect(row).toContain(',+380441234567,');
  });
});
