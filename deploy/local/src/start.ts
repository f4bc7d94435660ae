import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { DEMO_TOKEN, prepareDemoToken } from './demo-token.js';
import { portFromEnv } from './env-ports.js';
import { assertPortFree } from './ports.js';
import { dataDir, repoRoot } from './paths.js';
import { runCommand } from './run-command.js';
import type { RunningPostgres } from './services/embedded-postgres.js';
import { spawnEmbeddedPostgres } from './services/spawn-embedded-postgres.js';
import { startTemporalDevServer, type RunningTemporal } from './services/temporal-dev-server.js';
import { Supervisor } from './supervisor.js';
import { describeFailure, ToolError } from './tool-error.js';
import { ensureTemporalCli } from './tools/temporal-cli.js';

const DATABASE = 'qoltanba';
const webDist = join(repoRoot, 'web', 'dist', 'browser');

/**
 * `npm start`: the whole platform on one machine, on embedded defaults. PostgreSQL and Temporal keep
 * their data under .data/, so a second start continues where the first stopped.
 */
async function start(): Promise<number> {
  const began = Date.now();
  const log = (line: string) => console.log(line);
  const ports = {
    postgres: portFromEnv('POSTGRES_PORT', 54_329),
    temporal: portFromEnv('TEMPORAL_PORT', 7_233),
    temporalUi: portFromEnv('TEMPORAL_UI_PORT', 8_233),
    api: portFromEnv('PORT', 3_000),
    signer: portFromEnv('SIGNER_PORT', 13_580),
  };
  await assertPortFree(ports.api, 'the API', 'PORT');
  await assertPortFree(ports.signer, 'the signing agent', 'SIGNER_PORT');

  const externalTemporal = process.env.TEMPORAL_ADDRESS;
  const externalDatabase = process.env.DATABASE_URL;
  const [cliPath, token] = await Promise.all([
    externalTemporal ? undefined : ensureTemporalCli(log),
    prepareDemoToken(log),
    buildWebApp(log),
  ]);

  let postgres: RunningPostgres | undefined;
  let temporal: RunningTemporal | undefined;
  const stopServers = async () => {
    if (temporal) await temporal.stop().then(() => console.log('  stopped temporal'));
    if (postgres) await postgres.stop().then(() => console.log('  stopped postgres'));
  };
  try {
    [postgres, temporal] = await Promise.all([
      externalDatabase
        ? undefined
        : spawnEmbeddedPostgres({
            dir: join(dataDir, 'postgres'),
            port: ports.postgres,
            persistent: true,
            databases: [DATABASE],
            logFile: join(dataDir, 'logs', 'postgres.log'),
          }),
      cliPath
        ? startTemporalDevServer({
            cliPath,
            port: ports.temporal,
            uiPort: ports.temporalUi,
            dbFile: join(dataDir, 'temporal', 'temporal.db'),
            namespace: 'default',
            logFile: join(dataDir, 'logs', 'temporal.log'),
          })
        : undefined,
    ]);
  } catch (error) {
    await stopServers();
    throw error;
  }

  const backendEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    PORT: String(ports.api),
    DATABASE_URL: externalDatabase ?? postgres!.urlFor(DATABASE),
    TEMPORAL_ADDRESS: externalTemporal ?? temporal!.address,
    WEB_DIST_DIR: webDist,
    SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? 'true',
  };
  const supervisor = new Supervisor(stopServers);
  const node = process.execPath;
  supervisor.start({
    name: 'api',
    command: node,
    args: [join(repoRoot, 'backend/dist/main.js')],
    env: backendEnv,
  });
  supervisor.start({
    name: 'worker',
    command: node,
    args: [join(repoRoot, 'backend/dist/worker.js')],
    env: backendEnv,
    restart: true,
  });
  supervisor.start({
    name: 'signer',
    command: node,
    args: [join(repoRoot, 'signer/dist/main.js')],
    env: {
      ...process.env,
      SIGNER_PORT: String(ports.signer),
      PKCS11_MODULE: token.modulePath,
      SOFTHSM2_CONF: token.configPath,
      SIGNER_ALLOWED_ORIGINS: `http://127.0.0.1:${ports.api},http://localhost:${ports.api}`,
    },
  });

  const apiUrl = `http://127.0.0.1:${ports.api}`;
  try {
    if (await waitForHealthy(apiUrl, supervisor)) {
      const demo = backendEnv.SEED_DEMO_DATA === 'true' ? await loadDemo() : undefined;
      console.log(
        demo ? await runSelfCheck(apiUrl, demo.demoOperator()) : 'Self-check skipped (no demo operator).',
      );
      printBanner({
        apiUrl,
        temporalUi: temporal?.uiUrl,
        signerPort: ports.signer,
        seconds: (Date.now() - began) / 1000,
        demoLines: demo?.demoBannerLines() ?? [],
      });
    }
  } catch (error) {
    console.error(describeFailure(error));
    await supervisor.stopAll(1);
  }
  return supervisor.wait();
}

/** What the backend's build says about the demo (backend/src/demo/demo-banner.ts). */
interface DemoBanner {
  demoBannerLines(): string[];
  demoOperator(): { login: string; password: string };
}

async function loadDemo(): Promise<DemoBanner> {
  return (await import(pathToFileURL(join(repoRoot, 'backend/dist/demo/demo-banner.js')).href)) as DemoBanner;
}

/**
 * Runs one self-check workflow, so the Temporal UI shows a completed run of the platform's path:
 * logged in as the demo operator, like any member of staff (session cookie and CSRF header).
 */
async function runSelfCheck(apiUrl: string, operator: { login: string; password: string }): Promise<string> {
  const login = await fetch(`${apiUrl}/api/auth/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(operator),
  });
  const session = (await login.json()) as { csrfToken?: string; code?: string };
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  if (!login.ok || !session.csrfToken)
    return `Self-check skipped: the demo operator could not log in (${session.code}).`;
  const headers = { cookie, 'x-csrf-token': session.csrfToken };
  const response = await fetch(`${apiUrl}/api/ops/self-checks`, { method: 'POST', headers });
  const result = (await response.json()) as { workflowId?: string; code?: string };
  await fetch(`${apiUrl}/api/auth/logout`, { method: 'POST', headers }).catch(() => undefined);
  return response.ok
    ? `Self-check workflow ${result.workflowId} completed.`
    : `Self-check failed: ${result.code}.`;
}

async function buildWebApp(log: (line: string) => void): Promise<void> {
  if (!existsSync(join(repoRoot, 'angular.json'))) return;
  log('Building the web app …');
  const result = await runCommand(join(repoRoot, 'node_modules/.bin/ng'), ['build'], { cwd: repoRoot });
  if (result.code !== 0)
    throw new ToolError(`The web app did not build:\n${result.stdout}\n${result.stderr}`);
}

/** Polls /api/health until every component is up (the worker bundles its workflows first). */
async function waitForHealthy(apiUrl: string, supervisor: Supervisor): Promise<boolean> {
  const deadline = Date.now() + 120_000;
  let stopped = false;
  void supervisor.wait().then(() => (stopped = true));
  while (!stopped && Date.now() < deadline) {
    const status = await fetch(`${apiUrl}/api/health`)
      .then((response) => response.status)
      .catch(() => 0);
    if (status === 200) return true;
    await delay(500);
  }
  if (!stopped) console.log(`The platform did not become healthy in 2 minutes: see ${apiUrl}/api/health.`);
  return false;
}

function printBanner(info: {
  apiUrl: string;
  temporalUi?: string;
  signerPort: number;
  seconds: number;
  demoLines: string[];
}): void {
  const lines = [
    `Qoltanba is running (ready in ${info.seconds.toFixed(0)} s). Ctrl-C stops everything.`,
    '',
    `  Web app            ${info.apiUrl}/`,
    `  API                ${info.apiUrl}/api   (OpenAPI: ${info.apiUrl}/api/docs)`,
    `  Health             ${info.apiUrl}/api/health`,
    info.temporalUi
      ? `  Temporal UI        ${info.temporalUi}`
      : '  Temporal           external (TEMPORAL_ADDRESS)',
    `  Signing agent      ws://127.0.0.1:${info.signerPort}   demo token "${DEMO_TOKEN.label}", PIN ${DEMO_TOKEN.userPin}`,
    `  Demo client        ТОО «Демо Сауда», a user per signature right (backend/src/demo/demo-data.ts)`,
    `  Data               ${dataDir}`,
    ...(info.demoLines.length > 0 ? ['', ...info.demoLines.map((line) => `  ${line}`)] : []),
  ];
  const width = Math.max(...lines.map((line) => line.length)) + 2;
  console.log(
    `\n┌${'─'.repeat(width)}┐\n${lines.map((line) => `│ ${line.padEnd(width - 1)}│`).join('\n')}\n└${'─'.repeat(width)}┘\n`,
  );
}

start()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`\nnpm start stopped: ${describeFailure(error)}`);
    process.exit(1);
  });
