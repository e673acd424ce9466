/** A client the operator just created or picked for the ringing number, shown as the call's card. */
import type { ClientCard } from '../api.ts';
import type { Pop } from '../state/messages.ts';

export function popOfCard(card: ClientCard, base: Pop): Pop {
  return {
    ...base,
    kind: 'client',
    cardSource: 'chosen',
    card: {
      client: { id: card.id, kind: card.kind, fullName: card.fullName, shortName: card.shortName, relationship: card.relationship, notes: card.notes },
      contactPerson: null,
      manager: null,
      segments: [],
      keyProperties: card.properties.filter((property) => property.value !== null).map((property) => ({ id: property.definition.id, name: property.definition.name, type: property.definition.type, value: property.value! })),
      lastInteractions: [],
      openTasks: [],
    },
  };
}
