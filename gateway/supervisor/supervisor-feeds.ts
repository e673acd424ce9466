/**
 * The live board over the WebSocket: `board.watch` is answered with the whole board
 * (`board.snapshot`), and every change reaches each connected supervisor as `board.update`, sent
 * by the hub in slices so that no screen-pop waits behind it, and not kept for replay (the next
 * update redraws the board anyway).
 */
import type { Hub } from '../realtime/hub.ts';
import { startLiveBoard, type LiveBoard, type LiveBoardDependencies } from './live-board.ts';

export interface SupervisorFeedDependencies extends Omit<LiveBoardDependencies, 'publish' | 'now'> {
  readonly hub: Pick<Hub, 'sendToRole' | 'onClientMessage' | 'anyoneConnected'>;
}

export function startSupervisorFeeds(dependencies: SupervisorFeedDependencies): LiveBoard {
  const { hub, ...boardDependencies } = dependencies;
  const board = startLiveBoard({
    ...boardDependencies,
    publish: (snapshot) => hub.sendToRole('supervisor', { type: 'board.update', ...snapshot }, { replay: false }),
    watched: () => hub.anyoneConnected('supervisor'),
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
