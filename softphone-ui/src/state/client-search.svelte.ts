import { api, type ClientListItem } from '../api.ts';

/** The moment after the last key press when the search is sent. */
const typingPauseMs = 250;

export interface ClientSearch {
  readonly found: readonly ClientListItem[];
  /** Called with the box's text on every key press. */
  typed(text: string): void;
  clear(): void;
}

/**
 * Clients found by name, phone or email while the user types into a search box: asked once
 * they pause, from two characters on, and only the answer to the latest text is shown.
 */
export function createClientSearch(limit: number): ClientSearch {
  let found = $state<readonly ClientListItem[]>([]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  function forget(): number {
    clearTimeout(timer);
    return ++latest;
  }

  return {
    get found() {
      return found;
    },
    typed(text) {
      const asked = forget();
      const query = text.trim();
      if (query.length < 2) {
        found = [];
        return;
      }
      timer = setTimeout(async () => {
        const { items } = await api.clients({ query, limit }).catch(() => ({ items: [] }));
        if (asked === latest) found = items;
      }, typingPauseMs);
    },
    clear() {
      forget();
      found = [];
    },
  };
}
