import type { BenchClient } from '@qoltanba/testing/load/bench-organization';
import type { Client } from '@temporalio/client';
import { Latencies, runPool, timed } from '../latency.js';

const MANAGER = { 'x-dev-staff-role': 'MANAGER' };

export interface ApprovalRun {
  documents: number;
  seconds: number;
  signLatency: Latencies;
  /** One of the run's workflows, for its history's size. */
  sampleWorkflowId: string;
}

/**
 * The platform's path for one payment, through its HTTP API: create (and submit) → FIRST signs →
 * SECOND signs (both in the Standard channel, so the document leaves for the bank at once) →
 * the bank executes it (intra-bank) → the workflow ends EXECUTED.
 */
export async function runOurApprovals(
  apiUrl: string,
  setup: BenchClient,
  temporal: Client,
  documents: number,
  concurrency: number,
): Promise<ApprovalRun> {
  const signLatency = new Latencies();
  let sampleWorkflowId = '';
  const call = async (path: string, user: { userId: string } | null, body?: unknown) => {
    const response = await fetch(`${apiUrl}/api${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(user ? { 'x-dev-user-id': user.userId, 'x-dev-channel': 'STANDARD' } : MANAGER),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  const seconds = await runPool(documents, concurrency, async () => {
    // "Save and send for signature": created already awaiting signatures.
    const created = await call('/documents?submit=true', setup.first, setup.payment());
    const id = created.id as string;
    const hash = created.contentHash as string;
    const sign = { contentHash: hash, evidence: { kind: 'DEV' } };
    await timed(signLatency, () => call(`/documents/${id}/signatures`, setup.first, sign));
    await timed(signLatency, () => call(`/documents/${id}/signatures`, setup.second, sign));
    sampleWorkflowId = `document-${id}`;
    const final = (await temporal.workflow.getHandle(sampleWorkflowId).result()) as { status: string };
    if (final.status !== 'EXECUTED') throw new Error(`document ${id} ended ${final.status}`);
  });
  return { documents, seconds, signLatency, sampleWorkflowId };
}
