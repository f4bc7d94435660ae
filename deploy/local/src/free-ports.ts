import type { PlatformPorts, PlatformTopology } from './platform.js';
import { findFreePort } from './ports.js';
import { freeTemporalPorts } from './services/temporal-on-postgres.js';

/** Every port a platform of either shape takes, free right now: for a test run beside anything else. */
export async function freePlatformPorts(signer?: number): Promise<PlatformPorts> {
  return {
    postgres: await findFreePort(),
    temporal: await findFreePort(),
    temporalUi: await findFreePort(),
    api: await findFreePort(),
    apiReplicas: [await findFreePort(), await findFreePort()],
    signer: signer ?? (await findFreePort()),
  };
}

/** The local cluster's shape (two API replicas, two workers, Temporal on PostgreSQL) on free ports. */
export async function freeClusterTopology(): Promise<PlatformTopology> {
  return {
    temporal: { kind: 'postgres', ports: await freeTemporalPorts(), layout: 'one-process', historyShards: 4 },
    apiReplicas: 2,
    workers: 2,
  };
}
