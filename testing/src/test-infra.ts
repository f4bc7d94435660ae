import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { findFreePort } from '@qoltanba/local/ports';
import type { RunningPostgres } from '@qoltanba/local/services/embedded-postgres';
import { spawnEmbeddedPostgres } from '@qoltanba/local/services/spawn-embedded-postgres';
import { DEV_SERVER_TUNING_ARGS } from '@qoltanba/local/services/temporal-dev-server';
import { PROCESS_SEARCH_ATTRIBUTES } from '@qoltanba/workflows/messages';
import {
  ensureSoftHsm,
  prepareTokenStore,
  type SoftHsm,
  type TokenStore,
} from '@qoltanba/local/tools/softhsm';
import { ensureTemporalCli } from '@qoltanba/local/tools/temporal-cli';

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
 * One real Temporal dev server (through @temporalio/testing, pointed at our own build), one real
 * PostgreSQL and one SoftHSM2 token store for a whole test run. Test files isolate themselves with
 * their own task queues, databases and token labels, so the servers start once instead of per file.
 * Everything is announced through environment variables set here, in Jest's parent process, so the
 * workers inherit them in their real environment (where a native PKCS#11 library can read them).
 */
export async function startTestInfra(): Promise<TestInfra> {
  const cliPath = await ensureTemporalCli();
  process.env[TEST_ENV.temporalCliPath] = cliPath;
  const root = await mkdtemp(join(tmpdir(), 'qoltanba-test-'));
  // mkdtemp makes it private; the `postgres` system user (when we run as root) must walk into it.
  await chmod(root, 0o755);
  const [temporalStart, postgresStart, softHsmStart] = await Promise.allSettled([
    TestWorkflowEnvironment.createLocal({
      server: {
        executable: { type: 'existing-path', path: cliPath },
        ip: '127.0.0.1',
        searchAttributes: [...PROCESS_SEARCH_ATTRIBUTES],
        extraArgs: DEV_SERVER_TUNING_ARGS,
      },
    }),
    findFreePort().then((port) =>
      spawnEmbeddedPostgres({
        dir: join(root, 'postgres'),
        port,
        persistent: false,
        databases: [],
        logFile: join(root, 'postgres.log'),
      }),
    ),
    ensureSoftHsm().then(async (softHsm) => ({
      softHsm,
      store: await prepareTokenStore(join(root, 'softhsm')),
    })),
  ]);
  const stop = async () => {
    await Promise.allSettled([
      temporalStart.status === 'fulfilled' && temporalStart.value.teardown(),
      postgresStart.status === 'fulfilled' && postgresStart.value.stop(),
    ]);
    await rm(root, { recursive: true, force: true });
  };
  // Whatever did start is stopped again when another part failed: a test run leaves nothing running.
  const failed = [temporalStart, postgresStart, softHsmStart].find(
    (outcome) => outcome.status === 'rejected',
  );
  if (failed) {
    await stop();
    throw failed.reason;
  }
  const temporal = (temporalStart as PromiseFulfilledResult<TestWorkflowEnvironment>).value;
  const postgres = (postgresStart as PromiseFulfilledResult<RunningPostgres>).value;
  const { softHsm, store: tokenStore } = (
    softHsmStart as PromiseFulfilledResult<{ softHsm: SoftHsm; store: TokenStore }>
  ).value;
  process.env[TEST_ENV.softHsmConfig] = tokenStore.configPath;
  process.env[TEST_ENV.pkcs11Module] = softHsm.modulePath;
  process.env[TEST_ENV.temporalAddress] = temporal.address;
  process.env[TEST_ENV.postgresAdminUrl] = postgres.urlFor('postgres');
  return { stop };
}
