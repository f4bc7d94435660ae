import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { RSA_2048_SHA256, SIGNING_PROFILES } from './crypto/signing-profile.js';

/** The agent's settings, validated once at start; a bad variable stops it with its name. */
export interface SignerConfig {
  /** Always loopback: the agent serves only the browser on the same computer. */
  host: '127.0.0.1';
  /** Plain `ws://` (and the PIN pages over `http://`): for development and the bank's own web app. */
  port: number;
  /**
   * The secure socket, `wss://127.0.0.1:<tlsPort>`, as pages written for the national agent open it
   * (13579 by its convention); undefined when turned off (`SIGNER_TLS_PORT=off`).
   */
  tlsPort?: number;
  /** Where the agent keeps its local CA and the secure socket's certificate. */
  dataDir: string;
  /** The PKCS#11 library of the token: SoftHSM2 in development, the vendor's library for a KAZTOKEN. */
  pkcs11Module: string;
  /** Web origins allowed to open a WebSocket to the agent (the bank's site). */
  allowedOrigins: string[];
  /** How long a PIN prompt waits before the request answers PIN_TIMEOUT. */
  pinTimeoutMs: number;
  /** The algorithm of keys generated on tokens, a key of `SIGNING_PROFILES`. */
  keyProfile: string;
  /**
   * The program that shows the agent's own pages (the PIN prompt) to a user whose page did not ask
   * for the agent's events; the system's default browser when unset.
   */
  browser?: string;
}

const port = z.coerce.number<string>().int().min(1).max(65_535);

/** `off` (or 0) turns the secure socket off: an ephemeral port would be one no page could find. */
const TLS_OFF = ['off', '0'] as const;

const schema = z.object({
  SIGNER_PORT: port.default(13_580),
  SIGNER_TLS_PORT: z
    .string()
    .trim()
    .toLowerCase()
    .default('13579')
    .pipe(z.union([z.enum(TLS_OFF), z.string().pipe(port)], { error: 'expected a port (1-65535) or "off"' })),
  SIGNER_DATA_DIR: z.string().optional(),
  PKCS11_MODULE: z.string().min(1).default('/usr/lib/softhsm/libsofthsm2.so'),
  SIGNER_ALLOWED_ORIGINS: z
    .string()
    .default('http://127.0.0.1:3000,http://localhost:3000')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url()).min(1)),
  SIGNER_PIN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  SIGNER_KEY_PROFILE: z
    .enum(Object.keys(SIGNING_PROFILES) as [string, ...string[]])
    .default(RSA_2048_SHA256.id),
  SIGNER_BROWSER: z.string().optional(),
});

export function loadSignerConfig(env: NodeJS.ProcessEnv = process.env): SignerConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${String(issue.path[0])}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  const tlsPort = parsed.data.SIGNER_TLS_PORT;
  return {
    host: '127.0.0.1',
    port: parsed.data.SIGNER_PORT,
    ...(typeof tlsPort === 'number' ? { tlsPort } : {}),
    dataDir: resolve(parsed.data.SIGNER_DATA_DIR ?? defaultDataDir(env)),
    pkcs11Module: parsed.data.PKCS11_MODULE,
    allowedOrigins: parsed.data.SIGNER_ALLOWED_ORIGINS,
    pinTimeoutMs: parsed.data.SIGNER_PIN_TIMEOUT_SECONDS * 1000,
    keyProfile: parsed.data.SIGNER_KEY_PROFILE,
    ...(parsed.data.SIGNER_BROWSER ? { browser: parsed.data.SIGNER_BROWSER } : {}),
  };
}

/** The XDG data folder of the user (`~/.local/share/qoltanba-signer`): per user, never the repository. */
function defaultDataDir(env: NodeJS.ProcessEnv): string {
  const dataHome = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(dataHome, 'qoltanba-signer');
}
