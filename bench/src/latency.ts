/** Collects durations (ms) and answers percentiles by nearest rank. */
export class Latencies {
  private readonly samples: number[] = [];

  record(ms: number): void {
    this.samples.push(ms);
  }

  percentile(p: number): number {
    if (this.samples.length === 0) return Number.NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    const rank = Math.ceil((p / 100) * sorted.length) - 1;
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
  }

  get count(): number {
    return this.samples.length;
  }

  summary(): string {
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    return `p50 ${ms(this.percentile(50))}, p95 ${ms(this.percentile(95))}, p99 ${ms(this.percentile(99))}, max ${ms(this.percentile(100))}`;
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
