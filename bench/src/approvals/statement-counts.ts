import pg from 'pg';

export interface StatementCount {
  /** Executions per document. */
  calls: number;
  /** The statement, whitespace folded, cut short. */
  text: string;
}

/**
 * SQL statements the application's database ran, from pg_stat_statements (the server must preload it):
 * `reset` before a measured run, `read` after, per document of the run; `totalIn` counts those of
 * other databases on the same server (Temporal's, when it persists there).
 */
export async function statementCounter(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  return {
    async reset(): Promise<void> {
      await client.query('SELECT pg_stat_statements_reset()');
    },
    async read(documents: number): Promise<{ total: number; top: StatementCount[] }> {
      const { rows } = await client.query<{ calls: string; text: string }>(
        `SELECT calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS text FROM pg_stat_statements
         WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
           AND query NOT LIKE '%pg_stat_statements%'
         ORDER BY calls DESC`,
      );
      const counts = rows.map((row) => ({ calls: Number(row.calls) / documents, text: row.text }));
      return { total: counts.reduce((sum, row) => sum + row.calls, 0), top: counts.slice(0, 12) };
    },
    async totalIn(databases: readonly string[], documents: number): Promise<number> {
      const { rows } = await client.query<{ calls: string }>(
        `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements
         WHERE dbid IN (SELECT oid FROM pg_database WHERE datname = ANY($1))`,
        [databases],
      );
      return Number(rows[0]!.calls) / documents;
    },
    close: () => client.end(),
  };
}
