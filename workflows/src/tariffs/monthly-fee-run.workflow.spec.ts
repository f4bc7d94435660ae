import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  startWorkflowWorker,
  testWorkflowCode,
  uniqueTaskQueue,
  type RunningWorkflowWorker,
} from '@qoltanba/testing/temporal';
import { Context } from '@temporalio/activity';
import type { WorkflowHandle } from '@temporalio/client';
import { Worker, type WorkerOptions } from '@temporalio/worker';
import { gate } from '../../test/gate.js';
import { HEARTBEATING_TASKS, pastTaskHeartbeat } from '../../test/held-writes.js';
import { waitFor } from '../../test/wait-for.js';
import type { MonthlyFeeActivities } from './monthly-fee-run.activities.js';
import type { FeeRunInput, FeeRunState } from './monthly-fee-run.messages.js';
import { monthlyFeeRunWorkflow } from './monthly-fee-run.workflow.js';

/** Tuesday 1 December 2026: the month's first working day. */
const FIRST_WORKING_DAY = '2026-12-01';

/** What one run (by workflow id) had due, charged and written to the read model. */
interface FakeRun {
  due: string[];
  charged: string[];
  /** The states written, each as its write began. */
  projected: FeeRunState[];
}

/** A bank and read model that keep each run's own organizations and writes apart. */
function fakeFeeActivities() {
  const runs = new Map<string, FakeRun>();
  /** While held, the charge of `heldOrganization` waits: a bank slow to answer. */
  const charges = gate();
  let heldOrganization: string | undefined;
  /** While held, the write of a run's end waits: a read model slow to answer. */
  const endWrites = gate();
  const runOf = () => runs.get(Context.current().info.workflowExecution?.workflowId ?? '')!;
  const activities: MonthlyFeeActivities = {
    async listFeesDue({ after, limit }) {
      return runOf()
        .due.filter((id) => after === null || id > after)
        .slice(0, limit);
    },
    async chargeMonthlyFee({ organizationId }) {
      runOf().charged.push(organizationId);
      if (organizationId === heldOrganization) await charges.passed();
      return { status: 'CHARGED', amountTiyn: 200_00 };
    },
    async recordFeeRun(state) {
      runOf().projected.push(state);
      if (state.status !== 'RUNNING') await endWrites.passed();
    },
  };
  return {
    activities,
    runs,
    holdChargeOf(organizationId: string): () => void {
      heldOrganization = organizationId;
      return charges.hold();
    },
    holdEndWrites: endWrites.hold,
  };
}

describe(monthlyFeeRunWorkflow.name, () => {
  let worker: RunningWorkflowWorker;
  const fakes = fakeFeeActivities();

  beforeAll(async () => {
    worker = await startWorkflowWorker('fee-runs', fakes.activities);
  });
  afterAll(async () => {
    await worker.stop();
  });

  /**
   * A run whose organizations due are `due`; `input` as `continueAsNew` gives it. A start delay
   * holds back its first workflow task, which a cancellation then dispatches at once: the run meets
   * the cancellation at its first step.
   */
  async function startRun(
    due: string[],
    input: Omit<FeeRunInput, 'date'> = {},
    {
      taskQueue = worker.taskQueue,
      ...options
    }: { startDelay?: string; taskQueue?: string; workflowTaskTimeout?: string } = {},
  ): Promise<{ handle: WorkflowHandle<typeof monthlyFeeRunWorkflow>; run: FakeRun }> {
    const workflowId = `monthly-fee-run-${randomUUID()}`;
    const run: FakeRun = { due, charged: [], projected: [] };
    fakes.runs.set(workflowId, run);
    const handle = await worker.env.client.workflow.start(monthlyFeeRunWorkflow, {
      taskQueue,
      workflowId,
      args: [{ date: FIRST_WORKING_DAY, ...input }],
      ...options,
    });
    return { handle, run };
  }
  const statusesOf = (run: FakeRun) => run.projected.map((state) => state.status);
  const CONTINUED = { after: 'a', tally: { charged: 1_000, failed: 2, skipped: 3 } };

  it('charges every organization due, then ends DONE with its tally, in the read model too', async () => {
    const { handle, run } = await startRun(['a', 'b', 'c']);
    const final = await handle.result();

    expect(final).toMatchObject({ status: 'DONE', tally: { charged: 3, failed: 0, skipped: 0 } });
    expect(run.charged).toEqual(['a', 'b', 'c']);
    expect(statusesOf(run)).toEqual(['RUNNING', 'DONE']);
  });

  it('ends CANCELLED with what it had charged, in the read model too, when cancelled from Temporal during a charge', async () => {
    const release = fakes.holdChargeOf('b');
    try {
      const { handle, run } = await startRun(['a', 'b', 'c']);
      await waitFor(() => run.charged.includes('b'));
      await handle.cancel();
      const final = await handle.result();

      expect(final).toMatchObject({ status: 'CANCELLED', tally: { charged: 1, failed: 0, skipped: 0 } });
      expect(final.timeline.map((entry) => entry.event)).toEqual(['STARTED', 'CANCELLED']);
      expect(statusesOf(run)).toEqual(['RUNNING', 'CANCELLED']);
      // Nothing further is charged: the month's following runs charge the rest.
      expect(run.charged).toEqual(['a', 'b']);
    } finally {
      release();
    }
  });

  it('stays DONE, its end written, when a cancellation comes while that end is being written', async () => {
    const release = fakes.holdEndWrites();
    try {
      const { handle, run } = await startRun(['a'], {}, HEARTBEATING_TASKS);
      await waitFor(() => statusesOf(run).includes('DONE'));
      await handle.cancel();
      await pastTaskHeartbeat();
      release();
      const final = await handle.result();

      expect(final).toMatchObject({ status: 'DONE', tally: { charged: 1, failed: 0, skipped: 0 } });
      expect(final.timeline.map((entry) => entry.event)).toEqual(['STARTED', 'DONE']);
      // Its write cut, DONE is written again (the fake logs each write as it begins).
      expect(statusesOf(run)).toEqual(['RUNNING', 'DONE', 'DONE']);
    } finally {
      release();
    }
  });

  it('a run continued as new charges past where the last one stopped, adds to its tally and writes only its end', async () => {
    const { handle, run } = await startRun(['a', 'b'], { ...CONTINUED, processId: randomUUID() });
    const final = await handle.result();

    expect(final).toMatchObject({ status: 'DONE', tally: { charged: 1_001, failed: 2, skipped: 3 } });
    expect(run.charged).toEqual(['b']);
    expect(statusesOf(run)).toEqual(['DONE']);
  });

  it('a run continued as new, cancelled, keeps the tally of the runs before and writes only its end', async () => {
    const { handle, run } = await startRun(
      ['a', 'b'],
      { ...CONTINUED, processId: randomUUID() },
      {
        startDelay: '1 hour',
      },
    );
    await handle.cancel();
    const final = await handle.result();

    expect(final).toMatchObject({ status: 'CANCELLED', tally: CONTINUED.tally });
    expect(run.charged).toEqual([]);
    expect(statusesOf(run)).toEqual(['CANCELLED']);
  });

  it('ends CANCELLED, not continued as new, when the cancellation comes with the answer of its last charge', async () => {
    // The activities on one worker, the workflow (and its local activities) on another, with no cache:
    // the workflow's next task waits while no one polls for it.
    const taskQueue = uniqueTaskQueue('fee-runs-continued');
    const connection = worker.env.nativeConnection;
    const running = (options: WorkerOptions) =>
      Worker.create(options).then((started) => ({ started, done: started.run() }));
    const stop = async ({ started, done }: Awaited<ReturnType<typeof running>>) => {
      if (started.getState() === 'RUNNING') started.shutdown();
      await done;
    };
    const activities = await running({ connection, taskQueue, activities: fakes.activities });
    const workflowWorker = () =>
      running({
        connection,
        taskQueue,
        ...testWorkflowCode(),
        activities: fakes.activities,
        enableNonLocalActivities: false,
        maxCachedWorkflows: 0,
      });
    let workflows = await workflowWorker();
    const release = fakes.holdChargeOf('b');
    try {
      const { handle, run } = await startRun(['a', 'b', 'c'], { perRun: 2 }, { taskQueue });
      await waitFor(() => run.charged.includes('b'));
      await stop(workflows);
      release();
      // The list and both charges answered: the task that would continue as new waits with the cancellation.
      await waitFor(
        async () =>
          (await handle.fetchHistory()).events!.filter((event) => event.activityTaskCompletedEventAttributes)
            .length === 3,
      );
      await handle.cancel();
      workflows = await workflowWorker();
      const final = await handle.result();

      expect(final).toMatchObject({ status: 'CANCELLED', tally: { charged: 2, failed: 0, skipped: 0 } });
      expect(run.charged).toEqual(['a', 'b']);
      expect(statusesOf(run)).toEqual(['RUNNING', 'CANCELLED']);
    } finally {
      release();
      await stop(workflows);
      await stop(activities);
    }
  });
});
