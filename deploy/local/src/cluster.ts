import { join } from 'node:path';
import { countFromEnv, portFromEnv } from './env-ports.js';
import { dataDir } from './paths.js';
import { runAsCommand, runPlatform } from './run-platform.js';
import { standardTemporalPorts } from './services/temporal-on-postgres.js';

/**
 * `npm run start:cluster`: the production shape on one machine — the Temporal server on PostgreSQL
 * (TEMPORAL_LAYOUT=per-service runs its four services as four processes), two API replicas behind
 * nginx, two workers — with data under .data/cluster/, apart from `npm start`'s.
 */
runAsCommand('npm run start:cluster', () =>
  runPlatform(join(dataDir, 'cluster'), {
    temporal: {
      kind: 'postgres',
      ports: standardTemporalPorts(portFromEnv('TEMPORAL_PORT', 7_233)),
      layout: process.env.TEMPORAL_LAYOUT === 'per-service' ? 'per-service' : 'one-process',
      historyShards: countFromEnv('TEMPORAL_HISTORY_SHARDS', 4),
    },
    apiReplicas: countFromEnv('API_REPLICAS', 2),
    workers: countFromEnv('WORKERS', 2),
  }),
);
