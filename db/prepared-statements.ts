/**
 * Named prepared statements for the few queries on hot paths, such as the screen-pop lookup.
 * PostgreSQL plans an unnamed statement afresh on every call, which costs more than running an
 * indexed lookup; a named statement is parsed once per connection and its plan reused.
 *
 * A repository marks a compiled query with `prepared(query)`; connections from
 * `withPreparedStatements(pool)` then send that SQL text as a named statement. Names are made per
 * connection: PGlite's socket server runs every connection in one session, where a name prepared
 * by one connection is visible to the others, while `pg` remembers per connection what it prepared.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CompiledQuery, PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/** Marking queries whose text varies (`in (...)` lists) must not prepare without bound. */
const maxPreparedTexts = 32;

/** SQL text → the part of its statement names that identifies the text. */
const preparedTexts = new Map<string, string>();

/** Sends the query as a named prepared statement on every connection that runs it. */
export function prepared<R>(query: CompiledQuery<R>): CompiledQuery<R> {
  if (preparedTexts.size < maxPreparedTexts && !preparedTexts.has(query.sql)) {
    preparedTexts.set(query.sql, createHash('sha256').update(query.sql).digest('hex').slice(0, 16));
  }
  return query;
}

/**
 * A query compiled once with stand-in values, with each stand-in swapped for this call's value:
 * the SQL text stays the same, so its prepared statement is reused.
 */
export function withValues<R>(compiled: CompiledQuery<R>, values: ReadonlyMap<unknown, unknown>): CompiledQuery<R> {
  return { ...compiled, parameters: compiled.parameters.map((parameter) => (values.has(parameter) ? values.get(parameter) : parameter)) };
}

/** The pool Kysely's PostgresDialect takes, sending `prepared` queries by name. */
export function withPreparedStatements(pool: pg.Pool): PostgresPool {
  const connectionTags = new WeakMap<pg.PoolClient, string>();
  const tagOf = (client: pg.PoolClient) => {
    const tag = connectionTags.get(client) ?? randomBytes(4).toString('hex');
    connectionTags.set(client, tag);
    return tag;
  };
  return {
    async connect() {
      const client = await pool.connect();
      return preparingClient(client, tagOf(client));
    },
    end: () => pool.end(),
  };
}

function preparingClient(client: pg.PoolClient, connectionTag: string): PostgresPoolClient {
  function query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query(sqlOrCursor: string | PostgresCursor<unknown>, parameters: readonly unknown[] = []): unknown {
    // Kysely's cursors are pg-cursor instances, which pg runs as they are.
    if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as unknown as pg.Submittable);
    const values = [...parameters];
    const textTag = preparedTexts.get(sqlOrCursor);
    if (textTag === undefined) return client.query(sqlOrCursor, values);
    return client.query({ name: `dz_${textTag}_${connectionTag}`, text: sqlOrCursor, values });
  }
  return { query, release: (destroy) => client.release(destroy) };
}
