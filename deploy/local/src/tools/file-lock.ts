import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ToolError } from '../tool-error.js';
import { currentProcess, isRunning, type ProcessIdentity } from './process-identity.js';

/** Who holds a lock: written inside the lock directory before it is put in place. */
export interface LockOwner extends ProcessIdentity {
  host: string;
  /** ISO time the lock was taken. */
  since: string;
  /** Tells a waiter what it waits for ("the Temporal build"). */
  purpose: string;
  /** Unique per acquisition, so a lock taken over and taken again is never released by the old owner. */
  token: string;
}

export interface LockOptions {
  /** What the lock guards, in words the person at the keyboard understands. */
  purpose: string;
  log?: (line: string) => void;
  /** Waiting for a live owner longer than this fails with its pid and command; unbounded when absent. */
  timeoutMs?: number;
  /** How often a wait for a live owner is reported again. */
  reportEveryMs?: number;
  pollMs?: number;
  /** A lock directory with no owner inside for this long is debris (never a live lock) and is cleared. */
  ownerlessAfterMs?: number;
}

const OWNER_FILE = 'owner.json';

/**
 * Runs `work` while holding a lock directory, so two runs on one machine (two terminals, a test run
 * and `npm start`) never build or install the same tool at once. The directory is written with its
 * owner inside under a private name and renamed into place, which is atomic, so a lock never exists
 * without its owner. A lock whose owner process is gone (killed, crashed) is taken over at once.
 */
export async function withLock<T>(
  lockDir: string,
  options: LockOptions,
  work: (owner: LockOwner) => Promise<T>,
): Promise<T> {
  const owner = await acquire(lockDir, options);
  try {
    return await work(owner);
  } finally {
    await release(lockDir, owner);
  }
}

async function acquire(lockDir: string, options: LockOptions): Promise<LockOwner> {
  const log = options.log ?? console.log;
  const pollMs = options.pollMs ?? 500;
  const reportEveryMs = options.reportEveryMs ?? 30_000;
  const me: LockOwner = {
    ...(await currentProcess()),
    host: hostname(),
    since: new Date().toISOString(),
    purpose: options.purpose,
    token: randomUUID(),
  };
  await mkdir(dirname(lockDir), { recursive: true });
  const began = Date.now();
  let reportedAt: number | undefined;
  let ownerlessSince: number | undefined;
  for (;;) {
    if (await tryPlace(lockDir, me)) return me;
    const holder = await readOwner(lockDir);
    if (!holder) {
      // Usually a release between our rename and our read: try again at once. A lock is never put in
      // place without its owner, so one that stays owner-less is debris from outside this script.
      ownerlessSince ??= Date.now();
      if (Date.now() - ownerlessSince > (options.ownerlessAfterMs ?? 5_000)) {
        await rm(lockDir, { recursive: true, force: true });
        ownerlessSince = undefined;
      } else await delay(Math.min(pollMs, 50));
      continue;
    }
    ownerlessSince = undefined;
    if (!(await isAlive(holder))) {
      await takeOver(lockDir, holder, log);
      continue;
    }
    // Said before any giving up: whoever waited is told for whom, even when the bound is shorter
    // than one look at the lock on a busy machine.
    if (reportedAt === undefined || Date.now() - reportedAt >= reportEveryMs) {
      log(`Waiting for ${holder.purpose}: ${describeHolder(holder)} …`);
      reportedAt = Date.now();
    }
    if (options.timeoutMs !== undefined && Date.now() - began > options.timeoutMs) {
      throw new ToolError(
        `Gave up waiting for ${holder.purpose} after ${Math.round((Date.now() - began) / 1000)} s: ` +
          `${describeHolder(holder)}.`,
        `Let that run finish, or stop it (kill ${holder.pid}) and run this again.`,
      );
    }
    await delay(pollMs);
  }
}

/** Puts a complete lock directory in place, or answers false when another one is there. */
async function tryPlace(lockDir: string, me: LockOwner): Promise<boolean> {
  const staging = `${lockDir}.new-${me.pid}-${me.token}`;
  await mkdir(staging, { recursive: true });
  await writeFile(join(staging, OWNER_FILE), JSON.stringify(me));
  try {
    // rename(2) replaces only an empty directory (an owner-less lock of an older version of this
    // script); a lock with an owner inside makes it fail with ENOTEMPTY or EEXIST.
    await rename(staging, lockDir);
    return true;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (isCode(error, 'ENOTEMPTY', 'EEXIST')) return false;
    throw error;
  }
}

async function readOwner(lockDir: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(join(lockDir, OWNER_FILE), 'utf8')) as LockOwner;
  } catch (error) {
    if (isCode(error, 'ENOENT', 'ENOTDIR')) return undefined;
    throw error;
  }
}

/** An owner on another host (a shared home folder) cannot be checked, so it counts as alive. */
async function isAlive(owner: LockOwner): Promise<boolean> {
  return owner.host !== hostname() || isRunning(owner);
}

/**
 * Moves a dead owner's lock aside, then checks that what was moved is the lock judged dead: two
 * waiters may find the same dead owner, and the slower one must not remove the faster one's new lock.
 */
async function takeOver(lockDir: string, dead: LockOwner, log: (line: string) => void): Promise<void> {
  const aside = join(dirname(lockDir), `${basename(lockDir)}.dead-${dead.pid}-${randomUUID()}`);
  try {
    await rename(lockDir, aside);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return; // someone else took it over first
    throw error;
  }
  const moved = await readOwner(aside);
  if (moved?.token === dead.token) {
    await rm(aside, { recursive: true, force: true });
    log(`Took over ${dead.purpose}: its owner (pid ${dead.pid}, ${dead.command}) is no longer running.`);
    return;
  }
  // A live lock was moved in the instant between our read and our rename: put it back.
  await rename(aside, lockDir).catch(() => rm(aside, { recursive: true, force: true }));
}

async function release(lockDir: string, me: LockOwner): Promise<void> {
  const current = await readOwner(lockDir).catch(() => undefined);
  if (current?.token !== me.token) return;
  const aside = `${lockDir}.released-${me.token}`;
  await rename(lockDir, aside).catch(() => undefined);
  await rm(aside, { recursive: true, force: true });
}

function describeHolder(holder: LockOwner): string {
  const since = new Date(holder.since);
  const minutes = Math.floor((Date.now() - since.getTime()) / 60_000);
  const age = minutes < 1 ? 'less than a minute' : minutes === 1 ? '1 minute' : `${minutes} minutes`;
  return (
    `held by pid ${holder.pid} (${holder.command})${holder.host === hostname() ? '' : ` on ${holder.host}`} ` +
    `since ${since.toLocaleTimeString('en-GB')}, ${age} ago`
  );
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return codes.includes((error as NodeJS.ErrnoException | undefined)?.code ?? '');
}
