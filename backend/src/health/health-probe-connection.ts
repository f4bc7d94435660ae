import type { FactoryProvider, OnApplicationShutdown } from '@nestjs/common';
import { Connection } from '@temporalio/client';
import { AppConfig } from '../config/app-config.js';

export const HEALTH_PROBE_CONNECTION = Symbol('HEALTH_PROBE_CONNECTION');

/**
 * A Temporal connection for health probes only. The client's usual connection retries unavailable
 * calls for a long time; a probe must answer "down" at once and must not leave retries behind.
 */
export const healthProbeConnectionProvider: FactoryProvider<Connection & OnApplicationShutdown> = {
  provide: HEALTH_PROBE_CONNECTION,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => {
    const connection = Connection.lazy({ address: config.temporal.address, interceptors: [] });
    return Object.assign(connection, { onApplicationShutdown: () => connection.close() });
  },
};
