import { beforeAll, describe, expect, it } from 'vitest';
import { createInteractionService } from '../../crm-core/interactions/interaction.service.ts';
import { createSmsService, type SmsService } from '../../crm-core/sms/sms.service.ts';
import type { CallSummary, PbxEvent } from '../../pbx-adapter/index.ts';
import { newClient } from '../../tests/support/crm-factories.ts';
import { sendsPerNumber, silentLog, startSimulatedTwilio, statusCallbackUrl, testClock } from '../../tests/support/sms.ts';
import { useTestDatabase } from '../../tests/support/test-database.ts';
import { startSmsRules, type SmsRules } from './sms-rules.ts';
import type { TwilioSimulator } from './twilio-simulator.ts';

const database = useTestDatabase();

describe('event-triggered SMS rules', () => {
  let simulator: TwilioSimulator;
  let sms: SmsService;
  let rules: SmsRules;
  const listeners = new Set<(event: PbxEvent) => void>();
  const pbx = { on: (listener: (event: PbxEvent) => void) => (listeners.add(listener), () => listeners.delete(listener)) };
  // 09:00 in Kyiv on 14 March.
  const clock = testClock('2026-03-14T07:00:00Z');

  beforeAll(async () => {
    const started = await startSimulatedTwilio({ autoProgress: false });
    simulator = started.simulator;
    sms = createSmsService({ db: database.db, clock, transport: started.transport, defaultCountry: 'UA', statusCallbackUrl });
    rules = startSmsRules({ db: database.db, sms, pbx, clock, log: silentLog, defaultCountry: 'UA', tickMs: 0 });
    return () => rules.stop();
  });

  const sentTo = (number: string) => simulator.messages().filter((message) => message.to === number).map((message) => message.body);

  function endCall(call: Partial<CallSummary>) {
    const summary: CallSummary = {
      callId: `call-${Math.random()}`, direction: 'inbound', from: '+380671110000', to: '2000', agentsRung: ['101'], outcome: 'missed',
      startedAt: clock.now().getTime(), endedAt: clock.now().getTime() + 20_000, waitSeconds: 20, talkSeconds: 0, totalSeconds: 20, ...call,
    };
    for (const listener of listeners) listener({ type: 'call.ended', call: summary, at: summary.endedAt });
    return summary;
  }

  it('texts a missed caller once per call, only while the rule is on', async () => {
    await newClient(database.db, { kind: 'person', fullName: 'Missed Caller', phones: [{ number: '+380671110000', kind: 'mobile' }] });
    endCall({ callId: 'before-enabled' });
    await rules.drain();
    expect(sentTo('+380671110000')).toEqual([]);

    await sms.updateRule('missed-call', { enabled: true, template: 'Sorry, {{name}}, we missed your call. We will call you back.' });
    // One event at a time: embedded PGlite serves one session, and concurrent writers trip over it.
    for (const call of [{ callId: 'missed-1' }, { callId: 'missed-1' }, { callId: 'answered-1', outcome: 'answered' as const, talkSeconds: 30 }, { callId: 'abandoned-1', outcome: 'abandoned' as const, from: '+380931234567' }]) {
      endCall(call);
      await rules.drain();
    }
    expect(sentTo('+380671110000')).toEqual(['Sorry, Missed Caller, we missed your call. We will call you back.']);
    expect(sentTo('+380931234567')).toEqual(['Sorry, , we missed your call. We will call you back.']);
    const logged = await database.db.selectFrom('sms_messages').select('rule_key').where('to_number', '=', '+380671110000').execute();
    expect(logged).toEqual([{ rule_key: 'missed-call:missed-1' }]);
  });

  it('greets a client and a contact person on their birthday from 10:00 local time, once', async () => {
    await sms.updateRule('birthday', { enabled: true, template: 'Happy birthday, {{name}}!' });
    await newClient(database.db, { kind: 'person', fullName: 'Birthday Person', birthday: '1990-03-14', phones: [{ number: '+380672220000', kind: 'mobile' }] });
    await newClient(database.db, {
      kind: 'organization',
      fullName: 'Birthday Org',
      contactPersons: [{ fullName: 'Contact With Birthday', birthday: '1985-03-14', phones: [{ number: '+380672220001', kind: 'mobile' }] }],
    });
    await newClient(database.db, { kind: 'person', fullName: 'Not Today', birthday: '1990-03-15', phones: [{ number: '+380672220002', kind: 'mobile' }] });

    await rules.tick();
    expect(sentTo('+380672220000')).toEqual([]);
    clock.set('2026-03-14T08:05:00Z'); // 10:05 in Kyiv
    await rules.tick();
    await rules.tick();
    expect(sentTo('+380672220000')).toEqual(['Happy birthday, Birthday Person!']);
    expect(sentTo('+380672220001')).toEqual(['Happy birthday, Contact With Birthday!']);
    expect(sentTo('+380672220002')).toEqual([]);
  });

  it('reminds of a planned meeting within the lead time, once', async () => {
    await sms.updateRule('meeting-reminder', { enabled: true, template: 'See you at {{meetingTime}}.', leadMinutes: 60 });
    const client = await newClient(database.db, { kind: 'person', fullName: 'Meeting Client', phones: [{ number: '+380673330000', kind: 'mobile' }] });
    const interactions = createInteractionService({ db: database.db });
    const meetingAt = new Date(clock.now().getTime() + 90 * 60_000); // 11:35 in Kyiv
    await interactions.record({ channel: 'meeting', status: 'planned', startedAt: meetingAt, clientId: client.id });

    await rules.tick();
    expect(sentTo('+380673330000')).toEqual([]);
    clock.advance(45 * 60_000);
    await rules.tick();
    await rules.tick();
    expect(sentTo('+380673330000')).toEqual(['See you at 14.03 11:35.']);
    expect(sendsPerNumber(simulator).get('+380673330000')).toBe(1);
  });
});
