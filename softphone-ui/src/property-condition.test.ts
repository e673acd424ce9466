import { describe, expect, it } from 'vitest';
import type { PropertyDefinition } from './api.ts';
import { noPropertyInput, propertyConditionOf } from './property-condition.ts';

function definition(id: number, type: PropertyDefinition['type']): PropertyDefinition {
  return { id, name: `property ${id}`, type, allowedValues: type === 'enum' ? ['1', '2', '3'] : null, showInPop: false, createdAt: '2026-01-01T00:00:00.000Z', archivedAt: null };
}

describe('the client list filter on a custom property', () => {
  it('matches the value picked or typed', () => {
    expect(propertyConditionOf(definition(3, 'enum'), { ...noPropertyInput, value: '2' })).toEqual({ propertyId: 3, anyOf: ['2'] });
    expect(propertyConditionOf(definition(4, 'text'), { ...noPropertyInput, value: '  Київ ' })).toEqual({ propertyId: 4, anyOf: ['Київ'] });
    expect(propertyConditionOf(definition(5, 'bool'), { ...noPropertyInput, value: 'true' })).toEqual({ propertyId: 5, anyOf: [true] });
    expect(propertyConditionOf(definition(5, 'bool'), { ...noPropertyInput, value: 'false' })).toEqual({ propertyId: 5, anyOf: [false] });
  });

  it('takes a range for numbers and dates, open at either end', () => {
    expect(propertyConditionOf(definition(6, 'number'), { value: '', from: '2.5', to: '10' })).toEqual({ propertyId: 6, min: 2.5, max: 10 });
    expect(propertyConditionOf(definition(6, 'number'), { value: '', from: '', to: '0' })).toEqual({ propertyId: 6, max: 0 });
    expect(propertyConditionOf(definition(7, 'date'), { value: '', from: '2026-03-01', to: '' })).toEqual({ propertyId: 7, min: '2026-03-01' });
  });

  it('filters nothing until a property and something to match are given', () => {
    expect(propertyConditionOf(undefined, { value: 'x', from: '1', to: '2' })).toBeUndefined();
    for (const type of ['enum', 'text', 'bool', 'number', 'date'] as const) {
      expect(propertyConditionOf(definition(8, type), { value: ' ', from: ' ', to: '' })).toBeUndefined();
    }
  });
});
