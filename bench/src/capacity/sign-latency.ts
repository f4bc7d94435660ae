import type { BenchClient } from '@qoltanba/testing/load/bench-organization';
import type { Client } from '@temporalio/client';
import { Latencies, runPool, timed } from '../latency.js';
import type { BenchApi, CreatedDocument } from './bench-api.js';

/**
 * The FIRST signer's sign call (POST /documents/:id/signatures), timed, on `samples` documents that
 * `next` supplies; SECOND then signs each and the benchmark waits until its workflow has ended, so
 * that the measurement adds nothing to the population of open documents.
 */
export async function measureSignLatency(
  api: BenchApi,
  setup: BenchClient,
  temporal: Client,
  samples: number,
  concurrency: number,
  next: () => Promise<CreatedDocument>,
): Promise<Latencies> {
  const latencies = new Latencies();
  await runPool(samples, concurrency, async () => {
    const document = await next();
    await timed(latencies, () => api.sign(document, setup.first));
    await api.sign(document, setup.second);
    const final = (await temporal.workflow.getHandle(`document-${document.id}`).result()) as {
      status: string;
    };
    if (final.status !== 'EXECUTED') throw new Error(`document ${document.id} ended ${final.status}`);
  });
  return latencies;
}
