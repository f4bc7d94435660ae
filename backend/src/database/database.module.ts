import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config),
        // At start-up, wait up to ~10 s for PostgreSQL; later outages are reported by /api/health
        // and the pool reconnects by itself when the server returns.
        retryAttempts: 10,
        retryDelay: 1_000,
      }),
    }),
  ],
})
export class DatabaseModule {}
