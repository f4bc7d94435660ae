import { randomInt } from 'node:crypto';
import { logInOverHttp } from '@qoltanba/local/backend-client';
import { AgentClient } from '@qoltanba/signer/client/agent-client';
import { type AgentProcess, startAgentProcess } from '@qoltanba/signer/client/agent-process';
import { submitPin } from '@qoltanba/signer/client/pin-prompt-client';
import { findFreePort } from '@qoltanba/local/ports';
import { stopWithThisProcess } from '@qoltanba/local/services/orphan-guard';
import { makeRunFolder } from '@qoltanba/local/services/run-folder';
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

/** The demo's bank manager over HTTP, as their browser would call the manager API. */
export interface ManagerApi {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: object): Promise<T>;
}

/**
 * Logs in as a demo manager (demo.manager makes changes, demo.checker checks them); each call is
 * `/api/manager<path>` and fails on any refusal.
 */
export async function asDemoManager(login = 'demo.manager'): Promise<ManagerApi> {
  const apiUrl = required(E2E_ENV.baseUrl);
  const session = await logInOverHttp(apiUrl, '/api/auth/staff/login', {
    login,
    password: DEMO_PASSWORD,
  });
  if (!('headers' in session)) throw new Error(`The demo manager could not log in: ${session.refused}`);
  const call = async <T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> => {
    const response = await fetch(`${apiUrl}/api/manager${path}`, {
      method,
      headers: { ...session.headers, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const answer: unknown = await response.json().catch(() => ({}));
    if (!response.ok)
      throw new Error(`${method} /api/manager${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
  };
}

/**
 * The bank's managers (the demo's, over HTTP as their browsers would) add a new Standard user to
 * the demo organization with an OTP card, checked, and the maker opens the envelope — the card's
 * PIN and the registration user ID — once.
 */
export async function onboardStandardClient(fullName: string): Promise<NewStandardClient> {
  const iin = uniqueIin();
  const { applied, maker } = await checkedByDemoManagers<{ outcome: { userId: string } }>({
    type: 'ADD_USER',
    organizationId: DEMO_ORGANIZATION.id,
    user: {
      fullName,
      iin,
      signatureRight: 'SINGLE',
      channels: ['STANDARD'],
      phone: `+7705${String(randomInt(10_000_000)).padStart(7, '0')}`,
      otpDevice: 'CARD',
    },
  });
  const envelope = await maker.post<{ contents: { card: { pin: string }; registration: { login: string } } }>(
    `/change-requests/${applied.id}/envelopes/user-0`,
    {},
  );
  return {
    userId: applied.outcome.userId,
    fullName,
    iin,
    registrationLogin: envelope.contents.registration.login,
    cardPin: envelope.contents.card.pin,
  };
}

/** A change the demo's managers make: demo.manager submits it, demo.checker approves it as shown. */
export async function checkedByDemoManagers<T extends object>(change: {
  type: string;
  [field: string]: unknown;
}): Promise<{ applied: T & { id: string }; maker: ManagerApi }> {
  const maker = await asDemoManager();
  const checker = await asDemoManager('demo.checker');
  const submitted = await maker.post<{ id: string; reviewToken: string }>('/change-requests', { change });
  const applied = await checker.post<T & { id: string }>(`/change-requests/${submitted.id}/approval`, {
    reviewToken: submitted.reviewToken,
  });
  return { applied, maker };
}

/** A certificate in the bank's registry, as the manager sees it. */
export interface RegistryCertificate {
  serialNumber: string;
  purpose: 'SIGNING' | 'AUTHENTICATION';
  status: 'PENDING' | 'ACTIVE' | 'NOT_YET_VALID' | 'EXPIRED' | 'REVOKED';
}

/** The user's certificates in the bank's registry (`GET /api/manager/users/:id/certificates`). */
export async function certificatesOf(userId: string): Promise<RegistryCertificate[]> {
  return (await asDemoManager()).get<RegistryCertificate[]>(`/users/${userId}/certificates`);
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
  /** A client of the agent's protocol, as the bank's page speaks it (close it when done). */
  connect(): Promise<AgentClient>;
  stop(): Promise<void>;
}

/**
 * A signing agent of the journey's own beside the demo's (which holds the demo token): its own
 * SoftHSM2 store with exactly one new token. It runs as its own process because the PKCS#11
 * library reads SOFTHSM2_CONF once, when it loads.
 */
export async function startOwnAgent(): Promise<OwnAgent> {
  const apiUrl = required(E2E_ENV.baseUrl);
  const dir = await makeRunFolder('e2e-token');
  const softHsm = await ensureSoftHsm();
  const store = await prepareTokenStore(dir.path);
  await ensureToken(softHsm, store, NEW_TOKEN);
  const port = await findFreePort();
  const origin = new URL(apiUrl);
  let agent: AgentProcess;
  try {
    // The built agent as its own process, with the secure socket off (its port is one per machine).
    agent = await startAgentProcess(
      {
        SIGNER_PORT: String(port),
        PKCS11_MODULE: softHsm.modulePath,
        SOFTHSM2_CONF: store.configPath,
        SIGNER_ALLOWED_ORIGINS: `${origin.origin},http://localhost:${origin.port}`,
      },
      { guard: stopWithThisProcess },
    );
  } catch (error) {
    await dir.remove();
    throw error;
  }
  const url = `ws://127.0.0.1:${port}`;
  return {
    url,
    connect: () => AgentClient.connect(url, origin.origin),
    async stop() {
      await agent.stop();
      await dir.remove();
    },
  };
}

const AGENT_MODULE = 'kz.qoltanba.agent';

/** Plays the user at the agent's pop-up: submits these fields to the prompt page the agent opened. */
function atPrompt(entry: { pin?: string; newPin?: string }) {
  return { onPinRequested: (event: { url: string }) => void submitPin(event.url, entry) };
}

/**
 * The registration wizard's part played over the API and the journey's agent, as the web app
 * does it, for journeys that start with a client whose token is registered already: the token's
 * default password replaced with `tokenPassword`, both key pairs made, the certificates issued,
 * written and registered. Answers the serial numbers of the certificates issued.
 */
export async function registerTokenOverApi(
  client: NewStandardClient,
  agent: OwnAgent,
  tokenPassword: string,
): Promise<string[]> {
  const apiUrl = required(E2E_ENV.baseUrl);
  const api = async <T>(method: 'GET' | 'POST', path: string, key?: string, body?: object): Promise<T> => {
    const response = await fetch(`${apiUrl}/api/registrations${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(key ? { 'x-registration-key': key } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const answer: unknown = await response.json().catch(() => ({}));
    if (!response.ok)
      throw new Error(`${method} /api/registrations${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer as T;
  };
  type Registration = {
    status: string;
    registrationTag: string;
    holder: { iin: string; bin: string; name: string };
    certificates: { serialNumber: string; certificate: string }[];
  };
  const opened = await api<{ accessKey: string; registration: Registration }>('POST', '', undefined, {
    registrationUserId: client.registrationLogin,
    pin: client.cardPin,
  });
  const key = opened.accessKey;
  const socket = await agent.connect();
  try {
    const [token] = (
      await socket.call<{ slotId: string; serialNumber: string; label: string; initialized: boolean }[]>(
        AGENT_MODULE,
        'listTokens',
      )
    ).filter((listed) => listed.initialized);
    if (!token) throw new Error("The journey's agent sees no token");
    const { slotId, serialNumber } = token;
    await api('POST', '/current/token', key, { serialNumber, label: token.label, connectedTokens: 1 });
    await socket.call(
      AGENT_MODULE,
      'changePin',
      { slotId, fromDefault: true },
      atPrompt({ newPin: tokenPassword }),
    );
    let registration = await api<Registration>('POST', '/current/password', key, { serialNumber });
    const { holder } = registration;
    const prepared = await socket.call<{
      signing: { certificateRequest: string };
      authentication: { certificateRequest: string };
    }>(
      AGENT_MODULE,
      'prepareRegistration',
      {
        slotId,
        registrationTag: registration.registrationTag,
        subject: { iin: holder.iin, bin: holder.bin, commonName: holder.name },
      },
      atPrompt({ pin: tokenPassword }),
    );
    registration = await api<Registration>('POST', '/current/requests', key, {
      serialNumber,
      signing: prepared.signing.certificateRequest,
      authentication: prepared.authentication.certificateRequest,
    });
    for (const deadline = Date.now() + 120_000; registration.status === 'ISSUING';) {
      if (Date.now() > deadline) throw new Error('The certificates were not issued in 2 minutes');
      await new Promise((resolve) => setTimeout(resolve, 500));
      registration = await api<Registration>('GET', '/current', key);
    }
    if (registration.status !== 'AWAITING_WRITE') throw new Error(`Registration ${registration.status}`);
    for (const issued of registration.certificates) {
      await socket.call(AGENT_MODULE, 'writeCertificate', { slotId, certificate: issued.certificate });
    }
    registration = await api<Registration>('POST', '/current/written', key, { serialNumber });
    if (registration.status !== 'COMPLETED') throw new Error(`Registration ${registration.status}`);
    return registration.certificates.map((issued) => issued.serialNumber);
  } finally {
    socket.close();
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests through \`npm test\`.`);
  return value;
}
