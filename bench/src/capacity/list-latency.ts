import { Latencies, timed } from '../latency.js';
import type { BenchApi, Caller } from './bench-api.js';

const WARM_UP = 20;
const SAMPLES = 200;

/** One list as a user opens it, one request after another: the read model's latency, not a queue's. */
export async function measureList(api: BenchApi, path: string, caller: Caller): Promise<Latencies> {
  for (let i = 0; i < WARM_UP; i++) await api.get(path, caller);
  const latencies = new Latencies();
  for (let i = 0; i < SAMPLES; i++) await timed(latencies, () => api.get(path, caller));
  return latencies;
}
