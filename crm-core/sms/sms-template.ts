/**
 * SMS templates: text with `{{placeholder}}`s filled from the client's fields and custom
 * properties (`{{name}}`, `{{region}}`, `{{Solvency}}`). Names are matched ignoring case and spaces
 * around them; a placeholder with no value for a client becomes empty text.
 */

/** The client fields a template may use, besides custom properties by their names. */
export const clientPlaceholders = ['name', 'fullName', 'shortName', 'region', 'industry', 'birthday', 'contactName'] as const;

/** Placeholders of event-triggered messages. */
export const eventPlaceholders = ['meetingTime'] as const;

const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

export const maxTemplateLength = 1600;

/** The placeholder names in the template, as written. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

/** The placeholders the template uses that none of `known` names (compared ignoring case). */
export function unknownPlaceholders(template: string, known: Iterable<string>): string[] {
  const knownKeys = new Set([...known].map(placeholderKey));
  return [...new Set(placeholdersOf(template).filter((name) => !knownKeys.has(placeholderKey(name))))];
}

/** Fills every placeholder from `values` (keys compared ignoring case); unknown or empty ones become ''. */
export function renderTemplate(template: string, values: Readonly<Record<string, string | null | undefined>>): string {
  const byKey = new Map(Object.entries(values).map(([name, value]) => [placeholderKey(name), value ?? '']));
  return template.replace(placeholderPattern, (_whole, name: string) => byKey.get(placeholderKey(name)) ?? '').trim();
}

function placeholderKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

/** What a template can say about one client. */
export interface TemplateClient {
  readonly fullName: string;
  readonly shortName: string | null;
  readonly region: string | null;
  readonly industry: string | null;
  readonly birthday: string | null;
  readonly contactName?: string | null;
  /** Custom property values by property name. */
  readonly properties: readonly { readonly name: string; readonly value: string | number | boolean }[];
}

/** The placeholder values for one client; client fields win over a custom property of the same name. */
export function clientTemplateValues(client: TemplateClient): Record<string, string | null> {
  return {
    ...Object.fromEntries(client.properties.map((property) => [property.name, String(property.value)])),
    name: client.contactName ?? client.shortName ?? client.fullName,
    fullName: client.fullName,
    shortName: client.shortName ?? client.fullName,
    region: client.region,
    industry: client.industry,
    birthday: client.birthday,
    contactName: client.contactName ?? null,
  };
}
