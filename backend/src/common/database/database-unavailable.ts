import { isNativeError } from 'node:util/types';

/**
 * Whether an error means PostgreSQL could not be reached or would not take a connection just now
 * (down, restarting, too busy to accept one in time): a moment's unavailability to answer as 503,
 * not a fault of ours (500). pg-pool says so only in words; the rest carry a code.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // isNativeError, not instanceof: the socket's errors may come from another realm (a test sandbox).
  for (let current = error; isNativeError(current); current = current.cause) {
    const { code, message, driverError } = current as Error & { code?: unknown; driverError?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (POOL_MESSAGES.some((prefix) => message.startsWith(prefix))) return true;
    // TypeORM wraps the driver's error in its own.
    if (driverError !== undefined && isDatabaseUnavailable(driverError)) return true;
  }
  return false;
}

/** Socket failures, and PostgreSQL's SQLSTATEs for a server shutting down, starting or full. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

const POOL_MESSAGES = [
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'Connection terminated unexpectedly',
  // A pooled connection the restarting server cut, taken for a query before the pool dropped it.
  'Client has encountered a connection error and is not queryable',
];
