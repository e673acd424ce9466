/**
 * The live channels of the scripted PBX, kept up to date from the events it raises, so that
 * `CoreShowChannels`, `Status` and the actions that name a channel see what Asterisk would.
 */
import type { AmiLines } from './scripted-template.ts';

/** The channel snapshot every channel event carries, in Asterisk's order. */
const SNAPSHOT_KEYS = [
  'Channel',
  'ChannelState',
  'ChannelStateDesc',
  'CallerIDNum',
  'CallerIDName',
  'ConnectedLineNum',
  'ConnectedLineName',
  'Language',
  'AccountCode',
  'Context',
  'Exten',
  'Priority',
  'Uniqueid',
  'Linkedid',
] as const;

export interface LiveChannel {
  readonly name: string;
  readonly uniqueid: string;
  readonly createdAt: number;
  snapshot: AmiLines;
  application: string;
  applicationData: string;
  bridgeId: string;
}

export interface ChannelTable {
  /** Feeds one raised event. */
  observe(lines: AmiLines, at: number): void;
  byName(name: string): LiveChannel | undefined;
  /** Newest first, the order Asterisk listed them in the recordings. */
  list(): LiveChannel[];
}

export function createChannelTable(): ChannelTable {
  const channels = new Map<string, LiveChannel>();

  const snapshotAt = (lines: AmiLines): AmiLines | undefined => {
    const start = lines.findIndex(([key]) => key === 'Channel');
    if (start < 0) return undefined;
    const slice = lines.slice(start, start + SNAPSHOT_KEYS.length);
    return slice.every(([key], i) => key === SNAPSHOT_KEYS[i]) ? slice.map(([k, v]) => [k, v]) : undefined;
  };
  const get = (lines: AmiLines, key: string): string => lines.find(([k]) => k === key)?.[1] ?? '';

  return {
    observe(lines, at) {
      const event = get(lines, 'Event');
      const snapshot = snapshotAt(lines);
      const uniqueid = snapshot ? get(snapshot, 'Uniqueid') : '';
      if (event === 'Newchannel' && snapshot) {
        channels.set(uniqueid, {
          name: get(snapshot, 'Channel'),
          uniqueid,
          createdAt: at,
          snapshot,
          application: '',
          applicationData: '',
          bridgeId: '',
        });
        return;
      }
      if (event === 'OriginateResponse') {
        const channel = channels.get(get(lines, 'Uniqueid'));
        if (channel && get(lines, 'Application')) {
          channel.application = get(lines, 'Application');
          channel.applicationData = get(lines, 'Data');
        }
        return;
      }
      const channel = snapshot ? channels.get(uniqueid) : undefined;
      if (!channel || !snapshot) return;
      channel.snapshot = snapshot;
      if (event === 'Newexten') {
        channel.application = get(lines, 'Application');
        channel.applicationData = get(lines, 'AppData');
      } else if (event === 'BridgeEnter') {
        channel.bridgeId = get(lines, 'BridgeUniqueid');
      } else if (event === 'BridgeLeave') {
        channel.bridgeId = '';
      } else if (event === 'Hangup') {
        channels.delete(uniqueid);
      }
    },
    byName: (name) => [...channels.values()].find((channel) => channel.name === name),
    list: () => [...channels.values()].reverse(),
  };
}

export function formatDuration(seconds: number): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}
