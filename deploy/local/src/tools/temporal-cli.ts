import { join } from 'node:path';
import { cacheDir } from '../paths.js';
import { findExecutable, runCommand } from '../run-command.js';
import { ToolError } from '../tool-error.js';
import { ensureGoBuild, goBuildBinary, isExecutable, type GoBuild } from './go-build.js';
import { compareVersions } from './version.js';

export const TEMPORAL_CLI_VERSION = '1.5.1';
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli';
/** A `temporal` already on the PATH is used when its embedded server is at least this new. */
const MIN_SERVER_VERSION = '1.29.0';

const CLI_BUILD: GoBuild = {
  name: 'Temporal CLI',
  versionDir: join(cacheDir, `temporal-cli-v${TEMPORAL_CLI_VERSION}`),
  packages: [`${TEMPORAL_CLI_MODULE}/cmd/temporal`],
  version: TEMPORAL_CLI_VERSION,
  // Stamp the version the module would report if installed from a release archive.
  ldflags: `-X ${TEMPORAL_CLI_MODULE}/temporalcli.Version=${TEMPORAL_CLI_VERSION}`,
  // Its go.mod says `go 1.25.0`.
  minGoVersion: '1.25',
  expected: 'about 4 minutes on 2 idle cores, 6–8 beside the first test steps',
  otherwise:
    `put a temporal CLI >= ${TEMPORAL_CLI_VERSION} on the PATH (TEMPORAL_CLI_PATH), ` +
    'or point TEMPORAL_ADDRESS at an existing Temporal server',
  lockFile: join(cacheDir, 'temporal-build.lock'),
};

/**
 * Finds the Temporal CLI (which embeds the full server and its web UI), building it once from its Go
 * module into the per-user cache when neither TEMPORAL_CLI_PATH, a suitable `temporal` on the PATH,
 * nor an earlier build is there.
 */
export async function ensureTemporalCli(log: (line: string) => void = console.log): Promise<string> {
  const configured = process.env.TEMPORAL_CLI_PATH;
  if (configured) {
    if (!(await isExecutable(configured))) {
      throw new ToolError(`TEMPORAL_CLI_PATH=${configured} is not an executable file.`);
    }
    return configured;
  }
  const onPath = await findExecutable('temporal');
  if (onPath && (await serverVersionOf(onPath)) !== undefined) return onPath;
  await ensureGoBuild(CLI_BUILD, 'temporal', log);
  return goBuildBinary(CLI_BUILD, 'temporal');
}

/** The server version embedded in a `temporal` binary, when it is new enough to use. */
async function serverVersionOf(binary: string): Promise<string | undefined> {
  const result = await runCommand(binary, ['--version']).catch(() => undefined);
  const match = result?.stdout.match(/Server (\d+\.\d+\.\d+)/);
  return match?.[1] && compareVersions(match[1], MIN_SERVER_VERSION) >= 0 ? match[1] : undefined;
}
