import type { ChildProcess } from 'node:child_process';

/** How long a stopped process is given to end by itself before it is killed. */
export const STOP_GRACE_MS = 10_000;

/** SIGTERM, then SIGKILL if the process has not exited after a grace period. */
export async function stopChild(child: ChildProcess, graceMs = STOP_GRACE_MS): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
