import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db/connect.ts';
import { onServer, serverDatabaseUrl } from './test-database.ts';

/** Migrates one template database per run; every test file copies it (CREATE DATABASE ... TEMPLATE). */
export default async function setUpPostgresTemplate(project: TestProject): Promise<() => Promise<void>> {
  const name = `dzvinok_template_${randomBytes(6).toString('hex')}`;
  project.provide('templateDatabase', name);
  await onServer(`CREATE DATABASE ${name}`);
  const template = await openDatabase({ url: serverDatabaseUrl(name), maxConnections: 1 });
  await template.close();
  return () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
