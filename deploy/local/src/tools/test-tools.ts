import { CHROMIUM_PACKAGE, ensureChromium } from './chromium.js';
import { ensureDebianPackages } from './debian-packages.js';
import { ensureNssTools, NSS_TOOLS_PACKAGE } from './nss-tools.js';
import { ensureSoftHsm, SOFTHSM_PACKAGE, type SoftHsm } from './softhsm.js';
import { ensureTemporalCli } from './temporal-cli.js';

export interface TestTools {
  temporalCli: string;
  softHsm: SoftHsm;
  chromium: string;
  certutil: string;
}

/**
 * Everything `npm test` needs from outside npm: the Temporal build, and SoftHSM2, Chromium and NSS's
 * certutil in one Debian step (two apt-get runs at once fail on apt's locks). The build and the
 * install share nothing, so they run side by side.
 */
export async function ensureTestTools(log: (line: string) => void = console.log): Promise<TestTools> {
  const [temporalCli] = await Promise.all([
    ensureTemporalCli(log),
    ensureDebianPackages([SOFTHSM_PACKAGE, CHROMIUM_PACKAGE, NSS_TOOLS_PACKAGE], log),
  ]);
  return {
    temporalCli,
    softHsm: await ensureSoftHsm(log),
    chromium: await ensureChromium(log),
    certutil: await ensureNssTools(log),
  };
}
