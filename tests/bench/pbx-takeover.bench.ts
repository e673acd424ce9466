/**
 * `BENCH pbx-takeover`: two gateways (own processes) on one PostgreSQL and the AMI simulator; the one
 * holding the AMI connection is killed (SIGKILL) mid-call, N times. Measures from the kill to the
 * survivor taking the lock (`lock_ms`) and to its adapter logged in and resynced (`ready_ms`), with
 * the default 1 s lock retry.
 */
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { openDatabase } from '../../db/connect.ts';
import { createAmiServer, createManualScheduler, createScriptedPbx } from '../../pbx-adapter/index.ts';
import { startGatewayNode, type GatewayNode } from '../../gateway/cluster/testing/gateway-node.ts';
import type { GatewayNodeReport } from '../../gateway/cluster/testing/gateway-node.process.ts';
import { onServer, serverDatabaseUrl } from '../support/test-database.ts';

const ROUNDS = Number(process.argv[2] ?? 5);
const quiet = pino({ level: 'silent' });
const name = `dzvinok_bench_takeover_${randomBytes(4).toString('hex')}`;
await onServer(`CREATE DATABASE ${name}`);
const url = serverDatabaseUrl(name);
await (await openDatabase({ url, maxConnections: 1 })).close();

const scheduler = createManualScheduler(Date.UTC(2031, 2, 3, 9));
const pbx = createScriptedPbx({ scheduler, log: quiet, timestampEvents: true });
const server = await createAmiServer({ port: 0, users: [{ username: 'crm', secret: 'crm-secret' }], pbx, log: quiet, clock: scheduler });
const start = (nodeId: string) => startGatewayNode({ nodeId, databaseUrl: url, amiPort: server.port });

const lockMs: number[] = [];
const readyMs: number[] = [];
let leader: GatewayNode = await start('gw-0');
let follower: GatewayNode = await start('gw-1');
try {
  for (let round = 0; round < ROUNDS; round++) {
    pbx.placeInboundCall({ from: '+380441234567', did: '+380445550100', ringSeconds: 4, talkSeconds: 20 });
    scheduler.advanceBy(1000);
    // Wait for the follower to settle into following (it may have just started).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const killedAt = Date.now();
    await leader.kill();
    const took = (await follower.waitFor((report) => report.type === 'role' && report.role === 'leader')) as Extract<GatewayNodeReport, { type: 'role' }>;
    const ready = (await follower.waitFor((report) => report.type === 'leading')) as Extract<GatewayNodeReport, { type: 'leading' }>;
    lockMs.push(took.at - killedAt);
    readyMs.push(ready.at - killedAt);
    scheduler.advanceBy(300_000);
    leader = follower;
    follower = await start(`gw-${round + 2}`);
  }
} finally {
  await Promise.all([leader.stop(), follower.stop()]);
  await server.close();
  pbx.close();
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
const max = (values: number[]) => Math.max(...values);
console.log(`BENCH pbx-takeover rounds=${ROUNDS} lock_ms_p50=${median(lockMs)} lock_ms_max=${max(lockMs)} ready_ms_p50=${median(readyMs)} ready_ms_max=${max(readyMs)}`);
