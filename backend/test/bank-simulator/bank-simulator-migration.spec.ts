import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { BankSimulator1795301935226 } from '../../src/database/migrations/1795301935226-bank-simulator.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe(BankSimulator1795301935226.name, () => {
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

  const simTables = async () =>
    (
      await dataSource.query<{ table_name: string }[]>(
        `SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'sim\\_%' ORDER BY table_name`,
      )
    ).map((row) => row.table_name);

  it('is reverted by its down() and applies again cleanly', async () => {
    expect(await simTables()).toEqual([
      'sim_account',
      'sim_ledger_entry',
      'sim_payment',
      'sim_rejection_rule',
    ]);
    await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await simTables()).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await simTables()).toHaveLength(4);
  });
});
