import { execFile } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A software RSA-2048 key, as a user whose CA hands out key files holds it before it is certified. */
export function softwareRsaKey(): { privateKey: KeyObject; publicKeyInfo: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKeyInfo: publicKey.export({ type: 'spki', format: 'der' }).toString('base64') };
}

/**
 * A PKCS#12 key file as a certification authority hands it out, written by the OpenSSL command
 * line (independent of the agent's reader): with today's PBES2/AES-256 encryption, or `legacy` with
 * the 3DES one the national CA's older files use.
 */
export async function writePkcs12(input: {
  privateKey: KeyObject;
  /** Base64 DER. */
  certificate: string;
  password: string;
  legacy?: boolean;
}): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'qoltanba-p12-'));
  try {
    const [key, certificate, file] = ['key.pem', 'certificate.pem', 'key.p12'].map((name) => join(dir, name));
    await writeFile(key!, input.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    const lines = input.certificate.match(/.{1,64}/g) ?? [];
    await writeFile(
      certificate!,
      `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
    );
    const encryption = input.legacy
      ? ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']
      : [];
    // The password reaches openssl through its environment, not its command line (visible in ps).
    await run(
      'openssl',
      [
        'pkcs12',
        '-export',
        '-inkey',
        key!,
        '-in',
        certificate!,
        '-out',
        file!,
        '-passout',
        'env:P12_PASSWORD',
        ...encryption,
      ],
      { env: { ...process.env, P12_PASSWORD: input.password } },
    );
    return await readFile(file!);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
