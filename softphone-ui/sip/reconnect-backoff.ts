/**
 * How long to wait before reconnection attempt `attempt` (1, 2, …): doubling from one second up to
 * thirty, with a fifth of jitter so that a room full of phones does not hit the PBX in step after an
 * outage.
 */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(1_000 * 2 ** (Math.max(attempt, 1) - 1), 30_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}
