/**
 * Starts a gateway node in its own process (./gateway-node.process.ts) and keeps what it reports,
 * for the tests and the benchmark that need gateways that can really die.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { GatewayNodeCommand, GatewayNodeReport, GatewayNodeSettings } from './gateway-node.process.ts';

const nodeScript = fileURLToPath(new URL('./gateway-node.process.ts', import.meta.url));

export interface GatewayNode {
  readonly nodeId: string;
  readonly reports: GatewayNodeReport[];
  /** Resolves with the first report (already received or to come) that matches. */
  waitFor<T extends GatewayNodeReport>(matches: (report: GatewayNodeReport) => report is T, timeoutMs?: number): Promise<T>;
  waitFor(matches: (report: GatewayNodeReport) => boolean, timeoutMs?: number): Promise<GatewayNodeReport>;
  /** Sends a command and resolves with its `done` report. */
  command(command: GatewayNodeCommand): Promise<Extract<GatewayNodeReport, { type: 'done' }>>;
  /** Like a crash: SIGKILL, nothing runs on the way out. */
  kill(): Promise<void>;
  /** Graceful: the node gives up its lock and closes its connections. */
  stop(): Promise<void>;
}

export async function startGatewayNode(settings: GatewayNodeSettings): Promise<GatewayNode> {
  const child: ChildProcess = fork(nodeScript, [JSON.stringify(settings)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const reports: GatewayNodeReport[] = [];
  const waiting = new Set<{ matches: (report: GatewayNodeReport) => boolean; resolve: (report: GatewayNodeReport) => void }>();
  child.on('message', (message: GatewayNodeReport) => {
    reports.push(message);
    for (const waiter of waiting) {
      if (waiter.matches(message)) {
        waiting.delete(waiter);
        waiter.resolve(message);
      }
    }
  });
  const exited = once(child, 'exit');

  function waitFor(matches: (report: GatewayNodeReport) => boolean, timeoutMs = 20_000): Promise<GatewayNodeReport> {
    const seen = reports.find(matches);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        matches,
        resolve: (report: GatewayNodeReport) => {
          clearTimeout(timer);
          resolve(report);
        },
      };
      const timer = setTimeout(() => {
        waiting.delete(waiter);
        reject(new Error(`gateway ${settings.nodeId} did not report what was awaited within ${timeoutMs} ms; it reported ${JSON.stringify(reports.slice(-5))}`));
      }, timeoutMs);
      waiting.add(waiter);
    });
  }

  const node: GatewayNode = {
    nodeId: settings.nodeId,
    reports,
    waitFor: waitFor as GatewayNode['waitFor'],
    async command(command) {
      const from = reports.length;
      child.send(command);
      return (await waitFor((report) => report.type === 'done' && report.command === command.type && reports.indexOf(report) >= from)) as Extract<
        GatewayNodeReport,
        { type: 'done' }
      >;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.disconnect();
      await exited;
    },
  };
  await waitFor((report) => report.type === 'started', 60_000);
  return node;
}
