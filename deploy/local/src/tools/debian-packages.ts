import { userInfo } from 'node:os';
import { findExecutable, runCommand } from '../run-command.js';
import { ToolError } from '../tool-error.js';

let aptUpdated = false;

/**
 * Installs a Debian package when `isPresent` says it is missing. As root it runs apt-get itself;
 * otherwise it stops with the exact command to run, because silently asking for sudo would hang.
 */
export async function ensureDebianPackage(
  pkg: string,
  purpose: string,
  isPresent: () => Promise<boolean>,
  log: (line: string) => void = console.log,
): Promise<void> {
  if (await isPresent()) return;
  const manual = `sudo apt-get install -y ${pkg}`;
  if (userInfo().uid !== 0 || !(await findExecutable('apt-get'))) {
    throw new ToolError(
      `The Debian package '${pkg}' (${purpose}) is not installed.`,
      `Install it: ${manual}`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt run (unattended upgrades, a parallel install) instead of failing on its lock.
  const waitForLock = ['-o', 'DPkg::Lock::Timeout=600'];
  if (!aptUpdated) {
    log(`Installing ${pkg} (${purpose}): apt-get update …`);
    const update = await runCommand('apt-get', [...waitForLock, 'update'], { env });
    if (update.code !== 0)
      throw new ToolError(`apt-get update failed:\n${update.stderr}`, `Install it: ${manual}`);
    aptUpdated = true;
  }
  log(`Installing ${pkg} (${purpose}) …`);
  const install = await runCommand(
    'apt-get',
    [...waitForLock, 'install', '-y', '--no-install-recommends', pkg],
    {
      env,
    },
  );
  if (install.code !== 0 || !(await isPresent())) {
    throw new ToolError(`apt-get install ${pkg} failed:\n${install.stderr}`, `Install it: ${manual}`);
  }
}
