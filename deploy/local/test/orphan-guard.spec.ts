import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';

const GUARD = new URL('../dist/services/orphan-guard.js', import.meta.url).href;
const RUN_FOLDER = new URL('../dist/services/run-folder.js', import.meta.url).href;

/**
 * A process like a test run: it makes a temporary folder for its servers (kept, with "keep" as its
 * argument), starts a server in its own group (as the Temporal server is, with a process of its own
 * inside: `sleep &`) and one in ours (as an API replica is), prints their pids and the folder, and on
 * "stop" on stdin stops them in order, removes the folder and exits.
 */
const PARENT = `
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stopWithThisProcess } from '${GUARD}';
import { makeRunFolder } from '${RUN_FOLDER}';
const folder = await makeRunFolder('orphans-run');
if (process.argv[2] === 'keep') folder.keep();
const grouped = spawn('sh', ['-c', 'sleep 300 & echo $!; wait'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
stopWithThisProcess(grouped, { group: true });
const plain = spawn('sleep', ['300'], { stdio: 'ignore' });
stopWithThisProcess(plain);
const inner = await new Promise((resolve) => createInterface({ input: grouped.stdout }).once('line', resolve));
console.log(JSON.stringify({ pids: [grouped.pid, Number(inner), plain.pid], folder: folder.path }));
const orders = createInterface({ input: process.stdin });
orders.once('line', async () => {
  orders.close();
  process.stdin.destroy();
  for (const child of [plain, grouped]) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  process.kill(Number(inner), 'SIGTERM');
  await folder.remove();
  // Nothing is left to keep this process alive but the guard: it must end here by itself.
});
`;

describe('Servers started by a process that dies', () => {
  let dir: string | undefined;
  let parent: ChildProcess | undefined;
  const pids: number[] = [];
  const folders: string[] = [];

  afterEach(async () => {
    if (parent?.exitCode === null && parent.signalCode === null) parent.kill('SIGKILL');
    for (const pid of pids.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
    for (const folder of [dir, ...folders.splice(0)])
      if (folder) await rm(folder, { recursive: true, force: true });
  });

  async function startParent(
    ...args: string[]
  ): Promise<{ servers: number[]; guard: number; folder: string }> {
    dir = await mkdtemp(join(tmpdir(), 'qoltanba-orphans-'));
    const script = join(dir, 'parent.mjs');
    await writeFile(script, PARENT);
    parent = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    const [line] = (await once(createInterface({ input: parent.stdout! }), 'line')) as [string];
    const { pids: servers, folder } = JSON.parse(line) as { pids: number[]; folder: string };
    pids.push(...servers);
    folders.push(folder);
    const guard = await guardOf(parent.pid!);
    pids.push(guard);
    return { servers, guard, folder };
  }

  it('are stopped, with everything in their process group, and their folder removed when it is killed with SIGKILL', async () => {
    const { servers, guard, folder } = await startParent();
    expect(servers.every(alive)).toBe(true);
    expect(existsSync(folder)).toBe(true);

    parent!.kill('SIGKILL');

    await until(() => !servers.some(alive));
    await until(() => !alive(guard));
    expect(existsSync(folder)).toBe(false);
  });

  it("leave a folder the process chose to keep (a failed start's log) when it is killed", async () => {
    const { guard, folder } = await startParent('keep');

    parent!.kill('SIGKILL');

    await until(() => !alive(guard));
    expect(existsSync(folder)).toBe(true);
  });

  it('are left to it when it stops them itself, and the guard neither holds it up nor outlives it', async () => {
    const { servers, guard, folder } = await startParent();

    parent!.stdin!.write('stop\n');
    const [code] = (await once(parent!, 'exit')) as [number | null];

    expect(code).toBe(0);
    expect(servers.some(alive)).toBe(false);
    expect(existsSync(folder)).toBe(false);
    await until(() => !alive(guard));
  });
});

/** The guard process the parent started (its only Node child). */
async function guardOf(parentPid: number): Promise<number> {
  const { stdout } = await promisify(execFile)('ps', ['-o', 'pid=,args=', '--ppid', String(parentPid)]);
  const line = stdout.split('\n').find((row) => row.includes('orphan-guard-process.js'));
  if (!line) throw new Error(`No guard among the children of ${parentPid}:\n${stdout}`);
  return Number(line.trim().split(/\s+/)[0]);
}

/** Whether the pid is a live process (a zombie waiting to be reaped counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return !/^\d+ \(.*\) Z/.test(readStat(pid));
}

function readStat(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return '';
  }
}

async function until(condition: () => boolean, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting.');
    await delay(100);
  }
}
