import { join } from 'node:path';
import { ensureSoftHsm, ensureToken, prepareTokenStore } from './tools/softhsm.js';

/** The demo token the platform's signer gets: a SoftHSM2 token with a KAZTOKEN's factory PINs. */
export const DEMO_TOKEN = { label: 'Qoltanba demo', userPin: '12345678', soPin: '87654321' };

/** A SoftHSM2 token store under `dataDir` holding the demo token (created once, reused after). */
export async function prepareDemoToken(
  dataDir: string,
  log: (line: string) => void,
): Promise<{ modulePath: string; configPath: string }> {
  const softHsm = await ensureSoftHsm(log);
  const store = await prepareTokenStore(join(dataDir, 'softhsm'));
  await ensureToken(softHsm, store, DEMO_TOKEN);
  return { modulePath: softHsm.modulePath, configPath: store.configPath };
}
