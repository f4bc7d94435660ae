import { readFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import protos from '@temporalio/proto';
import { makeRunFolder } from '@qoltanba/local/services/run-folder';
import { workflowBundleIn, writeWorkflowBundle } from '@qoltanba/workflows/bundling';

const { History } = protos.temporal.api.history.v1;
type History = protos.temporal.api.history.v1.History;

/** Today's payment, as the workflow package's replay test keeps it. */
const PAYMENT_HISTORY = new URL(
  '../../workflows/test/histories/payment-signed-and-executed.binpb',
  import.meta.url,
);
/** The bare workflow of bench:approvals (its `-- --save-histories DIR` writes one under this name). */
const BARE_HISTORY = new URL('../histories/bare-approval.binpb', import.meta.url);
const BARE_WORKFLOW = fileURLToPath(new URL('./approvals/bare-approval.workflow.js', import.meta.url));

interface Subject {
  name: string;
  bundle: string;
  history: History;
  cpuMs: number[];
}

/**
 * `npm run bench:replay [-- --replays 200 --rounds 5]`: the CPU of replaying one payment's history,
 * with no server and no database: today's payment history replayed through the platform's workflow
 * bundle, beside the bare workflow's history (bench:approvals' baseline) through its own, in
 * alternating rounds in one process. A replay runs every activation of the document as a worker's
 * workflow thread does live, from the workflow's creation in the sandbox to its end; it adds the
 * SDK core's work on the history and leaves out the calls to Temporal. Other load on the machine
 * only adds time, so the lowest round is the steadiest figure.
 */
async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const { values } = parseArgs({
    options: { replays: { type: 'string', default: '200' }, rounds: { type: 'string', default: '5' } },
  });
  // A round subtracts a one-replay round: it needs at least two.
  const replays = Math.max(2, Number(values.replays));
  const rounds = Number(values.rounds);
  const folder = await makeRunFolder('bench-replay');
  try {
    const platformBundle = workflowBundleIn(folder.path);
    await writeWorkflowBundle(platformBundle);
    const bareBundle = join(folder.path, 'bare-workflow-bundle.js');
    await writeWorkflowBundle(bareBundle, BARE_WORKFLOW);
    const subjects: Subject[] = [
      { name: 'payment', bundle: platformBundle, history: await historyFrom(PAYMENT_HISTORY), cpuMs: [] },
      { name: 'bare workflow', bundle: bareBundle, history: await historyFrom(BARE_HISTORY), cpuMs: [] },
    ];
    for (const subject of subjects) await replayRound(subject, 20); // warm-up, not counted
    for (let round = 0; round < rounds; round++) {
      for (const subject of subjects) subject.cpuMs.push(await replayRound(subject, replays));
    }
    console.log(
      `\nWorkflow replay — ${replays} replays × ${rounds} rounds each, ` +
        `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'})`,
    );
    for (const { name, history, cpuMs } of subjects) {
      console.log(
        `  ${name.padEnd(14)} ${String(history.events.length).padStart(3)} events: CPU per replay ` +
          `lowest ${Math.min(...cpuMs).toFixed(1)} ms, median ${median(cpuMs).toFixed(1)} ms`,
      );
    }
    const [payment, bare] = subjects.map(({ cpuMs }) => Math.min(...cpuMs));
    console.log(
      `  the payment's workflow code costs ${(payment! / bare!).toFixed(2)}× the bare workflow's\n`,
    );
  } finally {
    await folder.remove();
  }
}

/**
 * CPU milliseconds per replay of the subject's history: a round of `count` replays less a round of
 * one, so the replay worker's own start and stop (its threads, the bundle loaded into them) is not
 * counted.
 */
async function replayRound(subject: Subject, count: number): Promise<number> {
  return ((await replayCpu(subject, count)) - (await replayCpu(subject, 1))) / (count - 1);
}

/** CPU milliseconds of this process (every thread) to replay `count` copies of the history. */
async function replayCpu(subject: Subject, count: number): Promise<number> {
  const histories = Array.from({ length: count }, (_, n) => ({
    workflowId: `${subject.name}-${n}`,
    history: subject.history,
  }));
  const before = process.cpuUsage();
  const results = Worker.runReplayHistories(
    { workflowBundle: { codePath: subject.bundle }, replayName: subject.name },
    histories,
  );
  for await (const result of results) {
    if (result.error) throw new Error(`${subject.name}: a replay failed`, { cause: result.error });
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function historyFrom(file: URL): Promise<History> {
  return History.decode(await readFile(file));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
