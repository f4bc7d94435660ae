/** Collects durations (ms) and answers percentiles by nearest rank. */
export class Latencies {
  private readonly samples: number[] = [];

  record(ms: number): void {
    this.samples.push(ms);
  }

  percentile(p: number): number {
    if (this.samples.length === 0) return Number.NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  }

  get count(): number {
    return this.samples.length;
  }
}

/** Runs `work(0…total-1)` with at most `concurrency` in flight; resolves with the elapsed seconds. */
export async function runPool(
  total: number,
  concurrency: number,
  work: (index: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, total) }, async () => {
      while (next < total) await work(next++);
    }),
  );
  return (performance.now() - started) / 1000;
}

export async function timed<T>(latencies: Latencies, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    latencies.record(performance.now() - started);
  }
}
