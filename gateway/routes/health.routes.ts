import { sql, type Kysely } from 'kysely';
import Type from 'typebox';
import type { Database } from '../../db/schema.ts';
import type { GatewayApp } from '../app.ts';

export interface HealthSources {
  readonly db: Kysely<Database>;
  /** The PBX link as the adapter sees it: `connected`, `connecting`, `disconnected` or `auth-failed`. */
  readonly pbxLinkState: () => string;
}

const HealthResponse = Type.Object({
  status: Type.Enum(['ok', 'degraded']),
  database: Type.Enum(['ok', 'unreachable']),
  pbx: Type.String(),
});

/** `GET /api/health`: what a load balancer or an operator checks first. Public, reveals no data. */
export function registerHealthRoutes(app: GatewayApp, sources: HealthSources): void {
  app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['health'], response: { 200: HealthResponse } } }, async () => {
    const database = await sql`SELECT 1`.execute(sources.db).then(
      () => 'ok' as const,
      () => 'unreachable' as const,
    );
    const pbx = sources.pbxLinkState();
    return { status: database === 'ok' && pbx === 'connected' ? ('ok' as const) : ('degraded' as const), database, pbx };
  });
}
