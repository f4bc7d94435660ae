import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { findFreePort } from '../ports.js';
import { startEmbeddedPostgres } from '../services/embedded-postgres.js';
import { ensureTemporalCli } from '../tools/temporal-cli.js';

/** Environment variables through which test files find the shared servers. */
export const TEST_ENV = {
  temporalAddress: 'QOLTANBA_TEST_TEMPORAL_ADDRESS',
  postgresAdminUrl: 'QOLTANBA_TEST_POSTGRES_ADMIN_URL',
  temporalCliPath: 'TEMPORAL_CLI_PATH',
} as const;

export interface TestInfra {
  stop(): Promise<void>;
}

/**
 * One real Temporal dev server (through @temporalio/testing, pointed at our own build) and one real
 * PostgreSQL for a whole test run. Test files isolate themselves with their own task queues and
 * databases, so the servers start once instead of once per file.
 */
export async function startTestInfra(): Promise<TestInfra> {
  const cliPath = await ensureTemporalCli();
  process.env[TEST_ENV.temporalCliPath] = cliPath;
  const root = await mkdtemp(join(tmpdir(), 'qoltanba-test-'));
  const [temporal, postgres] = await Promise.all([
    TestWorkflowEnvironment.createLocal({
      server: { executable: { type: 'existing-path', path: cliPath }, ip: '127.0.0.1' },
    }),
    findFreePort().then((port) =>
      startEmbeddedPostgres({
        dir: join(root, 'postgres'),
        port,
        persistent: false,
        databases: [],
        logFile: join(root, 'postgres.log'),
      }),
    ),
  ]);
  process.env[TEST_ENV.temporalAddress] = temporal.address;
  process.env[TEST_ENV.postgresAdminUrl] = postgres.urlFor('postgres');
  return {
    async stop() {
      await Promise.allSettled([temporal.teardown(), postgres.stop()]);
      await rm(root, { recursive: true, force: true });
    },
  };
}
