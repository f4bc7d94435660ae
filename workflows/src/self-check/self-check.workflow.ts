import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { SelfCheckActivities } from '../activities.js';
import type { SelfCheckResult } from './self-check.messages.js';

const { recordSelfCheck } = proxyActivities<SelfCheckActivities>({
  startToCloseTimeout: '10 seconds',
  // A self-check should answer quickly: a few quick retries, then report the failure.
  retry: { initialInterval: '200 milliseconds', maximumAttempts: 3 },
});

/**
 * Proves the whole path an operator relies on: API → Temporal → a worker → an activity → PostgreSQL.
 * `npm start` runs one at boot so the Temporal UI shows a completed run.
 */
export async function platformSelfCheck(): Promise<SelfCheckResult> {
  return recordSelfCheck(workflowInfo().workflowId);
}
