import type { StepThreshold } from '../ops/stuck-thresholds.js';

/**
 * The validated, typed configuration every part of the backend receives by injection.
 * Built once at start-up by `loadConfig`; nothing else reads `process.env`.
 */
export class AppConfig {
  constructor(
    readonly nodeEnv: 'development' | 'test' | 'production',
    readonly http: { host: string; port: number },
    readonly database: { url: string; poolSize: number },
    readonly temporal: { address: string; namespace: string; taskQueue: string; callTimeoutMs: number },
    readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent',
    readonly web: { distDir: string | undefined; signerUrl: string },
    readonly worker: {
      heartbeatIntervalMs: number;
      staleAfterMs: number;
      schedules: boolean;
      maxCachedWorkflows: number;
      /** A prebuilt bundle of the workflow code; bundled at the worker's start when absent. */
      workflowBundle: string | undefined;
    },
    readonly health: { probeTimeoutMs: number },
    readonly bank: BankConfig,
    readonly demo: { seed: boolean },
    /** Key of the SecretBox that seals secrets at rest. */
    readonly secrets: { key: Buffer },
    readonly auth: AuthConfig,
    readonly otp: { challengeTtlSeconds: number },
    readonly sms: { gateway: 'outbox' },
    readonly pki: PkiConfig,
    readonly ops: OpsConfig,
    readonly metrics: MetricsConfig,
  ) {}
}

/** Who may scrape the API's metrics, and where the worker serves the Temporal SDK's own. */
export interface MetricsConfig {
  /** When set, `GET /api/metrics` wants it as a bearer token; unset, the endpoint is closed in production. */
  token: string | undefined;
  /** The worker's Prometheus endpoint; unset: none (tests run many workers in one process). */
  workerPort: number | undefined;
  /** The address it binds: loopback unless a network policy guards the pod. */
  workerHost: string;
}

/** What the operators' console calls stuck, and where it links to Temporal's own UI. */
export interface OpsConfig {
  /** A process waiting on the system (the bank, an activity) longer than this is stuck… */
  stuckAfterSeconds: number;
  /** …unless its step has a threshold of its own (the bank's clearing, an application at work). */
  stepThresholds: readonly StepThreshold[];
  /** A process waiting on a person longer than this is abandoned (a registration left mid-way). */
  abandonedAfterHours: number;
  temporalUiUrl: string;
}

/** Sessions, log-in throttling, and how far the API trusts proxies in front of it. */
export interface AuthConfig {
  trustProxyHops: number;
  session: {
    idleTimeoutSeconds: number;
    staffIdleTimeoutSeconds: number;
    absoluteTimeoutSeconds: number;
    rotateAfterSeconds: number;
  };
  throttle: { windowSeconds: number; maxFailuresPerAccount: number; maxFailuresPerIp: number };
}

/** The internal certification authority, and how EDS signatures are verified. */
export interface PkiConfig {
  ca: {
    rootKeyBits: 2048 | 3072 | 4096;
    rootValidityYears: number;
    certificateValidityDays: number;
    crlValidityHours: number;
    /** Base URL of the public PKI routes (`…/api/pki`): the CRL distribution point of issued certificates. */
    publicUrl: string;
  };
  eds: {
    /** PEM certificates trusted as roots besides the internal CA's own (national CA roots). */
    trustedRootsPem: string[];
    /** PEM certificates of intermediate CAs that chains may pass through. */
    intermediatesPem: string[];
    clockSkewSeconds: number;
    loginNonceTtlSeconds: number;
  };
  /** Token registration (domain §7). */
  registration: { expiryDays: number; accessMinutes: number };
}

/** The bank that runs this platform, and the core system it talks to. */
export interface BankConfig {
  /** The 3-digit bank code inside this bank's IBANs (`KZxx998…`). */
  code: string;
  bic: string;
  name: string;
  bin: string;
  gateway: 'simulator';
  simulator: BankSimulatorConfig;
}

export interface BankSimulatorConfig {
  interbankDelayMs: number;
  /** Each step of an application at the bank: accepted → in progress → done. */
  applicationStepMs: number;
  pollIntervalMs: number;
  responseDelayMs: number;
  /** The control API that tells the simulated bank what to do: for tests and the demo only. */
  control: boolean;
}
