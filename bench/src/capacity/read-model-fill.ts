import pg from 'pg';

export interface ReadModelFill {
  /** Documents in the read model after the fill, across organizations. */
  documents: number;
  /** Of which the benchmark's organization holds. */
  ofBenchOrganization: number;
  inserted: number;
  seconds: number;
  databaseBytes: number;
}

/** Organizations beside the benchmark's that the copies are spread over. */
const OTHER_ORGANIZATIONS = 9;
/** Of every five copies, four go to the benchmark's organization: lists are per organization. */
const BENCH_ORGANIZATION_SHARE = 'g % 5 <> 0';

/**
 * Brings the read model up to `total` documents the fast way, in SQL: copies of the executed
 * documents already there (with new ids, process rows alike), their creation spread over a year
 * as a year of a bank's history would be, most of them in the organization of `benchUserId`.
 */
export async function fillReadModel(
  databaseUrl: string,
  benchUserId: string,
  total: number,
): Promise<ReadModelFill> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const started = performance.now();
  try {
    const benchOrganizationId = (
      await db.query<{ id: string }>('SELECT organization_id AS id FROM client_user WHERE id = $1', [
        benchUserId,
      ])
    ).rows[0]!.id;
    const count = async (where = 'true', values: unknown[] = []) =>
      Number(
        (await db.query<{ n: string }>(`SELECT count(*) AS n FROM document WHERE ${where}`, values)).rows[0]!
          .n,
      );
    const inserted = Math.max(0, total - (await count()));
    if (inserted > 0) {
      await db.query('BEGIN');
      await copyOrganizations(db, benchOrganizationId);
      await copyDocuments(db, benchOrganizationId, inserted);
      await db.query('COMMIT');
    }
    // A year-old table has been vacuumed: its visibility map lets counts read the index alone.
    await db.query('VACUUM (ANALYZE) document, process, organization');
    const databaseBytes = Number(
      (await db.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size')).rows[0]!.size,
    );
    return {
      documents: await count(),
      ofBenchOrganization: await count('organization_id = $1', [benchOrganizationId]),
      inserted,
      seconds: (performance.now() - started) / 1000,
      databaseBytes,
    };
  } finally {
    await db.end();
  }
}

/** Other clients of the bank: the benchmark's organization copied under new ids and BINs. */
async function copyOrganizations(db: pg.Client, benchOrganizationId: string): Promise<void> {
  await db.query(
    `CREATE TEMP TABLE capacity_organization ON COMMIT DROP AS
       SELECT o.*, n FROM organization o, generate_series(1, $2::int) n WHERE o.id = $1`,
    [benchOrganizationId, OTHER_ORGANIZATIONS],
  );
  await db.query(
    `UPDATE capacity_organization
       SET id = gen_random_uuid(), name = name || ' ' || n, bin_iin = '9999' || lpad(n::text, 8, '0')`,
  );
  await db.query('ALTER TABLE capacity_organization DROP COLUMN n');
  await db.query('INSERT INTO organization SELECT * FROM capacity_organization');
}

async function copyDocuments(db: pg.Client, benchOrganizationId: string, inserted: number): Promise<void> {
  // Which executed document each copy is made from, whose it is and when it was created.
  await db.query(
    `CREATE TEMP TABLE capacity_copy ON COMMIT DROP AS
       WITH sources AS (SELECT array_agg(id ORDER BY id) AS ids FROM document WHERE status = 'EXECUTED'),
            others AS (SELECT array_agg(id) AS ids FROM capacity_organization)
       SELECT gen_random_uuid() AS id,
              s.ids[1 + g % cardinality(s.ids)] AS source_id,
              CASE WHEN ${BENCH_ORGANIZATION_SHARE} THEN $1::uuid ELSE o.ids[1 + g % cardinality(o.ids)] END
                AS organization_id,
              now() - random() * interval '365 days' AS created_at
       FROM generate_series(1, $2::int) g, sources s, others o`,
    [benchOrganizationId, inserted],
  );
  const unsourced = await db.query('SELECT 1 FROM capacity_copy WHERE source_id IS NULL LIMIT 1');
  if (unsourced.rowCount) throw new Error('the read model holds no executed document to copy');
  await db.query(
    `INSERT INTO document (id, organization_id, type, status, number, payer_iban, amount_tiyn, value_date,
                           beneficiary_name, author_id, last_seq, state, created_at, updated_at)
     SELECT c.id, c.organization_id, d.type, d.status, d.number, d.payer_iban, d.amount_tiyn,
            d.value_date, d.beneficiary_name, d.author_id, d.last_seq,
            d.state || jsonb_build_object('documentId', c.id, 'organizationId', c.organization_id),
            c.created_at, c.created_at + (d.updated_at - d.created_at)
     FROM capacity_copy c JOIN document d ON d.id = c.source_id`,
  );
  await db.query(
    `INSERT INTO process (id, workflow_id, type, organization_id, status, title, amount_minor, currency, awaiting,
                          awaiting_detail, last_seq, created_at, updated_at, kind, account_iban, broken)
     SELECT c.id, 'document-' || c.id, p.type, c.organization_id, p.status, p.title, p.amount_minor, p.currency,
            p.awaiting, p.awaiting_detail, p.last_seq, c.created_at, c.created_at + (p.updated_at - p.created_at),
            p.kind, p.account_iban, p.broken
     FROM capacity_copy c JOIN process p ON p.id = c.source_id`,
  );
}
