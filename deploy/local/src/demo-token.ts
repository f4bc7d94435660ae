import { join } from 'node:path';
import { dataDir } from './paths.js';
import { ensureSoftHsm, ensureToken, prepareTokenStore } from './tools/softhsm.js';

/** The demo token `npm start` gives the signer: a SoftHSM2 token with a KAZTOKEN's factory PINs. */
export const DEMO_TOKEN = { label: 'Qoltanba demo', userPin: '12345678', soPin: '87654321' };

export async function prepareDemoToken(
  log: (line: string) => void,
): Promise<{ modulePath: string; configPath: string }> {
  const softHsm = await ensureSoftHsm(log);
  const store = await prepareTokenStore(join(dataDir, 'softhsm'));
  await ensureToken(softHsm, store, DEMO_TOKEN);
  return { modulePath: softHsm.modulePath, configPath: store.configPath };
}
