/**
 * Bringing the calls we hold back in line with the PBX. Nothing is replayed to a new AMI connection
 * (fixtures README, point 13), so after every login, and whenever a call has gone quiet for too long,
 * the PBX's own channel list (`CoreShowChannels`) ends the calls whose channels are gone (flagged
 * `endedWhileUnobserved`) and picks up the calls that started meanwhile. After a login, the channel
 * status (`Status`) also tells the picked-up click-to-calls which CRM request they belong to, and
 * the hint list (`ExtensionStateList`) brings agents' presence up to date.
 */
import type { AmiConnection } from './ami/ami-connection.ts';
import { CRM_REQUEST_VARIABLE, decodeAmiEvent, type ChannelListed } from './ami/ami-events.ts';
import type { AmiMessage } from './ami/ami-message.ts';
import type { CallTracker } from './call-state/call-tracker.ts';
import type { PbxEvent } from './pbx-events.ts';

export interface ResyncDependencies {
  readonly connection: AmiConnection;
  readonly tracker: CallTracker;
  readonly clock: { now(): number };
  readonly emit: (events: readonly PbxEvent[]) => void;
}

function listedChannels(items: readonly AmiMessage[]): ChannelListed[] {
  return items.flatMap((item) => {
    const event = decodeAmiEvent(item);
    return event?.kind === 'channel-listed' ? [event] : [];
  });
}

/** Resolves with what the reconciliation emitted (already passed to `emit`). */
export async function reconcileWithPbx(deps: ResyncDependencies): Promise<readonly PbxEvent[]> {
  // Taken before asking: a channel first seen after this may be missing from the list only because it is new.
  const takenAt = deps.clock.now();
  const list = await deps.connection.list([['Action', 'CoreShowChannels']]);
  const events = deps.tracker.reconcile(listedChannels(list.items), takenAt);
  deps.emit(events);
  return events;
}

/** The list items are `ExtensionStatus` events, so the tracker reads them like live hint changes. */
export async function refreshAgentPresence(deps: ResyncDependencies): Promise<void> {
  const list = await deps.connection.list([['Action', 'ExtensionStateList']]);
  for (const item of list.items) deps.emit(deps.tracker.ingest(item));
}

/** `Variable: CRM_REQUEST_ID=req-1` lines of a `Status` item (the key repeats when several were asked for). */
function statusVariable(item: AmiMessage, name: string): string | undefined {
  const lines = item.repeated?.Variable ?? (item.fields.Variable === undefined ? [] : [item.fields.Variable]);
  const prefix = `${name}=`;
  const value = lines.find((line) => line.startsWith(prefix))?.slice(prefix.length);
  return value === '' ? undefined : value;
}

/** Run after `reconcileWithPbx`, so that the calls it picked up exist. */
export async function recoverCrmRequests(deps: ResyncDependencies): Promise<void> {
  const list = await deps.connection.list([
    ['Action', 'Status'],
    ['Variables', CRM_REQUEST_VARIABLE],
  ]);
  for (const item of list.items) {
    const value = statusVariable(item, CRM_REQUEST_VARIABLE);
    const uniqueid = item.fields.Uniqueid;
    if (value === undefined || uniqueid === undefined) continue;
    // The VarSet that Asterisk raised while nobody was listening.
    const varSet = { Event: 'VarSet', Uniqueid: uniqueid, Linkedid: item.fields.Linkedid ?? uniqueid, Variable: CRM_REQUEST_VARIABLE, Value: value };
    deps.emit(deps.tracker.ingest({ fields: varSet, receivedAt: item.receivedAt }));
  }
}
