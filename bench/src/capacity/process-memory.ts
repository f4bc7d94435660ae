import { readdir, readFile } from 'node:fs/promises';
import type { ProcessGroup } from '../approvals/process-cpu.js';

export interface Memory {
  /** Resident set size now (VmRSS), summed over the group's processes. */
  rssBytes: number;
  /** The highest resident set size each process reached (VmHWM), summed. */
  peakBytes: number;
}

/**
 * The memory a component of the stack holds. A group named by its command counts only the
 * processes this benchmark started (its descendants): the machine may run another stack beside.
 */
export async function memoryOf(group: ProcessGroup): Promise<Memory> {
  const pids = group.kind === 'pids' ? group.pids : await descendantsNamed(group.name);
  const memory = { rssBytes: 0, peakBytes: 0 };
  for (const pid of pids) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    memory.rssBytes += kilobytes(status, 'VmRSS') * 1024;
    memory.peakBytes += kilobytes(status, 'VmHWM') * 1024;
  }
  return memory;
}

function kilobytes(status: string, field: string): number {
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
}

async function descendantsNamed(name: string): Promise<number[]> {
  const parents = new Map<number, number>();
  const named: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    if (!stat) continue;
    // The command (field 2) may hold spaces: the parent pid is the second field after its ')'.
    parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === name) named.push(Number(entry));
  }
  const descendsFromUs = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at)) {
      if (at === process.pid) return true;
    }
    return false;
  };
  return named.filter(descendsFromUs);
}
