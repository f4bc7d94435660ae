/** Latency samples in milliseconds, summarised the way the benchmarks print them. */
export class Latencies {
  private readonly samples: number[] = [];

  add(milliseconds: number): void {
    this.samples.push(milliseconds);
  }

  get count(): number {
    return this.samples.length;
  }

  percentile(p: number): number {
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  }

  summary(): string {
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    return `p50 ${ms(this.percentile(50))}, p95 ${ms(this.percentile(95))}, p99 ${ms(this.percentile(99))}, max ${ms(this.percentile(100))}`;
  }
}

/** Runs `task(i)` for i = 0..count-1 with `concurrency` in flight; answers the elapsed seconds. */
export async function runConcurrently(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < count; index = next++) await task(index);
    }),
  );
  return (performance.now() - started) / 1000;
}
