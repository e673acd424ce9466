/**
 * One gateway process, assembled as it runs in production: its place in the PBX cluster (the AMI
 * link when it holds the lock, call events over LISTEN/NOTIFY otherwise), the logging of every
 * ended call, SMS, and the HTTP and WebSocket app. server.ts starts it from the configuration; the
 * screen-pop benchmark starts the same thing against its simulated PBX, so what it measures is
 * what a site runs.
 */
import type { CountryCode } from 'libphonenumber-js';
import type { Logger } from 'pino';
import type { OpenDatabase } from '../db/connect.ts';
import { createCallbackService } from '../crm-core/callbacks/callback.service.ts';
import { createInteractionService } from '../crm-core/interactions/interaction.service.ts';
import { createCallerChoices } from '../crm-core/phones/caller-choice.service.ts';
import { createPhoneLookup } from '../crm-core/phones/phone.service.ts';
import { createUserService } from '../crm-core/users/user.service.ts';
import type { PbxAdapter } from '../pbx-adapter/index.ts';
import { buildApp, type AppDependencies, type GatewayApp } from './app.ts';
import { startCallLogging } from './calls/call-logging.ts';
import { createPbxCluster, type PbxCluster, type PbxClusterOptions } from './cluster/pbx-cluster.ts';
import type { Config } from './config.ts';
import { startSmsRuntime } from './sms/sms-runtime.ts';

export interface GatewayOptions {
  readonly database: OpenDatabase;
  /** The AMI link this gateway opens when it takes the PBX lock. */
  readonly createAdapter: () => PbxAdapter;
  readonly defaultCountry: CountryCode;
  readonly sms: Config['sms'];
  readonly log: Logger;
  /** This gateway's name in the cluster and how often it retries the lock and the bus (tests). */
  readonly cluster?: Pick<PbxClusterOptions, 'nodeId' | 'retryMs'>;
  /** The rest of the app's settings (sessions, SIP, proxies, after-call work). */
  readonly app?: Omit<AppDependencies, 'log' | 'db' | 'databaseConnections' | 'clock' | 'pbx' | 'pbxLinkState' | 'defaultCountry' | 'sms'>;
}

export interface Gateway {
  readonly app: GatewayApp;
  readonly cluster: PbxCluster;
  /** Resolves when every call that has ended so far is in the call log. */
  drainCallLogging(): Promise<void>;
  /** Stops taking calls, hands the PBX lock on, finishes logging the calls that ended, and closes; once, however often called. */
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { database, defaultCountry, log } = options;
  const clock = { now: () => new Date() };
  // One gateway of possibly several: the one holding the PBX lock talks to Asterisk, all see its calls.
  const cluster = createPbxCluster({ ...options.cluster, database, createAdapter: options.createAdapter, log });
  const pbx = cluster.pbx;
  const callLogging = startCallLogging({
    pbx,
    interactions: createInteractionService({ db: database.db }),
    phoneLookup: createPhoneLookup({ db: database.db, defaultCountry }),
    callerChoices: createCallerChoices({ db: database.db, clock, defaultCountry }),
    users: createUserService({ db: database.db }),
    callbacks: createCallbackService({ db: database.db, clock }),
    defaultCountry,
    log,
  });
  const sms = await startSmsRuntime({ settings: options.sms, db: database.db, pbx, clock, log, defaultCountry });
  const app = await buildApp({
    ...options.app,
    log,
    db: database.db,
    databaseConnections: database.connections,
    clock,
    pbx,
    pbxLinkState: () => pbx.status().state,
    defaultCountry,
    sms: sms.setup,
  });
  // Started only now, so that the screen-pop and the call log hear the PBX's first resync.
  await cluster.start();
  let closing: Promise<void> | undefined;
  return {
    app,
    cluster,
    drainCallLogging: () => callLogging.drain(),
    close: () =>
      (closing ??= (async () => {
        await app.close();
        await cluster.stop();
        await callLogging.drain();
        callLogging.stop();
        await sms.stop();
      })()),
  };
}
