/** Which shortcut a key press is (`shortcutOf`); the keys and their names are in shortcut-keys.ts. */
import type { ShortcutAction } from './shortcut-keys.ts';

export { shortcutKeys, shortcutLabels, type ShortcutAction } from './shortcut-keys.ts';

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
