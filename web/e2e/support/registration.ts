import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logInOverHttp } from '@qoltanba/local/backend-client';
import { repoRoot } from '@qoltanba/local/paths';
import { findFreePort } from '@qoltanba/local/ports';
import { ensureSoftHsm, ensureToken, prepareTokenStore } from '@qoltanba/local/tools/softhsm';
import { iinBinCheckDigit } from '@qoltanba/workflows/domain';
import { E2E_ENV } from '@qoltanba/testing/e2e-platform';
import { DEMO_ORGANIZATION, DEMO_PASSWORD } from './demo.js';

/** What the branch hands a new client: the acceptance act's user ID and the OTP card's PIN. */
export interface NewStandardClient {
  userId: string;
  fullName: string;
  iin: string;
  registrationLogin: string;
  cardPin: string;
}

/** A KAZTOKEN as it leaves the factory: the published PINs, no keys, no certificates. */
export const NEW_TOKEN = { label: 'KAZTOKEN', soPin: '87654321', userPin: '12345678' };

/**
 * The bank's manager (the demo's, over HTTP as their browser would) onboards a new Standard user
 * in the demo organization, issues them an OTP card and registration credentials.
 */
export async function onboardStandardClient(fullName: string): Promise<NewStandardClient> {
  const apiUrl = required(E2E_ENV.baseUrl);
  const session = await logInOverHttp(apiUrl, '/api/auth/staff/login', {
    login: 'demo.manager',
    password: DEMO_PASSWORD,
  });
  if (!('headers' in session)) throw new Error(`The demo manager could not log in: ${session.refused}`);
  const asManager = async <T>(path: string, body: object): Promise<T> => {
    const response = await fetch(`${apiUrl}/api/manager${path}`, {
      method: 'POST',
      headers: { ...session.headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer: unknown = await response.json().catch(() => ({}));
    if (!response.ok)
      throw new Error(`POST /api/manager${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer as T;
  };
  const iin = uniqueIin();
  const user = await asManager<{ id: string }>(`/organizations/${DEMO_ORGANIZATION.id}/users`, {
    fullName,
    iin,
    signatureRight: 'SINGLE',
    channels: ['STANDARD'],
    phone: `+7705${String(randomInt(10_000_000)).padStart(7, '0')}`,
  });
  const issued = await asManager<{ card?: { pin: string } }>('/otp-devices', {
    kind: 'CARD',
    userId: user.id,
  });
  const credentials = await asManager<{ login: string }>(`/users/${user.id}/registration-credentials`, {});
  return { userId: user.id, fullName, iin, registrationLogin: credentials.login, cardPin: issued.card!.pin };
}

/** A valid IIN no other run uses: a woman born in the 1990s, a random number, its check digit. */
function uniqueIin(): string {
  for (;;) {
    const birth = `9${randomInt(10)}${String(1 + randomInt(12)).padStart(2, '0')}${String(1 + randomInt(28)).padStart(2, '0')}`;
    const prefix = `${birth}4${String(randomInt(10_000)).padStart(4, '0')}`;
    const check = iinBinCheckDigit(prefix);
    if (check !== undefined) return `${prefix}${check}`;
  }
}

export interface OwnAgent {
  /** The agent's WebSocket address, for the browser's `qoltanba.signerUrl`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A signing agent of the journey's own beside the demo's (which holds the demo token): its own
 * SoftHSM2 store with exactly one new token. It runs as its own process because the PKCS#11
 * library reads SOFTHSM2_CONF once, when it loads.
 */
export async function startOwnAgent(): Promise<OwnAgent> {
  const apiUrl = required(E2E_ENV.baseUrl);
  const dir = await mkdtemp(join(tmpdir(), 'qoltanba-e2e-token-'));
  const softHsm = await ensureSoftHsm();
  const store = await prepareTokenStore(dir);
  await ensureToken(softHsm, store, NEW_TOKEN);
  const port = await findFreePort();
  const origin = new URL(apiUrl);
  const child = spawn(process.execPath, [join(repoRoot, 'signer/dist/main.js')], {
    env: {
      ...process.env,
      SIGNER_PORT: String(port),
      PKCS11_MODULE: softHsm.modulePath,
      SOFTHSM2_CONF: store.configPath,
      SIGNER_ALLOWED_ORIGINS: `${origin.origin},http://localhost:${origin.port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await listening(child);
  } catch (error) {
    child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `ws://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The agent logs `listening` once its server is up; anything on stderr before that is why not. */
function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`The journey's agent did not start: ${errors}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('"event":"listening"')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The journey's agent exited (${code}): ${errors}`));
    });
  });
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests through \`npm test\`.`);
  return value;
}
