import { defineConfig } from 'vitest/config';

// Tests that touch the database are named *.db.test.ts and run twice:
// on embedded PGlite and on the PostgreSQL server (TEST_DATABASE_URL).
const databaseTests = ['**/*.db.test.ts'];
// *.pg.db.test.ts need the server itself (several processes, LISTEN/NOTIFY): db-postgres only.
const postgresOnlyTests = ['**/*.pg.db.test.ts'];
const excluded = ['node_modules/**', 'softphone-ui/**'];
// Real calls in headless Chromium through Kamailio (see tests/support/kamailio.ts, chromium.ts).
const browserTests = ['tests/e2e/**/*.e2e.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...excluded, ...databaseTests, ...browserTests],
          testTimeout: 30_000,
        },
      },
      {
        // The browser phone's pure parts (call-state reducer, dialling, backoff): plain TypeScript.
        test: {
          name: 'phone',
          include: ['softphone-ui/sip/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // The UI's plain modules (desk reducer, live board, message formatting, catalogs): no browser, no runes.
        test: {
          name: 'ui',
          include: ['softphone-ui/src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: browserTests,
          exclude: excluded,
          globalSetup: ['tests/support/ui-build.global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db-pglite',
          include: databaseTests,
          exclude: [...excluded, ...postgresOnlyTests],
          env: { TEST_DB_ENGINE: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db-postgres',
          include: databaseTests,
          exclude: excluded,
          env: { TEST_DB_ENGINE: 'postgres' },
          globalSetup: ['tests/support/postgres-template.global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
