import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheDir } from '../paths.js';
import { findExecutable, runCommand } from '../run-command.js';
import { ToolError } from '../tool-error.js';
import { withLock } from './file-lock.js';
import { compareVersions } from './version.js';

export const TEMPORAL_CLI_VERSION = '1.5.1';
const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';
/** The oldest Go that builds the CLI module (its go.mod says `go 1.25.0`). */
const MIN_GO_VERSION = '1.25';
/** A `temporal` already on the PATH is used when its embedded server is at least this new. */
const MIN_SERVER_VERSION = '1.29.0';

const versionDir = join(cacheDir, `temporal-cli-v${TEMPORAL_CLI_VERSION}`);
const cachedBinary = join(versionDir, 'bin', 'temporal');
/** A build goes to `bin.partial-<pid>` and is renamed to `bin` once complete. */
const STAGING_PREFIX = 'bin.partial-';

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
  if (await isExecutable(cachedBinary)) return cachedBinary;
  return withLock(join(cacheDir, 'temporal-build.lock'), { purpose: 'the Temporal build', log }, async () => {
    // Another process may have finished the build while this one waited for the lock.
    if (await isExecutable(cachedBinary)) return cachedBinary;
    await clearInterruptedBuilds(log);
    await buildTemporalCli(log);
    return cachedBinary;
  });
}

/** The server version embedded in a `temporal` binary, when it is new enough to use. */
async function serverVersionOf(binary: string): Promise<string | undefined> {
  const result = await runCommand(binary, ['--version']).catch(() => undefined);
  const match = result?.stdout.match(/Server (\d+\.\d+\.\d+)/);
  return match?.[1] && compareVersions(match[1], MIN_SERVER_VERSION) >= 0 ? match[1] : undefined;
}

async function buildTemporalCli(log: (line: string) => void): Promise<void> {
  const goVersion = await installedGoVersion();
  const started = Date.now();
  log(
    `Building the Temporal server (${TEMPORAL_CLI_MODULE}@v${TEMPORAL_CLI_VERSION}) with Go ${goVersion} — ` +
      'once per machine, about 4 minutes on 2 cores; later runs reuse it.',
  );
  const stagingBin = join(versionDir, `${STAGING_PREFIX}${process.pid}`);
  await mkdir(stagingBin, { recursive: true });
  const result = await runCommand(
    'go',
    [
      'install',
      // Stamp the version the module would report if installed from a release archive.
      `-ldflags=-X github.com/temporalio/cli/temporalcli.Version=${TEMPORAL_CLI_VERSION}`,
      `${TEMPORAL_CLI_MODULE}@v${TEMPORAL_CLI_VERSION}`,
    ],
    // GOBIN puts the binary in our cache; the Go module and build caches stay where the machine keeps them.
    { env: { ...process.env, GOBIN: stagingBin, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' } },
  );
  if (result.code !== 0) {
    await rm(stagingBin, { recursive: true, force: true });
    throw new ToolError(
      `Building the Temporal server failed (go install exited ${result.code}):\n${tail(result.stderr, 30)}`,
      'Check that the Go module proxy is reachable (`go env GOPROXY`), or put a temporal CLI ' +
        `>= ${TEMPORAL_CLI_VERSION} on the PATH, or set TEMPORAL_ADDRESS to an existing Temporal server.`,
    );
  }
  // The rename is atomic, so a half-built binary is never mistaken for a finished one.
  await rm(join(versionDir, 'bin'), { recursive: true, force: true });
  await rename(stagingBin, join(versionDir, 'bin'));
  log(`Temporal server built in ${Math.round((Date.now() - started) / 1000)} s: ${cachedBinary}`);
}

/**
 * Removes what a killed build left (`bin.partial-<pid>`). Only the lock holder builds, so every
 * staging folder found while holding it is a leftover; Go's own caches keep what it had compiled.
 */
async function clearInterruptedBuilds(log: (line: string) => void): Promise<void> {
  const entries = await readdir(versionDir).catch(() => [] as string[]);
  for (const entry of entries.filter((name) => name.startsWith(STAGING_PREFIX))) {
    await rm(join(versionDir, entry), { recursive: true, force: true });
    log(`Cleared an interrupted Temporal build (${entry}); building again.`);
  }
}

async function installedGoVersion(): Promise<string> {
  const goMissing = new ToolError(
    `Go ${MIN_GO_VERSION}+ is needed once, to build the Temporal server, and was not found on the PATH.`,
    'Install Go (https://go.dev/dl/), or put a temporal CLI on the PATH (TEMPORAL_CLI_PATH), ' +
      'or point TEMPORAL_ADDRESS at an existing Temporal server.',
  );
  if (!(await findExecutable('go'))) throw goMissing;
  const result = await runCommand('go', ['env', 'GOVERSION']);
  const version = result.stdout.trim().replace(/^go/, '');
  if (result.code !== 0 || !version) throw goMissing;
  const toolchain = (await runCommand('go', ['env', 'GOTOOLCHAIN'])).stdout.trim();
  // With GOTOOLCHAIN=auto an older Go fetches a newer toolchain from the module proxy by itself.
  if (compareVersions(version, MIN_GO_VERSION) < 0 && toolchain === 'local') {
    throw new ToolError(
      `Go ${version} is too old to build the Temporal server (needs ${MIN_GO_VERSION}+) and GOTOOLCHAIN=local.`,
      'Install a newer Go, or run with GOTOOLCHAIN=auto so Go fetches it from the module proxy.',
    );
  }
  return version;
}

async function isExecutable(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return !!info && info.isFile() && (info.mode & 0o111) !== 0;
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
