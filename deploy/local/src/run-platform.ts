import { loadDemo, logInOverHttp } from './backend-client.js';
import { provisionDemoCertificates } from './demo-certificates.js';
import { DEMO_TOKEN } from './demo-token.js';
import { portFromEnv } from './env-ports.js';
import { launchPlatform, type PlatformTopology } from './platform.js';
import { describeFailure } from './tool-error.js';

/**
 * `npm start` (and `npm run start:cluster`): the whole platform on one machine, on embedded defaults.
 * PostgreSQL and Temporal keep their data under `dataDir`, so a second start continues where the
 * first stopped.
 */
export async function runPlatform(dataDir: string, topology?: PlatformTopology): Promise<number> {
  const began = Date.now();
  const log = (line: string) => console.log(line);
  const seedDemoData = (process.env.SEED_DEMO_DATA ?? 'true') === 'true';
  const platform = await launchPlatform({
    dataDir,
    persistent: true,
    ...(topology ? { topology } : {}),
    ports: {
      postgres: portFromEnv('POSTGRES_PORT', 54_329),
      temporal: portFromEnv('TEMPORAL_PORT', 7_233),
      temporalUi: portFromEnv('TEMPORAL_UI_PORT', 8_233),
      api: portFromEnv('PORT', 3_000),
      signer: portFromEnv('SIGNER_PORT', 13_580),
      workerMetrics: portFromEnv('WORKER_METRICS_PORT', 9_464),
    },
    nodeEnv: (process.env.NODE_ENV as 'development' | 'production' | undefined) ?? 'development',
    seedDemoData,
    external: { databaseUrl: process.env.DATABASE_URL, temporalAddress: process.env.TEMPORAL_ADDRESS },
    log,
  });
  try {
    const demo = seedDemoData ? await loadDemo() : undefined;
    if (demo) {
      log(await runSelfCheck(platform.apiUrl, demo.demoOperator()));
      // A data folder from before registration existed (the demo signer had no OTP card) must not
      // stop the platform: the demo token is then registered by hand, through the wizard.
      log(
        await provisionDemoCertificates(platform, demo.demoEdsUser(), log).catch(
          (error: unknown) => `Demo token not registered (${String(error)}); register it at /register.`,
        ),
      );
    }
    printBanner({
      dataDir,
      apiUrl: platform.apiUrl,
      replicaUrls: platform.replicaUrls,
      temporalAddress: platform.temporalAddress,
      temporalUi: platform.temporalUiUrl,
      signerUrl: platform.signerUrl,
      workerMetricsUrl: platform.workerMetricsUrl,
      seconds: (Date.now() - began) / 1000,
      demoLines: demo?.demoBannerLines() ?? [],
    });
  } catch (error) {
    console.error(describeFailure(error));
    await platform.stop();
  }
  return platform.wait();
}

/**
 * Runs one self-check workflow, so the Temporal UI shows a completed run of the platform's path:
 * logged in as the demo operator, like any member of staff (session cookie and CSRF header).
 */
async function runSelfCheck(apiUrl: string, operator: { login: string; password: string }): Promise<string> {
  const session = await logInOverHttp(apiUrl, '/api/auth/staff/login', operator);
  if ('refused' in session)
    return `Self-check skipped: the demo operator could not log in (${session.refused}).`;
  const { headers } = session;
  const response = await fetch(`${apiUrl}/api/ops/self-checks`, { method: 'POST', headers });
  const result = (await response.json()) as { workflowId?: string; code?: string };
  await fetch(`${apiUrl}/api/auth/logout`, { method: 'POST', headers }).catch(() => undefined);
  return response.ok
    ? `Self-check workflow ${result.workflowId} completed.`
    : `Self-check failed: ${result.code}.`;
}

function printBanner(info: {
  dataDir: string;
  apiUrl: string;
  replicaUrls: string[];
  temporalAddress: string;
  temporalUi: string | undefined;
  signerUrl: string;
  workerMetricsUrl: string | undefined;
  seconds: number;
  demoLines: string[];
}): void {
  const lines = [
    `Qoltanba is running (ready in ${info.seconds.toFixed(0)} s). Ctrl-C stops everything.`,
    '',
    `  Web app            ${info.apiUrl}/`,
    `  API                ${info.apiUrl}/api   (OpenAPI: ${info.apiUrl}/api/docs)`,
    ...(info.replicaUrls.length > 1
      ? [`  API replicas       ${info.replicaUrls.join(', ')}   behind nginx on ${info.apiUrl}`]
      : []),
    `  Health             ${info.apiUrl}/api/health`,
    // With METRICS_TOKEN set, Prometheus (or curl) presents it as a bearer token.
    `  Metrics            ${info.apiUrl}/api/metrics${process.env.METRICS_TOKEN ? '   (bearer METRICS_TOKEN)' : ''}`,
    ...(info.workerMetricsUrl ? [`  Worker metrics     ${info.workerMetricsUrl}`] : []),
    info.temporalUi
      ? `  Temporal UI        ${info.temporalUi}`
      : `  Temporal           ${info.temporalAddress}   (no web UI: \`temporal workflow list --address …\`)`,
    `  Signing agent      ${info.signerUrl}   demo token "${DEMO_TOKEN.label}", PIN ${DEMO_TOKEN.userPin}`,
    `  Demo client        ТОО «Демо Сауда», a user per signature right (backend/src/demo/demo-data.ts)`,
    `  Data               ${info.dataDir}`,
    ...(info.demoLines.length > 0 ? ['', ...info.demoLines.map((line) => `  ${line}`)] : []),
  ];
  const width = Math.max(...lines.map((line) => line.length)) + 2;
  console.log(
    `\n┌${'─'.repeat(width)}┐\n${lines.map((line) => `│ ${line.padEnd(width - 1)}│`).join('\n')}\n└${'─'.repeat(width)}┘\n`,
  );
}

/** Runs `runPlatform` as a command: its exit code, or 1 with the reason when it could not start. */
export function runAsCommand(name: string, run: () => Promise<number>): void {
  run()
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(`\n${name} stopped: ${describeFailure(error)}`);
      process.exit(1);
    });
}
