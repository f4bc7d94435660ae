import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@qoltanba/local/paths';
import { type ChaosReport, FAULT_KINDS, runChaos, startChaosCluster } from '@qoltanba/testing/chaos';

/**
 * `npm run chaos [-- --documents 300 --concurrency 8 --rounds 2]`: a steady load of payments on the
 * local cluster while, at random moments, a worker is killed, an API replica is killed, the Temporal
 * server is restarted and PostgreSQL is restarted (each `rounds` times, in a random order). Then:
 * every document final, each booked by the bank exactly once, none lost, none duplicated.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '300' },
      concurrency: { type: 'string', default: '8' },
      rounds: { type: 'string', default: '2' },
    },
  });
  const faults = Array.from({ length: Number(values.rounds) }, () => shuffle([...FAULT_KINDS])).flat();
  console.log(
    `Starting the local cluster (2 API replicas behind nginx, 2 workers, Temporal on PostgreSQL) …`,
  );
  const cluster = await startChaosCluster();
  let passed = false;
  console.log(`  log: ${cluster.logFile}`);
  try {
    const report = await runChaos({
      platform: cluster.platform,
      documents: Number(values.documents),
      concurrency: Number(values.concurrency),
      faults,
      gapMs: [3_000, 12_000],
      log: (line) => console.log(line),
    });
    print(report, Number(values.concurrency));
    const crashes = cluster.crashes();
    console.log(
      `  crashes (exits the faults did not cause): ${crashes.length ? crashes.join('; ') : 'none'}`,
    );
    passed = report.verdict.ok && report.tally.faults.length === 0 && crashes.length === 0;
    return passed ? 0 : 1;
  } finally {
    // A failed run keeps the processes' output, where its answers' request ids lead.
    const keep = passed ? undefined : join(repoRoot, 'test-artifacts', 'chaos', `platform-${Date.now()}.log`);
    await cluster.stop(keep);
    if (keep) console.log(`  the processes' output: ${keep}`);
  }
}

function print(report: ChaosReport, concurrency: number): void {
  const { verdict, tally } = report;
  const kinds = FAULT_KINDS.map((kind) => {
    const hits = report.faults.filter((fault) => fault.kind === kind);
    const worst = Math.max(...hits.map((fault) => fault.recoverySeconds));
    return `    ${kind.padEnd(18)} ${hits.length} × , recovered in ≤ ${worst.toFixed(1)} s`;
  });
  console.log(
    [
      '',
      `Fault run — ${report.documents} documents, concurrency ${concurrency}, ${availableParallelism()} cores, ` +
        `${report.seconds.toFixed(0)} s (${(report.documents / report.seconds).toFixed(1)} documents/s)`,
      '  faults:',
      ...kinds,
      `  answers by status: ${JSON.stringify(tally.byStatus)}`,
      `  answers that must never be (5xx but 503, 503 without Retry-After): ${tally.faults.length}`,
      ...tally.faults.slice(0, 10).map((fault) => `    ${fault}`),
      `  documents by status: ${JSON.stringify(verdict.byStatus)}`,
      `  lost ${verdict.lost.length}, not final ${verdict.notFinal.length}, ` +
        `executed but never booked ${verdict.neverBooked.length}, booked twice ${verdict.bookedTwice.length}, ` +
        `duplicated ${verdict.duplicates}`,
      `  verdict: ${verdict.ok && tally.faults.length === 0 ? 'PASSED' : 'FAILED'}`,
      '',
    ].join('\n'),
  );
}

function shuffle<T>(items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
