/**
 * Reading something again while it can still change by itself (a mailing being sent): load now,
 * then again after the delay the result asks for, until it asks for none or the screen stops it.
 */
export interface PollOptions<T> {
  readonly load: () => Promise<T>;
  readonly onLoad: (result: T) => void;
  readonly onError: (problem: unknown) => void;
  /** How long until the next load, or null to stop. */
  readonly delayOf: (result: T) => number | null;
  /** After a failed load. */
  readonly retryMs?: number;
}

/** Starts polling; the returned function stops it (a load under way is then ignored). */
export function poll<T>({ load, onLoad, onError, delayOf, retryMs = 5_000 }: PollOptions<T>): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function round(): Promise<void> {
    let delay: number | null;
    try {
      const result = await load();
      if (stopped) return;
      onLoad(result);
      delay = delayOf(result);
    } catch (problem) {
      if (stopped) return;
      onError(problem);
      delay = retryMs;
    }
    if (delay !== null) timer = setTimeout(() => void round(), delay);
  }

  void round();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
