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
 * locks). The builds and the install share nothing, so they run side by side; the server is built
 * after the CLI, from the Go build cache the CLI filled.
 */
export async function ensureTestTools(log: (line: string) => void = console.log): Promise<TestTools> {
  const { temporalServer, ...others } = await ensureTestToolsFirst(log);
  return { ...others, temporalServer: await temporalServer };
}

/**
 * The same, but the Temporal server's build is handed back still running: only the journeys need it,
 * so `npm test` starts the unit tests without waiting for it (and lints while the CLI builds).
 */
export async function ensureTestToolsFirst(
  log: (line: string) => void = console.log,
): Promise<Omit<TestTools, 'temporalServer'> & { temporalServer: Promise<TemporalServerTools> }> {
  const [temporalCli] = await Promise.all([
    ensureTemporalCli(log),
    ensureDebianPackages([SOFTHSM_PACKAGE, CHROMIUM_PACKAGE, NSS_TOOLS_PACKAGE, NGINX_PACKAGE], log),
  ]);
  // Built after the CLI, from the Go build cache the CLI filled; awaited by whoever needs it.
  const temporalServer = ensureTemporalServer(log);
  // Held here so that a failed build is reported by its awaiter, never as an unhandled rejection.
  temporalServer.catch(() => undefined);
  return {
    temporalCli,
    temporalServer,
    softHsm: await ensureSoftHsm(log),
    chromium: await ensureChromium(log),
    certutil: await ensureNssTools(log),
    nginx: await ensureNginx(log),
  };
}
