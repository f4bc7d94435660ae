import { availableParallelism, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { runBareApprovals } from './approvals/bare-approvals.js';
import { startLocalStack } from './approvals/local-stack.js';
import { onboardBenchClient } from '@qoltanba/testing/load/bench-organization';
import { type ApprovalRun, runOurApprovals } from './approvals/our-approvals.js';

/**
 * `npm run bench:approvals [-- --documents 1000 --concurrency 20]`: payment documents per second
 * through the whole platform (HTTP API → workflow → activities → PostgreSQL → bank simulator), the
 * sign call's latency, and the same shape of workflow with no database work as the baseline.
 * Targets on a 2-core machine: ≥ 30 documents/s, sign p99 ≤ 150 ms, ratio ≥ 0.6.
 */
const TARGETS = { documentsPerSecond: 30, signP99Ms: 150, ratio: 0.6 };

async function main(): Promise<void> {
  // The baseline's in-process worker would otherwise narrate its state changes and bundling.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '20' },
    },
  });
  const documents = Number(values.documents);
  const concurrency = Number(values.concurrency);
  const stack = await startLocalStack();
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new Client({ connection });
  try {
    const client = await onboardBenchClient(stack.apiUrl);
    // Warm-up (bundles, JIT, connection pools), not measured.
    await runBareApprovals(stack.temporalAddress, temporal, 20, concurrency);
    await runOurApprovals(stack.apiUrl, client, temporal, 20, concurrency);

    const bare = await runBareApprovals(stack.temporalAddress, temporal, documents, concurrency);
    const ours = await runOurApprovals(stack.apiUrl, client, temporal, documents, concurrency);
    report(ours, bare, concurrency);
  } finally {
    await connection.close();
    await stack.stop();
  }
}

function report(ours: ApprovalRun, bare: ApprovalRun, concurrency: number): void {
  const rate = (run: ApprovalRun) => run.documents / run.seconds;
  const ratio = rate(ours) / rate(bare);
  const row = (name: string, value: string, target: string, ok: boolean) =>
    `  ${name.padEnd(30)} ${value.padStart(12)}   target ${target.padEnd(8)} ${ok ? 'met' : 'NOT met'}`;
  console.log(
    [
      '',
      `Approvals benchmark — ${ours.documents} documents, concurrency ${concurrency}, ` +
        `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'})`,
      row(
        'documents/s (platform)',
        rate(ours).toFixed(1),
        `≥ ${TARGETS.documentsPerSecond}`,
        rate(ours) >= TARGETS.documentsPerSecond,
      ),
      row('sign p50 (ms)', ours.signLatency.percentile(50).toFixed(0), '', true),
      row(
        'sign p99 (ms)',
        ours.signLatency.percentile(99).toFixed(0),
        `≤ ${TARGETS.signP99Ms}`,
        ours.signLatency.percentile(99) <= TARGETS.signP99Ms,
      ),
      row('documents/s (bare workflow)', rate(bare).toFixed(1), '', true),
      row('bare sign p99 (ms)', bare.signLatency.percentile(99).toFixed(0), '', true),
      row('ratio platform / bare', ratio.toFixed(2), `≥ ${TARGETS.ratio}`, ratio >= TARGETS.ratio),
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
