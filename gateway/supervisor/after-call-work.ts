/**
 * After-call work as the live board shows it: an agent whose call ended with a wrap-up form open
 * (the screen-pop says whose) is in wrap-up until the wrap-up is saved or the after-call-work time
 * has passed, whichever comes first; then the board shows the PBX's word again.
 *
 * What this gateway's screen-pop hears is what it knows: a wrap-up saved through another gateway
 * ends here when the after-call-work time has passed.
 */
import { systemClock, type PbxClock } from '../../pbx-adapter/index.ts';
import type { WrapUpNotice } from '../screen-pop/screen-pop.ts';

export interface AfterCallWorkOptions {
  /** How long an agent shows in wrap-up at most (`AFTER_CALL_WORK_SECONDS`); default 60. */
  readonly seconds?: number;
  /** The PBX's time, which a call's end is stamped with; the system clock by default. */
  readonly clock?: PbxClock;
}

export interface AfterCallWorkDependencies extends AfterCallWorkOptions {
  /** The screen-pop's wrap-ups; returns the unsubscribe function. */
  readonly wrapUps: (listener: (notice: WrapUpNotice) => void) => () => void;
  /** Called after every change. */
  readonly changed: () => void;
}

export interface AfterCallWork {
  /** Agents in wrap-up now, by extension, with when their latest wrap-up began (epoch ms). */
  wrappingUp(): ReadonlyMap<string, number>;
  /** When the agent's last wrap-up ended, if one did: their time back at work counts from there. */
  lastEndedAt(extension: string): number | undefined;
  stop(): void;
}

export const DEFAULT_AFTER_CALL_WORK_SECONDS = 60;

interface OpenWrapUp {
  readonly extensions: readonly string[];
  readonly since: number;
  readonly cancelTimeout: () => void;
}

export function startAfterCallWork(dependencies: AfterCallWorkDependencies): AfterCallWork {
  const clock = dependencies.clock ?? systemClock;
  const limitMs = (dependencies.seconds ?? DEFAULT_AFTER_CALL_WORK_SECONDS) * 1000;
  const open = new Map<string, OpenWrapUp>();
  const endedAt = new Map<string, number>();

  function opened(callId: string, extensions: readonly string[], since: number): void {
    open.get(callId)?.cancelTimeout();
    const timesOutAt = since + limitMs;
    // A call's end is stamped by the PBX: should its clock run ahead of this one, the wrap-up still lasts no longer than its limit.
    const timeout = clock.at(Math.min(timesOutAt, clock.now() + limitMs), () => ended(callId, timesOutAt));
    open.set(callId, { extensions, since, cancelTimeout: timeout });
    dependencies.changed();
  }

  function ended(callId: string, at: number): void {
    const wrapUp = open.get(callId);
    if (wrapUp === undefined) return;
    wrapUp.cancelTimeout();
    open.delete(callId);
    for (const extension of wrapUp.extensions) endedAt.set(extension, at);
    dependencies.changed();
  }

  const unsubscribe = dependencies.wrapUps((notice) => {
    if (notice.kind === 'opened') opened(notice.callId, notice.extensions, notice.at);
    else ended(notice.callId, clock.now());
  });

  return {
    wrappingUp() {
      const since = new Map<string, number>();
      for (const wrapUp of open.values()) {
        for (const extension of wrapUp.extensions) since.set(extension, Math.max(since.get(extension) ?? wrapUp.since, wrapUp.since));
      }
      return since;
    },
    lastEndedAt: (extension) => endedAt.get(extension),
    stop() {
      unsubscribe();
      for (const wrapUp of open.values()) wrapUp.cancelTimeout();
      open.clear();
    },
  };
}
