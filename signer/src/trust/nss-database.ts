import { execFile } from 'node:child_process';
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as x509 from '../crypto/x509.js';

const run = promisify(execFile);

/** NSS trust flags: a CA trusted to issue TLS server certificates, nothing else (no e-mail, no code). */
const TLS_CA_TRUST = 'C,,';
/** More certificates under one nickname than this means something else is wrong; stop looking. */
const MAX_SAME_NICKNAME = 16;

/** certutil is missing: the set-up says which package brings it. */
export class CertutilMissingError extends Error {
  constructor() {
    super(
      "certutil was not found. It comes with Debian's libnss3-tools: sudo apt-get install -y libnss3-tools " +
        '(Fedora: nss-tools), then run this again.',
    );
    this.name = 'CertutilMissingError';
  }
}

/**
 * A user's NSS certificate database (`cert9.db` in a folder), where Chromium on Linux and Firefox
 * keep the CAs the user added, changed through NSS's own `certutil` (libnss3-tools). Arguments go
 * as an array, never through a shell; only certificates pass, never a key.
 */
export class NssDatabase {
  constructor(readonly dir: string) {}

  async exists(): Promise<boolean> {
    return access(join(this.dir, 'cert9.db')).then(
      () => true,
      () => false,
    );
  }

  /** A new, empty database without a password, as Chromium makes one on its first start. */
  async create(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await this.certutil(['-N', '--empty-password']);
  }

  /** The DER of every certificate filed under `nickname` (several CAs may share one). */
  async certificatesNamed(nickname: string): Promise<Buffer[]> {
    const listed = await this.certutil(['-L', '-n', nickname, '-a'], { notFoundIsEmpty: true });
    return listed ? x509.PemConverter.decode(listed).map((der) => Buffer.from(der)) : [];
  }

  /** Adds the CA in the PEM file `caPath` under `nickname`, trusted for TLS servers. */
  async addTrustedCa(nickname: string, caPath: string): Promise<void> {
    await this.certutil(['-A', '-n', nickname, '-t', TLS_CA_TRUST, '-i', caPath]);
  }

  /** Removes every certificate filed under `nickname`; answers how many there were. */
  async removeAll(nickname: string): Promise<number> {
    let removed = 0;
    // certutil -D removes one certificate of the nickname at a time.
    while (removed < MAX_SAME_NICKNAME && (await this.certificatesNamed(nickname)).length > 0) {
      await this.certutil(['-D', '-n', nickname]);
      removed++;
    }
    return removed;
  }

  private async certutil(args: string[], options: { notFoundIsEmpty?: boolean } = {}): Promise<string> {
    try {
      const { stdout } = await run('certutil', ['-d', `sql:${this.dir}`, ...args], { timeout: 30_000 });
      return stdout;
    } catch (error) {
      const failed = error as NodeJS.ErrnoException & { stderr?: string };
      if (failed.code === 'ENOENT') throw new CertutilMissingError();
      if (options.notFoundIsEmpty && /could not find cert/i.test(failed.stderr ?? '')) return '';
      throw new Error(
        `certutil ${args[0]} on ${this.dir} failed: ${(failed.stderr ?? failed.message).trim()}`,
        { cause: error },
      );
    }
  }
}
