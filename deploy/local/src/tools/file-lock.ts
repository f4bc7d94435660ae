import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** A lock held by a process that died is taken over after this long. */
const STALE_AFTER_MS = 30 * 60_000;

/**
 * Runs `work` while holding a lock directory, so two concurrent runs (two terminals, two test
 * workers) never build the same tool at once. `mkdir` is atomic on every local file system.
 */
export async function withLock<T>(lockDir: string, work: () => Promise<T>): Promise<T> {
  await mkdir(dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch {
      const info = await stat(lockDir).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > STALE_AFTER_MS)
        await rm(lockDir, { recursive: true, force: true });
      else await delay(1000);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}
