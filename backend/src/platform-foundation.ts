import type { DynamicModule, Type } from '@nestjs/common';
import type { Logger } from 'pino';
import { CryptoModule } from './common/crypto/crypto.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { TemporalClientModule } from './temporal/temporal-client.module.js';

/** What both processes stand on, the API and the worker: config, secrets, logs, database, Temporal. */
export function platformFoundation(config: AppConfig, logger: Logger): (Type | DynamicModule)[] {
  return [
    ConfigModule.forRoot(config),
    CryptoModule,
    LoggingModule.forRoot(logger),
    DatabaseModule,
    TemporalClientModule,
  ];
}
