/**
 * The live board over the WebSocket: `board.watch` is answered with the whole board
 * (`board.snapshot`), and every change reaches each connected supervisor as `board.update`, sent
 * by the hub in slices so that no screen-pop waits behind it, and not kept for replay (the next
 * update redraws the board anyway).
 */
import type { PbxAdapter } from '../../pbx-adapter/index.ts';
import type { Hub } from '../realtime/hub.ts';
import { startLiveBoard, type LiveBoard } from './live-board.ts';

export interface SupervisorFeedDependencies {
  readonly pbx: Pick<PbxAdapter, 'on' | 'liveCalls'>;
  readonly hub: Pick<Hub, 'sendToRole' | 'onClientMessage'>;
  readonly coalesceMs?: number;
}

export function startSupervisorFeeds(dependencies: SupervisorFeedDependencies): LiveBoard {
  const { hub } = dependencies;
  const board = startLiveBoard({
    pbx: dependencies.pbx,
    publish: (snapshot) => hub.sendToRole('supervisor', { type: 'board.update', ...snapshot }, { replay: false }),
    ...(dependencies.coalesceMs !== undefined && { coalesceMs: dependencies.coalesceMs }),
  });
  const stopWatching = hub.onClientMessage('board.watch', (_message, context) => context.reply({ type: 'board.snapshot', ...board.snapshot() }));
  return {
    snapshot: board.snapshot,
    noteSupervision: board.noteSupervision,
    stop() {
      stopWatching();
      board.stop();
    },
  };
}
