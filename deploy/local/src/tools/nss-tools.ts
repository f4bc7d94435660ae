import { findExecutable } from '../run-command.js';
import { ToolError } from '../tool-error.js';
import { ensureDebianPackages, type DebianPackage } from './debian-packages.js';

/**
 * NSS's `certutil`: the signing agent's set-up (`qoltanba-signer trust install`) adds its local CA
 * to the browser's trust store with it, and the tests of that set-up and of `wss://` in Chromium run it.
 */
export const NSS_TOOLS_PACKAGE: DebianPackage = {
  name: 'libnss3-tools',
  purpose: "certutil, which makes the browser trust the signing agent's local CA",
  isPresent: async () => !!(await findExecutable('certutil')),
};

/** Finds certutil, installing the `libnss3-tools` Debian package when it is missing and we may. */
export async function ensureNssTools(log?: (line: string) => void): Promise<string> {
  await ensureDebianPackages([NSS_TOOLS_PACKAGE], log);
  const certutil = await findExecutable('certutil');
  if (!certutil) throw new ToolError('libnss3-tools is installed but certutil was not found on the PATH.');
  return certutil;
}
