import type { BenchClient } from '@qoltanba/testing/load/bench-organization';
import { runPool } from '../latency.js';
import type { BenchApi, CreatedDocument } from './bench-api.js';

export interface Population {
  documents: CreatedDocument[];
  seconds: number;
}

/**
 * `count` documents created and submitted, left awaiting their signatures: each one's workflow stays
 * running, waiting for a signer, which is the load a bank's working day leaves on the engine.
 */
export async function populateOpenDocuments(
  api: BenchApi,
  setup: BenchClient,
  count: number,
  concurrency: number,
): Promise<Population> {
  const documents: CreatedDocument[] = [];
  const seconds = await runPool(count, concurrency, async () => {
    documents.push(await api.createSubmitted(setup));
  });
  return { documents, seconds };
}
