import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDemo } from '@qoltanba/local/backend-client';
import { provisionDemoCertificates } from '@qoltanba/local/demo-certificates';
import { repoRoot } from '@qoltanba/local/paths';
import { launchPlatform, type RunningPlatform } from '@qoltanba/local/platform';
import { assertPortFree, findFreePort } from '@qoltanba/local/ports';
import { freeClusterTopology, freePlatformPorts } from '@qoltanba/local/free-ports';
import { ensureChromium } from '@qoltanba/local/tools/chromium';
import { makeRunFolder } from '@qoltanba/local/services/run-folder';

/** The operators' journey finds a payment stuck on a failing bank in seconds, not minutes. */
export const E2E_STUCK_AFTER_SECONDS = 10;

/** Environment variables through which the end-to-end tests find the platform they run against. */
export const E2E_ENV = {
  baseUrl: 'QOLTANBA_E2E_BASE_URL',
  chromium: 'QOLTANBA_E2E_CHROMIUM',
  artifacts: 'QOLTANBA_E2E_ARTIFACTS',
  /** The platform's database: the journeys read a new user's SMS from its outbox, as their phone would. */
  databaseUrl: 'QOLTANBA_E2E_DATABASE_URL',
  /** The API replicas' own addresses behind the proxy, comma-separated. */
  replicaUrls: 'QOLTANBA_E2E_REPLICA_URLS',
} as const;

/** Where journeys save their screenshots (kept after the run, as test artifacts). */
export const E2E_ARTIFACTS = join(repoRoot, 'test-artifacts', 'e2e');

export interface E2ePlatform {
  stop(): Promise<void>;
}

/**
 * The platform in the production shape `npm run start:cluster` runs — the Temporal server on
 * PostgreSQL, two API replicas behind nginx, two workers — in development mode with demo data, the
 * built web app and the signing agent over a SoftHSM2 token registered for the demo signer, in a
 * temporary folder on free ports, plus Debian's Chromium for the journeys. Every journey thus runs
 * across replicas. QOLTANBA_E2E_TOPOLOGY=single runs `npm start`'s shape instead (one API, one
 * worker, the dev server). The processes' output goes to a log file there.
 */
export async function startE2ePlatform(): Promise<E2ePlatform> {
  const chromium = await ensureChromium();
  const folder = await makeRunFolder('e2e');
  const dataDir = folder.path;
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const logFile = join(dataDir, 'logs', 'platform.log');
  const write = (line: string) => appendFileSync(logFile, `${line}\n`);
  // The web app's default agent address, when free; any other when a developer's npm start holds it.
  const signer = await assertPortFree(13_580, 'the signing agent', 'SIGNER_PORT').then(
    () => 13_580,
    findFreePort,
  );
  let platform: RunningPlatform | undefined;
  try {
    platform = await launchPlatform({
      dataDir,
      persistent: false,
      ports: await freePlatformPorts(signer),
      ...(process.env.QOLTANBA_E2E_TOPOLOGY === 'single' ? {} : { topology: await freeClusterTopology() }),
      nodeEnv: 'development',
      seedDemoData: true,
      backendEnv: {
        OPS_STUCK_AFTER_SECONDS: String(E2E_STUCK_AFTER_SECONDS),
        // The journeys play the bank through the simulator's control API (outages, application
        // answers): on whatever the developer's shell says.
        BANK_SIMULATOR_CONTROL: 'on',
      },
      supervisor: { output: (name, line) => write(`${name}│ ${line}`), handleSignals: false },
      log: write,
    });
    const demo = await loadDemo();
    write(await provisionDemoCertificates(platform, demo.demoEdsUser(), write));
  } catch (error) {
    await platform?.stop();
    folder.keep();
    throw new Error(`The end-to-end platform did not start (log: ${logFile}): ${String(error)}`, {
      cause: error,
    });
  }
  process.env[E2E_ENV.baseUrl] = platform.apiUrl;
  process.env[E2E_ENV.chromium] = chromium;
  process.env[E2E_ENV.artifacts] = E2E_ARTIFACTS;
  process.env[E2E_ENV.databaseUrl] = platform.databaseUrl;
  process.env[E2E_ENV.replicaUrls] = platform.replicaUrls.join(',');
  const running = platform;
  return {
    async stop() {
      await running.stop();
      await folder.remove();
    },
  };
}
