/** Seeding progress for a person watching: one line rewritten in place on a terminal, a line now and then in a log. */
import type { SeedProgress } from './seed.ts';

export function formatProgress(progress: SeedProgress): string {
  const { clientsWritten, clientsTotal, rowsWritten, elapsedMs } = progress;
  const seconds = elapsedMs / 1000;
  const percent = clientsTotal === 0 ? 100 : (100 * clientsWritten) / clientsTotal;
  const clientsPerSecond = seconds > 0 ? clientsWritten / seconds : 0;
  const eta = clientsPerSecond > 0 ? formatDuration((clientsTotal - clientsWritten) / clientsPerSecond) : '?';
  return [
    `${count(clientsWritten)}/${count(clientsTotal)} clients (${percent.toFixed(1)}%)`,
    `${count(rowsWritten)} rows`,
    `${count(seconds > 0 ? rowsWritten / seconds : 0)} rows/s`,
    `ETA ${eta}`,
  ].join(', ');
}

export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  return minutes < 60 ? `${minutes}m ${whole % 60}s` : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

const logIntervalMs = 5000;

/** Reports to stderr-like output; `finish` ends the rewritten line. */
export function createProgressReporter(output: ProgressOutput, now: () => number = () => performance.now()) {
  let lastLogAt = -Infinity;
  let lastLine = '';
  return {
    report(progress: SeedProgress): void {
      lastLine = formatProgress(progress);
      if (output.isTTY) {
        output.write(`\r\x1b[2K${lastLine}`);
      } else if (now() - lastLogAt >= logIntervalMs || progress.clientsWritten === progress.clientsTotal) {
        lastLogAt = now();
        output.write(`${lastLine}\n`);
      }
    },
    finish(): void {
      if (output.isTTY && lastLine !== '') output.write('\n');
    },
  };
}
