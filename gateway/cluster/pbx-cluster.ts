/**
 * One gateway's place in the cluster, assembled: the leadership election, the bus and the
 * cluster-wide PBX on top of them. server.ts creates it instead of a bare PbxAdapter, hands `pbx` to
 * everything that needs calls, THEN starts it, so that those listeners hear the first resync; on
 * the embedded database it is a single local gateway.
 */
import type { Logger } from 'pino';
import type { DatabaseEngine } from '../../db/connect.ts';
import type { PbxAdapter } from '../../pbx-adapter/index.ts';
import { createLocalBus, createPostgresBus, newNodeId, type ClusterBus } from './cluster-bus.ts';
import { createClusterPbx, type ClusterMessage, type ClusterPbx } from './cluster-pbx.ts';
import { createPbxLeadership, type PbxLeadership } from './pbx-leadership.ts';

export interface PbxClusterOptions {
  readonly database: { readonly engine: DatabaseEngine; readonly url: string };
  readonly createAdapter: () => PbxAdapter;
  readonly log: Logger;
  readonly nodeId?: string;
  /** Followers' lock attempts and the bus's reconnections (1000 ms). */
  readonly retryMs?: number;
  readonly requestTimeoutMs?: number;
}

export interface PbxCluster {
  readonly nodeId: string;
  readonly pbx: ClusterPbx;
  readonly leadership: PbxLeadership;
  /** Resolves once this gateway has tried for the lock (and, if it took it, its PBX adapter has started). */
  start(): Promise<void>;
  /** Gives up the lock (the others take over) and closes the bus. */
  stop(): Promise<void>;
}

export function createPbxCluster(options: PbxClusterOptions): PbxCluster {
  const nodeId = options.nodeId ?? newNodeId();
  const bus: ClusterBus<ClusterMessage> =
    options.database.engine === 'pglite'
      ? createLocalBus({ log: options.log, nodeId })
      : createPostgresBus({ url: options.database.url, log: options.log, nodeId, ...(options.retryMs !== undefined && { reconnectDelayMs: options.retryMs }) });
  const leadership = createPbxLeadership({
    database: options.database,
    createAdapter: options.createAdapter,
    log: options.log,
    nodeId,
    ...(options.retryMs !== undefined && { retryMs: options.retryMs }),
  });
  const pbx = createClusterPbx({
    bus,
    leadership,
    log: options.log,
    ...(options.requestTimeoutMs !== undefined && { requestTimeoutMs: options.requestTimeoutMs }),
  });
  return {
    nodeId,
    pbx,
    leadership,
    async start() {
      await leadership.start();
      const current = leadership.current();
      if (current.role === 'leader') await current.ready;
    },
    async stop() {
      await leadership.stop();
      pbx.close();
      await bus.close();
    },
  };
}
