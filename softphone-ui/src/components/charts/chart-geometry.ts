/**
 * The arithmetic behind the report charts, apart from the drawing so it can be tested: bar
 * lengths, round axis ends, running shares, where columns sit and which of their labels fit,
 * and how dark a heat-map cell is.
 */

/** One set of values a chart draws, with its name for the legend and its colour (a CSS colour or var). */
export interface ChartSeries {
  readonly name: string;
  readonly colour: string;
}

/** Each value as a fraction of `max` (0 to 1); all zero when there is nothing to compare. */
export function fractionsOf(values: readonly number[], max: number = Math.max(0, ...values)): number[] {
  return values.map((value) => (max > 0 ? Math.min(1, Math.max(0, value / max)) : 0));
}

/** The round number an axis ends at: the first of 1, 2, 2.5, 5 or 10 × a power of ten at or above `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= value * (1 - 1e-12)) ?? 10;
  return step * power;
}

/** Running totals: `[3, 2, 1]` → `[3, 5, 6]`. */
export function runningTotals(values: readonly number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}

export interface Slot {
  /** Left edge. */
  readonly x: number;
  readonly width: number;
  readonly centre: number;
}

/** `count` equal slots side by side across `width`, starting at `left`. */
export function slots(count: number, width: number, left = 0): Slot[] {
  const size = count > 0 ? width / count : 0;
  return Array.from({ length: count }, (_, index) => ({ x: left + index * size, width: size, centre: left + (index + 0.5) * size }));
}

/** Label every n-th of `count` slots so that at most `room` labels are drawn (1: every one). */
export function labelStep(count: number, room: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, room)));
}

/** 0 for nothing, else 1 to `levels` by the share of `max`: the shade of a heat-map cell. */
export function heatLevel(value: number, max: number, levels = 4): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.max(1, Math.ceil((Math.min(value, max) / max) * levels));
}

/** An SVG `points` attribute. */
export function polyline(points: readonly { readonly x: number; readonly y: number }[]): string {
  return points.map((point) => `${round(point.x)},${round(point.y)}`).join(' ');
}

function round(coordinate: number): number {
  return Math.round(coordinate * 10) / 10;
}
