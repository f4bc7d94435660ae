import { join } from 'node:path';
import { ensureSoftHsm, ensureToken, prepareTokenStore } from './tools/softhsm.js';

/** The demo token the platform's signer gets: a SoftHSM2 token with a KAZTOKEN's factory PINs. */
export const DEMO_TOKEN = { label: 'Qoltanba demo', userPin: '12345678', soPin: '87654321' };

/** Where the signer finds the demo token: SoftHSM2's PKCS#11 module and the token store's config. */
export interface DemoTokenStore {
  modulePath: string;
  configPath: string;
}

/** A SoftHSM2 token store under `dataDir` holding the demo token (created once, reused after). */
export async function prepareDemoToken(
  dataDir: string,
  log: (line: string) => void,
): Promise<DemoTokenStore> {
  const softHsm = await ensureSoftHsm(log);
  const store = await prepareTokenStore(join(dataDir, 'softhsm'));
  await ensureToken(softHsm, store, DEMO_TOKEN);
  return { modulePath: softHsm.modulePath, configPath: store.configPath };
}
