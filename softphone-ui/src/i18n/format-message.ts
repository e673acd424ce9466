/**
 * A small ICU-like message formatter: `{name}` inserts a value, and
 * `{count, plural, one {# call} few {# calls} other {# calls}}` picks the form the language's
 * plural rules ask for (`=0 {…}` matches a number exactly; `#` is the number, formatted).
 */
export type MessageValues = Readonly<Record<string, string | number>>;

export function formatMessage(template: string, values: MessageValues, locale: string): string {
  let result = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    result += template.slice(index, open);
    result += placeholder(template.slice(open + 1, close), values, locale);
    index = close + 1;
  }
  return result + template.slice(index);
}

function placeholder(body: string, values: MessageValues, locale: string): string {
  const [name = '', kind, ...rest] = body.split(',');
  const value = values[name.trim()];
  if (kind?.trim() !== 'plural') return value === undefined ? `{${body}}` : formatValue(value, locale);
  const count = typeof value === 'number' ? value : Number(value ?? 0);
  const form = pluralForm(rest.join(','), count, locale);
  return form.replaceAll('#', new Intl.NumberFormat(locale).format(count));
}

function pluralForm(options: string, count: number, locale: string): string {
  const forms = new Map<string, string>();
  const pattern = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(options)) !== null) {
    const open = match.index + match[0].length - 1;
    const close = matchingBrace(options, open);
    forms.set(match[1]!, options.slice(open + 1, close));
    pattern.lastIndex = close + 1;
  }
  const category = new Intl.PluralRules(locale).select(count);
  return forms.get(`=${count}`) ?? forms.get(category) ?? forms.get('other') ?? '';
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    if (text[index] === '}' && --depth === 0) return index;
  }
  return text.length - 1;
}

function formatValue(value: string | number, locale: string): string {
  return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
}
