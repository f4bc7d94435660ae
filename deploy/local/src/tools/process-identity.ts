import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';

/** A process told apart from a later one that the kernel gave the same pid. */
export interface ProcessIdentity {
  pid: number;
  /** Clock ticks after boot at which the process started (Linux /proc); absent elsewhere. */
  startTicks?: number;
  /** What the process runs, for the person who waits on it. */
  command: string;
}

export async function currentProcess(): Promise<ProcessIdentity> {
  const script = process.argv[1] ? relative(process.cwd(), process.argv[1]) || process.argv[1] : '';
  return {
    pid: process.pid,
    startTicks: await startTicksOf(process.pid),
    command: ['node', script, ...process.argv.slice(2)].filter(Boolean).join(' '),
  };
}

/** Whether the process still runs: its pid exists and, where the kernel tells, it started when it did. */
export async function isRunning(identity: ProcessIdentity): Promise<boolean> {
  try {
    process.kill(identity.pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = await procStat(identity.pid);
  if (!stat) return true;
  // A zombie has ended; only its parent has not collected it yet (no init to reap it in some containers).
  if (stat.state === 'Z') return false;
  return identity.startTicks === undefined || stat.startTicks === identity.startTicks;
}

async function startTicksOf(pid: number): Promise<number | undefined> {
  return (await procStat(pid))?.startTicks;
}

async function procStat(pid: number): Promise<{ state: string; startTicks?: number } | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!stat) return undefined;
  // The command name in parentheses may hold spaces; the state is the first field after it and
  // field 22 (starttime) the 20th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[19]);
  return { state: fields[0] ?? '', startTicks: Number.isSafeInteger(ticks) ? ticks : undefined };
}
