import { join } from 'node:path';
import { repoRoot } from './paths.js';
import { runCommand } from './run-command.js';
import { describeFailure } from './tool-error.js';
import { ensureTestTools } from './tools/test-tools.js';

interface Step {
  name: string;
  command: string;
  args: string[];
  /**
   * Runs once the tools are ready: the Temporal builds (the server's starts after the CLI's), the
   * Debian step, SoftHSM2, Chromium. What runs before shares the cores with the Go builds: steps of
   * one thread each, whose waits do not time out.
   */
  needsTools?: boolean;
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

const steps: Step[] = [
  { name: 'lint (eslint)', command: bin('eslint'), args: ['--max-warnings=0', '.'] },
  { name: 'format (prettier)', command: bin('prettier'), args: ['--check', '.'] },
  ...SPEC_PROJECTS.map((project) => ({
    name: `types (${project})`,
    command: bin('tsc'),
    args: ['-p', project],
  })),
  // The web app's tsconfig must emit for the Angular CLI, so this check passes --noEmit itself.
  { name: 'types (web)', command: bin('tsc'), args: ['-p', 'web/tsconfig.spec.json', '--noEmit'] },
  // jsdom only, no server: in one worker while the Go builds take the other core.
  jest('tests (jest, web components)', '--selectProjects', 'web', '--maxWorkers', '1'),
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
  // Last and on its own: the whole platform and a browser, once the units are known to be sound.
  { ...jest('end-to-end (Chromium)', '-c', 'web/e2e/jest.config.js'), needsTools: true },
];

/**
 * `npm test`: installs what the tests need (the Temporal builds, SoftHSM2, Chromium) while it lints,
 * type-checks and runs the web components' tests — single-threaded steps that leave a core to the Go
 * builds — then runs the Node packages' tests against real servers, then the journeys. Stops at the
 * first failing step.
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
  for (const step of steps) {
    if (step.needsTools) {
      const waited = Date.now();
      await tools;
      if (Date.now() - waited > 100) timings.push(['tools (waited)', Date.now() - waited]);
    }
    const started = Date.now();
    console.log(`\n▶ ${step.name}`);
    const result = await runCommand(step.command, step.args, { cwd: repoRoot, inherit: true });
    timings.push([step.name, Date.now() - started]);
    if (result.code !== 0) {
      printTimings(timings, `✖ ${step.name} failed`);
      // A Go build left running would outlive its lock's owner, and the next run would build over it.
      if (!buildsEnded) console.log('\nWaiting for the Temporal builds started with the tools to end…');
      await builds;
      return result.code;
    }
  }
  printTimings(timings, `✔ all green in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  return 0;
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
