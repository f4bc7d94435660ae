import { isNativeError } from 'node:util/types';
import { WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ProcessEngineUnavailable } from './process-errors.js';

/**
 * Whether an error means Temporal could not be reached or did not answer in time (down, restarting,
 * too busy): a moment's unavailability to answer as 503, not a fault of ours (500). The client wraps
 * gRPC's status in a ServiceError (as its `cause`), the workflow service's own calls throw it bare,
 * and a connection that cannot be opened, or was closed under the call, says so only in words.
 */
export function isEngineUnavailable(error: unknown): boolean {
  // isNativeError, not instanceof Error: gRPC's errors may come from another realm (a test sandbox).
  for (let current = error; isNativeError(current); current = current.cause) {
    if (current instanceof ProcessEngineUnavailable) return true;
    // Its own cause is a gRPC timeout or cancellation: the update's answer never came.
    if (current instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
    if (isGrpcStatus(current) && UNAVAILABLE_STATUSES.has(current.code)) return true;
    if (CONNECTION_MESSAGES.includes(current.message)) return true;
  }
  return false;
}

/** gRPC's ServiceError: a numeric status code, its details and the trailers' metadata. */
function isGrpcStatus(error: Error): error is Error & { code: number } {
  const { code, details, metadata } = error as Error & Record<string, unknown>;
  return typeof code === 'number' && typeof details === 'string' && typeof metadata === 'object';
}

/** gRPC status codes of a server out of reach, slow to answer, or shedding load. */
const UNAVAILABLE_STATUSES = new Set([
  4, // DEADLINE_EXCEEDED: no answer in the call's time (the client retries UNAVAILABLE until then)
  8, // RESOURCE_EXHAUSTED: Temporal's rate limits, like PostgreSQL's too_many_connections
  14, // UNAVAILABLE: connection refused, dropped, or the server shutting down
]);

/** grpc-js's words when the channel never got ready (Connection.connect) or was closed under a call. */
const CONNECTION_MESSAGES = [
  'Failed to connect before the deadline',
  'The channel has been closed',
  'Channel has been shut down',
];
