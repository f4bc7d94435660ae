import { setTimeout as delay } from 'node:timers/promises';
import type { RunningPlatform } from '@qoltanba/local/platform';
import pg from 'pg';

/** What the fault run does to the cluster. */
export type FaultKind = 'kill-worker' | 'kill-api-replica' | 'restart-temporal' | 'restart-postgres';

export const FAULT_KINDS: readonly FaultKind[] = [
  'kill-worker',
  'kill-api-replica',
  'restart-temporal',
  'restart-postgres',
];

export interface FaultRecord {
  kind: FaultKind;
  /** The process hit, for kills. */
  target?: string;
  /** From the fault until the platform reports every component up again (and the killed one back). */
  recoverySeconds: number;
}

/**
 * Strikes one fault and waits until the platform has recovered: its health says every component is
 * up with every worker live, and a killed API replica answers on its own port again.
 */
export async function injectFault(platform: RunningPlatform, kind: FaultKind): Promise<FaultRecord> {
  const started = Date.now();
  const names = platform.faults.processNames();
  const pick = (prefix: string) => {
    const candidates = names.filter((name) => name.startsWith(prefix));
    return candidates[Math.floor(Math.random() * candidates.length)]!;
  };
  let target: string | undefined;
  let replicaUrl: string | undefined;
  let workerBack = async () => true;
  switch (kind) {
    case 'kill-worker': {
      target = pick('worker');
      const killedAt = await databaseNow(platform.databaseUrl);
      platform.faults.kill(target);
      // Its successor is a new process: its heartbeat row starts after the kill.
      workerBack = () => workerStartedSince(platform.databaseUrl, killedAt);
      break;
    }
    case 'kill-api-replica': {
      target = pick('api');
      const index = names.filter((name) => name.startsWith('api')).indexOf(target);
      replicaUrl = platform.replicaUrls[index];
      platform.faults.kill(target);
      break;
    }
    case 'restart-temporal':
      await platform.faults.restartTemporal();
      break;
    case 'restart-postgres':
      await platform.faults.restartPostgres();
      break;
  }
  // Let the killed process be seen gone before asking whether all is well again.
  await delay(1_000);
  const workers = names.filter((name) => name.startsWith('worker')).length;
  await waitUntil(async () => {
    const health = await getJson(`${platform.apiUrl}/api/health`);
    const liveWorkers = (health?.components as { worker?: { liveWorkers?: number } } | undefined)?.worker
      ?.liveWorkers;
    if (health?.status !== 'up' || (liveWorkers ?? 0) < workers || !(await workerBack())) return false;
    return replicaUrl ? (await getJson(`${replicaUrl}/api/health`))?.status === 'up' : true;
  });
  return { kind, ...(target ? { target } : {}), recoverySeconds: (Date.now() - started) / 1000 };
}

async function databaseNow(databaseUrl: string): Promise<Date> {
  return withClient(
    databaseUrl,
    async (client) => (await client.query<{ now: Date }>('SELECT now()')).rows[0]!.now,
  );
}

async function workerStartedSince(databaseUrl: string, since: Date): Promise<boolean> {
  return withClient(databaseUrl, async (client) => {
    const rows = await client.query('SELECT 1 FROM worker_heartbeat WHERE started_at > $1', [since]);
    return (rows.rowCount ?? 0) > 0;
  }).catch(() => false);
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function getJson(url: string): Promise<Record<string, unknown> | undefined> {
  return fetch(url, { signal: AbortSignal.timeout(5_000) })
    .then((response) => response.json() as Promise<Record<string, unknown>>)
    .catch(() => undefined);
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`the platform did not recover within ${timeoutMs / 1000} s`);
    await delay(250);
  }
}
