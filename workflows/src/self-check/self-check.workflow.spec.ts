import { describe, expect, it } from '@jest/globals';
import { startWorkflowWorker } from '@qoltanba/testing/temporal';
import type { SelfCheckActivities } from './self-check.activities.js';
import { platformSelfCheck } from './self-check.workflow.js';

/** Runs one self-check on a worker with these activities. */
async function selfCheckWith(activities: SelfCheckActivities) {
  const { env, taskQueue, stop } = await startWorkflowWorker('self-check', activities);
  const workflowId = `self-check-${taskQueue}`;
  try {
    return {
      workflowId,
      result: await env.client.workflow.execute(platformSelfCheck, { taskQueue, workflowId }),
    };
  } finally {
    await stop();
  }
}

describe(platformSelfCheck.name, () => {
  it('returns what the recording activity wrote, keyed by the workflow id', async () => {
    const recorded: string[] = [];

    const { workflowId, result } = await selfCheckWith({
      async recordSelfCheck(checkId) {
        recorded.push(checkId);
        return { checkId, workerIdentity: 'test-worker', recordedAt: '2026-11-21T00:00:00.000Z' };
      },
    });

    expect(result).toEqual({
      checkId: workflowId,
      workerIdentity: 'test-worker',
      recordedAt: '2026-11-21T00:00:00.000Z',
    });
    expect(recorded).toEqual([workflowId]);
  });

  it('fails after three attempts when the activity keeps failing, instead of hanging', async () => {
    let attempts = 0;

    const run = selfCheckWith({
      async recordSelfCheck() {
        attempts++;
        throw new Error('database unavailable');
      },
    });

    await expect(run).rejects.toThrow('Workflow execution failed');
    expect(attempts).toBe(3);
  });
});
