import { randomBytes } from 'node:crypto';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';

const TEMPLATE = 'qoltanba_template';
/** Serializes template creation and cloning across parallel Jest workers. */
const TEMPLATE_LOCK_KEY = 7_310_240_002;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database with every migration applied, for one test file. Migrations run once per test
 * run into a template; each file gets a cheap copy of it (CREATE DATABASE … TEMPLATE).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[TEST_ENV.postgresAdminUrl];
  if (!adminUrl) throw new Error(`${TEST_ENV.postgresAdminUrl} is not set: run tests through \`npm test\`.`);
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${TEMPLATE}`);
      await migrate(withDatabase(adminUrl, TEMPLATE));
    }
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]).catch(() => undefined);
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => client.end());
    },
  };
}

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions({ database: { url, poolSize: 2 } }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
