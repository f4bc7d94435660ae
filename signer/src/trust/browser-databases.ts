import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { NssDatabase } from './nss-database.js';

export interface BrowserDatabase {
  database: NssDatabase;
  /** Who reads it, as the set-up says it. */
  browsers: string;
  /** The shared database is made when missing; a browser's own exists only once it has run. */
  createIfMissing: boolean;
}

/** Folders holding one Firefox profile each (deb/tarball, snap, flatpak installs). */
const FIREFOX_PROFILE_ROOTS = [
  ['.mozilla', 'firefox'],
  ['snap', 'firefox', 'common', '.mozilla', 'firefox'],
  ['.var', 'app', 'org.mozilla.firefox', '.mozilla', 'firefox'],
];

/**
 * The NSS databases of the user's browsers: `~/.pki/nssdb`, which Chromium, Chrome and other NSS
 * programs on Linux share (made when missing, so a browser installed later finds the CA there), and
 * the ones that exist already of a snap Chromium and of each Firefox profile, which read only their own.
 */
export async function browserDatabases(home: string): Promise<BrowserDatabase[]> {
  const found: BrowserDatabase[] = [
    {
      database: new NssDatabase(join(home, '.pki', 'nssdb')),
      browsers: 'Chromium, Google Chrome',
      createIfMissing: true,
    },
  ];
  const optional = [
    { dir: join(home, 'snap', 'chromium', 'current', '.pki', 'nssdb'), browsers: 'Chromium (snap)' },
  ];
  for (const root of FIREFOX_PROFILE_ROOTS) {
    const dir = join(home, ...root);
    const profiles = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const profile of profiles) {
      if (profile.isDirectory())
        optional.push({ dir: join(dir, profile.name), browsers: `Firefox (${profile.name})` });
    }
  }
  for (const { dir, browsers } of optional) {
    const database = new NssDatabase(dir);
    if (await database.exists()) found.push({ database, browsers, createIfMissing: false });
  }
  return found;
}
