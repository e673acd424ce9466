import { describe, expect, it } from 'vitest';
import { fractionsOf, heatLevel, labelStep, niceCeiling, polyline, runningTotals, slots } from './chart-geometry.ts';

describe('chart geometry', () => {
  it('draws bars as fractions of the largest value, or of a given end', () => {
    expect(fractionsOf([5, 10, 0])).toEqual([0.5, 1, 0]);
    expect(fractionsOf([5, 10], 20)).toEqual([0.25, 0.5]);
    expect(fractionsOf([0, 0])).toEqual([0, 0]);
    expect(fractionsOf([-3, 6])).toEqual([0, 1]);
  });

  it('ends an axis at a round number at or above the largest value', () => {
    expect([0, 0.3, 1, 1.5, 2, 2.2, 3, 7, 10, 12, 480, 10_900].map(niceCeiling)).toEqual([1, 0.5, 1, 2, 2, 2.5, 5, 10, 10, 20, 500, 20_000]);
  });

  it('adds up running totals, for a Pareto line', () => {
    expect(runningTotals([0.55, 0.28, 0.09])).toEqual([0.55, 0.55 + 0.28, 0.55 + 0.28 + 0.09]);
    expect(runningTotals([])).toEqual([]);
  });

  it('sets columns side by side and labels only as many as fit', () => {
    expect(slots(4, 200, 10)).toEqual([
      { x: 10, width: 50, centre: 35 }, { x: 60, width: 50, centre: 85 }, { x: 110, width: 50, centre: 135 }, { x: 160, width: 50, centre: 185 },
    ]);
    expect(labelStep(12, 12)).toBe(1);
    expect(labelStep(90, 12)).toBe(8);
    expect(labelStep(0, 12)).toBe(1);
  });

  it('shades a heat-map cell by its share of the busiest, leaving empty cells blank', () => {
    expect([0, 1, 25, 26, 50, 99, 100, 150].map((value) => heatLevel(value, 100))).toEqual([0, 1, 1, 2, 2, 4, 4, 4]);
    expect(heatLevel(3, 0)).toBe(0);
  });

  it('writes SVG points to a tenth of a unit', () => {
    expect(polyline([{ x: 1.234, y: 5 }, { x: 10, y: 0.06 }])).toBe('1.2,5 10,0.1');
  });
});
