import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { poll } from './polling.ts';

describe('polling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function sendingFor(rounds: number) {
    let loads = 0;
    const seen: string[] = [];
    const options = {
      load: async () => (++loads < rounds ? 'sending' : 'done'),
      onLoad: (state: string) => seen.push(state),
      onError: () => seen.push('problem'),
      delayOf: (state: string) => (state === 'sending' ? 2_000 : null),
    };
    return { options, seen, loads: () => loads };
  }

  it('loads again after the delay the result asks for, and stops when it asks for none', async () => {
    const { options, seen } = sendingFor(3);
    poll(options);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen).toEqual(['sending', 'sending', 'done']);
  });

  it('loads nothing more once stopped', async () => {
    const { options, loads } = sendingFor(100);
    const stop = poll(options);
    await vi.advanceTimersByTimeAsync(4_000);
    stop();
    const before = loads();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(loads()).toBe(before);
  });

  it('says when a load failed and tries again later', async () => {
    let attempts = 0;
    const seen: string[] = [];
    poll({
      load: async () => {
        if (++attempts === 1) throw new Error('offline');
        return 'done';
      },
      onLoad: (state) => seen.push(state),
      onError: (problem) => seen.push((problem as Error).message),
      delayOf: () => null,
      retryMs: 1_000,
    });
    await vi.advanceTimersByTimeAsync(1_500);
    expect(seen).toEqual(['offline', 'done']);
  });
});
