/**
 * One gateway as its own process, for the cluster tests and the takeover benchmark: the gateway as
 * `npm start` assembles it (gateway.ts) on its own pool, against the given PostgreSQL and AMI
 * simulator, serving HTTP and WebSockets on a port of its own. A test can kill it for real
 * (SIGKILL): its connections close as a crashed gateway's do.
 *
 * Started with `node --import tsx gateway-node.process.ts '<json GatewayNodeSettings>'` and an IPC
 * channel. It reports `GatewayNodeReport`s and carries out `GatewayNodeCommand`s.
 */
import pino from 'pino';
import { openDatabase } from '../../../db/connect.ts';
import {
  RECORDED_SITE_DIALPLAN,
  createPbxAdapter,
  type ClickToCallRequest,
  type PbxAgentState,
  type PbxEvent,
  type PbxLiveCall,
} from '../../../pbx-adapter/index.ts';
import { loadConfig } from '../../config.ts';
import { startGateway } from '../../gateway.ts';
import type { ClusterPbxStatus } from '../cluster-pbx.ts';

export interface GatewayNodeSettings {
  readonly nodeId: string;
  readonly databaseUrl: string;
  readonly amiPort: number;
  readonly retryMs?: number;
  readonly logLevel?: string;
}

export type GatewayNodeReport =
  /** `url`: where its HTTP and WebSocket routes listen. */
  | { readonly type: 'started'; readonly role: 'leader' | 'follower'; readonly url: string }
  | { readonly type: 'role'; readonly role: 'leader' | 'follower'; readonly at: number }
  /** A new leader's adapter has logged in and resynced (or failed its first attempt). */
  | { readonly type: 'leading'; readonly status: ClusterPbxStatus; readonly at: number }
  | { readonly type: 'event'; readonly event: PbxEvent }
  | { readonly type: 'live-calls'; readonly calls: readonly PbxLiveCall[]; readonly agents: readonly PbxAgentState[]; readonly status: ClusterPbxStatus }
  | { readonly type: 'done'; readonly command: string; readonly error?: { readonly code?: string; readonly message: string } };

export type GatewayNodeCommand =
  | { readonly type: 'click-to-call'; readonly request: ClickToCallRequest }
  | { readonly type: 'live-calls' }
  | { readonly type: 'drain-call-logging' };

const settings = JSON.parse(process.argv[2] ?? '{}') as GatewayNodeSettings;
const log = pino({ level: settings.logLevel ?? 'silent' }).child({ gateway: settings.nodeId });
const report = (message: GatewayNodeReport): void => void (process.connected && process.send?.(message));

const database = await openDatabase({ url: settings.databaseUrl, migrate: false, maxConnections: 3 });
const gateway = await startGateway({
  database,
  createAdapter: () =>
    createPbxAdapter({
      ami: { host: '127.0.0.1', port: settings.amiPort, username: 'crm', secret: 'crm-secret' },
      dialplan: RECORDED_SITE_DIALPLAN,
      log,
    }),
  defaultCountry: 'UA',
  sms: loadConfig({}).sms,
  log,
  cluster: { nodeId: settings.nodeId, ...(settings.retryMs !== undefined && { retryMs: settings.retryMs }) },
});
const { cluster } = gateway;

cluster.pbx.on((event) => report({ type: 'event', event }));
cluster.leadership.onChange((role) => {
  report({ type: 'role', role: role.role, at: Date.now() });
  if (role.role === 'leader') void role.ready.then(() => report({ type: 'leading', status: cluster.pbx.status(), at: Date.now() }));
});

process.on('message', (command: GatewayNodeCommand) => {
  void carryOut(command).then(
    () => report({ type: 'done', command: command.type }),
    (error: { code?: string; message: string }) => report({ type: 'done', command: command.type, error: { ...(error.code !== undefined && { code: error.code }), message: error.message } }),
  );
});

async function carryOut(command: GatewayNodeCommand): Promise<void> {
  switch (command.type) {
    case 'click-to-call':
      return cluster.pbx.originateClickToCall(command.request);
    case 'live-calls':
      return report({ type: 'live-calls', calls: cluster.pbx.liveCalls(), agents: cluster.pbx.agentStates(), status: cluster.pbx.status() });
    case 'drain-call-logging':
      return gateway.drainCallLogging();
  }
}

process.on('disconnect', () => {
  void (async () => {
    await gateway.close();
    await database.close();
    process.exit(0);
  })();
});

const url = await gateway.app.listen({ host: '127.0.0.1', port: 0 });
report({ type: 'started', role: cluster.leadership.current().role, url });
