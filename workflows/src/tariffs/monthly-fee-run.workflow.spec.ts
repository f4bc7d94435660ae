import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startWorkflowWorker, type RunningWorkflowWorker } from '@qoltanba/testing/temporal';
import { Context } from '@temporalio/activity';
import type { WorkflowHandle } from '@temporalio/client';
import { gate } from '../../test/gate.js';
import { waitFor } from '../../test/wait-for.js';
import type { MonthlyFeeActivities } from './monthly-fee-run.activities.js';
import type { FeeRunInput, FeeRunState } from './monthly-fee-run.messages.js';
import { monthlyFeeRunWorkflow } from './monthly-fee-run.workflow.js';

/** Tuesday 1 December 2026: the month's first working day. */
const FIRST_WORKING_DAY = '2026-12-01';

/**
 * A bank and read model that record what each run (by workflow id) asked of them: the organizations
 * due are the run's own, so runs of one worker never share them.
 */
function fakeFeeActivities() {
  const due = new Map<string, string[]>();
  const charged: string[] = [];
  const projected: FeeRunState[] = [];
  /** While held, a charge waits: a bank slow to answer. */
  const charges = gate();
  const runOf = () => Context.current().info.workflowExecution?.workflowId ?? '';
  const activities: MonthlyFeeActivities = {
    async listFeesDue({ after, limit }) {
      return (due.get(runOf()) ?? []).filter((id) => after === null || id > after).slice(0, limit);
    },
    async chargeMonthlyFee({ organizationId }) {
      charged.push(organizationId);
      await charges.passed();
      return { status: 'CHARGED', amountTiyn: 200_00 };
    },
    async recordFeeRun(state) {
      projected.push(state);
    },
  };
  return { activities, due, charged, projected, holdCharges: charges.hold };
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

  /** A run whose organizations due are `organizations` (prefixed with the run's id). */
  async function startRun(
    organizations: string[],
    input: Omit<FeeRunInput, 'date'> = {},
    startDelay?: string,
  ): Promise<{ handle: WorkflowHandle<typeof monthlyFeeRunWorkflow>; due: string[] }> {
    const workflowId = `monthly-fee-run-${randomUUID()}`;
    const due = organizations.map((organization) => `${workflowId}/${organization}`);
    fakes.due.set(workflowId, due);
    const handle = await worker.env.client.workflow.start(monthlyFeeRunWorkflow, {
      taskQueue: worker.taskQueue,
      workflowId,
      args: [{ date: FIRST_WORKING_DAY, ...input }],
      ...(startDelay ? { startDelay } : {}),
    });
    return { handle, due };
  }
  const projectedOf = (runId: string) => fakes.projected.filter((state) => state.runId === runId);

  it('charges every organization due, then ends DONE with its tally, in the read model too', async () => {
    const { handle, due } = await startRun(['a', 'b', 'c']);
    const final = await handle.result();

    expect(final).toMatchObject({ status: 'DONE', tally: { charged: 3, failed: 0, skipped: 0 } });
    expect(fakes.charged).toEqual(expect.arrayContaining(due));
    expect(projectedOf(handle.workflowId).map((state) => state.status)).toEqual(['RUNNING', 'DONE']);
  });

  it('ends CANCELLED with what it had charged, in the read model too, when cancelled from Temporal during a charge', async () => {
    const release = fakes.holdCharges();
    const { handle, due } = await startRun(['a', 'b', 'c']);
    try {
      // The first charge is held; the run is cancelled while it waits for the bank.
      await waitFor(() => fakes.charged.includes(due[0]!));
      await handle.cancel();
      const final = await handle.result();

      expect(final).toMatchObject({ status: 'CANCELLED', tally: { charged: 0, failed: 0, skipped: 0 } });
      expect(final.timeline.map((entry) => entry.event)).toEqual(['STARTED', 'CANCELLED']);
      expect(projectedOf(handle.workflowId).map((state) => state.status)).toEqual(['RUNNING', 'CANCELLED']);
      // Nothing further is charged: the next day's run charges the rest.
      expect(fakes.charged).not.toContain(due[1]);
    } finally {
      release();
    }
  });

  it('a run continued as new, cancelled, keeps the tally of the runs before and does not project its start again', async () => {
    // As `continueAsNew` starts it, past the organizations charged before; the delay lets the
    // cancellation reach its first step with its start.
    const { handle } = await startRun(
      ['a', 'b'],
      { after: 'a', tally: { charged: 1_000, failed: 2, skipped: 3 }, processId: randomUUID() },
      '1 second',
    );
    await handle.cancel();
    const final = await handle.result();

    expect(final).toMatchObject({ status: 'CANCELLED', tally: { charged: 1_000, failed: 2, skipped: 3 } });
    expect(projectedOf(handle.workflowId).map((state) => state.status)).toEqual(['CANCELLED']);
  });
});
