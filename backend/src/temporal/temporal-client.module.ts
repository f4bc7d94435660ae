import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig } from '../config/app-config.js';
import { ProcessClient } from './process-client.js';

/**
 * The API's Temporal client. The connection is lazy: the API starts and answers /api/health
 * while Temporal is down, and the client connects (and reconnects) when it is back.
 */
@Global()
@Module({
  providers: [
    {
      provide: Connection,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => Connection.lazy({ address: config.temporal.address }),
    },
    {
      provide: Client,
      inject: [Connection, AppConfig],
      useFactory: (connection: Connection, config: AppConfig) =>
        new Client({ connection, namespace: config.temporal.namespace }),
    },
    ProcessClient,
  ],
  exports: [Connection, Client, ProcessClient],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(Connection) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
