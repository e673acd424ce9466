import { describe, expect, it } from 'vitest';
import { isInQuietHours, quietHoursEnd, timeZoneOfNumber } from './quiet-hours.ts';
import { explainTwilioError, keywordEffect, statusMovesForward } from './sms.ts';
import { countSegments } from './sms-segments.ts';
import { clientTemplateValues, renderTemplate, unknownPlaceholders } from './sms-template.ts';

describe('segments', () => {
  it('fit 160 GSM-7 characters in one, then 153 per part', () => {
    expect(countSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1, unitsPerSegment: 160 });
    expect(countSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2, unitsPerSegment: 153 });
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('count the GSM extension characters twice', () => {
    expect(countSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSegments(`${'a'.repeat(159)}[`)).toMatchObject({ units: 161, segments: 2 });
  });

  it('turn the whole message UCS-2 for one Cyrillic letter or emoji: 70 alone, 67 per part', () => {
    expect(countSegments(`${'a'.repeat(69)}ж`)).toEqual({ encoding: 'UCS-2', units: 70, segments: 1, unitsPerSegment: 70 });
    expect(countSegments(`${'a'.repeat(70)}ж`)).toEqual({ encoding: 'UCS-2', units: 71, segments: 2, unitsPerSegment: 67 });
    expect(countSegments('Hi 😀').units).toBe(5);
    expect(countSegments('“quoted”').encoding).toBe('UCS-2');
  });
});

describe('templates', () => {
  const values = clientTemplateValues({
    fullName: 'ТОВ «Ромашка»', shortName: 'Ромашка', region: 'Kyiv', industry: null, birthday: null,
    properties: [{ name: 'Solvency', value: 4 }, { name: 'VIP', value: true }],
  });

  it('fill client fields and custom properties, ignoring case and spaces; empty values become empty text', () => {
    expect(renderTemplate('Dear {{ Name }} from {{region}}: solvency {{solvency}}, VIP {{VIP}}, industry "{{industry}}"', values)).toBe(
      'Dear Ромашка from Kyiv: solvency 4, VIP true, industry ""',
    );
  });

  it('name the placeholders nobody knows', () => {
    expect(unknownPlaceholders('{{name}} {{nmae}} {{Solvency}} {{nmae}}', ['name', 'solvency'])).toEqual(['nmae']);
  });
});

describe('statuses', () => {
  it('move only forward, so a late callback never undoes a final status', () => {
    expect(statusMovesForward('queued', 'sent')).toBe(true);
    expect(statusMovesForward('sent', 'delivered')).toBe(true);
    expect(statusMovesForward('delivered', 'sent')).toBe(false);
    expect(statusMovesForward('sending', 'queued')).toBe(false);
    expect(statusMovesForward('undelivered', 'delivered')).toBe(false);
    expect(statusMovesForward(null, 'queued')).toBe(true);
  });

  it('explain error codes in words', () => {
    expect(explainTwilioError(30003)).toBe('The handset is unreachable (switched off or out of coverage)');
    expect(explainTwilioError(39999)).toBe('Twilio error 39999');
    expect(explainTwilioError(null)).toBeNull();
  });
});

describe('opt-out words', () => {
  it("read a single word the way Twilio does, in any case", () => {
    expect(['STOP', 'stop', ' Unsubscribe ', 'Stop.', 'STOPALL', 'QUIT', 'REVOKE', 'OPTOUT', 'end', 'cancel'].map(keywordEffect)).toEqual(Array(10).fill('opt-out'));
    expect(['START', 'yes', 'Unstop'].map(keywordEffect)).toEqual(['opt-in', 'opt-in', 'opt-in']);
    expect(keywordEffect('HELP')).toBe('help');
    expect(keywordEffect('please stop calling me')).toBeUndefined();
  });
});

describe('quiet hours', () => {
  const night = { start: 21 * 60, end: 9 * 60 };

  it("are the recipient's, from the number's country", () => {
    expect(timeZoneOfNumber('+380671234567', 'UTC')).toBe('Europe/Kyiv');
    expect(timeZoneOfNumber('+48601234567', 'UTC')).toBe('Europe/Warsaw');
    expect(timeZoneOfNumber('+999123', 'Europe/Kyiv')).toBe('Europe/Kyiv');
    // 20:30 UTC in January is 22:30 in Kyiv and 20:30 in London.
    const at = new Date('2026-01-15T20:30:00Z');
    expect(isInQuietHours(at, 'Europe/Kyiv', night)).toBe(true);
    expect(isInQuietHours(at, 'Europe/London', night)).toBe(false);
  });

  it('end at the local end time', () => {
    expect(quietHoursEnd(new Date('2026-01-15T20:30:00Z'), 'Europe/Kyiv', night)).toEqual(new Date('2026-01-16T07:00:00Z'));
    expect(quietHoursEnd(new Date('2026-01-16T05:15:00Z'), 'Europe/Kyiv', night)).toEqual(new Date('2026-01-16T07:00:00Z'));
    const daytime = new Date('2026-01-16T10:00:00Z');
    expect(quietHoursEnd(daytime, 'Europe/Kyiv', night)).toBe(daytime);
    expect(isInQuietHours(new Date('2026-01-16T11:00:00Z'), 'Europe/Kyiv', { start: 13 * 60, end: 14 * 60 })).toBe(true);
  });
});
