import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesAvailable } from './scripted-fixture.ts';
import { TEMPLATES_DIR, loadTemplates, parseTemplate, serializeTemplate } from './scripted-template.ts';
import { SCENARIOS, extractTemplate } from './scripted-templates.extract.ts';

describe('call templates', () => {
  it.runIf(fixturesAvailable()).each(SCENARIOS.map((spec) => [spec.template, spec] as const))(
    '%s is what the extractor makes of its recording (run scripted-templates.extract.ts after a fixture changes)',
    (template, spec) => {
      const committed = readFileSync(join(TEMPLATES_DIR, `${template}.tpl`), 'utf8');
      expect(serializeTemplate(extractTemplate(spec))).toBe(committed);
    },
  );

  it('reads back exactly what it writes', () => {
    for (const template of loadTemplates().values()) {
      expect(parseTemplate(serializeTemplate(template))).toEqual(template);
    }
  });

  it('numbers the channels of a call the same way in every recording of the same beginning', () => {
    const templates = loadTemplates();
    const channelsOf = (name: string, segments: readonly string[]) =>
      (templates.get(name)?.segments ?? [])
        .filter((segment) => segments.includes(segment.name))
        .flatMap((segment) => segment.messages)
        .filter((message) => message.lines[0]?.[1] === 'Newchannel')
        .map((message) => message.lines.filter(([key]) => key === 'Channel' || key === 'Uniqueid').map(([, value]) => value).join(' '));
    const inbound = channelsOf('inbound_answered_agent_hangup', ['setup', 'answer']);
    for (const continuation of ['inbound_answered_caller_hangup', 'blind_transfer', 'redirect_transfer']) {
      expect(channelsOf(continuation, ['setup', 'answer'])).toEqual(inbound);
    }
    expect(channelsOf('inbound_missed', ['setup'])).toEqual(channelsOf('inbound_answered_agent_hangup', ['setup']));
    expect(channelsOf('webrtc_inbound_rejected', ['setup'])).toEqual(channelsOf('webrtc_inbound_answered', ['setup']));
    const softphone = channelsOf('webrtc_inbound_answered', ['setup', 'answer']);
    for (const continuation of ['hold_unhold', 'chanspy_listen', 'chanspy_whisper', 'chanspy_barge']) {
      expect(channelsOf(continuation, ['setup', 'answer'])).toEqual(softphone);
    }
  });
});
