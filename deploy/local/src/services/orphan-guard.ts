import { spawn, type ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./orphan-guard-process.js', import.meta.url));

let guard: Writable | undefined;

/** This process's guard (see orphan-guard-process.ts), started on first use. */
function guardInput(): Writable {
  if (guard) return guard;
  const child = spawn(process.execPath, [entry], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  // Neither the guard nor the pipe to it may keep this process alive: it waits for us, not we for it.
  child.unref();
  const input = child.stdin as Writable & { unref?: () => void };
  input.unref?.();
  // A guard that died guards nothing; the platform itself runs on.
  input.on('error', () => undefined);
  guard = input;
  return input;
}

/**
 * Has `child` stopped if this process dies without stopping it. `group` for a child spawned
 * detached (its own process group, so that Ctrl-C does not reach it): everything in that group is
 * stopped. A child in our own group is stopped by its pid alone: the group is also our parent's.
 */
export function stopWithThisProcess(child: ChildProcess, options: { group?: boolean } = {}): void {
  if (child.pid === undefined) return;
  const target = options.group ? -child.pid : child.pid;
  const input = guardInput();
  input.write(`+${target}\n`);
  child.once('exit', () => input.write(`-${target}\n`));
}

/**
 * Has the temporary folder `dir` removed if this process dies without removing it, once the servers
 * listed above have stopped (they may hold files in it). Returns the call that unlists it again, for
 * when this process removes it itself. Never for a folder meant to last (npm start's data).
 */
export function removeWithThisProcess(dir: string): () => void {
  const input = guardInput();
  const line = JSON.stringify(dir);
  input.write(`+dir ${line}\n`);
  return () => input.write(`-dir ${line}\n`);
}
