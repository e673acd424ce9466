/** The desk's keyboard shortcuts: shown in tooltips and the `?` overlay, matched by `shortcutOf`. */
import type { MessageKey } from './i18n/i18n.svelte.ts';

export type ShortcutAction = 'answer' | 'hangUp' | 'hold' | 'mute' | 'transfer' | 'search' | 'saveWrapUp' | 'help';

export const shortcutKeys: Record<ShortcutAction, string> = {
  answer: 'Alt+A',
  hangUp: 'Alt+H',
  hold: 'Alt+O',
  mute: 'Alt+M',
  transfer: 'Alt+T',
  search: '/',
  saveWrapUp: 'Ctrl+Enter',
  help: '?',
};

export const shortcutLabels: Record<ShortcutAction, MessageKey> = {
  answer: 'shortcuts.answer',
  hangUp: 'shortcuts.hangUp',
  hold: 'shortcuts.hold',
  mute: 'shortcuts.mute',
  transfer: 'shortcuts.transfer',
  search: 'shortcuts.search',
  saveWrapUp: 'shortcuts.saveWrapUp',
  help: 'shortcuts.help',
};

const altCodes: Partial<Record<string, ShortcutAction>> = { KeyA: 'answer', KeyH: 'hangUp', KeyO: 'hold', KeyM: 'mute', KeyT: 'transfer' };

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Alt shortcuts work anywhere (even while typing notes); `/` and `?` only outside text fields. */
export function shortcutOf(event: KeyboardEvent): ShortcutAction | undefined {
  if (event.altKey && !event.ctrlKey && !event.metaKey) return altCodes[event.code];
  if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') return 'saveWrapUp';
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return 'search';
  if (typingIn(event.target) || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (event.key === '/') return 'search';
  if (event.key === '?') return 'help';
  return undefined;
}
