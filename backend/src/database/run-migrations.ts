import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

/** Arbitrary but fixed: the advisory lock every process takes before migrating. */
const MIGRATION_LOCK_KEY = 7_310_240_001;

/**
 * Applies pending migrations at start-up. Several API replicas may start at once: a session-level
 * advisory lock makes them migrate one after the other, and each migration runs in its own transaction.
 */
export async function runMigrations(dataSource: DataSource, logger: Logger): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}
