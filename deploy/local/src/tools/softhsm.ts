import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findExecutable, runCommand } from '../run-command.js';
import { ToolError } from '../tool-error.js';
import { ensureDebianPackages, type DebianPackage } from './debian-packages.js';
import { withLock } from './file-lock.js';

/** Where Debian, Ubuntu and Fedora put the SoftHSM2 PKCS#11 module. */
const MODULE_CANDIDATES = [
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib64/pkcs11/libsofthsm2.so',
];

export interface SoftHsm {
  /** The PKCS#11 module the signer loads in development and tests. */
  modulePath: string;
  utilPath: string;
}

export const SOFTHSM_PACKAGE: DebianPackage = {
  name: 'softhsm2',
  purpose: 'the PKCS#11 token of development and tests',
  isPresent: async () => !!(await findModule()) && !!(await findExecutable('softhsm2-util')),
};

/** Finds SoftHSM2, installing the `softhsm2` Debian package when it is missing and we may. */
export async function ensureSoftHsm(log?: (line: string) => void): Promise<SoftHsm> {
  await ensureDebianPackages([SOFTHSM_PACKAGE], log);
  const modulePath = await findModule();
  const utilPath = await findExecutable('softhsm2-util');
  if (!modulePath || !utilPath) {
    const configured = process.env.PKCS11_MODULE;
    throw new ToolError(
      configured
        ? `PKCS11_MODULE=${configured} does not exist.`
        : 'SoftHSM2 is installed but libsofthsm2.so was not found.',
    );
  }
  return { modulePath, utilPath };
}

async function findModule(): Promise<string | undefined> {
  const configured = process.env.PKCS11_MODULE;
  for (const candidate of configured ? [configured] : MODULE_CANDIDATES) {
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return undefined;
}

export interface TokenStore {
  /** The SOFTHSM2_CONF file the PKCS#11 module reads at C_Initialize. */
  configPath: string;
  tokenDir: string;
}

/** A project-local SoftHSM2 configuration whose tokens live under `dir`, never in /var/lib. */
export async function prepareTokenStore(dir: string): Promise<TokenStore> {
  const tokenDir = join(dir, 'tokens');
  // Only the token folder is private: a recursive mkdir with a mode would give it to every parent too,
  // and the data folder must stay walkable for the postgres system user.
  await mkdir(dir, { recursive: true });
  await mkdir(tokenDir, { recursive: true, mode: 0o700 });
  const configPath = join(dir, 'softhsm2.conf');
  await writeFile(
    configPath,
    [
      `directories.tokendir = ${tokenDir}`,
      'objectstore.backend = file',
      'log.level = ERROR',
      'slots.removable = false',
      '',
    ].join('\n'),
  );
  return { configPath, tokenDir };
}

export interface NewToken {
  label: string;
  /** Security-officer (admin) PIN; a KAZTOKEN ships with 87654321. */
  soPin: string;
  /** User PIN; a KAZTOKEN ships with 12345678. */
  userPin: string;
}

/**
 * Initializes a token in the next free slot unless one with this label exists already. Tokens of
 * one store are made one at a time, across processes: a token being made by another process has
 * its folder without its token file for an instant, and softhsm2-util, looking for a free slot
 * then, fails on it (seen in a full test run, whose test files make tokens in one store side by
 * side).
 */
export async function ensureToken(
  softHsm: SoftHsm,
  store: Pick<TokenStore, 'configPath'>,
  token: NewToken,
): Promise<void> {
  const env = { ...process.env, SOFTHSM2_CONF: store.configPath };
  await withLock(
    `${store.configPath}.lock`,
    { purpose: 'another process making a SoftHSM2 token' },
    async () => {
      const existing = await runCommand(softHsm.utilPath, ['--show-slots'], { env });
      if (existing.stdout.includes(`Label:            ${token.label}`)) return;
      // softhsm2-util takes the PINs as arguments; these are the published factory defaults of a demo token.
      const result = await runCommand(
        softHsm.utilPath,
        ['--init-token', '--free', '--label', token.label, '--so-pin', token.soPin, '--pin', token.userPin],
        { env },
      );
      if (result.code !== 0) {
        throw new ToolError(`Could not initialize the SoftHSM2 token '${token.label}':\n${result.stderr}`);
      }
    },
  );
}
