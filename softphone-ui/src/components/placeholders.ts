/** The placeholders a template editor offers, named in the UI's language. */
import type { PropertyDefinition } from '../api.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { clientPlaceholders, meetingPlaceholders } from '../state/mailings.ts';
import type { PlaceholderGroup } from './TemplateField.svelte';

export function placeholderGroups(properties: readonly PropertyDefinition[], options: { meeting?: boolean } = {}): PlaceholderGroup[] {
  return [
    ...(options.meeting ? [{ label: t('mailings.placeholders.meeting'), placeholders: meetingPlaceholders.map((name) => ({ name, label: t(`mailings.placeholder.${name}`) })) }] : []),
    { label: t('mailings.placeholders.client'), placeholders: clientPlaceholders.map((name) => ({ name, label: t(`mailings.placeholder.${name}`) })) },
    { label: t('mailings.placeholders.properties'), placeholders: properties.filter((property) => property.archivedAt === null).map((property) => ({ name: property.name, label: property.name })) },
  ];
}
