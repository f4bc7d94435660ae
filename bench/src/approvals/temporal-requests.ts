/** The Temporal server's requests by operation, read from its Prometheus metrics (`service_requests`). */
export async function temporalRequests(metricsUrl: string): Promise<Map<string, number>> {
  const text = await (await fetch(metricsUrl)).text();
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const sample = /^service_requests\{([^}]*)\} (\S+)$/.exec(line);
    const operation = sample && /operation="([^"]+)"/.exec(sample[1]!)?.[1];
    if (operation) counts.set(operation, (counts.get(operation) ?? 0) + Number(sample[2]));
  }
  return counts;
}

/** Requests per document between two readings, the busiest first (long polls included). */
export function requestsPerDocument(
  before: Map<string, number>,
  after: Map<string, number>,
  documents: number,
): Map<string, number> {
  const rates = [...after].map(
    ([operation, count]) => [operation, (count - (before.get(operation) ?? 0)) / documents] as const,
  );
  return new Map(rates.filter(([, rate]) => rate >= 0.05).sort((a, b) => b[1] - a[1]));
}
