import { join } from 'node:path';
import { allEnded } from '@qoltanba/local/all-ended';
import { findFreePort } from '@qoltanba/local/ports';
import { makeRunFolder } from '@qoltanba/local/services/run-folder';
import { spawnEmbeddedPostgres } from '@qoltanba/local/services/spawn-embedded-postgres';
import { startTemporalDevServer } from '@qoltanba/local/services/temporal-dev-server';
import { ensureSoftHsm, prepareTokenStore } from '@qoltanba/local/tools/softhsm';
import { ensureTemporalCli } from '@qoltanba/local/tools/temporal-cli';
import { bundleTestWorkflows, WORKFLOW_BUNDLE_ENV } from './workflow-bundle.js';

/** Environment variables through which test files find the shared servers. */
export const TEST_ENV = {
  temporalAddress: 'QOLTANBA_TEST_TEMPORAL_ADDRESS',
  postgresAdminUrl: 'QOLTANBA_TEST_POSTGRES_ADMIN_URL',
  temporalCliPath: 'TEMPORAL_CLI_PATH',
  /** Read by libsofthsm2 itself at C_Initialize, from the real process environment. */
  softHsmConfig: 'SOFTHSM2_CONF',
  pkcs11Module: 'QOLTANBA_TEST_PKCS11_MODULE',
} as const;

export interface TestInfra {
  stop(): Promise<void>;
}

/**
 * One real Temporal dev server (our own build, started as `npm start` starts it), one real
 * PostgreSQL and one SoftHSM2 token store for a whole test run. Test files isolate themselves with
 * their own task queues, databases and token labels, so the servers start once instead of per file;
 * the workflow code is bundled once too, for every worker a test file starts.
 * Everything is announced through environment variables set here, in Jest's parent process, so the
 * workers inherit them in their real environment (where a native PKCS#11 library can read them).
 */
export async function startTestInfra(): Promise<TestInfra> {
  const cliPath = await ensureTemporalCli();
  process.env[TEST_ENV.temporalCliPath] = cliPath;
  const folder = await makeRunFolder('test');
  const root = folder.path;
  // `npm start`'s launcher (search attributes, tuning), headless and in memory: like every server a
  // run starts, it is stopped by the run's guard should the run itself be killed.
  const temporalStarted = findFreePort().then((port) =>
    startTemporalDevServer({ cliPath, port, namespace: 'default', logFile: join(root, 'temporal.log') }),
  );
  const postgresStarted = findFreePort().then((port) =>
    spawnEmbeddedPostgres({
      dir: join(root, 'postgres'),
      port,
      persistent: false,
      databases: [],
      logFile: join(root, 'postgres.log'),
    }),
  );
  const stopServers = async () => {
    await Promise.allSettled([temporalStarted.then((t) => t.stop()), postgresStarted.then((p) => p.stop())]);
  };
  const stop = async () => {
    await stopServers();
    await folder.remove();
  };
  const [temporal, postgres, { softHsm, store: tokenStore }, bundled] = await allEnded([
    temporalStarted,
    postgresStarted,
    ensureSoftHsm().then(async (softHsm) => ({
      softHsm,
      store: await prepareTokenStore(join(root, 'softhsm')),
    })),
    bundleTestWorkflows(root),
  ]).catch(async (error: unknown) => {
    // Whatever did start is stopped again when another part failed: a test run leaves nothing
    // running. The servers' logs, which the error may point to, stay for reading.
    await stopServers();
    folder.keep();
    throw error;
  });
  process.env[TEST_ENV.softHsmConfig] = tokenStore.configPath;
  process.env[TEST_ENV.pkcs11Module] = softHsm.modulePath;
  process.env[TEST_ENV.temporalAddress] = temporal.address;
  process.env[TEST_ENV.postgresAdminUrl] = postgres.urlFor('postgres');
  process.env[WORKFLOW_BUNDLE_ENV] = bundled;
  return { stop };
}
