import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { findExecutable, runCommand } from '../run-command.js';
import { ToolError } from '../tool-error.js';
import { withLock } from './file-lock.js';

/** A Debian package a run needs, and how to tell that it is there. */
export interface DebianPackage {
  name: string;
  /** What it is for, in the words printed while it installs. */
  purpose: string;
  isPresent: () => Promise<boolean>;
}

/** How long another apt user (unattended upgrades, an install by hand) is waited for. */
const APT_WAIT_MS = Number(process.env.QOLTANBA_APT_WAIT_SECONDS ?? 600) * 1000;
const APT_POLL_MS = 2_000;
/** apt's words when dpkg's or its lists' lock is held: "… It is held by process 1234 (apt-get)". */
const APT_LOCKED =
  /Could not get lock (\S+?)\.?\s+It is held by process (\d+)(?: \(([^)]*)\))?|Could not get lock (\S+?)\.?\s/;

/**
 * Installs every missing package of `packages` with one `apt-get update` and one `apt-get install`.
 * The step is serialized across processes of the machine (two platforms, a test run and `npm start`),
 * and each looks again once it holds the lock, so a package another run installed meanwhile is not
 * installed twice. As root it runs apt-get itself; otherwise it stops with the exact command to run,
 * because silently asking for sudo would hang (QOLTANBA_APT_GET names another apt-get to run).
 */
export async function ensureDebianPackages(
  packages: readonly DebianPackage[],
  log: (line: string) => void = console.log,
): Promise<void> {
  const missingAtFirst = await missingOf(packages);
  if (missingAtFirst.length === 0) return;
  const aptGet = await aptGetCommand();
  if (!aptGet) {
    throw new ToolError(
      `Debian packages are missing: ${describe(missingAtFirst)}.`,
      `Install them: sudo apt-get install -y ${names(missingAtFirst)}`,
    );
  }
  await withLock(
    join(process.env.QOLTANBA_LOCK_DIR ?? tmpdir(), 'qoltanba-debian-packages.lock'),
    { purpose: 'another Qoltanba run installing Debian packages', log, reportEveryMs: 15_000 },
    async () => {
      const missing = await missingOf(packages);
      if (missing.length === 0) return;
      log(`Installing Debian packages: ${describe(missing)} …`);
      const manual = `Install them: sudo apt-get install -y ${names(missing)}`;
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      await runApt(aptGet, ['update'], env, log, manual);
      await runApt(
        aptGet,
        ['install', '-y', '--no-install-recommends', ...missing.map((pkg) => pkg.name)],
        env,
        log,
        manual,
      );
      const stillMissing = await missingOf(missing);
      if (stillMissing.length > 0)
        throw new ToolError(`apt-get installed, yet ${describe(stillMissing)} cannot be found.`, manual);
      log(`Installed ${names(missing)}.`);
    },
  );
}

/**
 * Runs one apt-get command, waiting (bounded, and saying so) while another apt user holds dpkg's or
 * the package lists' lock: `DPkg::Lock::Timeout` covers only the first, and `apt-get update` takes
 * the second.
 */
async function runApt(
  aptGet: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  manual: string,
): Promise<void> {
  const began = Date.now();
  let waitingFor: string | undefined;
  for (;;) {
    const result = await runCommand(aptGet, args, { env });
    if (result.code === 0) return;
    const locked = APT_LOCKED.exec(result.stderr);
    if (!locked) throw new ToolError(`apt-get ${args[0]} failed:\n${result.stderr.trim()}`, manual);
    const holder = locked[2]
      ? `pid ${locked[2]}${locked[3] ? ` (${locked[3]})` : ''} holds ${locked[1]}`
      : `${locked[4]} is locked`;
    if (Date.now() - began > APT_WAIT_MS) {
      throw new ToolError(
        `Gave up after ${Math.round(APT_WAIT_MS / 1000)} s waiting for another apt user: ${holder}.`,
        `Let it finish, then run this again. ${manual}`,
      );
    }
    if (holder !== waitingFor) {
      log(
        `Waiting for another apt user before apt-get ${args[0]}: ${holder} ` +
          `(since ${new Date(began).toLocaleTimeString('en-GB')}, for at most ${Math.round(APT_WAIT_MS / 60_000)} min) …`,
      );
      waitingFor = holder;
    }
    await delay(APT_POLL_MS);
  }
}

async function aptGetCommand(): Promise<string | undefined> {
  const configured = process.env.QOLTANBA_APT_GET;
  if (configured) return configured;
  return userInfo().uid === 0 ? findExecutable('apt-get') : undefined;
}

async function missingOf(packages: readonly DebianPackage[]): Promise<DebianPackage[]> {
  const present = await Promise.all(packages.map((pkg) => pkg.isPresent()));
  // A package two tools share (none today) is named once.
  return packages.filter((pkg, i) => !present[i] && packages.findIndex((p) => p.name === pkg.name) === i);
}

const names = (packages: readonly DebianPackage[]) => packages.map((pkg) => pkg.name).join(' ');
const describe = (packages: readonly DebianPackage[]) =>
  packages.map((pkg) => `${pkg.name} (${pkg.purpose})`).join(', ');
