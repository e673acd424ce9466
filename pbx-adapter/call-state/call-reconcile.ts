/**
 * Resync after the AMI link was down: compare the calls we hold with a snapshot of the PBX's live
 * channels (`CoreShowChannel` items). Pure: it only says which legs vanished and which channels are new;
 * the tracker feeds both through the call reducer.
 */
import type { ChannelListed } from '../ami/ami-events.ts';
import type { CallId } from '../pbx-events.ts';
import type { LiveCall } from './call-state.ts';

export interface ReconcilePlan {
  /** Legs we believe alive that the PBX no longer has: they hung up while nobody was listening. */
  readonly vanished: readonly { readonly callId: CallId; readonly uniqueid: string }[];
  /** Live channels we did not know. */
  readonly appeared: readonly ChannelListed[];
}

/**
 * @param takenAt when the snapshot was requested: legs first seen after it may simply be missing from
 *   the list, so they are left alone.
 */
export function planReconcile(calls: Iterable<LiveCall>, snapshot: readonly ChannelListed[], takenAt: number): ReconcilePlan {
  const listed = new Set(snapshot.map((item) => item.channel.uniqueid));
  const known = new Set<string>();
  const vanished: { callId: CallId; uniqueid: string }[] = [];
  for (const call of calls) {
    for (const leg of call.legs) {
      known.add(leg.uniqueid);
      if (leg.state !== 'gone' && leg.seenAt < takenAt && !listed.has(leg.uniqueid)) vanished.push({ callId: call.callId, uniqueid: leg.uniqueid });
    }
  }
  const appeared = snapshot.filter((item) => !known.has(item.channel.uniqueid));
  return { vanished, appeared };
}
