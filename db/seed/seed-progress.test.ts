import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatDuration, formatProgress } from './seed-progress.ts';

describe('seed progress', () => {
  it('shows clients done, percent, rows per second and the time left', () => {
    const line = formatProgress({ clientsWritten: 250_000, clientsTotal: 1_000_000, rowsWritten: 1_500_000, elapsedMs: 30_000 });
    expect(line).toBe('250,000/1,000,000 clients (25.0%), 1,500,000 rows, 50,000 rows/s, ETA 1m 30s');
  });

  it('formats durations in seconds, minutes or hours', () => {
    expect([formatDuration(42.4), formatDuration(150), formatDuration(3 * 3600 + 5 * 60)]).toEqual(['42s', '2m 30s', '3h 5m']);
  });

  it('rewrites one line on a terminal', () => {
    const written: string[] = [];
    const reporter = createProgressReporter({ isTTY: true, write: (text: string) => written.push(text) });
    reporter.report({ clientsWritten: 1, clientsTotal: 2, rowsWritten: 5, elapsedMs: 1000 });
    reporter.report({ clientsWritten: 2, clientsTotal: 2, rowsWritten: 10, elapsedMs: 2000 });
    reporter.finish();
    expect(written.every((text, index) => (index < 2 ? text.startsWith('\r') && !text.includes('\n') : text === '\n'))).toBe(true);
  });

  it('writes a line every few seconds, and the last one, to a log', () => {
    let clock = 0;
    const written: string[] = [];
    const reporter = createProgressReporter({ isTTY: false, write: (text: string) => written.push(text) }, () => clock);
    for (let done = 1; done <= 10; done++) {
      clock = done * 1000;
      reporter.report({ clientsWritten: done, clientsTotal: 10, rowsWritten: done, elapsedMs: clock });
    }
    expect(written.map((line) => line.split('/')[0])).toEqual(['1', '6', '10']);
    expect(written.every((line) => line.endsWith('\n'))).toBe(true);
  });
});
