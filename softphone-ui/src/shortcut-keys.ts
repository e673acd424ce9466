/**
 * The desk's keyboard shortcuts and their names, shown in tooltips and the `?` overlay. Free of the
 * DOM and of runes, so the browser tests read the same table; shortcuts.ts matches key presses to them.
 */
import type { MessageKey } from './i18n/en.ts';

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
