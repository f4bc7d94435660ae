import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ToolError } from '../tool-error.js';
import { withLock, type LockOwner } from './file-lock.js';
import { currentProcess } from './process-identity.js';

describe(withLock.name, () => {
  let dir: string;
  let lock: string;
  let lines: string[];
  const options = () => ({ purpose: 'the test build', log: (line: string) => lines.push(line), pollMs: 20 });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qoltanba-lock-'));
    lock = join(dir, 'build.lock');
    lines = [];
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A lock as another process would have left it. */
  async function leaveLock(owner: Partial<LockOwner>): Promise<void> {
    await mkdir(lock);
    const full: LockOwner = {
      pid: 1,
      command: 'node other.js',
      host: hostname(),
      since: new Date(Date.now() - 5 * 60_000).toISOString(),
      purpose: 'the test build',
      token: 'theirs',
      ...owner,
    };
    await writeFile(join(lock, 'owner.json'), JSON.stringify(full));
  }

  it('lets one holder in at a time', async () => {
    const inside: number[] = [];
    let overlapped = false;
    const hold = (id: number) =>
      withLock(lock, options(), async () => {
        if (inside.length > 0) overlapped = true;
        inside.push(id);
        await delay(30);
        inside.pop();
      });

    await Promise.all([hold(1), hold(2), hold(3)]);

    expect(overlapped).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('records who holds it: pid, command, purpose and since when', async () => {
    const seen = await withLock(
      lock,
      options(),
      async () => JSON.parse(await readFile(join(lock, 'owner.json'), 'utf8')) as LockOwner,
    );

    expect(seen).toMatchObject({ pid: process.pid, purpose: 'the test build', host: hostname() });
    expect(Date.now() - Date.parse(seen.since)).toBeLessThan(5_000);
  });

  it('takes over at once a lock whose owner process has ended', async () => {
    const ended = spawn('true');
    await new Promise((resolve) => ended.once('close', resolve));
    await leaveLock({ pid: ended.pid! });
    const started = Date.now();

    await withLock(lock, options(), async () => undefined);

    expect(Date.now() - started).toBeLessThan(1_000);
    expect(lines).toEqual([
      `Took over the test build: its owner (pid ${ended.pid}, node other.js) is no longer running.`,
    ]);
  });

  it('treats an owner whose pid now belongs to a process started later as ended', async () => {
    const me = await currentProcess();
    if (me.startTicks === undefined) return; // no /proc: nothing tells a reused pid apart
    await leaveLock({ pid: process.pid, startTicks: me.startTicks - 1 });

    await withLock(lock, options(), async () => undefined);

    expect(lines[0]).toMatch(/^Took over the test build/);
  });

  it('replaces an owner-less lock left by an earlier version of the set-up', async () => {
    await mkdir(lock);

    await expect(withLock(lock, options(), async () => 'built')).resolves.toBe('built');
  });

  it('clears a lock directory that stays without an owner, instead of waiting on it for ever', async () => {
    await mkdir(join(lock, 'leftover'), { recursive: true });

    await expect(withLock(lock, { ...options(), ownerlessAfterMs: 100 }, async () => 'built')).resolves.toBe(
      'built',
    );
  });

  it('waits for a live owner, saying whose lock and since when, and gives up after its bound', async () => {
    const me = await currentProcess();
    await leaveLock({ pid: process.pid, startTicks: me.startTicks });

    const waited = withLock(lock, { ...options(), timeoutMs: 200 }, async () => undefined);

    await expect(waited).rejects.toThrow(ToolError);
    await expect(waited).rejects.toThrow(/Gave up waiting for the test build after \d+ s: held by pid \d+/);
    expect(lines[0]).toMatch(
      new RegExp(
        `^Waiting for the test build: held by pid ${process.pid} \\(node other\\.js\\) since \\d\\d:\\d\\d:\\d\\d, 5 minutes ago`,
      ),
    );
    // The live owner's lock is left as it was.
    expect(await readdir(lock)).toEqual(['owner.json']);
  });

  it('never releases a lock that another holder took after it', async () => {
    await withLock(lock, options(), async () => {
      await rm(lock, { recursive: true });
      await leaveLock({ pid: process.pid, token: 'next holder' });
    });

    expect(await readdir(lock)).toEqual(['owner.json']);
  });
});
