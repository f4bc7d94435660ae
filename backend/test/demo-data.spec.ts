import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DEMO_ACCOUNT, DEMO_USERS } from '../src/demo/demo-data.js';
import { OPERATOR } from './support/dev-identity.js';
import { startTestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

describe('demo data', () => {
  let database: TestDatabase | undefined;
  afterAll(() => database?.drop());

  it('seeds a usable demo client once, however many times the API starts', async () => {
    database = await createTestDatabase();
    for (let start = 0; start < 2; start++) {
      const app = await startTestApp({ database, env: { SEED_DEMO_DATA: 'true' } });
      await app.close();
    }
    const app = await startTestApp({ database, env: { SEED_DEMO_DATA: 'true' } });
    try {
      const single = DEMO_USERS.find((user) => user.right === 'SINGLE')!;
      const documents = await app
        .http()
        .get('/api/documents')
        .set({ 'x-dev-user-id': single.id, 'x-dev-channel': 'STANDARD' });
      expect(documents.status).toBe(200);
      const account = await app.http().get(`/api/bank-simulator/accounts/${DEMO_ACCOUNT.iban}`).set(OPERATOR);
      expect(account.body.balanceTiyn).toBe(DEMO_ACCOUNT.openingBalanceTiyn);
    } finally {
      await app.close();
    }
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const counts = await db
      .query(
        `SELECT (SELECT count(*) FROM client_user)::int AS users, (SELECT count(*) FROM sim_ledger_entry)::int AS entries`,
      )
      .finally(() => db.end());
    expect(counts.rows[0]).toEqual({ users: DEMO_USERS.length, entries: 1 });
  });
});
