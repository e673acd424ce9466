/**
 * Which events an AMI session receives, as Asterisk's main/manager.c decides it: the event
 * class mask (`Events:` of Login, the `Events` action) and the `Filter` action's filters.
 */

/** manager.h EVENT_FLAG_* bits, in the order of manager.c's `perms` table. */
const EVENT_CLASSES: ReadonlyArray<readonly [name: string, flag: number]> = [
  ['system', 1 << 0],
  ['call', 1 << 1],
  ['log', 1 << 2],
  ['verbose', 1 << 3],
  ['command', 1 << 4],
  ['agent', 1 << 5],
  ['user', 1 << 6],
  ['config', 1 << 7],
  ['dtmf', 1 << 8],
  ['reporting', 1 << 9],
  ['cdr', 1 << 10],
  ['dialplan', 1 << 11],
  ['originate', 1 << 12],
  ['agi', 1 << 13],
  ['cc', 1 << 15],
  ['aoc', 1 << 16],
  ['test', 1 << 17],
  ['security', 1 << 18],
  ['message', 1 << 19],
  ['all', 0x7fffffff],
  ['none', 0],
];

export const ALL_EVENT_CLASSES = 0x7fffffff;
export const SYSTEM_EVENT_CLASS = 1 << 0;

const TRUE_WORDS = new Set(['yes', 'true', 'y', 't', '1', 'on']);
const FALSE_WORDS = new Set(['no', 'false', 'n', 'f', '0', 'off']);

function flagsOf(names: string): number {
  const listed = new Set(names.split(','));
  let mask = 0;
  for (const [name, flag] of EVENT_CLASSES) if (listed.has(name)) mask |= flag;
  return mask;
}

/**
 * An `Events:`/`EventMask:` value as manager.c's strings_to_mask reads it: digits are a mask,
 * on/yes/true mean all, off/no/false none, anything else a class list (unknown names count as
 * nothing). Undefined for an empty value, which leaves the session's mask unchanged.
 */
export function parseEventMask(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^[0-9]+$/.test(value)) return Number.parseInt(value, 10) | 0;
  const word = value.toLowerCase();
  if (FALSE_WORDS.has(word)) return 0;
  if (TRUE_WORDS.has(word)) return ALL_EVENT_CLASSES;
  return flagsOf(value);
}

/** The class of an event from its `Privilege` line (`call,all` is the call class). */
export function eventClassOf(privilege: string | undefined): number {
  if (privilege === undefined) return 0;
  return flagsOf(
    privilege
      .split(',')
      .filter((name) => name !== 'all')
      .join(','),
  );
}

export function eventClassAllowed(eventClass: number, sessionMask: number): boolean {
  return (sessionMask & eventClass) === eventClass;
}

type MatchMethod = 'regex' | 'exact' | 'starts_with' | 'ends_with' | 'contains' | 'none';

export interface EventFilter {
  readonly exclude: boolean;
  readonly eventName?: string;
  /** With its colon, as manager.c compares it: `Channel:`. */
  readonly header?: string;
  readonly method: MatchMethod;
  readonly pattern?: RegExp | string;
}

export type FilterParseResult = { readonly filter: EventFilter } | { readonly error: string };

const FORMAT_ERROR = 'Filter was formatted incorrectly.  Check the syntax of the filter given.';
const COMPILE_ERROR = 'Filter did not compile.  Check the syntax of the filter given.';
const METHODS: ReadonlySet<string> = new Set(['regex', 'exact', 'starts_with', 'ends_with', 'contains', 'none']);

interface FilterOptions {
  exclude?: boolean;
  eventName?: string;
  header?: string;
  method?: MatchMethod;
}

/** `action(include),name(Newchannel),header(Channel),method(starts_with)`, in any order. */
function parseMatchCriteria(criteria: string): FilterOptions | undefined {
  const options: FilterOptions = {};
  let found = false;
  for (const option of criteria.split(/[ ,)]+/).filter((token) => token.length > 0)) {
    const open = option.indexOf('(');
    const name = open < 0 ? option : option.slice(0, open);
    const value = open < 0 ? '' : option.slice(open + 1).trim();
    if (name === 'action' && (value === 'include' || value === 'exclude')) options.exclude = value === 'exclude';
    else if (name === 'name' && value !== '') options.eventName = value;
    else if (name === 'header' && value !== '') options.header = value.endsWith(':') ? value : `${value}:`;
    else if (name === 'method' && METHODS.has(value)) options.method = value as MatchMethod;
    else return undefined;
    found = true;
  }
  return found ? options : undefined;
}

/** A `Filter` action (`Operation: Add`): a legacy regex (`!` excludes) or `MatchCriteria`. */
export function parseEventFilter(matchCriteria: string | undefined, filterPattern: string): FilterParseResult {
  const negated = filterPattern.startsWith('!');
  const pattern = negated ? filterPattern.slice(1) : filterPattern;
  let options: FilterOptions = { method: 'regex' };
  if (matchCriteria !== undefined && matchCriteria !== '') {
    const parsed = parseMatchCriteria(matchCriteria);
    if (!parsed) return { error: FORMAT_ERROR };
    options = { method: 'none', ...parsed };
    if ((pattern === '') !== (options.method === 'none')) return { error: FORMAT_ERROR };
    if (options.method === 'none' && !options.eventName && !options.header) return { error: FORMAT_ERROR };
  } else if (pattern === '') {
    return { error: FORMAT_ERROR };
  }
  const method = options.method ?? 'regex';
  const base = { exclude: options.exclude ?? negated, eventName: options.eventName, header: options.header, method };
  if (method !== 'regex') return { filter: pattern === '' ? base : { ...base, pattern } };
  try {
    // POSIX regexec without REG_NEWLINE lets '.' match line ends, as the 's' flag does.
    return { filter: { ...base, pattern: new RegExp(pattern, 's') } };
  } catch {
    return { error: COMPILE_ERROR };
  }
}

function matchesText(filter: EventFilter, text: string): boolean {
  const pattern = filter.pattern;
  switch (filter.method) {
    case 'regex':
      return pattern instanceof RegExp && pattern.test(text);
    case 'exact':
      return text === pattern;
    case 'starts_with':
      return typeof pattern === 'string' && text.startsWith(pattern);
    case 'ends_with':
      return typeof pattern === 'string' && text.endsWith(pattern);
    case 'contains':
      return typeof pattern === 'string' && text.includes(pattern);
    case 'none':
      return true;
  }
}

function filterMatches(filter: EventFilter, eventName: string, eventText: string): boolean {
  if (filter.eventName !== undefined && filter.eventName !== eventName) return false;
  const header = filter.header;
  if (header === undefined) return matchesText(filter, eventText);
  return eventText.split('\r\n').some((line) => {
    if (!line.startsWith(header)) return false;
    const value = line.slice(header.length).trimStart();
    return value !== '' && matchesText(filter, value);
  });
}

/** manager.c's should_send_event: includes must match (if any), excludes must not. */
export function filtersAllow(filters: readonly EventFilter[], eventName: string, eventText: string): boolean {
  const includes = filters.filter((filter) => !filter.exclude);
  const excludes = filters.filter((filter) => filter.exclude);
  if (includes.length > 0 && !includes.some((filter) => filterMatches(filter, eventName, eventText))) return false;
  return !excludes.some((filter) => filterMatches(filter, eventName, eventText));
}
