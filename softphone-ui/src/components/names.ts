/** Words for the codes the gateway sends as plain strings (a code this UI does not know shows as it is). */
import { t, type MessageKey } from '../i18n/i18n.svelte.ts';

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
export const kindName = (code: string) => named('kind', ['organization', 'person'], code);
export const phoneKindName = (code: string) => named('phoneKind', ['mobile', 'work', 'home', 'fax'], code);
