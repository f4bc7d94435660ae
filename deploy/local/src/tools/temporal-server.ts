import { join } from 'node:path';
import { cacheDir } from '../paths.js';
import { ensureGoBuild, goBuildBinary, type GoBuild } from './go-build.js';
import { TEMPORAL_CLI_MODULE, TEMPORAL_CLI_VERSION } from './temporal-cli.js';

/** The server the CLI v1.5.1 embeds, so the dev server and the cluster run the same engine. */
export const TEMPORAL_SERVER_VERSION = '1.29.1';

const SERVER_BUILD: GoBuild = {
  name: 'Temporal server',
  versionDir: join(cacheDir, `temporal-server-v${TEMPORAL_SERVER_VERSION}`),
  // The server, and its SQL tool that creates and updates the schemas it embeds.
  packages: ['go.temporal.io/server/cmd/server', 'go.temporal.io/server/cmd/tools/sql'],
  version: TEMPORAL_SERVER_VERSION,
  minGoVersion: '1.25',
  renames: { server: 'temporal-server', sql: 'temporal-sql-tool' },
  // The CLI's module graph: the server it embeds, with the dependencies its build compiled already.
  inGraphOf: { module: TEMPORAL_CLI_MODULE, version: TEMPORAL_CLI_VERSION },
  expected: 'under a minute after the Temporal CLI (about 3 minutes without it)',
  otherwise: 'point TEMPORAL_ADDRESS at an existing Temporal server',
  lockFile: join(cacheDir, 'temporal-server-build.lock'),
};

export interface TemporalServerTools {
  /** `temporal-server`: frontend, history, matching and worker services, together or apart. */
  server: string;
  /** `temporal-sql-tool`: creates the databases and brings their schemas to this version. */
  sqlTool: string;
}

/**
 * The Temporal server and its SQL tool, built once from `go.temporal.io/server@v1.29.1` into the
 * per-user cache (like the CLI): what the local cluster runs on PostgreSQL.
 */
export async function ensureTemporalServer(
  log: (line: string) => void = console.log,
): Promise<TemporalServerTools> {
  await ensureGoBuild(SERVER_BUILD, 'temporal-server', log);
  return {
    server: goBuildBinary(SERVER_BUILD, 'temporal-server'),
    sqlTool: goBuildBinary(SERVER_BUILD, 'temporal-sql-tool'),
  };
}
