import pg from 'pg';

/** Creates each of `databases` that the server behind `adminUrl` does not have yet. */
export async function createMissingDatabases(adminUrl: string, databases: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const database of databases) {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/** Whether `table` exists in the public schema of the database behind `url`. */
export async function hasTable(url: string, table: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query('SELECT to_regclass($1) AS name', [`public.${table}`]);
    return (found.rows[0] as { name: string | null }).name !== null;
  } finally {
    await client.end();
  }
}
