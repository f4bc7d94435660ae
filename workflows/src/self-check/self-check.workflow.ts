import { proxyActivities, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { processSearchAttributes } from '../process/process-search-attributes.js';
import type { SelfCheckActivities } from './self-check.activities.js';
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
  upsertSearchAttributes(
    processSearchAttributes({ type: 'self-check', status: 'RUNNING', awaiting: 'SYSTEM' }),
  );
  const result = await recordSelfCheck(workflowInfo().workflowId);
  upsertSearchAttributes(
    processSearchAttributes({ type: 'self-check', status: 'COMPLETED', awaiting: 'NOBODY' }),
  );
  return result;
}
