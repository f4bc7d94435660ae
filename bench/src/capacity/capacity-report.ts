import { availableParallelism, cpus } from 'node:os';
import type { Latencies } from '../latency.js';
import type { Memory } from './process-memory.js';
import type { ReadModelFill } from './read-model-fill.js';

/** Issue 18's capacity targets, on 2 cores. */
const TARGETS = { workerRssBytes: 1024 ** 3, signP99Ratio: 1.5, listP99Ms: 100 };
const MB = 1024 ** 2;

export interface CapacityFigures {
  shape: string;
  open: number;
  emptySign: Latencies;
  populatedSign: Latencies;
  oldestSign: Latencies;
  createdPerSecond: number;
  memory: Record<'worker' | 'temporal' | 'api', Memory>;
  fill: ReadModelFill;
  lists: Record<
    'documents' | 'documentsAwaiting' | 'awaitingMe' | 'processes' | 'processesAwaiting',
    Latencies
  >;
}

/** Each figure beside its target, met or not; figures without a target explain the others. */
export function printCapacityReport(figures: CapacityFigures): void {
  const { open, emptySign, populatedSign, oldestSign, memory, fill, lists } = figures;
  const p99 = (latencies: Latencies) => latencies.percentile(99);
  const p50 = (latencies: Latencies) => latencies.percentile(50).toFixed(0);
  const signLimit = p99(emptySign) * TARGETS.signP99Ratio;
  const listRow = (name: string, latencies: Latencies, target = true) =>
    row(
      `${name}, p50 / p99 (ms)`,
      `${p50(latencies)} / ${p99(latencies).toFixed(0)}`,
      target ? `≤ ${TARGETS.listP99Ms}` : '',
      target ? p99(latencies) <= TARGETS.listP99Ms : undefined,
    );
  const mb = (bytes: number) => (bytes / MB).toFixed(0);
  console.log(
    [
      '',
      `Capacity benchmark — ${figures.shape}, ${availableParallelism()} cores ` +
        `(${cpus()[0]?.model ?? 'unknown CPU'})`,
      row('sign p99, empty platform (ms)', p99(emptySign).toFixed(0)),
      row(`documents created/s, ${open} left open`, figures.createdPerSecond.toFixed(1)),
      row(
        `worker RSS with ${open} open (MB)`,
        mb(memory.worker.rssBytes),
        `≤ ${TARGETS.workerRssBytes / MB}`,
        memory.worker.rssBytes <= TARGETS.workerRssBytes,
      ),
      row('worker peak RSS (MB)', mb(memory.worker.peakBytes)),
      row('Temporal server RSS (MB)', mb(memory.temporal.rssBytes)),
      row('API RSS (MB)', mb(memory.api.rssBytes)),
      row(
        `sign p99 with ${open} open (ms)`,
        p99(populatedSign).toFixed(0),
        `≤ ${signLimit.toFixed(0)}`,
        p99(populatedSign) <= signLimit,
      ),
      row('sign p99, oldest open documents (ms)', p99(oldestSign).toFixed(0)),
      listRow('documents list', lists.documents),
      listRow('documents list, AWAITING_SIGNATURES', lists.documentsAwaiting),
      listRow('awaiting me (home page)', lists.awaitingMe, false),
      listRow('ops processes', lists.processes),
      listRow('ops processes, AWAITING_SIGNATURES', lists.processesAwaiting),
      '',
      `  Read model: ${fill.documents} documents, ${fill.ofBenchOrganization} of them the benchmark ` +
        `organization's (${fill.inserted} copied in ${fill.seconds.toFixed(1)} s); database ` +
        `${mb(fill.databaseBytes)} MB. Sign p50: empty ${p50(emptySign)} ms, with ${open} open ` +
        `${p50(populatedSign)} ms, oldest ${p50(oldestSign)} ms.`,
      '',
    ].join('\n'),
  );
}

function row(name: string, value: string, target = '', ok?: boolean): string {
  const verdict = ok === undefined ? '' : ok ? 'met' : 'NOT met';
  return `  ${name.padEnd(50)} ${value.padStart(9)}   ${(target && `target ${target}`).padEnd(14)} ${verdict}`;
}
