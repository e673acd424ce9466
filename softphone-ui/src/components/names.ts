/** Words for the codes the gateway sends as plain strings (a code this UI does not know shows as it is). */
import { t, type MessageKey } from '../i18n/i18n.svelte.ts';
import { knownTaskTypes } from '../state/tasks.ts';

const channels = ['call', 'sms', 'email', 'meeting', 'note'];
const outcomes = ['answered', 'missed', 'busy', 'failed', 'abandoned', 'transferred'];
const relationships = ['customer', 'prospect', 'supplier', 'partner', 'other'];

function named(prefix: string, known: readonly string[], code: string): string {
  return known.includes(code) ? t(`${prefix}.${code}` as MessageKey) : code;
}

export const channelName = (code: string) => named('channel', channels, code);
export const outcomeName = (code: string) => named('outcome', outcomes, code);
export const relationshipName = (code: string) => named('relationship', relationships, code);
export const directionName = (code: string) => named('direction', ['in', 'out'], code);
export const taskStateName = (code: string) => named('taskState', ['open', 'in-progress', 'done', 'canceled'], code);
export const importanceName = (code: string) => named('importance', ['high', 'medium', 'low'], code);
export const taskTypeName = (code: string) => named('taskType', knownTaskTypes, code);
export const kindName = (code: string) => named('kind', ['organization', 'person'], code);
export const phoneKindName = (code: string) => named('phoneKind', ['mobile', 'work', 'home', 'fax'], code);
/** A custom property's value as the user reads it: yes or no for a bool, else as stored. */
export const propertyValueText = (value: string | number | boolean) => (typeof value === 'boolean' ? t(value ? 'yes' : 'no') : String(value));
export const smsStatusName = (code: string) =>
  named('smsStatus', ['queued', 'accepted', 'scheduled', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'canceled', 'receiving', 'received'], code);

const twilioErrors = [20003, 20404, 20429, 21211, 21212, 21408, 21602, 21604, 21606, 21610, 21611, 21612, 21614, 21617, 30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008];

/** "error 30003: the handset is unreachable", in the UI's language when the code is known here, else as the gateway explained it. */
export function smsErrorText(code: number, explained: string | null): string {
  const meaning = twilioErrors.includes(code) ? t(`twilioError.${code}` as MessageKey) : (explained ?? '');
  return t('card.sms.error', { code: String(code), meaning });
}
