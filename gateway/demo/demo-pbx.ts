/**
 * Demo mode: without AMI_HOST the product runs its own AMI simulator on loopback and plays a
 * realistic stream of calls. The adapter connects to it over TCP exactly as to a real Asterisk.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { DEMO_SITE, createAmiServer, createRealScheduler, createScriptedPbx } from '../../pbx-adapter/index.ts';

export interface DemoPbxOptions {
  readonly log: Logger;
  readonly callsPerMinute: number;
  /** Numbers of clients in the CRM, so that part of the demo calls pop a known card. */
  readonly knownNumbers: readonly string[];
}

export interface DemoPbx {
  /** Where the adapter logs in: the simulator's loopback port and a secret made for this run. */
  readonly ami: { readonly host: string; readonly port: number; readonly username: string; readonly secret: string };
  stop(): Promise<void>;
}

export async function startDemoPbx(options: DemoPbxOptions): Promise<DemoPbx> {
  const credentials = { username: 'crm', secret: randomBytes(16).toString('hex') };
  const pbx = createScriptedPbx({ scheduler: createRealScheduler(), log: options.log, site: DEMO_SITE });
  const server = await createAmiServer({ host: '127.0.0.1', port: 0, users: [credentials], pbx, log: options.log });
  const stopTraffic =
    options.callsPerMinute > 0
      ? pbx.startDemoTraffic({ callsPerMinute: options.callsPerMinute, knownNumbers: options.knownNumbers })
      : () => {};
  options.log.info({ module: 'demo-pbx', port: server.port, callsPerMinute: options.callsPerMinute }, 'AMI simulator playing demo calls');

  return {
    ami: { host: '127.0.0.1', port: server.port, ...credentials },
    async stop() {
      stopTraffic();
      pbx.close();
      await server.close();
    },
  };
}
