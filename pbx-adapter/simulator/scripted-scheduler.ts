/**
 * The scripted PBX's notion of time. The demo runs on the wall clock (optionally faster);
 * tests drive a manual clock so a 60 s call plays in microseconds.
 */
export interface Scheduler {
  /** Epoch milliseconds of the simulated clock. */
  now(): number;
  /** Runs `task` when the simulated clock reaches `at`; the returned function cancels it. */
  at(at: number, task: () => void): () => void;
}

/** Wall clock; `speed: 10` plays a 30 s call in 3 s, with times in events still counting 30 s. */
export function createRealScheduler({ speed = 1 }: { speed?: number } = {}): Scheduler {
  const startReal = Date.now();
  const now = (): number => startReal + (Date.now() - startReal) * speed;
  return {
    now,
    at(at, task) {
      const timer = setTimeout(task, Math.max(0, (at - now()) / speed));
      timer.unref?.();
      return () => clearTimeout(timer);
    },
  };
}

export interface ManualScheduler extends Scheduler {
  /** Moves the clock forward, running every task that falls due, in time order. */
  advanceBy(ms: number): void;
  /** Runs tasks until none is left (or `limitMs` of simulated time has passed). */
  runAll(limitMs?: number): void;
  pending(): number;
}

export function createManualScheduler(startMs: number): ManualScheduler {
  let current = startMs;
  let sequence = 0;
  const tasks = new Map<number, { at: number; order: number; task: () => void }>();

  const nextDue = (until: number): [number, { at: number; task: () => void }] | undefined => {
    let best: [number, { at: number; order: number; task: () => void }] | undefined;
    for (const entry of tasks) {
      const [, task] = entry;
      if (task.at > until) continue;
      if (!best || task.at < best[1].at || (task.at === best[1].at && task.order < best[1].order)) best = entry;
    }
    return best;
  };

  const runUntil = (until: number): void => {
    for (let due = nextDue(until); due; due = nextDue(until)) {
      const [id, task] = due;
      tasks.delete(id);
      current = Math.max(current, task.at);
      task.task();
    }
    current = Math.max(current, until);
  };

  return {
    now: () => current,
    at(at, task) {
      const id = sequence++;
      tasks.set(id, { at, order: id, task });
      return () => tasks.delete(id);
    },
    advanceBy: (ms) => runUntil(current + ms),
    runAll(limitMs = 24 * 3600_000) {
      const until = current + limitMs;
      while (tasks.size > 0) {
        const earliest = Math.min(...[...tasks.values()].map((task) => task.at));
        if (earliest > until) break;
        runUntil(earliest);
      }
    },
    pending: () => tasks.size,
  };
}
