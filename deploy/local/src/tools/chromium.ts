import { access } from 'node:fs/promises';
import { ensureDebianPackages, type DebianPackage } from './debian-packages.js';

/** Debian's Chromium: the browser of the end-to-end tests (never one a test tool downloads). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags every headless run uses: no sandbox (root in CI), no GPU, and none of the background
 * traffic (updates, safe browsing, first-run pages) that a closed network would refuse.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const CHROMIUM_PACKAGE: DebianPackage = {
  name: 'chromium',
  purpose: 'the browser of the end-to-end tests',
  isPresent: () =>
    access(CHROMIUM_PATH).then(
      () => true,
      () => false,
    ),
};

export async function ensureChromium(log?: (line: string) => void): Promise<string> {
  await ensureDebianPackages([CHROMIUM_PACKAGE], log);
  return CHROMIUM_PATH;
}
