/**
 * Which gateway holds the AMI connection. Asterisk must see one CRM client, or every call would be
 * tracked, originated and logged by each gateway, so the gateways elect a leader and only the
 * leader runs the PBX adapter.
 *
 * The election is a PostgreSQL session-level advisory lock (`pg_try_advisory_lock`) held on a
 * DEDICATED `pg` connection, outside the Kysely pool: a session lock belongs to the connection that
 * took it, and a pool hands connections around and recycles them. The lock is the whole protocol:
 * - the gateway that takes it creates a fresh PBX adapter and starts it (its login resyncs the calls
 *   in progress from the PBX); the others try again every `retryMs` (1 s);
 * - when the leader dies, its connection closes, PostgreSQL frees the lock, and the next attempt of
 *   another gateway takes it: a takeover in about `retryMs` plus an AMI login;
 * - losing the connection is losing leadership: the leader stops its adapter AT ONCE, before it
 *   tries to reconnect, so two gateways never hold the AMI connection together. The leader also
 *   checks the connection every `retryMs` and gives up after `heartbeatTimeoutMs` (3 s) without an
 *   answer, while PostgreSQL is told (TCP keepalives of the session, idle 4 s then 3 probes 1 s
 *   apart) to drop a silent connection, and so free its lock, only after 7 s: a leader cut off from
 *   the database steps down before anybody else can take over.
 *
 * Advisory locks are per database, so gateways of different databases never compete.
 *
 * Embedded (PGlite) there is one process: `createLocalLeadership` leads at once.
 */
import pg from 'pg';
import type { Logger } from 'pino';
import type { DatabaseEngine } from '../../db/connect.ts';
import type { PbxAdapter } from '../../pbx-adapter/index.ts';
import { newNodeId } from './cluster-bus.ts';

/** What this gateway is: the leader with its started adapter, or a follower. */
export type LeadershipRole =
  | {
      readonly role: 'leader';
      readonly adapter: PbxAdapter;
      /** Settles when the adapter's first login attempt is over (resynced, or retrying in the background). */
      readonly ready: Promise<void>;
    }
  | { readonly role: 'follower' };

export interface PbxLeadership {
  readonly nodeId: string;
  /** Resolves after the first attempt to take the lock. */
  start(): Promise<void>;
  /** Stops the adapter (if leading), releases the lock and stops trying. */
  stop(): Promise<void>;
  current(): LeadershipRole;
  /**
   * Told of every change, synchronously: a new leader's listeners run before its adapter starts, so
   * they see the events of its resync; a leader that steps down has stopped its adapter already.
   */
  onChange(listener: (role: LeadershipRole) => void): () => void;
}

export interface PbxLeadershipOptions {
  readonly database: { readonly engine: DatabaseEngine; readonly url: string };
  /** A fresh adapter for every term: nothing of a previous term's calls lingers in it. */
  readonly createAdapter: () => PbxAdapter;
  readonly log: Logger;
  readonly nodeId?: string;
  /** How often followers try to take the lock and the leader checks its connection (1000 ms). */
  readonly retryMs?: number;
  /** How long the leader waits for its connection to answer before stepping down (3000 ms). */
  readonly heartbeatTimeoutMs?: number;
  readonly lockKey?: number;
}

/** "dzvinok-pbx" folded into a bigint-compatible number; any constant every gateway shares would do. */
export const PBX_LEADER_LOCK_KEY = 0x647a766e6b;
const DEFAULT_RETRY_MS = 1000;
const DEFAULT_HEARTBEAT_TIMEOUT_MS = 3000;
/** PostgreSQL drops a silent connection after idle + count × interval = 7 s, well after the leader's 3 s. */
const SESSION_KEEPALIVES = 'SET tcp_keepalives_idle = 4; SET tcp_keepalives_interval = 1; SET tcp_keepalives_count = 3';

export function createPbxLeadership(options: PbxLeadershipOptions): PbxLeadership {
  return options.database.engine === 'pglite' ? createLocalLeadership(options) : createLockLeadership(options);
}

function createRoleHolder(log: Logger) {
  const listeners = new Set<(role: LeadershipRole) => void>();
  let role: LeadershipRole = { role: 'follower' };
  return {
    current: () => role,
    set(next: LeadershipRole): void {
      role = next;
      for (const listener of listeners) {
        try {
          listener(next);
        } catch (error) {
          log.error({ err: error }, 'leadership listener failed');
        }
      }
    },
    onChange(listener: (role: LeadershipRole) => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Listeners hear of the new term before the adapter starts, so they subscribe in time for its resync. */
function beginTerm(holder: ReturnType<typeof createRoleHolder>, adapter: PbxAdapter, log: Logger): Promise<void> {
  let settle!: () => void;
  const ready = new Promise<void>((resolve) => (settle = resolve));
  holder.set({ role: 'leader', adapter, ready });
  adapter
    .start()
    .catch((error: unknown) => log.error({ err: error }, 'the PBX adapter could not start; it stays stopped until leadership changes'))
    .finally(settle);
  return ready;
}

/** One process, one gateway: it leads from the start. */
export function createLocalLeadership(options: Pick<PbxLeadershipOptions, 'createAdapter' | 'log' | 'nodeId'>): PbxLeadership {
  const log = options.log.child({ module: 'pbx-leadership' });
  const holder = createRoleHolder(log);
  return {
    nodeId: options.nodeId ?? newNodeId(),
    async start() {
      if (holder.current().role === 'leader') return;
      await beginTerm(holder, options.createAdapter(), log);
    },
    async stop() {
      const current = holder.current();
      if (current.role !== 'leader') return;
      holder.set({ role: 'follower' });
      await current.adapter.stop();
    },
    current: holder.current,
    onChange: holder.onChange,
  };
}

class HeartbeatTimeout extends Error {
  constructor(ms: number) {
    super(`the database did not answer within ${ms} ms`);
    this.name = 'HeartbeatTimeout';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HeartbeatTimeout(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function createLockLeadership(options: PbxLeadershipOptions): PbxLeadership {
  const nodeId = options.nodeId ?? newNodeId();
  const log = options.log.child({ module: 'pbx-leadership', nodeId });
  const retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
  const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? DEFAULT_HEARTBEAT_TIMEOUT_MS;
  const lockKey = options.lockKey ?? PBX_LEADER_LOCK_KEY;
  const holder = createRoleHolder(log);
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let ticking: Promise<void> | undefined;

  function lead(): void {
    log.info('took the PBX lock: this gateway now holds the AMI connection');
    beginTerm(holder, options.createAdapter(), log);
  }

  /** Stops the adapter first, so that the AMI connection is closing before anybody hears of it. */
  function stepDown(reason: string): void {
    const current = holder.current();
    if (current.role !== 'leader') return;
    const stopping = current.adapter.stop();
    holder.set({ role: 'follower' });
    log.warn({ reason }, 'gave up the PBX lock: the AMI connection is closed');
    stopping.catch((error: unknown) => log.warn({ err: error }, 'the PBX adapter did not stop cleanly'));
  }

  function lost(connection: pg.Client, error?: unknown): void {
    if (connection !== client) return;
    client = undefined;
    connection.end().catch(() => {});
    stepDown(error instanceof Error ? error.message : 'the lock connection closed');
  }

  async function connect(): Promise<pg.Client> {
    const connection = new pg.Client({ connectionString: options.database.url, application_name: `dzvinok-pbx-leadership:${nodeId}`, keepAlive: true });
    connection.on('error', (error) => lost(connection, error));
    connection.on('end', () => lost(connection));
    client = connection;
    await withTimeout(connection.connect(), heartbeatTimeoutMs);
    await withTimeout(connection.query(SESSION_KEEPALIVES), heartbeatTimeoutMs);
    return connection;
  }

  async function attempt(): Promise<void> {
    const connection = client ?? (await connect());
    if (holder.current().role === 'leader') {
      await withTimeout(connection.query('SELECT 1'), heartbeatTimeoutMs);
      return;
    }
    const result = await withTimeout(connection.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [lockKey]), heartbeatTimeoutMs);
    if (result.rows[0]?.locked && running) lead();
  }

  async function tick(): Promise<void> {
    try {
      await attempt();
    } catch (error) {
      if (client) lost(client, error);
      else log.debug({ err: error }, 'cannot reach the database to take the PBX lock; trying again');
    }
    if (running) timer = setTimeout(() => (ticking = tick()), retryMs);
  }

  return {
    nodeId,
    async start() {
      if (running) return;
      running = true;
      ticking = tick();
      await ticking;
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await ticking;
      const current = holder.current();
      const connection = client;
      client = undefined;
      if (current.role === 'leader') {
        holder.set({ role: 'follower' });
        await current.adapter.stop();
      }
      // Closing the session releases the lock; the others take it at their next attempt.
      await connection?.end().catch(() => {});
    },
    current: holder.current,
    onChange: holder.onChange,
  };
}
