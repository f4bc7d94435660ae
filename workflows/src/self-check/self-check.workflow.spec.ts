import { describe, expect, it } from '@jest/globals';
import { connectTestTemporal, uniqueTaskQueue } from '@qoltanba/testing/temporal';
import { Worker } from '@temporalio/worker';
import { bundlerOptions, workflowsPath } from '../bundling.js';
import type { SelfCheckActivities } from './self-check.activities.js';
import { platformSelfCheck } from './self-check.workflow.js';

describe(platformSelfCheck.name, () => {
  it('returns what the recording activity wrote, keyed by the workflow id', async () => {
    const env = await connectTestTemporal();
    const taskQueue = uniqueTaskQueue('self-check');
    const recorded: string[] = [];
    const activities: SelfCheckActivities = {
      async recordSelfCheck(checkId) {
        recorded.push(checkId);
        return { checkId, workerIdentity: 'test-worker', recordedAt: '2026-11-21T00:00:00.000Z' };
      },
    };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath,
      bundlerOptions,
      activities,
    });
    try {
      const result = await worker.runUntil(
        env.client.workflow.execute(platformSelfCheck, { taskQueue, workflowId: `self-check-${taskQueue}` }),
      );
      expect(result).toEqual({
        checkId: `self-check-${taskQueue}`,
        workerIdentity: 'test-worker',
        recordedAt: '2026-11-21T00:00:00.000Z',
      });
      expect(recorded).toEqual([`self-check-${taskQueue}`]);
    } finally {
      await env.teardown();
    }
  });

  it('fails after three attempts when the activity keeps failing, instead of hanging', async () => {
    const env = await connectTestTemporal();
    const taskQueue = uniqueTaskQueue('self-check-failing');
    let attempts = 0;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath,
      bundlerOptions,
      activities: {
        async recordSelfCheck() {
          attempts++;
          throw new Error('database unavailable');
        },
      } satisfies SelfCheckActivities,
    });
    try {
      const run = env.client.workflow.execute(platformSelfCheck, {
        taskQueue,
        workflowId: `self-check-${taskQueue}`,
      });
      await expect(worker.runUntil(run)).rejects.toThrow('Workflow execution failed');
      expect(attempts).toBe(3);
    } finally {
      await env.teardown();
    }
  });
});
