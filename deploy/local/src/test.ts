import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_READY_FILE_ENV, fileAppears } from './e2e-ready.js';
import { repoRoot } from './paths.js';
import { type CommandResult, runCommand } from './run-command.js';
import { describeFailure } from './tool-error.js';
import { ensureTestTools } from './tools/test-tools.js';

interface Step {
  name: string;
  command: string;
  args: string[];
  /**
   * Runs once the tools are ready: the Temporal builds (the server's starts after the CLI's), the
   * Debian step, SoftHSM2, Chromium. What runs before shares the cores with the Go builds: steps
   * with no server, whose waits do not time out.
   */
  needsTools?: boolean;
  /**
   * Starts once this step's platform is up (see e2e-ready.ts) and runs beside it: whether it passed
   * is told when it ends, its output after the step's (it runs after the step when no platform came
   * up, as when a pattern matched none of its files); the step fails if either fails.
   */
  beside?: Step;
}

const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

/** Jest as native ESM (the packages are ES modules), in CI mode, with what `npm test -- …` adds. */
const jest = (name: string, ...args: string[]): Step => ({
  name,
  command: process.execPath,
  args: [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    bin('jest'),
    '--ci',
    ...args,
    // A pattern given to `npm test` may match none of one step's files.
    '--passWithNoTests',
    ...process.argv.slice(3),
  ],
});

/** Type-checks each package's specs too (the build configs leave them out). */
const SPEC_PROJECTS = ['deploy/local', 'testing', 'workflows', 'backend', 'signer', 'bench', 'web/e2e'];

/**
 * Checks of one thread each, no servers: two at a time when the tool set-up had ended before the
 * group began (a warm machine, whose second core would idle), else one after another, the other
 * core left to the Go builds. The longest first.
 */
interface CheckGroup {
  checks: Step[];
}

const stages: (Step | CheckGroup)[] = [
  // Two threads, each with its own TypeScript program for the typed rules: 96 s instead of 116 s
  // here, for 186 CPU-seconds instead of 166 and 4.0 GB at most instead of 3.7. Beside a cold
  // machine's Go builds, one thread would save those 20 CPU-seconds: about 10 s, not worth a switch.
  { name: 'lint (eslint)', command: bin('eslint'), args: ['--max-warnings=0', '--concurrency', '2', '.'] },
  // Prettier's cache (node_modules/.cache/prettier), by content: a check of unchanged files takes
  // 4 s instead of 25 s. A Prettier run without --cache deletes it (npm run lint and format pass it
  // too). ESLint's cache is not used: a typed rule's verdict on a file can change
  // when another file changes, which its cache does not see.
  {
    name: 'format (prettier)',
    command: bin('prettier'),
    args: ['--check', '--cache', '--cache-strategy', 'content', '.'],
  },
  {
    checks: [
      // jsdom only, no server, in one worker.
      jest('tests (jest, web components)', '--selectProjects', 'web', '--maxWorkers', '1'),
      ...SPEC_PROJECTS.map((project) => ({
        name: `types (${project})`,
        command: bin('tsc'),
        args: ['-p', project],
      })),
      // The web app's tsconfig must emit for the Angular CLI, so this check passes --noEmit itself.
      { name: 'types (web)', command: bin('tsc'), args: ['-p', 'web/tsconfig.spec.json', '--noEmit'] },
    ],
  },
  // The machine to themselves: their servers' waits have time-outs that a Go build beside would break.
  {
    ...jest(
      'tests (jest, Node packages)',
      '--selectProjects',
      'local',
      'testing',
      'workflows',
      'backend',
      'signer',
    ),
    needsTools: true,
  },
  // Last: the whole platform and a browser, once the units are known to be sound. The journeys wait
  // on the browser and leave part of the cores idle, the fault run mostly waits for its cluster to
  // recover: side by side they take ~80 s less than one after the other, on their own platforms.
  {
    ...jest('end-to-end (Chromium)', '-c', 'web/e2e/jest.config.js'),
    needsTools: true,
    beside: jest('faults (a cluster of their own)', '-c', 'web/e2e/jest.faults.config.js'),
  },
];

/**
 * `npm test`: installs what the tests need (the Temporal builds, SoftHSM2, Chromium) while it lints,
 * type-checks and runs the web components' tests — steps with no server, which share the cores with
 * the Go builds — then runs the Node packages' tests against real servers, then the journeys. Stops
 * at the first failing step.
 */
async function test(): Promise<number> {
  const timings: [string, number][] = [];
  const began = Date.now();
  const tools = ensureTestTools();
  // Ends when the set-up and the builds have, however: a failed set-up is reported by the step that
  // awaits `tools`, never as an unhandled rejection.
  let buildsEnded = false;
  const builds = tools
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => (buildsEnded = true));
  for (const stage of stages) {
    if ('needsTools' in stage && stage.needsTools) {
      const waited = Date.now();
      await tools;
      if (Date.now() - waited > 100) timings.push(['tools (waited)', Date.now() - waited]);
    }
    const failed =
      'checks' in stage
        ? await runChecks(stage.checks, buildsEnded ? 2 : 1, timings)
        : await runStep(stage, timings);
    if (failed) {
      printTimings(timings, `✖ ${failed.name} failed`);
      // A Go build left running would outlive its lock's owner, and the next run would build over it.
      if (!buildsEnded) console.log('\nWaiting for the Temporal builds started with the tools to end…');
      await builds;
      return failed.code;
    }
  }
  printTimings(timings, `✔ all green in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  return 0;
}

type Failure = { name: string; code: number } | undefined;

/** Runs a step's command, noting how long it took. */
async function timed(
  step: Step,
  timings: [string, number][],
  options: { inherit?: boolean; env?: NodeJS.ProcessEnv },
): Promise<CommandResult & { name: string }> {
  const started = Date.now();
  const result = await runCommand(step.command, step.args, { cwd: repoRoot, ...options });
  timings.push([step.name, Date.now() - started]);
  return { name: step.name, ...result };
}

/**
 * Runs checks `width` at a time, each one's output printed whole when it ends (streamed when one at
 * a time); none starts after one failed. The first failure, if any.
 */
async function runChecks(checks: Step[], width: number, timings: [string, number][]): Promise<Failure> {
  if (width === 1) {
    for (const check of checks) {
      const failed = await runStep(check, timings);
      if (failed) return failed;
    }
    return undefined;
  }
  console.log(`\n▶ ${checks.map((check) => check.name).join(', ')}: ${width} at a time`);
  const waiting = [...checks];
  let failed: Failure;
  const lane = async () => {
    for (let check = waiting.shift(); check && !failed; check = waiting.shift()) {
      const result = await timed(check, timings, {});
      console.log(
        `\n▶ ${check.name} ${result.code === 0 ? 'passed' : 'failed'}\n${result.stdout}${result.stderr}`,
      );
      if (result.code !== 0) failed ??= result;
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return failed;
}

/** Runs a step (and what runs beside it), noting how long each took; the first failure, if any. */
async function runStep(step: Step, timings: [string, number][]): Promise<Failure> {
  console.log(`\n▶ ${step.name}`);
  const { beside } = step;
  if (!beside) {
    const result = await timed(step, timings, { inherit: true });
    return result.code === 0 ? undefined : result;
  }
  const readyFile = join(tmpdir(), `qoltanba-e2e-ready-${process.pid}`);
  const main = timed(step, timings, {
    inherit: true,
    env: { ...process.env, [E2E_READY_FILE_ENV]: readyFile },
  });
  const ready = await fileAppears(readyFile, main).finally(() => rm(readyFile, { force: true }));
  if (!ready) {
    // No platform came up: its set-up failed, or the pattern given to npm test matched no journey.
    const first = await main;
    if (first.code !== 0) return first;
    console.log(`\n▶ ${beside.name}`);
    const alone = await timed(beside, timings, { inherit: true });
    return alone.code === 0 ? undefined : alone;
  }
  console.log(`\n▶ ${beside.name}, beside ${step.name}: its output follows ${step.name}'s`);
  const besideRun = timed(beside, timings, {}).then((result) => {
    // One line at once, so a failure is known early; the whole output after the step's own, not
    // in the middle of it.
    console.log(`\n▶ ${beside.name} ${result.code === 0 ? 'passed' : `failed (exit ${result.code})`}`);
    return result;
  });
  // Settled, not all: the output beside is printed even when the step's own command could not run.
  const settled = await Promise.allSettled([main, besideRun]);
  const besideOutcome = settled[1];
  if (besideOutcome.status === 'fulfilled') {
    const { stdout, stderr } = besideOutcome.value;
    console.log(`\n▶ ${beside.name}, run beside ${step.name}\n${stdout}${stderr}`);
  }
  const results = settled.map((outcome) => {
    if (outcome.status === 'rejected') throw outcome.reason;
    return outcome.value;
  });
  return results.find((result) => result.code !== 0);
}

function printTimings(timings: [string, number][], verdict: string): void {
  console.log(`\n${verdict}`);
  for (const [name, ms] of timings)
    console.log(`  ${name.padEnd(32)} ${(ms / 1000).toFixed(1).padStart(6)} s`);
}

test()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`\nnpm test stopped: ${describeFailure(error)}`);
    process.exit(1);
  });
