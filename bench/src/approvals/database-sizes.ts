import pg from 'pg';

/** Megabytes each database of the server takes on disk (the application's, and Temporal's two). */
export async function databaseSizes(adminUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const rows = await client.query<{ datname: string; bytes: string }>(
      `SELECT datname, pg_database_size(datname) AS bytes FROM pg_database
       WHERE datname IN ('qoltanba', 'temporal', 'temporal_visibility')`,
    );
    return Object.fromEntries(rows.rows.map((row) => [row.datname, Number(row.bytes) / 1_048_576]));
  } finally {
    await client.end();
  }
}
