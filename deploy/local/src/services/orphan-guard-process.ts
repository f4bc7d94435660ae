/**
 * Stops what a process started when that process dies without stopping it (SIGKILL, a crash, a test
 * run killed half-way): the servers it started must not outlive it, holding ports and folders.
 * Started detached by orphan-guard.ts, one per parent, with a pipe on stdin that only the parent
 * holds: the pipe ends when the parent does, however it ends.
 *
 * Protocol on stdin, one line each: `+<target>` when the parent starts a child, `-<target>` when that
 * child exits, where a target is a pid, or a negative process group id for a detached child. When
 * stdin ends, every target still listed gets SIGTERM, and SIGKILL if it is still there after a grace
 * period. After an orderly stop nothing is listed any more, and this process just exits.
 */
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { STOP_GRACE_MS } from './stop-child.js';

const listed = new Set<number>();

createInterface({ input: process.stdin })
  .on('line', (line) => {
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
