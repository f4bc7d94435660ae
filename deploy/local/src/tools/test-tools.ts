import { allEnded } from '../all-ended.js';
import { CHROMIUM_PACKAGE, ensureChromium } from './chromium.js';
import { ensureDebianPackages } from './debian-packages.js';
import { ensureNginx, NGINX_PACKAGE } from './nginx.js';
import { ensureNssTools, NSS_TOOLS_PACKAGE } from './nss-tools.js';
import { ensureSoftHsm, SOFTHSM_PACKAGE, type SoftHsm } from './softhsm.js';
import { ensureTemporalCli } from './temporal-cli.js';
import { ensureTemporalServer, type TemporalServerTools } from './temporal-server.js';

export interface TestTools {
  temporalCli: string;
  temporalServer: TemporalServerTools;
  softHsm: SoftHsm;
  chromium: string;
  certutil: string;
  nginx: string;
}

/**
 * Everything `npm test` needs from outside npm: the Temporal builds (the CLI's dev server for the
 * package tests, the server on PostgreSQL for the cluster the journeys run on), and SoftHSM2,
 * Chromium, NSS's certutil and nginx in one Debian step (two apt-get runs at once fail on apt's
 * locks). The builds and the install share nothing, so they run side by side, and a failure of one
 * is told once the other has ended; the server is built after the CLI, from the Go build cache the
 * CLI filled.
 */
export async function ensureTestTools(log: (line: string) => void = console.log): Promise<TestTools> {
  const [temporalCli] = await allEnded(
    [
      ensureTemporalCli(log),
      ensureDebianPackages([SOFTHSM_PACKAGE, CHROMIUM_PACKAGE, NSS_TOOLS_PACKAGE, NGINX_PACKAGE], log),
    ],
    log,
  );
  return {
    temporalCli,
    temporalServer: await ensureTemporalServer(log),
    softHsm: await ensureSoftHsm(log),
    chromium: await ensureChromium(log),
    certutil: await ensureNssTools(log),
    nginx: await ensureNginx(log),
  };
}
