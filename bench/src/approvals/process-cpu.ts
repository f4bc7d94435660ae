import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS = 100;

/** The processes of one component of the platform, found when measured (PostgreSQL forks backends). */
export type ProcessGroup = { kind: 'pids'; pids: number[] } | { kind: 'command'; name: string };

/**
 * CPU seconds (user + system) a group of processes has used so far, its reaped children included:
 * a snapshot before and after a run gives the component's share of it.
 */
export async function cpuSeconds(group: ProcessGroup): Promise<number> {
  const pids = group.kind === 'pids' ? group.pids : await pidsNamed(group.name);
  let ticks = 0;
  for (const pid of pids) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14–17, i.e. 11–14 after the state field.
    ticks += [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
  }
  return ticks / TICKS;
}

async function pidsNamed(name: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const comm = await readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '');
    if (comm.trim() === name) pids.push(Number(entry));
  }
  return pids;
}

/** CPU seconds per component over `run`, divided by the documents it handled, in milliseconds. */
export async function cpuPerDocument(
  groups: Record<string, ProcessGroup>,
  documents: number,
  run: () => Promise<void>,
): Promise<Record<string, number>> {
  const before = await snapshot(groups);
  await run();
  const after = await snapshot(groups);
  return Object.fromEntries(
    Object.keys(groups).map((name) => [name, ((after[name]! - before[name]!) * 1000) / documents]),
  );
}

async function snapshot(groups: Record<string, ProcessGroup>): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(groups).map(async ([name, group]) => [name, await cpuSeconds(group)] as const),
  );
  return Object.fromEntries(entries);
}
