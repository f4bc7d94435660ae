/**
 * Stops what a process started when that process dies without stopping it (SIGKILL, a crash, a test
 * run killed half-way): the servers it started must not outlive it, holding ports and folders.
 * Started detached by orphan-guard.ts, one per parent, with a pipe on stdin that only the parent
 * holds: the pipe ends when the parent does, however it ends.
 *
 * Protocol on stdin, one line each: `+<target>` when the parent starts a child, `-<target>` when that
 * child exits, where a target is a pid, or a negative process group id for a detached child;
 * `+dir <JSON path>` and `-dir <JSON path>` for a temporary folder the parent made and removes itself.
 * When stdin ends, every target still listed gets SIGTERM, and SIGKILL if it is still there after a
 * grace period; then the folders still listed are removed. After an orderly stop nothing is listed
 * any more, and this process just exits.
 */
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { STOP_GRACE_MS } from './stop-child.js';

const listed = new Set<number>();
const folders = new Set<string>();

createInterface({ input: process.stdin })
  .on('line', (line) => {
    const folder = /^([+-])dir (".*")$/.exec(line.trim());
    if (folder) {
      const path = JSON.parse(folder[2]!) as string;
      if (folder[1] === '+') folders.add(path);
      else folders.delete(path);
      return;
    }
    const order = /^([+-])(-?\d+)$/.exec(line.trim());
    if (!order) return;
    const target = Number(order[2]);
    if (order[1] === '+') listed.add(target);
    else listed.delete(target);
  })
  .on('close', () => void stopListed());

async function stopListed(): Promise<void> {
  const targets = [...listed];
  send(targets, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (Date.now() < deadline && targets.some(exists)) await delay(100);
  send(targets.filter(exists), 'SIGKILL');
  await Promise.allSettled([...folders].map((folder) => rm(folder, { recursive: true, force: true })));
  process.exit(0);
}

function send(targets: number[], signal: NodeJS.Signals): void {
  for (const target of targets) {
    try {
      process.kill(target, signal);
    } catch {
      // Gone already.
    }
  }
}

/** Signal 0 checks without signalling (a zombie no one has reaped yet still counts; SIGKILL is harmless). */
function exists(target: number): boolean {
  try {
    process.kill(target, 0);
    return true;
  } catch {
    return false;
  }
}
