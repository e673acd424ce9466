/** Which screen is open, kept in the address bar so that reload and back work. */
export type ClientTab = 'main' | 'contacts' | 'properties' | 'interactions' | 'tasks' | 'sms';
export const clientTabs: readonly ClientTab[] = ['main', 'contacts', 'properties', 'interactions', 'tasks', 'sms'];

export type Screen =
  | { readonly name: 'calls' }
  | { readonly name: 'clients' }
  | { readonly name: 'client'; readonly id: number; readonly tab?: ClientTab }
  | { readonly name: 'tasks' }
  | { readonly name: 'live' }
  | { readonly name: 'call-log' }
  | { readonly name: 'mailings' }
  | { readonly name: 'reports' }
  | { readonly name: 'settings' };

const simpleScreens = ['calls', 'clients', 'tasks', 'live', 'call-log', 'mailings', 'reports', 'settings'] as const;

export function screenOf(path: string): Screen {
  const client = /^\/clients\/(\d+)(?:\/([a-z]+))?$/.exec(path);
  if (client) {
    const tab = clientTabs.find((candidate) => candidate === client[2]);
    return { name: 'client', id: Number(client[1]), ...(tab && { tab }) };
  }
  const name = path.replace(/^\//, '');
  return (simpleScreens as readonly string[]).includes(name) ? ({ name } as Screen) : { name: 'calls' };
}

export function pathOf(screen: Screen): string {
  if (screen.name !== 'client') return `/${screen.name}`;
  return screen.tab && screen.tab !== 'main' ? `/clients/${screen.id}/${screen.tab}` : `/clients/${screen.id}`;
}

class Router {
  screen = $state<Screen>(screenOf(location.pathname));

  constructor() {
    addEventListener('popstate', () => (this.screen = screenOf(location.pathname)));
  }

  go(screen: Screen): void {
    this.screen = screen;
    const path = pathOf(screen);
    if (location.pathname !== path) history.pushState(null, '', path);
  }
}

export const router = new Router();
