/**
 * The call log as CSV, written row by row as the rows are read, so an export of any size never sits
 * in memory. Excel opens it as it should: a UTF-8 byte-order mark, CRLF line ends, RFC 4180
 * quoting, and text that would start a formula defused with a leading apostrophe. Phone numbers
 * (`+380…`) are left as they are: a plus followed by a digit is a number, not a formula.
 */
import type { CallLogEntry } from '../../crm-core/interactions/interaction.service.ts';

const byteOrderMark = '\uFEFF';
const formulaStart = /^(?:[=@\t\r]|[+-](?!\d))/;

type Cell = string | number | null;

const columns: readonly { readonly header: string; readonly value: (call: CallLogEntry) => Cell }[] = [
  { header: 'Started (UTC)', value: (call) => call.startedAt.toISOString() },
  { header: 'Direction', value: (call) => call.direction },
  { header: 'Outcome', value: (call) => call.callOutcome },
  { header: 'From', value: (call) => call.fromNumber },
  { header: 'To', value: (call) => call.toNumber },
  { header: 'Client', value: (call) => call.clientName },
  { header: 'Client id', value: (call) => call.clientId },
  { header: 'Agent', value: (call) => call.agentName },
  { header: 'Queue', value: (call) => call.queue },
  { header: 'Wait (s)', value: (call) => call.waitSeconds },
  { header: 'Talk (s)', value: (call) => call.talkSeconds },
  { header: 'Type', value: (call) => call.type },
  { header: 'Subject', value: (call) => call.subject },
  { header: 'Notes', value: (call) => call.notes },
  { header: 'PBX call id', value: (call) => call.pbxCallId },
];

export async function* callLogCsv(calls: AsyncIterable<CallLogEntry>): AsyncGenerator<string> {
  yield byteOrderMark + line(columns.map((column) => column.header));
  for await (const call of calls) yield line(columns.map((column) => column.value(call)));
}

function line(cells: readonly Cell[]): string {
  return `${cells.map(cellText).join(',')}\r\n`;
}

function cellText(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' && formulaStart.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
