import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startWorkflowWorker, type RunningWorkflowWorker } from '@qoltanba/testing/temporal';
import { monthlyFeeRunWorkflow } from '@qoltanba/workflows';
import type { MonthlyFeeActivities } from '@qoltanba/workflows/activities';
import { KEEP_ALIVE_HEARTBEATS } from './keep-alive-heartbeats.js';

/** Longer than the bank call's 6-second heartbeat timeout, shorter than its 15-second start-to-close. */
const SLOW_BANK_ANSWER_MS = 8_000;

describe('heartbeats that keep a live worker’s calls to other systems its own', () => {
  const bankCalls: string[] = [];
  const activities: MonthlyFeeActivities = {
    recordFeeRun: () => Promise.resolve(),
    // The bank answers the first listing slowly, any repeat at once.
    listFeesDue: () => {
      bankCalls.push('listFeesDue');
      const delay = bankCalls.length === 1 ? SLOW_BANK_ANSWER_MS : 0;
      return new Promise((resolve) => setTimeout(() => resolve([]), delay));
    },
    chargeMonthlyFee: () => Promise.reject(new Error('no organization is due in this test')),
  };
  let worker: RunningWorkflowWorker;
  beforeAll(async () => {
    worker = await startWorkflowWorker('keep-alive-heartbeats', activities, KEEP_ALIVE_HEARTBEATS);
  });
  afterAll(() => worker.stop());

  it('lets a bank call slower than its heartbeat timeout finish on the worker that runs it, asked once', async () => {
    const run = await worker.env.client.workflow.execute(monthlyFeeRunWorkflow, {
      taskQueue: worker.taskQueue,
      workflowId: `monthly-fee-${worker.taskQueue}`,
      args: [{ date: '2026-12-07' }],
    });
    expect(run.status).toBe('DONE');
    expect(bankCalls).toEqual(['listFeesDue']);
  }, 60_000);
});
