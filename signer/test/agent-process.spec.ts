import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from '@jest/globals';
import { repoRoot } from '@qoltanba/local/paths';
import { makeRunFolder, type RunFolder } from '@qoltanba/local/services/run-folder';
import { isRunning } from '@qoltanba/local/tools/process-identity';
import { findFreePort } from '@qoltanba/local/ports';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import { startAgentProcess } from '../src/client/agent-process.js';

const built = (path: string) => pathToFileURL(join(repoRoot, path)).href;

/**
 * A process like a test run that signs: it makes a folder for its token store, starts the built agent
 * listed with its guard, as the signer's tests, the journeys and `bench:signing` do, and prints the
 * agent's pid and the folder.
 */
const RUN = `
import { startAgentProcess } from '${built('signer/dist/client/agent-process.js')}';
import { stopWithThisProcess } from '${built('deploy/local/dist/services/orphan-guard.js')}';
import { makeRunFolder } from '${built('deploy/local/dist/services/run-folder.js')}';
const folder = await makeRunFolder('agent-run');
let pid;
await startAgentProcess(
  { SIGNER_PORT: process.argv[2], PKCS11_MODULE: process.argv[3] },
  { guard: (child) => { pid = child.pid; stopWithThisProcess(child); } },
);
console.log(JSON.stringify({ pid, folder: folder.path }));
`;

describe('a signing agent started by a test run', () => {
  let scripts: RunFolder | undefined;
  let run: ChildProcess | undefined;
  let agentPid: number | undefined;

  afterEach(async () => {
    if (run?.exitCode === null && run.signalCode === null) run.kill('SIGKILL');
    if (agentPid && (await running(agentPid))) process.kill(agentPid, 'SIGKILL');
    await scripts?.remove();
  });

  it('is stopped, and its folder removed, when the run is killed with SIGKILL', async () => {
    scripts = await makeRunFolder('agent-run-script');
    const script = join(scripts.path, 'run.mjs');
    await writeFile(script, RUN);
    const port = String(await findFreePort());
    run = spawn(process.execPath, [script, port, process.env[TEST_ENV.pkcs11Module]!], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = once(run, 'exit').then(([code]) => {
      throw new Error(`The run ended (${String(code)}) before its agent listened.`);
    });
    const [line] = (await Promise.race([once(createInterface({ input: run.stdout! }), 'line'), exited])) as [
      string,
    ];
    const { pid, folder } = JSON.parse(line) as { pid: number; folder: string };
    agentPid = pid;
    expect(await running(pid)).toBe(true);

    run.kill('SIGKILL');

    await until(async () => !(await running(pid)) && !existsSync(folder));
  });
});

describe('stopping an agent', () => {
  it('answers at once for an agent that a signal has killed already', async () => {
    let child: ChildProcess | undefined;
    const agent = await startAgentProcess(
      { SIGNER_PORT: String(await findFreePort()), PKCS11_MODULE: process.env[TEST_ENV.pkcs11Module]! },
      { guard: (spawned) => void (child = spawned) },
    );
    const exited = once(child!, 'exit');
    child!.kill('SIGKILL');
    await exited;

    await expect(agent.stop()).resolves.toBeUndefined();
  });
});

function running(pid: number): Promise<boolean> {
  return isRunning({ pid, command: 'the signing agent' });
}

/** Longer than the guard's grace for a target that ignores SIGTERM (10 s), which it waits out first. */
async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('The agent or its folder outlived the killed run.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
