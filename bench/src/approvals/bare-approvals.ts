import { fileURLToPath } from 'node:url';
import { type Client, WithStartWorkflowOperation } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { ApprovalRun } from './our-approvals.js';
import { bareApproval, bareReady, bareSign, type BareActivities } from './bare-approval.workflow.js';
import { Latencies, runPool, timed } from '../latency.js';

const activities: BareActivities = {
  async step() {},
  async dispatch() {},
};

/** The baseline run: the bare workflow, driven straight through the Temporal client. */
export async function runBareApprovals(
  temporalAddress: string,
  temporal: Client,
  documents: number,
  concurrency: number,
): Promise<ApprovalRun> {
  const taskQueue = 'bench-bare';
  const connection = await NativeConnection.connect({ address: temporalAddress });
  const worker = await Worker.create({
    connection,
    taskQueue,
    workflowsPath: fileURLToPath(new URL('./bare-approval.workflow.js', import.meta.url)),
    activities,
  });
  const running = worker.run();
  const signLatency = new Latencies();
  let sampleWorkflowId = '';
  try {
    const seconds = await runPool(documents, concurrency, async (index) => {
      sampleWorkflowId = `bare-${process.pid}-${index}-${Date.now()}`;
      const start = new WithStartWorkflowOperation(bareApproval, {
        taskQueue,
        workflowId: sampleWorkflowId,
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
      await temporal.workflow.executeUpdateWithStart(bareReady, { startWorkflowOperation: start });
      const handle = await start.workflowHandle();
      await timed(signLatency, () => handle.executeUpdate(bareSign, { args: ['first'] }));
      await timed(signLatency, () => handle.executeUpdate(bareSign, { args: ['second'] }));
      await handle.result();
    });
    return { documents, seconds, signLatency, sampleWorkflowId };
  } finally {
    worker.shutdown();
    await running;
    await connection.close();
  }
}
