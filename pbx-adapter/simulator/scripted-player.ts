/**
 * Plays calls from templates: schedules each segment's messages at their recorded offsets,
 * starts the next segment when its duration parameter elapses, and lets an action switch a
 * live call onto another template's continuation (a transfer, a hangup, a supervisor joining).
 */
import type { Logger } from 'pino';
import type { AmiSessionReply } from './simulated-pbx.ts';
import { createChannelTable, type ChannelTable } from './scripted-channels.ts';
import { renderMessage, type CallRendering, type RenderDependencies } from './scripted-render.ts';
import type { Scheduler } from './scripted-scheduler.ts';
import type { AmiLines, CallTemplate, TemplateMessage } from './scripted-template.ts';

/** A synchronous Originate answers only when the call is answered or has failed. */
export interface PendingOriginate {
  readonly session: AmiSessionReply;
  readonly actionId?: string;
}

export interface PlayingCall {
  readonly id: number;
  template: CallTemplate;
  readonly rendering: CallRendering;
  /** Index in `template.segments` of the segment played last. */
  segment: number;
  /** Set while a synchronous Originate waits for its answer. */
  syncOriginate?: PendingOriginate;
  ended: boolean;
  cancelNext?: () => void;
  /** When the next segment is due, if a timer is set. */
  nextAt?: number;
}

export interface CallPlayer {
  readonly channels: ChannelTable;
  start(template: CallTemplate, rendering: CallRendering, options?: { syncOriginate?: PendingOriginate }): PlayingCall;
  /** Continues a live call with `segmentName` of `template`, now. */
  switchTo(call: PlayingCall, template: CallTemplate, segmentName: string): void;
  callOfChannel(name: string): PlayingCall | undefined;
  live(): PlayingCall[];
  /** Raises one event outside any call (an Originate that failed before a channel existed). */
  raise(lines: AmiLines): void;
  subscribe(listener: (event: AmiLines) => void): () => void;
  close(): void;
}

export interface CallPlayerDependencies extends RenderDependencies {
  readonly scheduler: Scheduler;
  readonly log: Logger;
  readonly timestampEvents: boolean;
}

/** Messages closer than this are raised together, as one socket write of a burst. */
const BURST_MS = 5;

export function createCallPlayer(deps: CallPlayerDependencies): CallPlayer {
  const { scheduler, log } = deps;
  const channels = createChannelTable();
  const listeners = new Set<(event: AmiLines) => void>();
  const calls = new Set<PlayingCall>();
  const callByUniqueid = new Map<string, PlayingCall>();
  const timers = new Set<() => void>();
  let nextId = 1;

  const schedule = (at: number, task: () => void): (() => void) => {
    const cancel = scheduler.at(at, () => {
      timers.delete(cancel);
      task();
    });
    timers.add(cancel);
    return () => {
      timers.delete(cancel);
      cancel();
    };
  };

  const broadcast = (lines: AmiLines, at: number): void => {
    const event = deps.timestampEvents ? withTimestamp(lines, at) : lines;
    for (const listener of listeners) listener(event);
  };

  const emit = (call: PlayingCall, message: TemplateMessage, at: number): void => {
    for (const lines of renderMessage(message, call.rendering, at, deps)) {
      if (lines[0]?.[1] === 'OriginateResponse' && call.syncOriginate) {
        answerSyncOriginate(call.syncOriginate, valueOf(lines, 'Response') === 'Success');
        call.syncOriginate = undefined;
        continue;
      }
      channels.observe(lines, at);
      trackUniqueids(call, lines);
      broadcast(lines, at);
    }
  };

  const trackUniqueids = (call: PlayingCall, lines: AmiLines): void => {
    const event = lines[0]?.[1];
    const uniqueid = valueOf(lines, 'Uniqueid');
    if (event === 'Newchannel') callByUniqueid.set(uniqueid, call);
    else if (event === 'Hangup') callByUniqueid.delete(uniqueid);
  };

  const playSegment = (call: PlayingCall, index: number, startAt: number): void => {
    const segment = call.template.segments[index];
    if (!segment || call.ended) return;
    call.segment = index;
    call.nextAt = undefined;
    call.rendering.segmentStarts.set(segment.name, startAt);
    for (const burst of bursts(segment.messages)) {
      const [first] = burst;
      if (!first) continue;
      schedule(startAt + first.offsetMs, () => {
        for (const message of burst) emit(call, message, startAt + message.offsetMs);
      });
    }
    scheduleNext(call, index + 1, startAt, segment.messages.at(-1)?.offsetMs ?? 0);
  };

  const scheduleNext = (call: PlayingCall, index: number, startAt: number, lastOffsetMs: number): void => {
    const next = call.template.segments[index];
    if (!next?.start) {
      call.cancelNext = schedule(startAt + lastOffsetMs, () => finish(call));
      return;
    }
    const seconds = call.rendering.params[next.start.param];
    if (seconds === undefined) {
      if (!next.start.triggered) throw new Error(`call ${call.id}: no value for ${next.start.param}`);
      return;
    }
    const at = startAt + seconds * 1000 + next.start.residualMs;
    call.nextAt = at;
    call.cancelNext = schedule(at, () => playSegment(call, index, at));
  };

  const finish = (call: PlayingCall): void => {
    call.ended = true;
    calls.delete(call);
    log.debug({ call: call.id, template: call.template.name }, 'scripted call ended');
  };

  return {
    channels,
    start(template, rendering, options = {}) {
      const call: PlayingCall = { id: nextId++, template, rendering, segment: 0, ended: false };
      if (options.syncOriginate) call.syncOriginate = options.syncOriginate;
      calls.add(call);
      log.debug({ call: call.id, template: template.name }, 'scripted call started');
      playSegment(call, 0, scheduler.now());
      return call;
    },
    switchTo(call, template, segmentName) {
      const index = template.segments.findIndex((segment) => segment.name === segmentName);
      if (index < 0) throw new Error(`template ${template.name} has no segment ${segmentName}`);
      call.cancelNext?.();
      call.template = template;
      playSegment(call, index, scheduler.now());
    },
    callOfChannel(name) {
      const channel = channels.byName(name);
      return channel ? callByUniqueid.get(channel.uniqueid) : undefined;
    },
    live: () => [...calls],
    raise: (lines) => broadcast(lines, scheduler.now()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      for (const cancel of [...timers]) cancel();
      calls.clear();
    },
  };
}

function answerSyncOriginate(pending: PendingOriginate, success: boolean): void {
  pending.session.reply([
    ['Response', success ? 'Success' : 'Error'],
    ...actionIdLine(pending.actionId),
    ['Message', success ? 'Originate successfully queued' : 'Originate failed'],
  ]);
}

export function actionIdLine(actionId: string | undefined): AmiLines {
  return actionId === undefined ? [] : [['ActionID', actionId]];
}

function bursts(messages: readonly TemplateMessage[]): TemplateMessage[][] {
  const groups: TemplateMessage[][] = [];
  for (const message of messages) {
    const group = groups.at(-1);
    if (group?.[0] && message.offsetMs - group[0].offsetMs < BURST_MS) group.push(message);
    else groups.push([message]);
  }
  return groups;
}

/** `timestampevents = yes`: the raise time as the third line of every event. */
function withTimestamp(lines: AmiLines, at: number): AmiLines {
  const stamped: AmiLines = [];
  for (const line of lines) {
    stamped.push(line);
    if (line[0] === 'Privilege') stamped.push(['Timestamp', (at / 1000).toFixed(6)]);
  }
  return stamped;
}

function valueOf(lines: AmiLines, key: string): string {
  return lines.find(([k]) => k === key)?.[1] ?? '';
}
