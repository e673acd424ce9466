/**
 * Test support: runs a recorded scenario's actions against the scripted PBX at the recorded
 * offsets, on a manual clock that starts at the recording's wall-clock time, and collects
 * everything the PBX wrote (events and replies) in order, as AMI bytes.
 */
import pino from 'pino';
import type { AmiMessage } from '../ami/ami-message.ts';
import { field, readFixture, type Fixture, type FixtureAction } from './scripted-fixture.ts';
import { createScriptedPbx, type ScriptedPbx, type ScriptedPbxConfig } from './scripted-pbx.ts';
import { createManualScheduler, type ManualScheduler } from './scripted-scheduler.ts';

export interface ReplayHarness {
  readonly fixture: Fixture;
  readonly pbx: ScriptedPbx;
  readonly scheduler: ManualScheduler;
  /** The AMI stream the PBX wrote, as a TCP client would read it. */
  readonly written: Buffer[];
  /** Sends the recorded actions (Login and Logoff excepted) that `include` accepts, each at its recorded time. */
  sendActions(include?: (action: FixtureAction, index: number) => boolean): void;
  /** Lets every call finish. */
  finish(): void;
}

export function actionMessage(lines: ReadonlyArray<readonly [string, string]>, receivedAt: number): AmiMessage {
  const fields = Object.create(null) as Record<string, string>;
  const repeated: Record<string, string[]> = {};
  for (const [key, value] of lines) {
    if (key in fields) (repeated[key] ??= [fields[key] ?? '']).push(value);
    else fields[key] = value;
  }
  return Object.keys(repeated).length > 0 ? { fields, repeated, receivedAt } : { fields, receivedAt };
}

export function toWire(lines: ReadonlyArray<readonly [string, string]>): Buffer {
  return Buffer.from(lines.map(([key, value]) => `${key}: ${value}\r\n`).join('') + '\r\n');
}

export function createReplayHarness(
  name: string,
  options: { site?: ScriptedPbxConfig; timestampEvents?: boolean; fixture?: Fixture } = {},
): ReplayHarness {
  const { fixture = readFixture(name), ...pbxOptions } = options;
  const scheduler = createManualScheduler(fixture.originMs);
  const written: Buffer[] = [];
  const pbx = createScriptedPbx({ scheduler, log: pino({ level: 'silent' }), ...pbxOptions });
  const scriptedChannels: string[] = [];
  pbx.subscribe((lines) => {
    if (lines[0]?.[1] === 'Newchannel') scriptedChannels.push(lines.find(([key]) => key === 'Channel')?.[1] ?? '');
    written.push(toWire(lines));
  });
  const recordedChannels = fixture.messages.flatMap((message) =>
    field(message.lines, 'Event') === 'Newchannel' ? [field(message.lines, 'Channel') ?? ''] : [],
  );
  // The recording's channel numbers went on from earlier scenarios; the k-th channel it created is our k-th.
  const translate = (value: string): string => {
    const index = recordedChannels.indexOf(value);
    return index >= 0 ? scriptedChannels[index] ?? value : value;
  };
  const session = { reply: (lines: ReadonlyArray<readonly [string, string]>) => written.push(toWire(lines)) };
  return {
    fixture,
    pbx,
    scheduler,
    written,
    sendActions(include = () => true) {
      fixture.actions.forEach((action, index) => {
        const actionName = field(action.lines, 'Action');
        if (actionName === 'Login' || actionName === 'Logoff' || !include(action, index)) return;
        scheduler.advanceBy(fixture.originMs + action.offsetS * 1000 - scheduler.now());
        const lines = action.lines.map(([key, value]) => [key, translate(value)] as const);
        pbx.handleAction(actionMessage(lines, scheduler.now()), session);
      });
    },
    finish() {
      scheduler.runAll();
      pbx.close();
    },
  };
}
