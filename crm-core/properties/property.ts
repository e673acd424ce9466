/**
 * Custom client properties: an administrator defines them ("Solvency": one of 1–5, "Colour": red or
 * green), every client may carry one value of each. Values are stored as text; these rules decide
 * which input a definition accepts, and turn stored text back into a typed value.
 */
import type { PropertyType } from '../../db/schema.ts';
import { isCalendarDate } from '../shared/field-checks.ts';

export type { PropertyType };
export const propertyTypes: readonly PropertyType[] = ['enum', 'number', 'text', 'bool', 'date'];

export interface PropertyDefinition {
  readonly id: number;
  readonly name: string;
  readonly type: PropertyType;
  /** The choices of an `enum` property; null for the other types. */
  readonly allowedValues: readonly string[] | null;
  /** Shown on the screen-pop card when a call rings. */
  readonly showInPop: boolean;
  readonly createdAt: Date;
  readonly archivedAt: Date | null;
}

/** enum, text and date (`YYYY-MM-DD`) values are strings; number and bool values are typed. */
export type PropertyValue = string | number | boolean;

export interface ClientPropertyValue {
  readonly definition: PropertyDefinition;
  readonly value: PropertyValue;
}

/** Sets one property of a client; `value: null` clears it. */
export interface PropertyValueInput {
  readonly propertyId: number;
  readonly value: PropertyValue | null;
}

export const maxTextValueLength = 1000;
const numberText = /^-?\d+(\.\d+)?$/;

export type StoredValue = { readonly text: string } | { readonly problem: string };

/** The text to store for `value`, or what is wrong with it for this definition. */
export function toStoredValue(definition: Pick<PropertyDefinition, 'type' | 'allowedValues'>, value: unknown): StoredValue {
  switch (definition.type) {
    case 'enum': {
      const text = typeof value === 'number' ? String(value) : value;
      const allowed = definition.allowedValues ?? [];
      return typeof text === 'string' && allowed.includes(text) ? { text } : { problem: `must be one of: ${allowed.join(', ')}` };
    }
    case 'number': {
      const number = typeof value === 'string' && numberText.test(value.trim()) ? Number(value) : value;
      return typeof number === 'number' && Number.isFinite(number) ? { text: String(number) } : { problem: 'must be a number' };
    }
    case 'bool':
      return typeof value === 'boolean' ? { text: String(value) } : { problem: 'must be true or false' };
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? { text: value } : { problem: 'must be a date as YYYY-MM-DD' };
    case 'text': {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text === '') return { problem: 'must be non-empty text' };
      return text.length <= maxTextValueLength ? { text } : { problem: `must be at most ${maxTextValueLength} characters` };
    }
  }
}

export function fromStoredValue(type: PropertyType, text: string): PropertyValue {
  if (type === 'number') return Number(text);
  if (type === 'bool') return text === 'true';
  return text;
}
