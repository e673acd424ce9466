import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/connect.ts';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import { buildApp } from '../app.ts';

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('GET /api/health', () => {
  it('says ok when the database answers and the PBX link is up', async () => {
    const app = await buildApp({ log: pino({ level: 'silent' }), db: database.db, pbxLinkState: () => 'connected' });
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok', pbx: 'connected' });
  });

  it('says degraded, and why, while the PBX link is down', async () => {
    const app = await buildApp({ log: pino({ level: 'silent' }), db: database.db, pbxLinkState: () => 'disconnected' });
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({ status: 'degraded', database: 'ok', pbx: 'disconnected' });
  });
});
