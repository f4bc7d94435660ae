import { randomUUID } from 'node:crypto';
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

  it('carries documents and their timelines over to the process read model, and back', async () => {
    // Back to the schema before the process read model, whatever came after it.
    while ((await tables()).includes('process')) await dataSource.undoLastMigration({ transaction: 'each' });
    const [org, user, doc] = [randomUUID(), randomUUID(), randomUUID()];
    // An organization, its user and a document sent to the bank, as the older schema held them.
    await dataSource.query(
      `WITH org AS (
         INSERT INTO organization (id, name, legal_form, bin_iin, kod)
         VALUES ($1, 'Org', 'LEGAL_ENTITY', '940140000385', '17') RETURNING id
       ), author AS (
         INSERT INTO client_user (id, organization_id, full_name, iin, signature_right, channels, status)
         SELECT $2, id, 'Ainur', '900101300123', 'SINGLE', '{STANDARD}', 'ACTIVE' FROM org RETURNING id, organization_id
       )
       INSERT INTO document (id, organization_id, type, status, number, payer_iban, amount_tiyn, value_date,
                             beneficiary_name, author_id, last_seq, state, created_at, updated_at)
       SELECT $3, organization_id, 'TENGE_PAYMENT', 'SENT_TO_BANK', '7', 'KZ476010131000179714', 125050,
              '2026-12-04', 'Payee', id, 2, '{"awaiting":{"kind":"BANK"}}', now(), now()
       FROM author`,
      [org, user, doc],
    );
    await dataSource.query(
      `INSERT INTO document_event (document_id, seq, organization_id, event, status, actor_id, actor_name, channel, at)
       VALUES ($1, 1, $2, 'CREATED', 'DRAFT', $3, 'Ainur', 'STANDARD', now()),
              ($1, 2, $2, 'SENT_TO_BANK', 'SENT_TO_BANK', NULL, NULL, NULL, now())`,
      [doc, org, user],
    );

    await dataSource.runMigrations({ transaction: 'each' });

    expect(
      await dataSource.query(
        `SELECT type, status, title, amount_minor, awaiting FROM process WHERE id = $1`,
        [doc],
      ),
    ).toEqual([
      {
        type: 'payment',
        status: 'SENT_TO_BANK',
        title: '№ 7 · Payee',
        amount_minor: '125050',
        awaiting: 'SYSTEM',
      },
    ]);
    expect(
      await dataSource.query(
        `SELECT seq, event, actor FROM process_event WHERE process_id = $1 ORDER BY seq`,
        [doc],
      ),
    ).toEqual([
      { seq: 1, event: 'CREATED', actor: { userId: user, name: 'Ainur', channel: 'STANDARD' } },
      { seq: 2, event: 'SENT_TO_BANK', actor: null },
    ]);
    while ((await tables()).includes('process')) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(
      await dataSource.query(
        `SELECT seq, actor_name FROM document_event WHERE document_id = $1 ORDER BY seq`,
        [doc],
      ),
    ).toEqual([
      { seq: 1, actor_name: 'Ainur' },
      { seq: 2, actor_name: null },
    ]);
    await dataSource.runMigrations({ transaction: 'each' });
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
