/**
 * Child-process entry: serves an embedded PGlite over the PostgreSQL wire protocol on loopback.
 * PGlite runs every query synchronously on its thread, so it lives here, never on the thread
 * that serves sockets: a slow report must not delay a screen-pop.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { enqueueWholeExchanges, type Enqueue } from './whole-exchanges.ts';

export interface PgliteServerReady {
  readonly type: 'ready';
  readonly port: number;
}

const dataDir = process.env.PGLITE_DATA_DIR ?? 'memory://';
const maxConnections = Number(process.env.PGLITE_MAX_CONNECTIONS ?? 8);

const database = await PGlite.create(dataDir, { extensions: { pg_trgm } });
const server = new PGLiteSocketServer({ db: database, host: '127.0.0.1', port: 0, maxConnections });
// The queue is not part of pglite-socket's typed API; see whole-exchanges.ts for why we wrap it.
const queue = (server as unknown as { queryQueue: { enqueue: Enqueue } }).queryQueue;
queue.enqueue = enqueueWholeExchanges(queue.enqueue.bind(queue));
await server.start();

const address = server.getServerConn();
const port = Number(address.slice(address.lastIndexOf(':') + 1));
process.send?.({ type: 'ready', port } satisfies PgliteServerReady);

async function shutDown(): Promise<void> {
  await server.stop();
  await database.close();
  process.exit(0);
}

// The parent owns our lifetime: when it goes, we close the database cleanly and go too.
process.on('disconnect', () => void shutDown());
process.on('SIGTERM', () => void shutDown());
