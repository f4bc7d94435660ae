import { setTimeout as delay } from 'node:timers/promises';
import { NativeConnection } from '@temporalio/worker';
import type { Logger } from 'pino';

/**
 * Connects the worker to Temporal, waiting while the server is not up yet (it may be starting in
 * parallel, or restarting). Gives up only when `signal` aborts.
 */
export async function connectWithRetry(
  address: string,
  logger: Logger,
  signal: AbortSignal,
): Promise<NativeConnection> {
  let wait = 500;
  for (;;) {
    try {
      return await NativeConnection.connect({ address });
    } catch (error) {
      if (signal.aborted) throw error;
      logger.warn({ err: error, address, retryInMs: wait }, 'waiting for Temporal');
      await delay(wait, undefined, { signal });
      wait = Math.min(wait * 2, 5_000);
    }
  }
}
