import { describe, expect, it } from 'vitest';
import { fromStoredValue, toStoredValue, type PropertyDefinition } from './property.ts';

type Definition = Pick<PropertyDefinition, 'type' | 'allowedValues'>;
const solvency: Definition = { type: 'enum', allowedValues: ['1', '2', '3', '4', '5'] };
const colour: Definition = { type: 'enum', allowedValues: ['red', 'green'] };

describe('toStoredValue', () => {
  it('accepts an enum value only among the allowed ones', () => {
    expect(toStoredValue(colour, 'green')).toEqual({ text: 'green' });
    expect(toStoredValue(colour, 'blue')).toEqual({ problem: 'must be one of: red, green' });
    expect(toStoredValue(colour, 'Green')).toHaveProperty('problem');
  });

  it('accepts a numeric choice given as a number', () => {
    expect(toStoredValue(solvency, 3)).toEqual({ text: '3' });
    expect(toStoredValue(solvency, 6)).toHaveProperty('problem');
  });

  it('accepts numbers and numeric text for a number property', () => {
    const number: Definition = { type: 'number', allowedValues: null };
    expect(toStoredValue(number, 12.5)).toEqual({ text: '12.5' });
    expect(toStoredValue(number, ' -7 ')).toEqual({ text: '-7' });
    expect(toStoredValue(number, 'seven')).toEqual({ problem: 'must be a number' });
    expect(toStoredValue(number, Number.NaN)).toEqual({ problem: 'must be a number' });
    expect(toStoredValue(number, true)).toEqual({ problem: 'must be a number' });
  });

  it('accepts only booleans for a bool property', () => {
    const bool: Definition = { type: 'bool', allowedValues: null };
    expect(toStoredValue(bool, false)).toEqual({ text: 'false' });
    expect(toStoredValue(bool, 'yes')).toEqual({ problem: 'must be true or false' });
  });

  it('accepts only real calendar days for a date property', () => {
    const date: Definition = { type: 'date', allowedValues: null };
    expect(toStoredValue(date, '2024-02-29')).toEqual({ text: '2024-02-29' });
    expect(toStoredValue(date, '2025-02-29')).toHaveProperty('problem');
    expect(toStoredValue(date, '29.02.2024')).toHaveProperty('problem');
  });

  it('limits text values and refuses blank ones', () => {
    const text: Definition = { type: 'text', allowedValues: null };
    expect(toStoredValue(text, '  VIP  ')).toEqual({ text: 'VIP' });
    expect(toStoredValue(text, '   ')).toHaveProperty('problem');
    expect(toStoredValue(text, 'x'.repeat(1001))).toEqual({ problem: 'must be at most 1000 characters' });
  });
});

describe('fromStoredValue', () => {
  it('gives back the typed value that was stored', () => {
    expect(fromStoredValue('number', toText({ type: 'number', allowedValues: null }, 12.5))).toBe(12.5);
    expect(fromStoredValue('bool', toText({ type: 'bool', allowedValues: null }, false))).toBe(false);
    expect(fromStoredValue('bool', toText({ type: 'bool', allowedValues: null }, true))).toBe(true);
    expect(fromStoredValue('enum', toText(colour, 'red'))).toBe('red');
  });
});

function toText(definition: Definition, value: unknown): string {
  const stored = toStoredValue(definition, value);
  if (!('text' in stored)) throw new Error(stored.problem);
  return stored.text;
}
