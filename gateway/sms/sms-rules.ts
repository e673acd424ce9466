/**
 * Event-triggered SMS, each rule switched on or off with its own template (sms_rules): after a
 * missed call ("we will call you back"), on a client's or contact person's birthday, and before a
 * planned meeting. Each event sends once (its rule key is unique), so a replayed call, a second
 * tick or a second gateway process sends nothing more.
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database, SmsRuleKind } from '../../db/schema.ts';
import type { CountryCode } from '../../crm-core/phones/phone-number.ts';
import { maskPhone } from '../../crm-core/phones/phone-number.ts';
import { createPhoneLookup } from '../../crm-core/phones/phone.service.ts';
import type { Clock } from '../../crm-core/shared/clock.ts';
import { localMinutes, timeZoneOfCountry } from '../../crm-core/sms/quiet-hours.ts';
import { selectBirthdaysWithMobile, selectPlannedMeetingsWithMobile, selectRule } from '../../crm-core/sms/sms.repository.ts';
import type { SmsService } from '../../crm-core/sms/sms.service.ts';
import { renderTemplate } from '../../crm-core/sms/sms-template.ts';
import type { PbxEvent } from '../../pbx-adapter/index.ts';

export interface SmsRulesOptions {
  readonly db: Kysely<Database>;
  readonly sms: Pick<SmsService, 'sendForRule'>;
  readonly pbx: { on(listener: (event: PbxEvent) => void): () => void };
  readonly clock: Clock;
  readonly log: Logger;
  readonly defaultCountry: CountryCode;
  /** Birthdays and meeting times are in this zone; the default country's by default. */
  readonly timeZone?: string;
  /** Birthday greetings go out from this local hour. */
  readonly birthdayHour?: number;
  /** How often birthdays and meetings are checked; 0 = only when `tick()` is called. */
  readonly tickMs?: number;
}

export interface SmsRules {
  /** Sends the birthday greetings and meeting reminders that are due now. */
  tick(): Promise<void>;
  /** Resolves when every missed-call message started so far is handled. */
  drain(): Promise<void>;
  stop(): void;
}

const missedOutcomes = new Set(['missed', 'abandoned']);

export function startSmsRules(options: SmsRulesOptions): SmsRules {
  const log = options.log.child({ module: 'sms-rules' });
  const timeZone = options.timeZone ?? timeZoneOfCountry(options.defaultCountry);
  const birthdayMinute = (options.birthdayHour ?? 10) * 60;
  const phoneLookup = createPhoneLookup({ db: options.db, defaultCountry: options.defaultCountry });
  const pending = new Set<Promise<void>>();

  async function enabledTemplate(kind: SmsRuleKind) {
    const rule = await selectRule(options.db, kind);
    return rule?.enabled ? rule : undefined;
  }

  async function send(kind: SmsRuleKind, message: Parameters<SmsRulesOptions['sms']['sendForRule']>[0]) {
    try {
      const sent = await options.sms.sendForRule(message);
      if (sent) log.info({ rule: kind, ruleKey: message.ruleKey, to: maskPhone(message.to), status: sent.status }, 'rule message sent');
    } catch (error) {
      log.warn({ err: error, rule: kind, ruleKey: message.ruleKey }, 'rule message not sent');
    }
  }

  async function afterMissedCall(callId: string, from: string): Promise<void> {
    const rule = await enabledTemplate('missed-call');
    if (!rule) return;
    const matches = await phoneLookup.findClientsByPhone(from);
    const only = new Set(matches.map((match) => match.client.id)).size === 1 ? matches[0] : undefined;
    const name = only?.contactPerson?.fullName ?? only?.client.shortName ?? only?.client.fullName ?? '';
    await send('missed-call', {
      ruleKey: `missed-call:${callId}`,
      clientId: only?.client.id ?? null,
      contactPersonId: only?.contactPerson?.id ?? null,
      to: from,
      body: renderTemplate(rule.template, { name, fullName: only?.client.fullName }),
    });
  }

  async function sendBirthdayGreetings(now: Date): Promise<void> {
    if (localMinutes(now, timeZone) < birthdayMinute) return;
    const rule = await enabledTemplate('birthday');
    if (!rule) return;
    const [year, month, day] = localDay(now, timeZone);
    for (const person of await selectBirthdaysWithMobile(options.db, month, day)) {
      const who = person.contact_person_id === null ? `client:${person.client_id}` : `contact:${person.contact_person_id}`;
      await send('birthday', {
        ruleKey: `birthday:${who}:${year}`,
        clientId: person.client_id,
        contactPersonId: person.contact_person_id,
        to: person.e164!,
        body: renderTemplate(rule.template, { name: person.short_name ?? person.full_name, fullName: person.full_name }),
      });
    }
  }

  async function sendMeetingReminders(now: Date): Promise<void> {
    const rule = await enabledTemplate('meeting-reminder');
    if (!rule) return;
    const until = new Date(now.getTime() + rule.lead_minutes * 60_000);
    for (const meeting of await selectPlannedMeetingsWithMobile(options.db, now, until)) {
      await send('meeting-reminder', {
        ruleKey: `meeting-reminder:${meeting.id}`,
        clientId: meeting.client_id,
        contactPersonId: meeting.contact_person_id,
        to: meeting.e164!,
        body: renderTemplate(rule.template, { meetingTime: meetingTime(meeting.started_at, timeZone) }),
      });
    }
  }

  const unsubscribe = options.pbx.on((event) => {
    if (event.type !== 'call.ended') return;
    const { call } = event;
    if (call.direction !== 'inbound' || !missedOutcomes.has(call.outcome) || !call.from || call.isSupervision) return;
    const handling = afterMissedCall(call.callId, call.from)
      .catch((error: unknown) => log.warn({ err: error, callId: call.callId }, 'missed-call rule failed'))
      .finally(() => pending.delete(handling));
    pending.add(handling);
  });

  const tick = async () => {
    const now = options.clock.now();
    await sendBirthdayGreetings(now);
    await sendMeetingReminders(now);
  };
  const timer =
    (options.tickMs ?? 60_000) > 0
      ? setInterval(() => void tick().catch((error: unknown) => log.warn({ err: error }, 'sms rules tick failed')), options.tickMs ?? 60_000)
      : undefined;
  timer?.unref();

  return {
    tick,
    drain: async () => {
      while (pending.size > 0) await Promise.all(pending);
    },
    stop() {
      unsubscribe();
      if (timer) clearInterval(timer);
    },
  };
}

function localDay(instant: Date, timeZone: string): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant).split('-');
  return parts.map(Number) as [number, number, number];
}

/** `25.11 15:00` in the zone: the date too, since a reminder may come the day before. */
function meetingTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('day')}.${part('month')} ${part('hour')}:${part('minute')}`;
}
