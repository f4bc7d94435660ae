import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';

const GUARD = new URL('../dist/services/orphan-guard.js', import.meta.url).href;

/**
 * A process like `npm start` or a test run: it starts a server in its own group (as the Temporal
 * server is, with a process of its own inside: `sleep &`) and one in ours (as an API replica is),
 * prints their pids, and on "stop" on stdin stops them in order and exits.
 */
const PARENT = `
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stopWithThisProcess } from '${GUARD}';
const grouped = spawn('sh', ['-c', 'sleep 300 & echo $!; wait'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
stopWithThisProcess(grouped, { group: true });
const plain = spawn('sleep', ['300'], { stdio: 'ignore' });
stopWithThisProcess(plain);
const inner = await new Promise((resolve) => createInterface({ input: grouped.stdout }).once('line', resolve));
console.log(JSON.stringify({ pids: [grouped.pid, Number(inner), plain.pid] }));
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
  // Nothing is left to keep this process alive but the guard: it must end here by itself.
});
`;

describe('Servers started by a process that dies', () => {
  let dir: string | undefined;
  let parent: ChildProcess | undefined;
  const pids: number[] = [];

  afterEach(async () => {
    if (parent?.exitCode === null && parent.signalCode === null) parent.kill('SIGKILL');
    for (const pid of pids.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function startParent(): Promise<{ servers: number[]; guard: number }> {
    dir = await mkdtemp(join(tmpdir(), 'qoltanba-orphans-'));
    const script = join(dir, 'parent.mjs');
    await writeFile(script, PARENT);
    parent = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
    const [line] = (await once(createInterface({ input: parent.stdout! }), 'line')) as [string];
    const servers = (JSON.parse(line) as { pids: number[] }).pids;
    pids.push(...servers);
    const guard = await guardOf(parent.pid!);
    pids.push(guard);
    return { servers, guard };
  }

  it('are stopped, with everything in their process group, when it is killed with SIGKILL', async () => {
    const { servers, guard } = await startParent();
    expect(servers.every(alive)).toBe(true);

    parent!.kill('SIGKILL');

    await until(() => !servers.some(alive));
    await until(() => !alive(guard));
  });

  it('are left to it when it stops them itself, and the guard neither holds it up nor outlives it', async () => {
    const { servers, guard } = await startParent();

    parent!.stdin!.write('stop\n');
    const [code] = (await once(parent!, 'exit')) as [number | null];

    expect(code).toBe(0);
    expect(servers.some(alive)).toBe(false);
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
