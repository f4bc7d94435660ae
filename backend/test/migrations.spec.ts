import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { migrations } from '../src/database/migrations.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

describe('database migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions({ database: { url: database.url, poolSize: 2 } }));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const tables = async () =>
    (
      await dataSource.query<{ table_name: string }[]>(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY table_name`,
      )
    ).map((row) => row.table_name);

  it('reverts every migration through its down(), newest first, and applies them all again', async () => {
    const before = await tables();
    expect(before).toEqual(
      expect.arrayContaining(['document', 'organization', 'sim_payment', 'worker_heartbeat']),
    );
    for (let remaining = migrations.length; remaining > 0; remaining--) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await tables()).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(before);
  });

  it('seeds the reference data payments are validated against', async () => {
    const knp = await dataSource.query<{ code: string }[]>(`SELECT code FROM knp_code ORDER BY code`);
    expect(knp.map((row) => row.code)).toEqual(expect.arrayContaining(['010', '012', '710', '911']));
    const ours = await dataSource.query<{ bic: string }[]>(
      `SELECT bic FROM bank_directory WHERE bank_code = '998'`,
    );
    expect(ours).toEqual([{ bic: 'QOLTKZKA' }]);
  });
});
