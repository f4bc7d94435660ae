import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { access, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { FakeMachine } from './fake-machine.js';

/** The Debian packages `npm test` needs, in the order the set-up names them. */
const PACKAGES = 'softhsm2 chromium libnss3-tools nginx-light';

/**
 * `npm test`'s set-up on a machine that has nothing, with fake `apt-get` and `go` that behave like
 * the real ones where it matters (apt's locks, a build that takes time). No root, no network.
 */
describe('Set-up on a fresh machine', () => {
  let machine: FakeMachine;
  beforeEach(async () => {
    machine = await FakeMachine.create();
  });
  afterEach(async () => {
    await machine.remove();
  });

  it("installs six missing tools with one apt-get update, one apt-get install naming the four packages, and the Temporal CLI built before the Temporal server, which is built in the CLI's module graph", async () => {
    const run = await machine.runSetup();

    expect(run).toMatchObject({ code: 0 });
    expect(await machine.aptRuns()).toEqual(['update', `install ${PACKAGES}`]);
    const builds = await machine.goBuilds();
    expect(builds).toHaveLength(2);
    expect(builds[0]).toContain(machine.temporalBuildDir);
    expect(builds[1]).toContain(machine.temporalServerBuildDir);
    // In the CLI's graph, Go reuses what it compiled for the CLI (the server's own go.mod would not).
    expect(await machine.lines('go.log')).toContain(
      'get github.com/temporalio/cli@v1.5.1 go.temporal.io/server/cmd/server@v1.29.1 go.temporal.io/server/cmd/tools/sql@v1.29.1',
    );
    expect(run.output).toContain(join(machine.temporalBuildDir, 'bin', 'temporal'));
    expect(run.output).toContain(join(machine.temporalServerBuildDir, 'bin', 'temporal-server'));
    await access(join(machine.temporalServerBuildDir, 'bin', 'temporal-sql-tool'));
  });

  it('lets two set-ups started at once on one machine both succeed, installing and building once, and says what the second waits for', async () => {
    const [first, second] = await Promise.all([
      machine.runSetup({ FAKE_GO_SECONDS: '3' }),
      machine.runSetup({ FAKE_GO_SECONDS: '3' }),
    ]);

    expect([first.code, second.code]).toEqual([0, 0]);
    expect(await machine.aptRuns()).toEqual(['update', `install ${PACKAGES}`]);
    // Each of the two Temporal builds once.
    expect(await machine.goBuilds()).toHaveLength(2);
    expect(first.output + second.output).toMatch(
      /Waiting for the Temporal CLI build: held by pid \d+ \(node .*setup\.js\) since \d\d:\d\d:\d\d/,
    );
  });

  it('takes over at once the Temporal CLI build lock of a killed run, clears its partial build and builds again', async () => {
    await machine.preinstallPackages();
    const killed = machine.startSetup({ FAKE_GO_SECONDS: '120' }, true);
    await until(async () => (await machine.goBuilds()).length === 1);
    process.kill(-killed.pid!, 'SIGKILL');
    await killed.result;
    expect(await readdir(machine.temporalBuildDir)).toEqual([`bin.partial-${killed.pid}`]);
    expect(await readdir(machine.path('cache'))).toContain('temporal-build.lock');

    const started = Date.now();
    const again = await machine.runSetup();

    expect(again.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(again.output).toContain(`Took over the Temporal CLI build: its owner (pid ${killed.pid}`);
    expect(again.output).toContain(`Cleared an interrupted Temporal CLI build (bin.partial-${killed.pid})`);
    expect(await readdir(machine.temporalBuildDir)).toEqual(['bin']);
    expect(await readdir(machine.path('cache'))).not.toContain('temporal-build.lock');
    await access(join(machine.temporalBuildDir, 'bin', 'temporal'));
  });

  it('tells what apt-get said only once the Temporal CLI build it had started has ended, so no build outlives it', async () => {
    const { code, output } = await machine.runSetup({ FAKE_APT_BROKEN: '1', FAKE_GO_SECONDS: '3' });

    expect(code).toBe(1);
    expect(output).toContain(
      "apt-get update failed:\nE: The repository 'http://deb.debian.org/debian bookworm Release'",
    );
    expect(output).toContain('Letting the work already started end first');
    expect(await machine.lines('go.log')).toEqual([
      expect.stringMatching(/^start /),
      expect.stringMatching(/^done /),
    ]);
    expect(await readdir(machine.temporalBuildDir)).toEqual(['bin']);
  });

  it('names everything a machine lacks in one run: Go, and the packages apt-get could not install', async () => {
    await machine.removeGo();

    const { code, output } = await machine.runSetup({ FAKE_APT_BROKEN: '1' });

    expect(code).toBe(1);
    expect(output).toContain(
      'Go 1.25+ is needed once, to build the Temporal CLI, and was not found on the PATH.',
    );
    expect(output).toContain('apt-get update failed');
    expect(output).toContain(`sudo apt-get install -y ${PACKAGES}`);
  });

  it("starts the local cluster's tools with one apt step for the demo token's SoftHSM2 and nginx", async () => {
    const script = machine.path('start-tools.mjs');
    const startTools = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'start-tools.js')).href;
    await writeFile(
      script,
      `import { prepareStartTools } from '${startTools}';
       await prepareStartTools({ dataDir: '${machine.path('data')}', proxied: true }, console.log).catch(() => undefined);`,
    );

    await machine.startSetup({}, false, script).result;

    expect(await machine.aptRuns()).toEqual(['update', 'install softhsm2 nginx-light']);
  });

  it('waits for another apt user holding the package lists, naming it on screen, then installs', async () => {
    const otherAptUser = spawn('sleep', ['30']);
    const releaseLists = await machine.holdAptLists(otherAptUser.pid!);
    const run = machine.runSetup();
    setTimeout(() => void releaseLists().then(() => otherAptUser.kill()), 3_000);

    const { code, output } = await run;

    expect(code).toBe(0);
    expect(output).toMatch(
      new RegExp(
        `Waiting for another apt user before apt-get update: pid ${otherAptUser.pid} \\(apt-get\\) holds /var/lib/apt-lists/lock`,
      ),
    );
    expect(await machine.aptRuns()).toEqual(['update', `install ${PACKAGES}`]);
  });

  it('gives up waiting for an apt user that never finishes, after the bound, naming it and the command to run', async () => {
    await machine.holdAptLists(4_194_000);

    const { code, output } = await machine.runSetup({ QOLTANBA_APT_WAIT_SECONDS: '3' });

    expect(code).toBe(1);
    expect(output).toContain('Gave up after 3 s waiting for another apt user: pid 4194000 (apt-get) holds');
    expect(output).toContain(`sudo apt-get install -y ${PACKAGES}`);
    expect(await machine.aptRuns()).toEqual([]);
    // The Debian step's own lock is released, so the next run is not made to wait for it.
    expect(await readdir(machine.path('machine-locks'))).toEqual([]);
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const began = Date.now();
  while (!(await condition())) {
    if (Date.now() - began > timeoutMs) throw new Error('condition not met in time');
    await delay(100);
  }
}
