import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunningPostgres } from './services/embedded-postgres.js';
import { reachablePostgresDir } from './services/postgres-data-dir.js';
import { spawnEmbeddedPostgres } from './services/spawn-embedded-postgres.js';
import { startTemporalDevServer, type RunningTemporal } from './services/temporal-dev-server.js';
import {
  prepareTemporalDatabases,
  startTemporalOnPostgres,
  type RunningTemporalOnPostgres,
  type TemporalServerPorts,
} from './services/temporal-on-postgres.js';
import { ensureTemporalCli } from './tools/temporal-cli.js';
import { ensureTemporalServer } from './tools/temporal-server.js';

export const DATABASE = 'qoltanba';

/** Which Temporal the platform runs on. */
export type TemporalChoice =
  | { kind: 'dev-server'; port: number; uiPort: number }
  | {
      kind: 'postgres';
      ports: TemporalServerPorts;
      /** The four services in one process (2 cores), or a process each as production runs them. */
      layout: 'one-process' | 'per-service';
      historyShards: number;
    };

export interface ServerOptions {
  dataDir: string;
  persistent: boolean;
  postgresPort: number;
  temporal: TemporalChoice;
  external?: { databaseUrl?: string | undefined; temporalAddress?: string | undefined };
  log: (line: string) => void;
}

export interface RunningServers {
  databaseUrl: string;
  temporalAddress: string;
  temporalUiUrl: string | undefined;
  /** Stops and starts the Temporal server on the same state (the fault run); embedded only. */
  restartTemporal(): Promise<void>;
  /** Stops and starts PostgreSQL on the same data (the fault run); embedded only. */
  restartPostgres(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * PostgreSQL and Temporal for the platform: embedded ones unless DATABASE_URL / TEMPORAL_ADDRESS name
 * others. Temporal is the CLI's dev server on a SQLite file (`npm start`) or the Temporal server on
 * PostgreSQL (the local cluster), which needs PostgreSQL first for its own two databases.
 */
export async function startServers(options: ServerOptions): Promise<RunningServers> {
  const { temporal: choice, log } = options;
  const externalDatabase = options.external?.databaseUrl;
  const externalTemporal = options.external?.temporalAddress;
  const [cliPath, serverTools] = await Promise.all([
    !externalTemporal && choice.kind === 'dev-server' ? ensureTemporalCli(log) : undefined,
    !externalTemporal && choice.kind === 'postgres' ? ensureTemporalServer(log) : undefined,
  ]);
  const postgresDir = join(options.dataDir, 'postgres');
  // Kept by each stop, even in a test run, so that a restart finds its data; a test run's is removed at the end.
  const postgresOptions = {
    dir: postgresDir,
    port: options.postgresPort,
    persistent: true,
    databases: [DATABASE],
    logFile: join(options.dataDir, 'logs', 'postgres.log'),
  };
  let postgres: RunningPostgres | undefined;
  let devServer: RunningTemporal | undefined;
  let onPostgres: RunningTemporalOnPostgres | undefined;
  const stop = async () => {
    await (devServer ?? onPostgres)?.stop().then(() => log('  stopped temporal'));
    if (postgres) {
      await postgres.stop().then(() => log('  stopped postgres'));
      if (!options.persistent) {
        for (const dir of new Set([postgresDir, await reachablePostgresDir(postgresDir)]))
          await rm(dir, { recursive: true, force: true });
      }
    }
  };
  try {
    const startPostgres = async () =>
      externalDatabase ? undefined : (postgres = await spawnEmbeddedPostgres(postgresOptions));
    if (choice.kind === 'dev-server') {
      await Promise.all([
        startPostgres(),
        cliPath &&
          startTemporalDevServer({
            cliPath,
            port: choice.port,
            uiPort: choice.uiPort,
            dbFile: join(options.dataDir, 'temporal', 'temporal.db'),
            namespace: 'default',
            logFile: join(options.dataDir, 'logs', 'temporal.log'),
          }).then((server) => (devServer = server)),
      ]);
    } else {
      await startPostgres();
      if (serverTools) {
        const postgresUrl = externalDatabase ?? postgres!.urlFor('postgres');
        await prepareTemporalDatabases(serverTools, postgresUrl);
        onPostgres = await startTemporalOnPostgres({
          tools: serverTools,
          postgresUrl,
          ports: choice.ports,
          layout: choice.layout,
          historyShards: choice.historyShards,
          namespace: 'default',
          logDir: join(options.dataDir, 'logs'),
        });
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    databaseUrl: externalDatabase ?? postgres!.urlFor(DATABASE),
    temporalAddress: externalTemporal ?? (devServer ?? onPostgres)!.address,
    temporalUiUrl: devServer?.uiUrl,
    async restartTemporal() {
      if (!onPostgres) throw new Error('Only the embedded Temporal server on PostgreSQL is restarted.');
      await onPostgres.restart();
    },
    async restartPostgres() {
      if (!postgres) throw new Error('Only the embedded PostgreSQL is restarted.');
      await postgres.stop();
      postgres = await spawnEmbeddedPostgres(postgresOptions);
    },
    stop,
  };
}
