import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { entities } from './entities.js';
import { migrations } from './migrations.js';

/** How every process connects: schema only through migrations, never `synchronize`. */
export function dataSourceOptions(config: Pick<AppConfig, 'database'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    poolSize: config.database.poolSize,
    // Fail fast when PostgreSQL is unreachable instead of queueing requests behind a dead pool.
    extra: { connectionTimeoutMillis: 3_000 },
  };
}
