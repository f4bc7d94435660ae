import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { withAdvisoryLock } from '../common/database/advisory-lock.js';

/** Arbitrary but fixed: the advisory lock every process takes before migrating. */
const MIGRATION_LOCK_KEY = 7_310_240_001;

/**
 * Applies pending migrations at start-up. Several API replicas may start at once: a session-level
 * advisory lock makes them migrate one after the other, and each migration runs in its own transaction.
 */
export async function runMigrations(dataSource: DataSource, logger: Logger): Promise<void> {
  await withAdvisoryLock(dataSource, MIGRATION_LOCK_KEY, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
  });
}
