import { readFileSync } from 'node:fs';
import { DEFAULT_TASK_QUEUE } from '@qoltanba/workflows/messages';
import { z } from 'zod';
import { parseStepThresholds } from '../ops/stuck-thresholds.js';

const port = z.coerce.number().int().min(1).max(65_535);
const milliseconds = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);
const seconds = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const count = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** PEM text holding at least one certificate; the trust store parses and checks each at start-up. */
const pemText = z
  .string()
  .refine((text) => (text.match(PEM_CERTIFICATE) ?? []).length > 0, 'must hold PEM certificates')
  .transform((text) => text.match(PEM_CERTIFICATE) ?? []);
/** A readable file of PEM certificates, read once at start-up into its certificates. */
const pemFile = z.string().transform((path, context) => {
  try {
    const blocks = readFileSync(path, 'utf8').match(PEM_CERTIFICATE) ?? [];
    if (blocks.length === 0) context.addIssue({ code: 'custom', message: 'holds no PEM certificate' });
    return blocks;
  } catch {
    context.addIssue({ code: 'custom', message: 'cannot be read' });
    return z.NEVER;
  }
});

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', '::1', 'localhost']);

/** Every environment variable the backend reads, with its rule and default. */
export const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    TEMPORAL_ADDRESS: z
      .string()
      .regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port')
      .default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    TEMPORAL_TASK_QUEUE: z.string().min(1).default(DEFAULT_TASK_QUEUE),
    /** How long a person's action waits for its process before being told the engine is unavailable. */
    TEMPORAL_CALL_TIMEOUT_MS: milliseconds(500, 20_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST_DIR: z.string().min(1).optional(),
    /** Where the browser finds the local signing agent (on the client's own computer). */
    SIGNER_URL: z
      .url({ protocol: /^wss?$/, error: 'must be a ws:// or wss:// URL' })
      .default('ws://127.0.0.1:13580'),
    WORKER_HEARTBEAT_INTERVAL_MS: milliseconds(100, 2_000),
    WORKER_STALE_AFTER_MS: milliseconds(300, 6_000),
    /** Whether a worker creates (or updates) the platform's Temporal Schedules: the monthly fee. */
    WORKER_SCHEDULES: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
    /**
     * Workflows a worker keeps in memory between their steps. The SDK's own default grows with the
     * heap (~2,300 here) and took a worker past 1 GB with 10,000 documents open, and so did 1,000
     * (1,142 MB; 657–756 MB with 500, the workflow code prebuilt); one evicted is replayed from its
     * history at its next step (bench:capacity measures it: the oldest documents' sign p99 351–422 ms).
     */
    WORKER_MAX_CACHED_WORKFLOWS: count(1, 500),
    /**
     * The workflow code bundled ahead of time (`npm run build` writes workflows/dist/workflow-bundle.js;
     * the image sets it): a worker loads it instead of running webpack at each start. Unset, it bundles.
     */
    WORKER_WORKFLOW_BUNDLE: z.string().min(1).optional(),
    HEALTH_PROBE_TIMEOUT_MS: milliseconds(100, 1_500),
    /** The operators' console: a process waiting on the system longer than this is stuck. */
    OPS_STUCK_AFTER_SECONDS: seconds(1, 86_400, 300),
    /** Steps that may wait longer (or less): `payment:ACCEPTED=4h,token-registration:ISSUING=10m`. */
    OPS_STUCK_THRESHOLDS: z
      .string()
      .default('')
      .transform((text, context) => {
        try {
          return parseStepThresholds(text);
        } catch (error) {
          context.addIssue({ code: 'custom', message: (error as Error).message });
          return z.NEVER;
        }
      }),
    /** …and one waiting on a person longer than this is abandoned (a registration left mid-way). */
    OPS_ABANDONED_AFTER_HOURS: z.coerce.number().int().min(1).max(8_760).default(24),
    /** Temporal's own UI, which the console links each process to. */
    TEMPORAL_UI_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .default('http://127.0.0.1:8233'),
    /**
     * The bearer token Prometheus presents to scrape `GET /api/metrics` (32+ characters). Unset, the
     * endpoint is open in development and test and closed (404) in production.
     */
    METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Where a worker serves the Temporal SDK's metrics; unset: not served. */
    WORKER_METRICS_PORT: port.optional(),
    /**
     * The IP address it binds (the SDK takes no host name). The endpoint has no authentication:
     * loopback for a scraper on the same host, 0.0.0.0 in a pod whose network policy lets only the
     * monitoring namespace in.
     */
    WORKER_METRICS_HOST: z
      .union([z.ipv4(), z.ipv6()], { error: 'must be an IP address (127.0.0.1, ::1, 0.0.0.0…)' })
      .default('127.0.0.1'),
    /** Which bank core the platform talks to; only the built-in simulator exists so far. */
    BANK_GATEWAY: z
      .enum(['simulator'], { error: 'must be "simulator" (the only gateway so far)' })
      .default('simulator'),
    /** This bank's 3-digit IBAN bank code, BIC and name: its clients' accounts carry this code. */
    BANK_CODE: z
      .string()
      .regex(/^[0-9]{3}$/, 'must be a 3-digit IBAN bank code')
      .default('998'),
    BANK_BIC: z
      .string()
      .regex(/^[A-Z]{4}KZ[0-9A-Z]{2}$/, 'must be a Kazakh 8-character BIC')
      .default('QOLTKZKA'),
    BANK_NAME: z.string().min(1).default('Qoltanba Bank'),
    /** This bank's BIN: the beneficiary of its clients' salary payments, which it spreads to the employees. */
    BANK_BIN: z
      .string()
      .regex(/^[0-9]{12}$/, 'must be the bank’s 12-digit BIN')
      .default('991140000076'),
    /** How long the simulator holds an interbank payment before it executes it. */
    BANK_SIMULATOR_INTERBANK_DELAY_MS: milliseconds(0, 3_000),
    /** How long the simulator takes for each step of an application (accepted, in progress, done). */
    BANK_SIMULATOR_APPLICATION_STEP_MS: milliseconds(0, 1_000),
    /**
     * The simulator's control API (`/api/bank-simulator…`: execute, reject, answer applications).
     * Unset: on for the test suite and the demo (NODE_ENV=test or SEED_DEMO_DATA=true), off
     * otherwise; never on in production.
     */
    BANK_SIMULATOR_CONTROL: z.enum(['on', 'off'], { error: 'must be on or off' }).optional(),
    /** How often the worker's simulator runner looks for due payments and unsent reports. */
    BANK_SIMULATOR_POLL_INTERVAL_MS: milliseconds(10, 200),
    /**
     * Base64 of 32 random bytes: the key that seals secrets at rest (OTP device secrets, the CA key).
     * Development and test fall back to a published key; production must set its own.
     */
    SECRETS_ENCRYPTION_KEY: z
      .string()
      .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be base64 of exactly 32 bytes')
      .optional(),
    /** Seed the demo client at start-up (npm start sets it); never allowed in production. */
    SEED_DEMO_DATA: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
    /** A slow bank: how long the simulator takes to answer a submission it has already recorded. */
    BANK_SIMULATOR_RESPONSE_DELAY_MS: milliseconds(0, 0),
    /** Proxies in front of the API whose X-Forwarded-* headers are believed (client IP, TLS); 0: none. */
    TRUST_PROXY_HOPS: count(0, 0),
    /** A session ends after this long without a request (the PSD2-grade default is 5 minutes). */
    SESSION_IDLE_TIMEOUT_SECONDS: seconds(1, 24 * 3_600, 300),
    /** The staff's own: bank employees at a desk on the bank's network, working through long checks. */
    STAFF_SESSION_IDLE_TIMEOUT_SECONDS: seconds(1, 24 * 3_600, 900),
    /** …and at this age, however active it is. */
    SESSION_ABSOLUTE_TIMEOUT_SECONDS: seconds(60, 7 * 24 * 3_600, 8 * 3_600),
    /** A session's cookie token is replaced when it is older than this (the previous one works 30 s more). */
    SESSION_ROTATE_AFTER_SECONDS: seconds(1, 24 * 3_600, 120),
    /** Failed log-ins are counted per account and per client IP over this window… */
    LOGIN_THROTTLE_WINDOW_SECONDS: seconds(1, 24 * 3_600, 900),
    /** …and once either count reaches its limit, log-ins are refused (429) until the window passes. */
    LOGIN_MAX_FAILURES_PER_ACCOUNT: count(1, 5),
    LOGIN_MAX_FAILURES_PER_IP: count(1, 50),
    /** How long an OTP challenge (the code asked for one document or batch) can be answered. */
    OTP_CHALLENGE_TTL_SECONDS: seconds(10, 900, 120),
    /** Where SMS go: `outbox` writes them to the sms_outbox table (and, in development, the console). */
    SMS_GATEWAY: z
      .enum(['outbox'], { error: 'must be "outbox" (the only gateway so far)' })
      .default('outbox'),
    /** Size of the internal CA's root key, made at first start: 3072 in production, 2048 elsewhere. */
    CA_ROOT_KEY_BITS: z.enum(['2048', '3072', '4096'], { error: 'must be 2048, 3072 or 4096' }).optional(),
    CA_ROOT_VALIDITY_YEARS: z.coerce.number().int().min(1).max(30).default(20),
    /** How long a user certificate is valid; also the longest a client may ask for. */
    CA_CERTIFICATE_VALIDITY_DAYS: z.coerce.number().int().min(1).max(3_650).default(365),
    /** A CRL's nextUpdate after its thisUpdate; a new one is published after half of it, or at a revocation. */
    CA_CRL_VALIDITY_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(24),
    /** An unfinished token registration expires after this many days, revoking what was issued for it. */
    REGISTRATION_EXPIRY_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    /** How long the wizard's access key lasts after the client entered their user ID and card PIN. */
    REGISTRATION_ACCESS_MINUTES: z.coerce.number().int().min(5).max(240).default(30),
    /** Where the public PKI routes are reached from outside; issued certificates name its CRL. */
    PKI_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
    /** Extra trust anchors for EDS (national CA roots): a PEM bundle file, and/or PEM text. */
    EDS_TRUSTED_ROOTS_FILE: pemFile.optional(),
    EDS_TRUSTED_ROOTS_PEM: pemText.optional(),
    /** Intermediate CA certificates of those roots, for CMS that do not carry them: a PEM bundle file. */
    EDS_INTERMEDIATES_FILE: pemFile.optional(),
    /** How far in the future a CMS signing-time may be (clocks of clients differ). */
    EDS_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(3_600).default(300),
    /** Lifetime of a one-time EDS log-in nonce. */
    EDS_LOGIN_NONCE_TTL_SECONDS: z.coerce.number().int().min(10).max(900).default(120),
  })
  .refine((env) => !(env.NODE_ENV === 'production' && !env.SECRETS_ENCRYPTION_KEY), {
    path: ['SECRETS_ENCRYPTION_KEY'],
    message: 'is required in production',
  })
  // NODE_ENV=test takes identity headers instead of log-ins and DEV signature evidence: a process
  // that trusts them must not be reachable from another machine, whatever image it was started from.
  .refine((env) => !(env.NODE_ENV === 'test' && !LOOPBACK_HOSTS.has(env.HOST)), {
    path: ['HOST'],
    message: 'must be a loopback address (127.0.0.1, ::1, localhost) when NODE_ENV=test',
  })
  .refine((env) => !(env.NODE_ENV === 'test' && !LOOPBACK_HOSTS.has(env.WORKER_METRICS_HOST)), {
    path: ['WORKER_METRICS_HOST'],
    message: 'must be a loopback address (127.0.0.1, ::1) when NODE_ENV=test',
  })
  .refine((env) => !(env.NODE_ENV === 'production' && env.SEED_DEMO_DATA === 'true'), {
    path: ['SEED_DEMO_DATA'],
    message: 'demo data is never seeded in production',
  })
  .refine((env) => !(env.NODE_ENV === 'production' && env.BANK_SIMULATOR_CONTROL === 'on'), {
    path: ['BANK_SIMULATOR_CONTROL'],
    message: 'is never on in production: a real bank is never told what to do',
  })
  .refine((env) => env.SESSION_ABSOLUTE_TIMEOUT_SECONDS >= env.SESSION_IDLE_TIMEOUT_SECONDS, {
    path: ['SESSION_ABSOLUTE_TIMEOUT_SECONDS'],
    message: 'must not be shorter than SESSION_IDLE_TIMEOUT_SECONDS',
  });

/** Variables whose values carry credentials: error messages name them but never echo them. */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'DATABASE_URL',
  'SECRETS_ENCRYPTION_KEY',
  'METRICS_TOKEN',
]);

/** Development and test only (production refuses to start without its own key): never protects anything real. */
export const DEVELOPMENT_SECRETS_KEY = Buffer.alloc(32, 'qoltanba-development-only-key!!').toString('base64');

export type Environment = z.infer<typeof environmentSchema>;
