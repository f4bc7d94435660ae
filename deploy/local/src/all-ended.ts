import { describeFailure, ToolError } from './tool-error.js';

type Awaitables<T extends readonly unknown[]> = { [K in keyof T]: T[K] | Promise<T[K]> };

/**
 * Like Promise.all, but answers only once every part has ended: a failure never leaves a Go build or
 * an apt-get running behind the run's exit (a build that outlives its lock's owner is built over by
 * the next run, and an apt-get cut off leaves dpkg half done). Several failures are told together,
 * so a machine that lacks several things hears of all of them at once.
 */
export async function allEnded<T extends readonly unknown[]>(
  parts: readonly [...Awaitables<T>],
  log: (line: string) => void = console.log,
): Promise<T> {
  let running = parts.length;
  const ended = parts.map((part) => Promise.resolve(part).finally(() => running--));
  // Said at once, not after the rest has ended: the person at the keyboard may start on it.
  for (const part of ended)
    part.catch((error: unknown) => {
      if (running > 0) log(`${firstLine(error)} Letting the work already started end first …`);
    });
  const settled = await Promise.allSettled(ended);
  const failures = settled.flatMap((result) =>
    result.status === 'rejected' ? [result.reason as unknown] : [],
  );
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new ToolError(failures.map(describeFailure).join('\n'));
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

function firstLine(error: unknown): string {
  return describeFailure(error).split('\n')[0] ?? '';
}
