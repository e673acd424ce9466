/**
 * Call templates: the event sequences recorded from a real Asterisk, with identities, durations
 * and times replaced by placeholders (`«uid:0»`, `«caller»`, `«p:ring:agent»`, `«date»` ...).
 * `scripted-templates.extract.ts` writes them from the fixtures; the scripted PBX plays them.
 *
 * A template is cut into segments at the moments a person or an action decides something
 * (the agent answers, the caller hangs up, a transfer arrives). Within a segment the messages
 * keep their recorded offsets; the gap before a segment is a duration parameter plus the
 * recorded residual (dialplan latency), so a call can be stretched to any ring or talk time.
 *
 * Text format, one file per template:
 *   % template NAME
 *   % var NAME=VALUE                 an Originate variable of the recorded scenario
 *   % segment NAME [after=PARAM+RESIDUAL_MS | trigger=PARAM+RESIDUAL_MS]
 *   @OFFSET_MS [vars=set|inherit]     then the message's `Key: Value` lines, then a blank line
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type AmiLines = Array<[key: string, value: string]>;

/**
 * A VarSet standing for Originate variables on one channel: all of them in reverse order on the
 * originated channel (`set`), or the inheritable ones (`_`/`__` prefix) in order on a channel
 * created later (`inherit`). Asterisk may interleave other events, so a site can cover a slice
 * `[from, to)` of the `total` variables the recording had; variables the recording lacked
 * (a CRM's own, such as CRM_REQUEST_ID) join the slice at the start of a `set` list or the end
 * of an `inherit` list.
 */
export interface VariableSite {
  readonly kind: 'set' | 'inherit';
  readonly from: number;
  to: number;
  readonly total: number;
}

export interface TemplateMessage {
  /** Milliseconds after the start of the segment. */
  readonly offsetMs: number;
  readonly lines: AmiLines;
  readonly variables?: VariableSite;
}

export interface SegmentStart {
  /** The duration parameter (seconds) that separates this segment from the previous one's start. */
  readonly param: string;
  readonly residualMs: number;
  /** True when an AMI action can start the segment before the parameter elapses (transfer, spy). */
  readonly triggered: boolean;
}

export interface TemplateSegment {
  readonly name: string;
  /** Absent for the first segment, which starts with the call. */
  readonly start?: SegmentStart;
  readonly messages: readonly TemplateMessage[];
}

export interface CallTemplate {
  readonly name: string;
  /** The recorded scenario's Originate variables, values as placeholders (`«p:ring:agent»`) or literals. */
  readonly variables: ReadonlyArray<readonly [name: string, value: string]>;
  readonly segments: readonly TemplateSegment[];
}

export function serializeTemplate(template: CallTemplate): string {
  const out: string[] = [`% template ${template.name}`];
  for (const [name, value] of template.variables) out.push(`% var ${name}=${value}`);
  for (const segment of template.segments) {
    out.push(`% segment ${segment.name}${segment.start ? ' ' + formatStart(segment.start) : ''}`);
    for (const message of segment.messages) {
      const site = message.variables;
      out.push(`@${message.offsetMs.toFixed(3)}${site ? ` vars=${site.kind}:${site.from}-${site.to}/${site.total}` : ''}`);
      for (const [key, value] of message.lines) out.push(`${key}: ${value}`);
      out.push('');
    }
  }
  return out.join('\n') + '\n';
}

function formatStart(start: SegmentStart): string {
  const sign = start.residualMs < 0 ? '-' : '+';
  return `${start.triggered ? 'trigger' : 'after'}=${start.param}${sign}${Math.abs(start.residualMs).toFixed(3)}`;
}

interface SegmentDraft {
  name: string;
  start?: SegmentStart;
  messages: TemplateMessage[];
}

export function parseTemplate(text: string): CallTemplate {
  let name = '';
  const variables: Array<[string, string]> = [];
  const segments: SegmentDraft[] = [];
  let message: { offsetMs: number; lines: AmiLines; variables?: VariableSite } | undefined;

  const closeMessage = (): void => {
    const segment = segments.at(-1);
    if (message && segment) segment.messages.push(message);
    message = undefined;
  };

  for (const line of text.split('\n')) {
    if (line === '') {
      closeMessage();
    } else if (line.startsWith('% template ')) {
      name = line.slice('% template '.length);
    } else if (line.startsWith('% var ')) {
      const body = line.slice('% var '.length);
      const equals = body.indexOf('=');
      variables.push([body.slice(0, equals), body.slice(equals + 1)]);
    } else if (line.startsWith('% segment ')) {
      closeMessage();
      segments.push(parseSegmentHeader(line.slice('% segment '.length)));
    } else if (line.startsWith('@')) {
      const [offset, attribute = ''] = line.slice(1).split(' ');
      message = { offsetMs: Number(offset), lines: [] };
      const site = /^vars=(set|inherit):(\d+)-(\d+)\/(\d+)$/.exec(attribute);
      if (site) {
        message.variables = { kind: site[1] as 'set' | 'inherit', from: Number(site[2]), to: Number(site[3]), total: Number(site[4]) };
      }
    } else if (message) {
      const colon = line.indexOf(': ');
      message.lines.push([line.slice(0, colon), line.slice(colon + 2)]);
    }
  }
  closeMessage();
  return { name, variables, segments };
}

function parseSegmentHeader(header: string): SegmentDraft {
  const [name = '', start] = header.split(' ');
  if (!start) return { name, messages: [] };
  const match = /^(after|trigger)=(.+?)([+-][\d.]+)$/.exec(start);
  if (!match) throw new Error(`bad segment header: ${header}`);
  return {
    name,
    start: { param: match[2] ?? '', residualMs: Number(match[3]), triggered: match[1] === 'trigger' },
    messages: [],
  };
}

export const TEMPLATES_DIR = join(import.meta.dirname, 'templates');

export function loadTemplates(dir = TEMPLATES_DIR): Map<string, CallTemplate> {
  const templates = new Map<string, CallTemplate>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tpl')).sort()) {
    const template = parseTemplate(readFileSync(join(dir, file), 'utf8'));
    templates.set(template.name, template);
  }
  return templates;
}
