import type { DataSource } from 'typeorm';

/**
 * Runs `work` while this process holds a session-level advisory lock on `key`: what several API
 * replicas starting at once (migrations, the demo seeding) must do one after the other.
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  key: number,
  work: () => Promise<T>,
): Promise<T> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [key]);
    return await work();
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await lock.release();
  }
}
