import { spawn, type ChildProcess } from 'node:child_process';
import { access, chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The set-up as `npm test` runs it, compiled (the Jest run compiles deploy/local first). */
const SETUP_SCRIPT = fileURLToPath(new URL('../dist/setup.js', import.meta.url));

/** System commands the fakes and the set-up call; nothing else of the real machine is on the PATH. */
const SYSTEM_COMMANDS = ['sh', 'bash', 'basename', 'mkdir', 'rm', 'cat', 'sleep', 'touch', 'chmod'];

/**
 * Stand-in for apt-get: logs each run to apt.log, holds a lock per database as the real one does
 * (the lists for `update`, dpkg for `install`; refusing with apt's own words when another run holds
 * it), and installs by creating the files the set-up looks for. FAKE_APT_BROKEN makes it fail as
 * with a broken source list.
 */
const FAKE_APT_GET = `#!/bin/bash
cmd=""; pkgs=()
for arg in "$@"; do
  case "$arg" in
    -*) ;;
    update|install) cmd="$arg" ;;
    *) pkgs+=("$arg") ;;
  esac
done
if [ -n "$FAKE_APT_BROKEN" ]; then
  echo "E: The repository 'http://deb.debian.org/debian bookworm Release' does not have a Release file." >&2
  exit 100
fi
lock="$FAKE_ROOT/locks/$([ "$cmd" = update ] && echo apt-lists || echo dpkg)"
if ! mkdir "$lock" 2>/dev/null; then
  echo "E: Could not get lock /var/lib/$(basename "$lock")/lock. It is held by process $(cat "$lock/pid" 2>/dev/null) (apt-get)" >&2
  echo "$cmd refused" >> "$FAKE_ROOT/apt.log"
  exit 100
fi
echo $$ > "$lock/pid"
sleep 1
for pkg in "\${pkgs[@]}"; do
  case "$pkg" in
    softhsm2) touch "$PKCS11_MODULE"; printf '#!/bin/sh\\n' > "$FAKE_BIN/softhsm2-util"; chmod +x "$FAKE_BIN/softhsm2-util" ;;
    chromium) touch "$CHROMIUM_PATH" ;;
    libnss3-tools) printf '#!/bin/sh\\n' > "$FAKE_BIN/certutil"; chmod +x "$FAKE_BIN/certutil" ;;
    nginx-light) touch "$NGINX_PATH" ;;
    *) echo "E: Unable to locate package $pkg" >&2; rm -rf "$lock"; exit 100 ;;
  esac
done
echo "$cmd\${pkgs[*]:+ \${pkgs[*]}}" >> "$FAKE_ROOT/apt.log"
rm -rf "$lock"
`;

/**
 * Stand-in for Go: a \`go install\` (or a \`go build -o DIR/\` in a module \`go mod init\` made) that
 * takes FAKE_GO_SECONDS and writes what the real one would: \`temporal\` for the CLI's module,
 * \`server\` and \`sql\` for the server's.
 */
const FAKE_GO = `#!/bin/bash
case "$1" in
  env)
    case "$2" in
      GOVERSION) echo go1.26.8 ;;
      GOTOOLCHAIN) echo auto ;;
    esac ;;
  mod) [ "$2" = init ] && echo "module $3" > go.mod ;;
  get)
    [ -f go.mod ] || { echo "go: go.mod file not found" >&2; exit 1; }
    echo "$*" >> "$FAKE_ROOT/go.log" ;;
  install|build)
    out="$GOBIN"
    if [ "$1" = build ]; then
      [ -f go.mod ] || { echo "go: go.mod file not found" >&2; exit 1; }
      previous=; for arg in "$@"; do [ "$previous" = -o ] && out="$arg"; previous="$arg"; done
    fi
    echo "start $$ $out" >> "$FAKE_ROOT/go.log"
    sleep "\${FAKE_GO_SECONDS:-1}"
    mkdir -p "$out"
    case "$*" in
      *go.temporal.io/server/cmd/server*) programs="server sql" ;;
      *) programs="temporal" ;;
    esac
    for program in $programs; do
      printf '#!/bin/sh\\necho "temporal version 1.5.1 (Server 1.29.1, UI 2.41.0)"\\n' > "$out/$program"
      chmod +x "$out/$program"
    done
    echo "done $$" >> "$FAKE_ROOT/go.log" ;;
  *) echo "fake go: unexpected $*" >&2; exit 2 ;;
esac
`;

export interface SetupRun {
  code: number;
  output: string;
}

/**
 * A machine that has nothing: no Chromium, no SoftHSM2, no certutil, an empty tool cache, and fake
 * `apt-get` and `go` as the only tools on the PATH. Runs the real set-up against it, as root or not.
 */
export class FakeMachine {
  private constructor(readonly root: string) {}

  static async create(): Promise<FakeMachine> {
    const machine = new FakeMachine(await mkdtemp(join(tmpdir(), 'qoltanba-fresh-machine-')));
    await Promise.all(
      ['bin', 'sysroot', 'locks', 'cache', 'home', 'machine-locks'].map((dir) => mkdir(machine.path(dir))),
    );
    await machine.writeScript('apt-get', FAKE_APT_GET);
    await machine.writeScript('go', FAKE_GO);
    for (const command of SYSTEM_COMMANDS) await symlink(await which(command), machine.path('bin', command));
    return machine;
  }

  path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  /** The Temporal CLI build's folder in this machine's tool cache. */
  get temporalBuildDir(): string {
    return this.path('cache', 'temporal-cli-v1.5.1');
  }

  /** The Temporal server build's folder in this machine's tool cache. */
  get temporalServerBuildDir(): string {
    return this.path('cache', 'temporal-server-v1.29.1');
  }

  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      PATH: this.path('bin'),
      HOME: this.path('home'),
      FAKE_ROOT: this.root,
      FAKE_BIN: this.path('bin'),
      QOLTANBA_CACHE_DIR: this.path('cache'),
      QOLTANBA_LOCK_DIR: this.path('machine-locks'),
      QOLTANBA_APT_GET: this.path('bin', 'apt-get'),
      CHROMIUM_PATH: this.path('sysroot', 'chromium'),
      PKCS11_MODULE: this.path('sysroot', 'libsofthsm2.so'),
      NGINX_PATH: this.path('sysroot', 'nginx'),
      ...extra,
    };
  }

  /**
   * Starts `npm test`'s set-up step, or another script of the start-up; `detached` gives it a process
   * group of its own to kill.
   */
  startSetup(
    extra: Record<string, string> = {},
    detached = false,
    script = SETUP_SCRIPT,
  ): ChildProcess & { result: Promise<SetupRun> } {
    const child = spawn(process.execPath, [script], { env: this.env(extra), detached });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const result = new Promise<SetupRun>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
    });
    return Object.assign(child, { result });
  }

  runSetup(extra: Record<string, string> = {}): Promise<SetupRun> {
    return this.startSetup(extra).result;
  }

  /** The apt-get runs that got through, in order ("update", "install softhsm2 chromium libnss3-tools"). */
  async aptRuns(): Promise<string[]> {
    return (await this.lines('apt.log')).filter((line) => !line.endsWith('refused'));
  }

  async goBuilds(): Promise<string[]> {
    return (await this.lines('go.log')).filter((line) => line.startsWith('start'));
  }

  /** Holds apt's package-lists lock as another apt user would, under the given pid. */
  async holdAptLists(pid: number): Promise<() => Promise<void>> {
    await mkdir(this.path('locks', 'apt-lists'));
    await writeFile(this.path('locks', 'apt-lists', 'pid'), String(pid));
    return () => rm(this.path('locks', 'apt-lists'), { recursive: true, force: true });
  }

  /** Takes Go off the PATH, as on a machine where it was never installed. */
  async removeGo(): Promise<void> {
    await rm(this.path('bin', 'go'));
  }

  async preinstallPackages(): Promise<void> {
    await writeFile(this.path('sysroot', 'chromium'), '');
    await writeFile(this.path('sysroot', 'libsofthsm2.so'), '');
    await writeFile(this.path('sysroot', 'nginx'), '');
    await this.writeScript('softhsm2-util', '#!/bin/sh\n');
    await this.writeScript('certutil', '#!/bin/sh\n');
  }

  async lines(file: string): Promise<string[]> {
    const text = await readFile(this.path(file), 'utf8').catch(() => '');
    return text.split('\n').filter(Boolean);
  }

  async remove(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }

  private async writeScript(name: string, text: string): Promise<void> {
    await writeFile(this.path('bin', name), text);
    await chmod(this.path('bin', name), 0o755);
  }
}

async function which(command: string): Promise<string> {
  for (const dir of ['/usr/bin', '/bin', '/usr/local/bin']) {
    const candidate = join(dir, command);
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  throw new Error(`${command} is not on this machine`);
}
