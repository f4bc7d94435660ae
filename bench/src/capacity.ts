import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { onboardBenchClient } from '@qoltanba/testing/load/bench-organization';
import { startLocalStack } from './approvals/local-stack.js';
import { BenchApi, OPERATOR } from './capacity/bench-api.js';
import { printCapacityReport } from './capacity/capacity-report.js';
import { measureList } from './capacity/list-latency.js';
import { populateOpenDocuments } from './capacity/open-documents.js';
import { memoryOf } from './capacity/process-memory.js';
import { fillReadModel } from './capacity/read-model-fill.js';
import { measureSignLatency } from './capacity/sign-latency.js';

/**
 * `npm run bench:capacity [-- --open 10000 --read-model 100000 --samples 300 --temporal dev-server|postgres
 * --workers 1]`: what the platform holds (issue 18). The sign call's p99 on an empty platform; then
 * `--open` documents left awaiting signatures (each a running workflow): the worker's memory and the
 * sign p99 beside them; then the read model filled to `--read-model` documents by SQL: the documents
 * list's and the operations console's process list's latencies.
 */
/** The sign call is measured under moderate load, the same before and after the population. */
const SIGN_CONCURRENCY = 10;
/** Enough creations in flight to keep the workflow engine busy, not so many that it queues them. */
const POPULATION_CONCURRENCY = 20;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      open: { type: 'string', default: '10000' },
      'read-model': { type: 'string', default: '100000' },
      samples: { type: 'string', default: '300' },
      temporal: { type: 'string', default: 'dev-server' },
      workers: { type: 'string', default: '1' },
    },
  });
  const open = Number(values.open);
  const samples = Number(values.samples);
  const temporalKind = values.temporal === 'postgres' ? 'postgres' : 'dev-server';
  const stack = await startLocalStack({ temporal: temporalKind, workers: Number(values.workers) });
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new Client({ connection });
  try {
    const setup = await onboardBenchClient(stack.apiUrl);
    const api = new BenchApi(stack.apiUrl);
    const signFresh = (count: number) =>
      measureSignLatency(api, setup, temporal, count, SIGN_CONCURRENCY, () => api.createSubmitted(setup));
    // Warm-up (workflow bundle, JIT, connection pools), not measured.
    await signFresh(20);
    progress(`sign p99 on the empty platform (${samples} documents)`);
    const emptySign = await signFresh(samples);

    progress(`${open} documents left awaiting signatures`);
    const population = await populateOpenDocuments(api, setup, open, POPULATION_CONCURRENCY);
    const memory = {
      worker: await memoryOf(stack.components.worker),
      temporal: await memoryOf(stack.components.temporal),
      api: await memoryOf(stack.components.api),
    };
    progress(`sign p99 beside them, on new documents and on the oldest open ones`);
    const populatedSign = await signFresh(samples);
    // Signed long after it was created, a document's workflow may have left the worker's cache.
    // Half the population at most is signed, so the lists below still have open documents to show.
    const oldest = population.documents.slice(0, Math.min(samples, Math.floor(open / 2)));
    const oldestSign = await measureSignLatency(api, setup, temporal, oldest.length, SIGN_CONCURRENCY, () =>
      Promise.resolve(oldest.shift()!),
    );

    progress(`read model filled to ${values['read-model']} documents`);
    const fill = await fillReadModel(stack.databaseUrl, setup.first.userId, Number(values['read-model']));
    const lists = {
      documents: await measureList(api, '/documents?page=1&pageSize=20', setup.first),
      documentsAwaiting: await measureList(
        api,
        '/documents?page=1&pageSize=20&status=AWAITING_SIGNATURES',
        setup.first,
      ),
      awaitingMe: await measureList(api, '/documents/awaiting-me', setup.first),
      processes: await measureList(api, '/ops/processes?page=1&pageSize=20', OPERATOR),
      processesAwaiting: await measureList(
        api,
        '/ops/processes?page=1&pageSize=20&status=AWAITING_SIGNATURES',
        OPERATOR,
      ),
    };

    printCapacityReport({
      shape: `${temporalKind}, ${values.workers} worker(s)`,
      open,
      emptySign,
      populatedSign,
      oldestSign,
      createdPerSecond: population.documents.length / population.seconds,
      memory,
      fill,
      lists,
    });
  } finally {
    await connection.close();
    await stack.stop();
  }
}

function progress(step: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${step}…`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
