import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { announceE2eReady, E2E_READY_FILE_ENV, fileAppears } from './e2e-ready.js';

describe("the journeys' platform announcing it is up, for the fault run beside it", () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'qoltanba-e2e-ready-'))));
  afterEach(async () => {
    delete process.env[E2E_READY_FILE_ENV];
    await rm(dir, { recursive: true, force: true });
  });

  it('starts the fault run once the platform has written the file npm test named', async () => {
    const file = join(dir, 'ready');
    process.env[E2E_READY_FILE_ENV] = file;
    let journeysEnd = () => {};
    const journeys = new Promise<void>((resolve) => (journeysEnd = resolve));
    const appeared = fileAppears(file, journeys);
    await delay(300);
    await announceE2eReady();

    await expect(appeared).resolves.toBe(true);
    journeysEnd();
  });

  it('does not wait for a platform whose run ended without coming up', async () => {
    const began = Date.now();
    const failedRun = delay(300).then(() => Promise.reject(new Error('global set-up failed')));

    await expect(fileAppears(join(dir, 'ready'), failedRun)).resolves.toBe(false);
    expect(Date.now() - began).toBeLessThan(2_000);
  });

  it('writes nothing when no run asked (journeys started by hand)', async () => {
    await announceE2eReady();

    expect(existsSync(join(dir, 'ready'))).toBe(false);
  });
});
