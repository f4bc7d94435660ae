import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeWithThisProcess } from './orphan-guard.js';

export interface RunFolder {
  path: string;
  /** Removes the folder; call it once the servers that use it have stopped. */
  remove(): Promise<void>;
  /** Leaves the folder for someone to read (a failed start's log): the guard no longer removes it. */
  keep(): void;
}

/**
 * A temporary folder for the servers of one run (a test run, a benchmark, the journeys). It is
 * removed by the run, or by the run's guard once those servers are stopped if the run is killed.
 */
export async function makeRunFolder(name: string): Promise<RunFolder> {
  const path = await mkdtemp(join(tmpdir(), `qoltanba-${name}-`));
  // mkdtemp makes it private; the `postgres` system user (when we run as root) must walk into it.
  await chmod(path, 0o755);
  const unlist = removeWithThisProcess(path);
  return {
    path,
    async remove() {
      await rm(path, { recursive: true, force: true });
      unlist();
    },
    keep: unlist,
  };
}
