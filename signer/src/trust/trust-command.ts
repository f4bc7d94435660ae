import { homedir } from 'node:os';
import * as x509 from '../crypto/x509.js';
import { localCaName } from '../tls/local-ca.js';
import { ensureTlsMaterial, type LocalCaSummary, readLocalCa } from '../tls/local-tls-material.js';
import { browserDatabases } from './browser-databases.js';

export const TRUST_ACTIONS = ['install', 'uninstall', 'status'] as const;
export type TrustAction = (typeof TRUST_ACTIONS)[number];

export interface TrustCommandOptions {
  /** The agent's data folder, where its local CA is (SIGNER_DATA_DIR). */
  dataDir: string;
  /** Whose browsers: `$HOME`. */
  home?: string;
  /** One line for the person at the keyboard. */
  print: (line: string) => void;
}

/**
 * `qoltanba-signer trust install|uninstall|status`: the set-up step that makes the user's browsers
 * trust the agent's local CA, so that pages can open `wss://127.0.0.1:13579`, as they do with the
 * national agent. `install` makes the CA when the agent has not yet (its first start would), and is
 * safe to repeat; `uninstall` takes the CA out of every browser database again (its files stay in
 * the data folder, untrusted).
 */
export async function runTrustCommand(action: TrustAction, options: TrustCommandOptions): Promise<void> {
  const home = options.home ?? (process.env.HOME || homedir());
  const { print } = options;
  if (process.env.SUDO_USER && process.getuid?.() === 0) {
    print(`Running under sudo: this is for root's browsers (${home}), not ${process.env.SUDO_USER}'s.`);
  }
  const databases = await browserDatabases(home);
  if (action === 'install') {
    const { ca } = await ensureTlsMaterial(options.dataDir, (event, fields) =>
      print(`${event[0]!.toUpperCase()}${event.slice(1)}: ${String(fields?.path)}`),
    );
    print(describeCa(ca));
    for (const { database, browsers, createIfMissing } of databases) {
      if (!(await database.exists())) {
        if (!createIfMissing) continue;
        await database.create();
      }
      const ours = Buffer.from(x509.PemConverter.decodeFirst(ca.pem));
      const filed = await database.certificatesNamed(ca.commonName);
      if (filed.length === 1 && filed[0]!.equals(ours)) {
        print(`Already trusted by ${browsers}: ${database.dir}`);
        continue;
      }
      // A CA of an earlier data folder under the same name goes first: one nickname, one CA.
      await database.removeAll(ca.commonName);
      await database.addTrustedCa(ca.commonName, ca.path);
      print(`Trusted by ${browsers}: ${database.dir}`);
    }
    print('Restart the browser if it is open; pages can then open wss://127.0.0.1 to the agent.');
    return;
  }
  const ca = await readLocalCa(options.dataDir);
  if (ca) print(describeCa(ca));
  else print(`No local CA in ${options.dataDir} yet.`);
  // The name this computer's CA has now, and the one in the data folder, if it was made under another.
  const nicknames = [...new Set([localCaName(), ...(ca ? [ca.commonName] : [])])];
  for (const { database, browsers } of databases) {
    if (!(await database.exists())) continue;
    if (action === 'uninstall') {
      let removed = 0;
      for (const nickname of nicknames) removed += await database.removeAll(nickname);
      print(`${removed > 0 ? 'No longer trusted' : 'Was not trusted'} by ${browsers}: ${database.dir}`);
    } else {
      const filed = (await Promise.all(nicknames.map((name) => database.certificatesNamed(name)))).flat();
      const ours = ca ? Buffer.from(x509.PemConverter.decodeFirst(ca.pem)) : undefined;
      const trusted = ours !== undefined && filed.some((der) => der.equals(ours));
      print(`${trusted ? 'Trusted' : 'Not trusted'} by ${browsers}: ${database.dir}`);
    }
  }
}

function describeCa(ca: LocalCaSummary): string {
  return `Local CA "${ca.commonName}", SHA-256 ${ca.fingerprint}, until ${ca.notAfter.toISOString().slice(0, 10)}: ${ca.path}`;
}
