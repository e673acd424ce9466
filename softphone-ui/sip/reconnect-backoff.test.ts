import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from './reconnect-backoff.ts';

const middle = () => 0.5;

describe('reconnectDelayMs', () => {
  it('doubles from one second and stops at thirty', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((attempt) => reconnectDelayMs(attempt, middle))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('spreads phones by a fifth either way', () => {
    expect(reconnectDelayMs(3, () => 0)).toBe(3_200);
    expect(reconnectDelayMs(3, () => 0.999_999)).toBe(4_800);
  });
});
