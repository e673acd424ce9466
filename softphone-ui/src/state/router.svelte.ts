/** Which screen is open, kept in the address bar so that reload and back work. */
export type ClientTab = 'main' | 'contacts' | 'properties' | 'interactions' | 'tasks' | 'sms';
export const clientTabs: readonly ClientTab[] = ['main', 'contacts', 'properties', 'interactions', 'tasks', 'sms'];

/** The views of the Tasks section; my day when none is named. */
export type TaskView = 'day' | 'week' | 'month' | 'journal' | 'birthdays';
export const taskViews: readonly TaskView[] = ['day', 'week', 'month', 'journal', 'birthdays'];
/** The views of the reports section, each at /reports/<name>. */
export type ReportName = 'abc-xyz' | 'managers' | 'lost-reasons' | 'inquiries' | 'campaigns' | 'calls';
export const reportNames: readonly ReportName[] = ['abc-xyz', 'managers', 'lost-reasons', 'inquiries', 'campaigns', 'calls'];
/** The days a report covers, both included (`YYYY-MM-DD`): in the address, so that a link or a reload shows the same figures. */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
}
/** Within mailings: a new one, one mailing (its editor while a draft), the numbers that opted out, or the event-triggered SMS rules. */
export type MailingsPage = { readonly kind: 'new' } | { readonly kind: 'mailing'; readonly id: number } | { readonly kind: 'opted-out' } | { readonly kind: 'rules' };

export type Screen =
  | { readonly name: 'calls' }
  | { readonly name: 'clients' }
  | { readonly name: 'client'; readonly id: number; readonly tab?: ClientTab }
  /** With `taskId`, that task's form is open over the view. */
  | { readonly name: 'tasks'; readonly view?: TaskView; readonly taskId?: number }
  | { readonly name: 'live' }
  | { readonly name: 'call-log' }
  | { readonly name: 'mailings'; readonly page?: MailingsPage }
  | { readonly name: 'reports'; readonly report?: ReportName; readonly period?: ReportPeriod }
  | { readonly name: 'settings' };

const simpleScreens = ['calls', 'clients', 'tasks', 'live', 'call-log', 'mailings', 'reports', 'settings'] as const;

export function screenOf(path: string, search = ''): Screen {
  const client = /^\/clients\/(\d+)(?:\/([a-z]+))?$/.exec(path);
  if (client) {
    const tab = clientTabs.find((candidate) => candidate === client[2]);
    return { name: 'client', id: Number(client[1]), ...(tab && { tab }) };
  }
  const task = /^\/tasks\/(\d+)$/.exec(path);
  if (task) return { name: 'tasks', taskId: Number(task[1]) };
  const view = taskViews.find((candidate) => path === `/tasks/${candidate}`);
  if (view) return { name: 'tasks', view };
  const report = /^\/reports(?:\/([a-z-]+))?$/.exec(path);
  if (report) {
    const known = reportNames.find((candidate) => candidate === report[1]);
    const period = reportPeriodOf(search);
    return { name: 'reports', ...(known && { report: known }), ...(period && { period }) };
  }
  const mailing = /^\/mailings\/(new|opted-out|rules|\d+)$/.exec(path)?.[1];
  if (mailing) return { name: 'mailings', page: /^\d+$/.test(mailing) ? { kind: 'mailing', id: Number(mailing) } : { kind: mailing as 'new' | 'opted-out' | 'rules' } };
  const name = path.replace(/^\//, '');
  return (simpleScreens as readonly string[]).includes(name) ? ({ name } as Screen) : { name: 'calls' };
}

export function pathOf(screen: Screen): string {
  if (screen.name === 'tasks') return tasksPath(screen);
  if (screen.name === 'reports') return reportsPath(screen);
  if (screen.name === 'mailings' && screen.page) return `/mailings/${screen.page.kind === 'mailing' ? screen.page.id : screen.page.kind}`;
  if (screen.name !== 'client') return `/${screen.name}`;
  return screen.tab && screen.tab !== 'main' ? `/clients/${screen.id}/${screen.tab}` : `/clients/${screen.id}`;
}

function reportsPath(screen: Extract<Screen, { name: 'reports' }>): string {
  const path = screen.report ? `/reports/${screen.report}` : '/reports';
  return screen.period ? `${path}?${new URLSearchParams({ from: screen.period.from, to: screen.period.to })}` : path;
}

/** `?from=…&to=…` when both are days and the first is not after the last. */
function reportPeriodOf(search: string): ReportPeriod | undefined {
  const query = new URLSearchParams(search);
  const [from, to] = [query.get('from') ?? '', query.get('to') ?? ''];
  const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));
  return isDay(from) && isDay(to) && from <= to ? { from, to } : undefined;
}

function tasksPath(screen: Extract<Screen, { name: 'tasks' }>): string {
  if (screen.taskId !== undefined) return `/tasks/${screen.taskId}`;
  return screen.view && screen.view !== 'day' ? `/tasks/${screen.view}` : '/tasks';
}

class Router {
  screen = $state<Screen>(screenOf(location.pathname, location.search));

  constructor() {
    addEventListener('popstate', () => (this.screen = screenOf(location.pathname, location.search)));
  }

  go(screen: Screen): void {
    this.screen = screen;
    const path = pathOf(screen);
    if (location.pathname + location.search !== path) history.pushState(null, '', path);
  }

  /** The same screen seen differently (another report period): the address changes, the history does not grow. */
  replace(screen: Screen): void {
    this.screen = screen;
    history.replaceState(null, '', pathOf(screen));
  }
}

export const router = new Router();

/** A plain click on a screen's link opens it in place; with a modifier key the browser opens the link (a new tab). */
export function openFromLink(event: MouseEvent, screen: Screen): void {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  router.go(screen);
}
