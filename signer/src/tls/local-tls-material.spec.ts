import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:https';
import { connect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { issueForeignCertificate } from '../../test/foreign-certificate.js';
import * as x509 from '../crypto/x509.js';
import { localCaName, RENEW_BEFORE_DAYS, SERVER_VALIDITY_DAYS } from './local-ca.js';
import { ensureTlsMaterial } from './local-tls-material.js';
import { tlsPaths } from './tls-files.js';

const DAY_MS = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);

describe(ensureTlsMaterial.name, () => {
  let dataDir: string;
  const events: string[] = [];
  const log = (event: string) => void events.push(event);

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'qoltanba-tls-'));
    events.length = 0;
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('makes a CA for end-entity certificates only (CA:true, pathlen 0) named after the computer', async () => {
    const { ca } = await ensureTlsMaterial(dataDir, log);

    const certificate = new x509.X509Certificate(ca.pem);
    expect(ca.commonName).toBe(localCaName());
    expect(await certificate.isSelfSigned()).toBe(true);
    const constraints = certificate.getExtension(x509.BasicConstraintsExtension)!;
    expect(constraints).toMatchObject({ ca: true, pathLength: 0, critical: true });
    expect(events).toEqual(['local CA created', 'server certificate issued']);
  });

  it('issues a server certificate for 127.0.0.1 and localhost only, for TLS servers, signed by that CA', async () => {
    const material = await ensureTlsMaterial(dataDir, log);

    const server = new X509Certificate(material.cert);
    const ca = new X509Certificate(material.ca.pem);
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(server.checkHost('bank.kz')).toBeUndefined();
    expect(server.subjectAltName).toBe('IP Address:127.0.0.1, DNS:localhost');
    expect(server.ca).toBe(false);
    expect(server.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(server.checkIssued(ca)).toBe(true);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(material.serverNotAfter.getTime()).toBeGreaterThan(
      daysFromNow(SERVER_VALIDITY_DAYS - 2).getTime(),
    );
  });

  it('writes every file for the user alone (0600) in a folder of their own (0700)', async () => {
    await ensureTlsMaterial(dataDir, log);

    const paths = tlsPaths(dataDir);
    expect((await stat(paths.dir)).mode & 0o777).toBe(0o700);
    for (const file of [paths.caKey, paths.caCertificate, paths.serverKey, paths.serverCertificate]) {
      expect({ file, mode: (await stat(file)).mode & 0o777 }).toEqual({ file, mode: 0o600 });
    }
  });

  it('reuses its CA and server certificate on the next start', async () => {
    const first = await ensureTlsMaterial(dataDir, log);
    events.length = 0;
    const again = await ensureTlsMaterial(dataDir, log);

    expect(again.ca.fingerprint).toBe(first.ca.fingerprint);
    expect(again.cert).toBe(first.cert);
    expect(again.key).toBe(first.key);
    expect(events).toEqual([]);
  });

  it('issues a new server certificate under the same CA when the old one nears its end', async () => {
    const first = await ensureTlsMaterial(dataDir, log);
    events.length = 0;
    // The same folder, seen on a day when fewer than RENEW_BEFORE_DAYS are left.
    const later = daysFromNow(SERVER_VALIDITY_DAYS - RENEW_BEFORE_DAYS + 1);
    const renewed = await ensureTlsMaterial(dataDir, log, later);

    expect(renewed.ca.fingerprint).toBe(first.ca.fingerprint);
    expect(renewed.cert).not.toBe(first.cert);
    expect(renewed.serverNotAfter.getTime()).toBeGreaterThan(first.serverNotAfter.getTime());
    expect(events).toEqual(['server certificate issued']);
  });

  it('issues a new server certificate when its key no longer matches it', async () => {
    const first = await ensureTlsMaterial(dataDir, log);
    const paths = tlsPaths(dataDir);
    await rm(paths.serverKey);
    const mended = await ensureTlsMaterial(dataDir, log);

    expect(mended.ca.fingerprint).toBe(first.ca.fingerprint);
    expect(mended.cert).not.toBe(first.cert);
    expect(await readFile(paths.serverKey, 'utf8')).toBe(mended.key);
  });

  it('replaces the CA, saying so, when its key is lost or it nears its end: browsers must trust the new one', async () => {
    const first = await ensureTlsMaterial(dataDir, log);
    const paths = tlsPaths(dataDir);
    await rm(paths.caKey);
    await rm(paths.serverCertificate);
    events.length = 0;
    const replaced = await ensureTlsMaterial(dataDir, log);
    expect(replaced.ca.fingerprint).not.toBe(first.ca.fingerprint);
    expect(events).toEqual(['local CA replaced', 'server certificate issued']);

    const decadeLater = await ensureTlsMaterial(dataDir, log, daysFromNow(3650 - RENEW_BEFORE_DAYS + 1));
    expect(decadeLater.ca.fingerprint).not.toBe(replaced.ca.fingerprint);
  });

  it('lets its CA vouch for nothing but the loopback names: TLS refuses a certificate it signs for another', async () => {
    const material = await ensureTlsMaterial(dataDir, log);

    await expect(handshake(material, 'localhost', material.ca.pem)).resolves.toBe('trusted');
    const foreign = await issueForeignCertificate(dataDir, 'bank.kz');
    // Node reports OpenSSL's X509_V_ERR_PERMITTED_VIOLATION by its text only (code UNSPECIFIED).
    await expect(handshake(foreign, 'bank.kz', material.ca.pem)).rejects.toThrow(
      'permitted subtree violation',
    );
  });
});

/** A TLS handshake with a server presenting `served`, by a client that trusts `ca` only. */
async function handshake(
  served: { key: string; cert: string },
  servername: string,
  ca: string,
): Promise<string> {
  const server = createServer({ key: served.key, cert: served.cert });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as { port: number }).port;
    return await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port, servername, ca });
      socket.once('secureConnect', () => {
        socket.end();
        resolve('trusted');
      });
      socket.once('error', reject);
    });
  } finally {
    server.close();
  }
}
