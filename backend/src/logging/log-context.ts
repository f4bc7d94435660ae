import { asyncLocalStorage as activityContexts } from '@temporalio/activity';
import { currentRequest } from './request-context.js';

/** Fields that tie a log line to what it was written for. */
export interface LogContext {
  requestId?: string;
  workflowId?: string;
  runId?: string;
  activityType?: string;
  attempt?: number;
}

/**
 * pino's mixin: the API request or the Temporal activity being served when a line is written, so a
 * payment can be followed by its request id in the API and its workflow id in the worker. Both come
 * from AsyncLocalStorage (the SDK keeps each activity's context in its own), read without throwing.
 */
export function logContext(): LogContext {
  const context: LogContext = {};
  const request = currentRequest();
  if (request) context.requestId = request.requestId;
  const activity = activityContexts.getStore()?.info;
  if (activity) {
    if (activity.workflowExecution) {
      context.workflowId = activity.workflowExecution.workflowId;
      context.runId = activity.workflowExecution.runId;
    }
    context.activityType = activity.activityType;
    context.attempt = activity.attempt;
  }
  return context;
}
