/** The client list's filter on one custom property: what the user picked and typed, as the gateway's condition. */
import type { PropertyCondition, PropertyDefinition } from './api.ts';

export interface PropertyFilterInput {
  /** enum and text: the value; bool: `'true'` or `'false'`; empty: any. */
  readonly value: string;
  /** number and date: the ends of the range as the inputs give them; empty: open on that side. */
  readonly from: string;
  readonly to: string;
}

export const noPropertyInput: PropertyFilterInput = { value: '', from: '', to: '' };

/** Undefined until the input says something: no property picked, or nothing to match it against. */
export function propertyConditionOf(definition: PropertyDefinition | undefined, input: PropertyFilterInput): PropertyCondition | undefined {
  if (!definition) return undefined;
  const propertyId = definition.id;
  switch (definition.type) {
    case 'enum':
    case 'text': {
      const value = input.value.trim();
      return value ? { propertyId, anyOf: [value] } : undefined;
    }
    case 'bool':
      return input.value === 'true' || input.value === 'false' ? { propertyId, anyOf: [input.value === 'true'] } : undefined;
    case 'number':
      return range(propertyId, input, Number);
    case 'date':
      return range(propertyId, input, (date) => date);
  }
}

function range(propertyId: number, { from, to }: PropertyFilterInput, parse: (text: string) => number | string): PropertyCondition | undefined {
  if (!from.trim() && !to.trim()) return undefined;
  return { propertyId, ...(from.trim() && { min: parse(from.trim()) }), ...(to.trim() && { max: parse(to.trim()) }) };
}
