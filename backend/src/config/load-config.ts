import { AppConfig } from './app-config.js';
import { DEVELOPMENT_SECRETS_KEY, environmentSchema, SECRET_VARIABLES } from './config.schema.js';

/** Start-up stops with this when the environment is wrong; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means "not set", so `PORT=` falls back to the default instead of becoming 0.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = present[name];
        const shown =
          value === undefined
            ? 'not set'
            : SECRET_VARIABLES.has(name)
              ? 'value hidden'
              : `got ${JSON.stringify(value)}`;
        return `${name}: ${issue.message} (${shown})`;
      }),
    );
  }
  const e = parsed.data;
  return new AppConfig(
    e.NODE_ENV,
    { host: e.HOST, port: e.PORT },
    { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      callTimeoutMs: e.TEMPORAL_CALL_TIMEOUT_MS,
    },
    e.LOG_LEVEL,
    { distDir: e.WEB_DIST_DIR, signerUrl: e.SIGNER_URL },
    {
      heartbeatIntervalMs: e.WORKER_HEARTBEAT_INTERVAL_MS,
      staleAfterMs: e.WORKER_STALE_AFTER_MS,
      schedules: e.WORKER_SCHEDULES === 'true',
      maxCachedWorkflows: e.WORKER_MAX_CACHED_WORKFLOWS,
      workflowBundle: e.WORKER_WORKFLOW_BUNDLE,
    },
    { probeTimeoutMs: e.HEALTH_PROBE_TIMEOUT_MS },
    {
      code: e.BANK_CODE,
      bic: e.BANK_BIC,
      name: e.BANK_NAME,
      bin: e.BANK_BIN,
      gateway: e.BANK_GATEWAY,
      simulator: {
        interbankDelayMs: e.BANK_SIMULATOR_INTERBANK_DELAY_MS,
        applicationStepMs: e.BANK_SIMULATOR_APPLICATION_STEP_MS,
        pollIntervalMs: e.BANK_SIMULATOR_POLL_INTERVAL_MS,
        responseDelayMs: e.BANK_SIMULATOR_RESPONSE_DELAY_MS,
        control: e.BANK_SIMULATOR_CONTROL
          ? e.BANK_SIMULATOR_CONTROL === 'on'
          : e.NODE_ENV === 'test' || e.SEED_DEMO_DATA === 'true',
      },
    },
    { seed: e.SEED_DEMO_DATA === 'true' },
    { key: Buffer.from(e.SECRETS_ENCRYPTION_KEY ?? DEVELOPMENT_SECRETS_KEY, 'base64') },
    {
      trustProxyHops: e.TRUST_PROXY_HOPS,
      session: {
        idleTimeoutSeconds: e.SESSION_IDLE_TIMEOUT_SECONDS,
        staffIdleTimeoutSeconds: e.STAFF_SESSION_IDLE_TIMEOUT_SECONDS,
        absoluteTimeoutSeconds: e.SESSION_ABSOLUTE_TIMEOUT_SECONDS,
        rotateAfterSeconds: e.SESSION_ROTATE_AFTER_SECONDS,
      },
      throttle: {
        windowSeconds: e.LOGIN_THROTTLE_WINDOW_SECONDS,
        maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        maxFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
      },
    },
    { challengeTtlSeconds: e.OTP_CHALLENGE_TTL_SECONDS },
    { gateway: e.SMS_GATEWAY },
    {
      ca: {
        rootKeyBits: Number(e.CA_ROOT_KEY_BITS ?? (e.NODE_ENV === 'production' ? 3072 : 2048)) as
          2048 | 3072 | 4096,
        rootValidityYears: e.CA_ROOT_VALIDITY_YEARS,
        certificateValidityDays: e.CA_CERTIFICATE_VALIDITY_DAYS,
        crlValidityHours: e.CA_CRL_VALIDITY_HOURS,
        publicUrl: (e.PKI_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}/api/pki`).replace(/\/+$/, ''),
      },
      eds: {
        trustedRootsPem: [...(e.EDS_TRUSTED_ROOTS_FILE ?? []), ...(e.EDS_TRUSTED_ROOTS_PEM ?? [])],
        intermediatesPem: e.EDS_INTERMEDIATES_FILE ?? [],
        clockSkewSeconds: e.EDS_CLOCK_SKEW_SECONDS,
        loginNonceTtlSeconds: e.EDS_LOGIN_NONCE_TTL_SECONDS,
      },
      registration: {
        expiryDays: e.REGISTRATION_EXPIRY_DAYS,
        accessMinutes: e.REGISTRATION_ACCESS_MINUTES,
      },
    },
    {
      stuckAfterSeconds: e.OPS_STUCK_AFTER_SECONDS,
      stepThresholds: e.OPS_STUCK_THRESHOLDS,
      abandonedAfterHours: e.OPS_ABANDONED_AFTER_HOURS,
      temporalUiUrl: e.TEMPORAL_UI_URL.replace(/\/+$/, ''),
    },
    { token: e.METRICS_TOKEN, workerPort: e.WORKER_METRICS_PORT, workerHost: e.WORKER_METRICS_HOST },
  );
}

/** For entry points: load the configuration or print what is wrong and exit with EX_CONFIG. */
export function loadConfigOrExit(processName: string): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${processName}: ${error.message}\n`);
    process.exit(78);
  }
}
