import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * How `npm test` learns that the journeys' platform is up: it names a file in this variable and the
 * end-to-end set-up writes it. The fault run, on a cluster of its own, then starts beside the
 * journeys: not while their platform starts, whose free ports a second start could pick too.
 */
export const E2E_READY_FILE_ENV = 'QOLTANBA_E2E_READY_FILE';

/** Tells whoever asked (the variable above) that the journeys' platform is up. */
export async function announceE2eReady(): Promise<void> {
  const file = process.env[E2E_READY_FILE_ENV];
  if (file) await writeFile(file, `${process.pid}\n`);
}

/** True once `file` exists; false if `ended` settles first (the run that would write it is over). */
export async function fileAppears(file: string, ended: Promise<unknown>): Promise<boolean> {
  let over = false;
  const done = () => (over = true);
  ended.then(done, done);
  while (!over) {
    if (existsSync(file)) return true;
    await delay(250);
  }
  return existsSync(file);
}
