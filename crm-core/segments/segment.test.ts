import { describe, expect, it } from 'vitest';
import { filterToSave } from './segment.ts';

describe('filterToSave', () => {
  it('keeps the filter parts and drops anything else sent along', () => {
    const saved = filterToSave({
      query: 'агро',
      relationships: ['customer'],
      regions: ['Київ'],
      properties: [{ propertyId: 3, anyOf: ['red'], label: 'colour' }],
      sessionToken: 'abc',
    });
    expect(saved).toEqual({ query: 'агро', relationships: ['customer'], regions: ['Київ'], properties: [{ propertyId: 3, anyOf: ['red'] }] });
  });
});
