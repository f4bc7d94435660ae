import type { ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';

/**
 * Appends a child's stdout and stderr to one file, closed on the child's 'close': once both streams
 * have ended. Closed on 'exit', or when the first stream ends, it met output still in the pipes
 * ("write after end", an error event that took down the fault run when Temporal was restarted).
 */
export function logOutputTo(child: ChildProcess, file: string): WriteStream {
  const log = createWriteStream(file, { flags: 'a' });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  child.once('close', () => log.end());
  return log;
}
