import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ensureNssTools } from '@qoltanba/local/tools/nss-tools';
import { runAgentCommand } from '../src/client/agent-process.js';
import { localCaName } from '../src/tls/local-ca.js';
import { localCaPem } from './secure-agent.js';
import { makeRunFolder } from '@qoltanba/local/services/run-folder';

const run = promisify(execFile);
const NICKNAME = localCaName();

/** What certutil lists in the NSS database in `dir`: nickname and trust flags, one per line. */
async function listed(dir: string): Promise<string[]> {
  const { stdout } = await run('certutil', ['-L', '-d', `sql:${dir}`]);
  return stdout
    .split('\n')
    .slice(4)
    .map((line) => line.trim().replace(/\s{2,}/, ' | '))
    .filter(Boolean);
}

/** The PEM of every certificate the database in `dir` files under the local CA's nickname. */
async function filedPems(dir: string): Promise<string[]> {
  const result = await run('certutil', ['-L', '-d', `sql:${dir}`, '-n', NICKNAME, '-a']).catch(() => ({
    stdout: '',
  }));
  return result.stdout.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

const samePem = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '');

/**
 * `qoltanba-signer trust install|uninstall|status`, the built agent's set-up command, against a
 * temporary HOME (the user's NSS database is `$HOME/.pki/nssdb`) and a temporary data folder.
 */
describe('qoltanba-signer trust', () => {
  let home: Awaited<ReturnType<typeof makeRunFolder>>;
  let data: Awaited<ReturnType<typeof makeRunFolder>>;
  let nssdb: string;
  const trust = (action: string, dataDir = data.path) =>
    runAgentCommand(['trust', action], { HOME: home.path, SIGNER_DATA_DIR: dataDir });

  beforeAll(async () => {
    await ensureNssTools();
  });
  beforeEach(async () => {
    home = await makeRunFolder('trust-home');
    data = await makeRunFolder('trust-data');
    nssdb = join(home.path, '.pki', 'nssdb');
  });
  afterEach(async () => {
    await home.remove();
    await data.remove();
  });

  it("install makes the user's NSS database when missing and adds the local CA, trusted for TLS servers only", async () => {
    const installed = await trust('install');

    expect(installed).toMatchObject({ code: 0, stderr: '' });
    expect(installed.stdout).toContain(`Trusted by Chromium, Google Chrome: ${nssdb}`);
    expect(await listed(nssdb)).toEqual([`${NICKNAME} | C,,`]);
    const [filed] = await filedPems(nssdb);
    expect(samePem(filed!, await localCaPem(data.path))).toBe(true);
  });

  it('install twice leaves one CA, the second time saying it was trusted already', async () => {
    await trust('install');
    const again = await trust('install');

    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Already trusted by Chromium, Google Chrome: ${nssdb}`);
    expect(await filedPems(nssdb)).toHaveLength(1);
  });

  it("install adds it to an existing Firefox profile's database as well", async () => {
    const profile = join(home.path, '.mozilla', 'firefox', 'x1y2z3.default-release');
    await mkdir(profile, { recursive: true });
    await run('certutil', ['-N', '-d', `sql:${profile}`, '--empty-password']);

    const installed = await trust('install');

    expect(installed.stdout).toContain(`Trusted by Firefox (x1y2z3.default-release): ${profile}`);
    expect(await listed(profile)).toEqual([`${NICKNAME} | C,,`]);
  });

  it('install replaces the CA of an earlier data folder filed under the same name', async () => {
    const earlier = await makeRunFolder('trust-earlier');
    try {
      await trust('install', earlier.path);
      await trust('install');

      const filed = await filedPems(nssdb);
      expect(filed).toHaveLength(1);
      expect(samePem(filed[0]!, await localCaPem(data.path))).toBe(true);
    } finally {
      await earlier.remove();
    }
  });

  it('uninstall takes the CA out of the database again, and is harmless when it is not there', async () => {
    await trust('install');
    const removed = await trust('uninstall');

    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(`No longer trusted by Chromium, Google Chrome: ${nssdb}`);
    expect(await listed(nssdb)).toEqual([]);
    const again = await trust('uninstall');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Was not trusted by Chromium, Google Chrome: ${nssdb}`);
  });

  it('status says whether the browsers trust the local CA, changing nothing', async () => {
    expect((await trust('status')).stdout).toContain(`No local CA in ${data.path} yet.`);
    await trust('install');
    expect((await trust('status')).stdout).toContain(`Trusted by Chromium, Google Chrome: ${nssdb}`);
    await trust('uninstall');
    expect((await trust('status')).stdout).toContain(`Not trusted by Chromium, Google Chrome: ${nssdb}`);
  });

  it('names the Debian package to install when certutil is missing', async () => {
    const result = await runAgentCommand(['trust', 'install'], {
      HOME: home.path,
      SIGNER_DATA_DIR: data.path,
      PATH: '/nonexistent',
    });

    expect(result.code).toBe(69);
    expect(result.stderr).toContain('sudo apt-get install -y libnss3-tools');
  });

  it('answers an unknown action with its usage', async () => {
    const result = await trust('add');

    expect(result.code).toBe(64);
    expect(result.stderr).toContain('qoltanba-signer trust install');
  });
});
