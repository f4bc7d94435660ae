import { mkdir } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { runBareApprovals } from './approvals/bare-approvals.js';
import { startLocalStack } from './approvals/local-stack.js';
import { onboardBenchClient } from '@qoltanba/testing/load/bench-organization';
import { type ApprovalRun, runOurApprovals } from './approvals/our-approvals.js';
import { databaseSizes } from './approvals/database-sizes.js';
import { historySize, type HistorySize } from './approvals/history-size.js';
import { cpuPerDocument, type ProcessGroup } from './approvals/process-cpu.js';
import { statementCounter } from './approvals/statement-counts.js';
import { requestsPerDocument, temporalRequests } from './approvals/temporal-requests.js';
import { TEMPORAL_DATABASES } from '@qoltanba/local/services/temporal-on-postgres';

/**
 * `npm run bench:approvals [-- --documents 1000 --concurrency 20 --temporal dev-server|postgres
 * --workers 1 --save-histories DIR]`: payment documents per second
 * through the whole platform (HTTP API → workflow → activities → PostgreSQL → bank simulator), the
 * sign call's latency, and the same shape of workflow with no database work as the baseline.
 * Both run on the same Temporal server, the dev server (`npm start`'s) or the server on PostgreSQL
 * (the cluster's), and the CPU each component spent per document is measured beside, with the SQL
 * statements the application's database ran, Temporal's requests (dev server) or its SQL statements
 * (PostgreSQL), per document.
 * Targets on a 2-core machine: ≥ 30 documents/s, sign p99 ≤ 150 ms, ratio ≥ 0.8 (issue 18).
 */
const TARGETS = { documentsPerSecond: 30, signP99Ms: 150, ratio: 0.8 };
/** `--save-histories`' files: the payment's, the bare workflow's (the fixtures' names). */
const HISTORY_FILES = ['payment-signed-and-executed.binpb', 'bare-approval.binpb'];

async function main(): Promise<void> {
  // The baseline's in-process worker would otherwise narrate its state changes and bundling.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '20' },
      temporal: { type: 'string', default: 'dev-server' },
      workers: { type: 'string', default: '1' },
      // A folder for the two histories measured below, named as the replay test's and
      // bench:replay's (a new one to add once a workflow change is behind a patch).
      'save-histories': { type: 'string' },
    },
  });
  const documents = Number(values.documents);
  const concurrency = Number(values.concurrency);
  const temporalKind = values.temporal === 'postgres' ? 'postgres' : 'dev-server';
  const saveIn = values['save-histories'];
  // Made now: a folder missing at the end would lose the whole run's report.
  if (saveIn) await mkdir(saveIn, { recursive: true });
  const stack = await startLocalStack({ temporal: temporalKind, workers: Number(values.workers) });
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new Client({ connection });
  try {
    const client = await onboardBenchClient(stack.apiUrl);
    // Warm-up (bundles, JIT, connection pools), not measured.
    await runBareApprovals(stack.temporalAddress, temporal, 20, concurrency);
    await runOurApprovals(stack.apiUrl, client, temporal, 20, concurrency);

    const bench: ProcessGroup = { kind: 'pids', pids: [process.pid] };
    const statements = await statementCounter(stack.databaseUrl);
    const requests = async () =>
      stack.temporalMetricsUrl ? temporalRequests(stack.temporalMetricsUrl) : new Map<string, number>();
    // Temporal's own statements, when it persists on the same PostgreSQL: the bare run's, then ours.
    const temporalStatements = async () =>
      temporalKind === 'postgres'
        ? statements.totalIn(Object.values(TEMPORAL_DATABASES), documents)
        : undefined;
    await statements.reset();
    const requestsBefore = await requests();
    let bare: ApprovalRun | undefined;
    let ours: ApprovalRun | undefined;
    // The bare worker runs inside this process: its CPU is the benchmark's ("bench", with the load).
    // PostgreSQL counts for the bare run too: the Temporal server on PostgreSQL persists there.
    const bareCpu = await cpuPerDocument(
      { temporal: stack.components.temporal, postgres: stack.components.postgres, bench },
      documents,
      async () => {
        bare = await runBareApprovals(stack.temporalAddress, temporal, documents, concurrency);
      },
    );
    const requestsBetween = await requests();
    const temporalStatementsBare = await temporalStatements();
    // What each platform document leaves on disk: for the capacity note.
    const sizesBefore = await databaseSizes(stack.urlFor('postgres'));
    await statements.reset();
    const oursCpu = await cpuPerDocument({ ...stack.components, bench }, documents, async () => {
      ours = await runOurApprovals(stack.apiUrl, client, temporal, documents, concurrency);
    });
    const sizesAfter = await databaseSizes(stack.urlFor('postgres'));
    const statementsRun = await statements.read(documents);
    const temporalStatementsOurs = await temporalStatements();
    await statements.close();
    const requestsAfter = await requests();
    report(ours!, bare!, concurrency, `${temporalKind}, ${values.workers} worker(s)`);
    console.log(`  CPU per document (ms) — platform: ${describeCpu(oursCpu)}`);
    console.log(`  CPU per document (ms) — bare:     ${describeCpu(bareCpu)}`);
    console.log(`  ${describeBudget(oursCpu, bareCpu)}`);
    const growth = Object.entries(sizesAfter)
      .map(([name, mb]) => `${name} ${(((mb - (sizesBefore[name] ?? 0)) * 1024) / documents).toFixed(1)}`)
      .join(', ');
    console.log(`  database growth per platform document (kB): ${growth}`);
    const [ourHistory, bareHistory] = await Promise.all(
      [ours!, bare!].map((run, n) =>
        historySize(temporal, run.sampleWorkflowId, saveIn && join(saveIn, HISTORY_FILES[n]!)),
      ),
    );
    console.log(`  history per document: platform ${describeHistory(ourHistory!)}`);
    console.log(`                        bare     ${describeHistory(bareHistory!)}`);
    console.log(
      `  SQL statements per platform document: ${statementsRun.total.toFixed(1)}; the most frequent:`,
    );
    for (const { calls, text } of statementsRun.top)
      console.log(`    ${calls.toFixed(2).padStart(6)}  ${text}`);
    if (temporalStatementsOurs !== undefined && temporalStatementsBare !== undefined) {
      console.log(
        `  Temporal's SQL statements per document: platform ${temporalStatementsOurs.toFixed(1)}, bare ${temporalStatementsBare.toFixed(1)}`,
      );
    }
    describeRequests(
      requestsPerDocument(requestsBefore, requestsBetween, documents),
      requestsPerDocument(requestsBetween, requestsAfter, documents),
    );
    console.log('');
  } finally {
    await connection.close();
    await stack.stop();
  }
}

/** Temporal's requests per document, the platform's beside the bare workflow's (dev server only). */
function describeRequests(bare: Map<string, number>, ours: Map<string, number>): void {
  if (ours.size === 0) return;
  console.log('  Temporal requests per document     platform    bare');
  for (const [operation, rate] of ours) {
    console.log(
      `    ${operation.padEnd(32)} ${rate.toFixed(2).padStart(6)}  ${(bare.get(operation) ?? 0).toFixed(2).padStart(6)}`,
    );
  }
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

function describeHistory(size: HistorySize): string {
  const largest = size.byKind
    .slice(0, 4)
    .map(([kind, bytes]) => `${kind} ${kB(bytes)}`)
    .join(', ');
  return `${size.events} events, ${kB(size.bytes)} kB (kB by kind: ${largest})`;
}

const totalCpu = (cpu: Record<string, number>) => Object.values(cpu).reduce((sum, ms) => sum + ms, 0);

/**
 * With every component on the same cores and both runs saturating them, throughput goes as one over
 * the CPU a document takes: the target ratio allows the platform the bare total divided by it. What
 * the platform's Temporal server and worker take alone shows whether a cheaper API or database could
 * still reach it.
 */
function describeBudget(ours: Record<string, number>, bare: Record<string, number>): string {
  const budget = totalCpu(bare) / TARGETS.ratio;
  const engine = (ours.temporal ?? 0) + (ours.worker ?? 0);
  return (
    `CPU budget per platform document for ratio ${TARGETS.ratio}: ${budget.toFixed(1)} ms; ` +
    `its Temporal and worker alone take ${engine.toFixed(1)} ms`
  );
}

function describeCpu(cpu: Record<string, number>): string {
  const total = totalCpu(cpu);
  return `${Object.entries(cpu)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join(', ')}; total ${total.toFixed(1)}`;
}

function report(ours: ApprovalRun, bare: ApprovalRun, concurrency: number, shape: string): void {
  const rate = (run: ApprovalRun) => run.documents / run.seconds;
  const ratio = rate(ours) / rate(bare);
  const row = (name: string, value: string, target: string, ok: boolean) =>
    `  ${name.padEnd(30)} ${value.padStart(12)}   target ${target.padEnd(8)} ${ok ? 'met' : 'NOT met'}`;
  console.log(
    [
      '',
      `Approvals benchmark — ${ours.documents} documents, concurrency ${concurrency}, ${shape}, ` +
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
