import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The agent's TLS material in its data folder; the folder is the user's alone (0700). */
export interface TlsPaths {
  dir: string;
  caCertificate: string;
  caKey: string;
  serverCertificate: string;
  serverKey: string;
}

export function tlsPaths(dataDir: string): TlsPaths {
  const dir = join(dataDir, 'tls');
  return {
    dir,
    caCertificate: join(dir, 'local-ca.pem'),
    caKey: join(dir, 'local-ca-key.pem'),
    serverCertificate: join(dir, 'server.pem'),
    serverKey: join(dir, 'server-key.pem'),
  };
}

export async function makeTlsDir(paths: TlsPaths): Promise<void> {
  await mkdir(paths.dir, { recursive: true });
  // Only this folder, which holds the CA's key (a mode given to a recursive mkdir would also go to
  // the new parents), and also when an earlier run or the user made it wider.
  await chmod(paths.dir, 0o700);
}

export async function readIfPresent(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

/**
 * Writes a file readable by the user only (0600, keys and certificates alike), whole or not at all:
 * into a new temporary file first, renamed over the old one, so a crash never leaves half a key.
 */
export async function writePrivateFile(path: string, text: string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text, { mode: 0o600, flag: 'wx' });
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}
