import { defineConfig } from 'vitest/config';

// Tests that touch the database are named *.db.test.ts and run twice:
// on embedded PGlite and on the PostgreSQL server (TEST_DATABASE_URL).
const databaseTests = ['**/*.db.test.ts'];
const excluded = ['node_modules/**', 'softphone-ui/**'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...excluded, ...databaseTests],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'db-pglite',
          include: databaseTests,
          exclude: excluded,
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
