import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { findExecutable, runCommand } from '../run-command.js';
import { ToolError } from '../tool-error.js';
import { withLock } from './file-lock.js';
import { compareVersions } from './version.js';

/** A set of Go programs installed together from one module version into the per-user cache. */
export interface GoBuild {
  /** What is built, in the words printed while it builds ("Temporal CLI"). */
  name: string;
  /** `<cache>/<name>-v<version>`: one folder per version, so an upgrade never reuses an old build. */
  versionDir: string;
  /** Package paths at the one module version (`go install` takes several of one module at once). */
  packages: readonly string[];
  version: string;
  ldflags?: string;
  /** The oldest Go that builds the module (its go.mod's `go` line). */
  minGoVersion: string;
  /** Names `go install` gives the programs (the package's last element) → the names they keep. */
  renames?: Readonly<Record<string, string>>;
  /** How long it took here, for the notice. */
  expected: string;
  /** The alternatives offered when Go is missing or the build fails. */
  otherwise: string;
  /** The lock file serializing builds of this cache across the machine's processes. */
  lockFile: string;
  /**
   * Builds in the module graph of another module at its version (the Temporal CLI, which embeds the
   * server): its dependencies resolve to the versions that build compiled, so Go's build cache reuses
   * its packages. `go install pkg@version` resolves the module's own go.mod instead, whose older
   * dependencies made Go compile almost everything again (179 s against 19 s here, after the CLI).
   */
  inGraphOf?: { module: string; version: string };
}

/** A build goes to `bin.partial-<pid>` and is renamed to `bin` once complete. */
const STAGING_PREFIX = 'bin.partial-';
/** The throwaway main module of a build in another module's graph, inside the staging folder. */
const GRAPH_MODULE_DIR = 'go-module';

/** The cached program `name` of a build (built or not). */
export function goBuildBinary(build: GoBuild, name: string): string {
  return join(build.versionDir, 'bin', name);
}

/**
 * Builds `build` once per machine and version, unless `probe` (one of its programs) is there already.
 * Serialized by a lock across processes; a build killed halfway leaves only a staging folder that the
 * next lock holder clears, and the finished folder appears by an atomic rename.
 */
export async function ensureGoBuild(
  build: GoBuild,
  probe: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  const probePath = goBuildBinary(build, probe);
  if (await isExecutable(probePath)) return;
  await withLock(build.lockFile, { purpose: `the ${build.name} build`, log }, async () => {
    // Another process may have finished the build while this one waited for the lock.
    if (await isExecutable(probePath)) return;
    await clearInterruptedBuilds(build, log);
    await runGoBuild(build, log);
  });
}

async function runGoBuild(build: GoBuild, log: (line: string) => void): Promise<void> {
  const goVersion = await installedGoVersion(build);
  const started = Date.now();
  log(
    `Building the ${build.name} (${build.packages.map((pkg) => `${pkg}@v${build.version}`).join(', ')}) ` +
      `with Go ${goVersion} — once per machine, ${build.expected}; later runs reuse it.`,
  );
  const stagingBin = join(build.versionDir, `${STAGING_PREFIX}${process.pid}`);
  await mkdir(stagingBin, { recursive: true });
  const atVersion = build.packages.map((pkg) => `${pkg}@v${build.version}`);
  const failed = build.inGraphOf
    ? await buildInGraphOf(build, build.inGraphOf, atVersion, stagingBin)
    : await runGo(['install', ...buildFlagsOf(build), ...atVersion], { GOBIN: stagingBin });
  if (failed) {
    await rm(stagingBin, { recursive: true, force: true });
    throw new ToolError(
      `Building the ${build.name} failed (go ${failed.command} exited ${failed.code}):\n${tail(failed.stderr, 30)}`,
      `Check that the Go module proxy is reachable (\`go env GOPROXY\`), or ${build.otherwise}.`,
    );
  }
  for (const [from, to] of Object.entries(build.renames ?? {})) {
    await rename(join(stagingBin, from), join(stagingBin, to));
  }
  // The rename is atomic, so a half-built folder is never mistaken for a finished one.
  await rm(join(build.versionDir, 'bin'), { recursive: true, force: true });
  await rename(stagingBin, join(build.versionDir, 'bin'));
  log(`${build.name} built in ${Math.round((Date.now() - started) / 1000)} s: ${build.versionDir}`);
}

interface GoFailure {
  command: string;
  code: number;
  stderr: string;
}

/**
 * Runs `go`, in `cwd` when given; GOBIN (when given) puts programs in our cache, while the Go module
 * and build caches stay where the machine keeps them.
 */
async function runGo(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd?: string,
): Promise<GoFailure | undefined> {
  const result = await runCommand('go', args, {
    cwd,
    env: { ...process.env, CGO_ENABLED: process.env.CGO_ENABLED ?? '0', ...env },
  });
  return result.code === 0 ? undefined : { command: args[0]!, code: result.code, stderr: result.stderr };
}

/**
 * `go build` of the packages from a throwaway main module that requires `graph` and the packages at
 * their versions (go.mod and go.sum written by `go get`), so both resolve in one module graph.
 */
async function buildInGraphOf(
  build: GoBuild,
  graph: NonNullable<GoBuild['inGraphOf']>,
  atVersion: readonly string[],
  stagingBin: string,
): Promise<GoFailure | undefined> {
  const moduleDir = join(stagingBin, GRAPH_MODULE_DIR);
  await mkdir(moduleDir);
  // A go.work above the cache folder must not take the throwaway module in.
  const inModule = { GOWORK: 'off' };
  const failed =
    (await runGo(['mod', 'init', 'qoltanba.local/tool-build'], inModule, moduleDir)) ??
    (await runGo(['get', `${graph.module}@v${graph.version}`, ...atVersion], inModule, moduleDir)) ??
    (await runGo(
      ['build', ...buildFlagsOf(build), '-o', `${stagingBin}/`, ...build.packages],
      inModule,
      moduleDir,
    ));
  await rm(moduleDir, { recursive: true, force: true });
  return failed;
}

/**
 * Tools to run, not to debug: no DWARF (compiled or linked) and no symbol table, which a panic's
 * stack trace does not need. 10 % less CPU for the CLI's cold build here (7.2 CPU-minutes against
 * 8.0, 3 min 44 s against 4 min 11 s on 2 idle cores) and 213 MB against 252. Every build passes the
 * same flags: Go's build cache keys on them, and the server's build reuses the CLI's packages.
 */
function buildFlagsOf(build: GoBuild): string[] {
  return ['-gcflags=all=-dwarf=false', `-ldflags=-s -w${build.ldflags ? ` ${build.ldflags}` : ''}`];
}

/**
 * Removes what a killed build left (`bin.partial-<pid>`). Only the lock holder builds, so every
 * staging folder found while holding it is a leftover; Go's own caches keep what it had compiled.
 */
async function clearInterruptedBuilds(build: GoBuild, log: (line: string) => void): Promise<void> {
  const entries = await readdir(build.versionDir).catch(() => [] as string[]);
  for (const entry of entries.filter((name) => name.startsWith(STAGING_PREFIX))) {
    await rm(join(build.versionDir, entry), { recursive: true, force: true });
    log(`Cleared an interrupted ${build.name} build (${entry}); building again.`);
  }
}

async function installedGoVersion(build: GoBuild): Promise<string> {
  const goMissing = new ToolError(
    `Go ${build.minGoVersion}+ is needed once, to build the ${build.name}, and was not found on the PATH.`,
    `Install Go (https://go.dev/dl/), or ${build.otherwise}.`,
  );
  if (!(await findExecutable('go'))) throw goMissing;
  const result = await runCommand('go', ['env', 'GOVERSION']);
  const version = result.stdout.trim().replace(/^go/, '');
  if (result.code !== 0 || !version) throw goMissing;
  const toolchain = (await runCommand('go', ['env', 'GOTOOLCHAIN'])).stdout.trim();
  // With GOTOOLCHAIN=auto an older Go fetches a newer toolchain from the module proxy by itself.
  if (compareVersions(version, build.minGoVersion) < 0 && toolchain === 'local') {
    throw new ToolError(
      `Go ${version} is too old to build the ${build.name} (needs ${build.minGoVersion}+) and GOTOOLCHAIN=local.`,
      'Install a newer Go, or run with GOTOOLCHAIN=auto so Go fetches it from the module proxy.',
    );
  }
  return version;
}

export async function isExecutable(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return !!info && info.isFile() && (info.mode & 0o111) !== 0;
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
