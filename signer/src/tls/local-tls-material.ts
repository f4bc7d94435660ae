import { createPublicKey, webcrypto } from 'node:crypto';
import type { AgentLog } from '../agent-log.js';
import * as x509 from '../crypto/x509.js';
import {
  createLocalCa,
  issueServerCertificate,
  type KeyedCertificate,
  LOCAL_KEY_ALGORITHM,
  sha256Fingerprint,
  validLongEnough,
} from './local-ca.js';
import { LOOPBACK_DNS, LOOPBACK_IP } from './loopback-names.js';
import { makeTlsDir, readIfPresent, type TlsPaths, tlsPaths, writePrivateFile } from './tls-files.js';

/** What the secure socket presents, and what the set-up adds to the browser. */
export interface TlsMaterial {
  /** PEM: the server's private key and certificate, for `https.createServer`. */
  key: string;
  cert: string;
  ca: LocalCaSummary;
  serverNotAfter: Date;
}

export interface LocalCaSummary {
  pem: string;
  path: string;
  commonName: string;
  fingerprint: string;
  notAfter: Date;
}

/**
 * The local CA and the server certificate in `dataDir`, made on first use and reused after: the
 * CA's trust is installed in the user's browser once, so it changes only when it nears its end (or
 * its key is lost). The server certificate is issued anew when it nears its end, or no longer
 * matches the CA or its own key.
 *
 * The CA's private key stays in the data folder (0600) because re-issuing the server certificate
 * needs it: without it every renewal would mean a new CA and installing its trust again. It is read
 * from there only to issue, and dropped after; the agent does not hold it while it serves. Its name
 * constraints keep it from vouching for anything but 127.0.0.1 and localhost. Nothing here logs a key.
 */
export async function ensureTlsMaterial(
  dataDir: string,
  log: AgentLog,
  now = new Date(),
): Promise<TlsMaterial> {
  const paths = tlsPaths(dataDir);
  await makeTlsDir(paths);
  const caPem = await readIfPresent(paths.caCertificate);
  const found = caPem ? new x509.X509Certificate(caPem) : undefined;
  let ca = found && validLongEnough(found, now) ? found : undefined;

  let key = await readIfPresent(paths.serverKey);
  const serverPem = await readIfPresent(paths.serverCertificate);
  let server = serverPem ? new x509.X509Certificate(serverPem) : undefined;
  if (!ca || !key || !server || !(await serverCertificateFits(server, key, ca, now))) {
    const signer = (ca && (await readCaKey(paths, ca))) ?? (await createCa(paths, log, now, !!found));
    ca = signer.certificate;
    const issued = await issueServerCertificate(signer, now);
    server = issued.certificate;
    key = await privateKeyPem(issued.privateKey);
    await writePrivateFile(paths.serverKey, key);
    await writePrivateFile(paths.serverCertificate, server.toString('pem'));
    log('server certificate issued', {
      path: paths.serverCertificate,
      notAfter: server.notAfter.toISOString(),
    });
  }
  return { key, cert: server.toString('pem'), ca: summary(ca, paths), serverNotAfter: server.notAfter };
}

/** The CA found in `dataDir`, without making anything: for the trust command's removal and status. */
export async function readLocalCa(dataDir: string): Promise<LocalCaSummary | undefined> {
  const paths = tlsPaths(dataDir);
  const pem = await readIfPresent(paths.caCertificate);
  return pem ? summary(new x509.X509Certificate(pem), paths) : undefined;
}

function summary(ca: x509.X509Certificate, paths: TlsPaths): LocalCaSummary {
  return {
    pem: ca.toString('pem'),
    path: paths.caCertificate,
    commonName: ca.subjectName.getField('CN')[0] ?? '',
    fingerprint: sha256Fingerprint(ca),
    notAfter: ca.notAfter,
  };
}

async function createCa(
  paths: TlsPaths,
  log: AgentLog,
  now: Date,
  replacing: boolean,
): Promise<KeyedCertificate> {
  const ca = await createLocalCa(now);
  // The key first: a CA certificate on disk always has its key beside it.
  await writePrivateFile(paths.caKey, await privateKeyPem(ca.privateKey));
  await writePrivateFile(paths.caCertificate, ca.certificate.toString('pem'));
  log(replacing ? 'local CA replaced' : 'local CA created', {
    path: paths.caCertificate,
    fingerprint: sha256Fingerprint(ca.certificate),
    // A new CA is trusted by no browser yet.
    next: 'qoltanba-signer trust install',
  });
  return ca;
}

/** Issued by this CA, for the loopback names, valid long enough, and the key on disk is its key. */
async function serverCertificateFits(
  server: x509.X509Certificate,
  keyPem: string,
  ca: x509.X509Certificate,
  now: Date,
): Promise<boolean> {
  if (!validLongEnough(server, now)) return false;
  const signed = await server.verify({ publicKey: ca.publicKey, signatureOnly: true }).catch(() => false);
  if (!signed) return false;
  const names = server.getExtension(x509.SubjectAlternativeNameExtension)?.names.toJSON() ?? [];
  const named = (type: string, value: string) =>
    names.some((name) => name.type === type && name.value === value);
  if (!named('ip', LOOPBACK_IP) || !named('dns', LOOPBACK_DNS)) return false;
  return keyMatches(keyPem, server);
}

/** Whether the private key in `keyPem` is the one whose public half `certificate` carries. */
function keyMatches(keyPem: string, certificate: x509.X509Certificate): boolean {
  try {
    const publicKey = createPublicKey(keyPem).export({ type: 'spki', format: 'der' });
    return publicKey.equals(Buffer.from(certificate.publicKey.rawData));
  } catch {
    return false;
  }
}

/** The CA's key, read for one issuance; undefined when it is gone or not the CA's (a new CA then). */
async function readCaKey(
  paths: TlsPaths,
  certificate: x509.X509Certificate,
): Promise<KeyedCertificate | undefined> {
  const pem = await readIfPresent(paths.caKey);
  if (!pem || !keyMatches(pem, certificate)) return undefined;
  const der = x509.PemConverter.decodeFirst(pem);
  const privateKey = await webcrypto.subtle.importKey('pkcs8', der, LOCAL_KEY_ALGORITHM, false, ['sign']);
  return { certificate, privateKey };
}

async function privateKeyPem(key: webcrypto.CryptoKey): Promise<string> {
  const der = await webcrypto.subtle.exportKey('pkcs8', key);
  return x509.PemConverter.encode(der, x509.PemConverter.PrivateKeyTag);
}
