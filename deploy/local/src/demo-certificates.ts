import { AgentClient, type RequestOptions } from '@qoltanba/signer/client/agent-client';
import { submitPin } from '@qoltanba/signer/client/pin-prompt-client';
import { logInOverHttp } from './backend-client.js';
import { DEMO_TOKEN } from './demo-token.js';

/** The demo signer whose token gets certificates (backend/src/demo/demo-banner.ts says who). */
export interface DemoEdsUser {
  login: string;
  password: string;
  iin: string;
  bin: string;
  commonName: string;
}

const AGENT = 'kz.qoltanba.agent';
const PURPOSES = [
  { agent: 'signing', api: 'SIGNING', eku: '1.3.6.1.5.5.7.3.4' },
  { agent: 'authentication', api: 'AUTHENTICATION', eku: '1.3.6.1.5.5.7.3.2' },
] as const;

/** The demo plays the user at the agent's PIN pop-up, with the demo token's published PIN. */
const enterDemoPin: RequestOptions = {
  onPinRequested: (event) => void submitPin(event.url, { pin: DEMO_TOKEN.userPin }),
};

/**
 * Registers the demo token the way a client registers a KAZTOKEN: for each purpose (signing, log-in)
 * the agent generates a key pair on the token and a PKCS#10 request, the platform's CA certifies it
 * for the logged-in Standard user, and the agent writes the certificate back. A token that already
 * holds both certificates is left as it is.
 */
export async function provisionDemoCertificates(
  platform: { apiUrl: string; signerUrl: string },
  user: DemoEdsUser,
  log: (line: string) => void,
): Promise<string> {
  const agent = await AgentClient.connect(platform.signerUrl, platform.apiUrl);
  try {
    const slotId = await demoSlot(agent);
    const held = await agent.call<{ iin?: string; extendedKeyUsages?: string[] }[]>(
      AGENT,
      'listCertificates',
      { slotId },
    );
    const missing = PURPOSES.filter(
      (purpose) =>
        !held.some((cert) => cert.iin === user.iin && cert.extendedKeyUsages?.includes(purpose.eku)),
    );
    if (missing.length === 0) return `Demo token already holds ${user.login}'s certificates.`;
    const session = await logIn(platform.apiUrl, user);
    try {
      for (const purpose of missing) {
        const { keyId } = await agent.call<{ keyId: string }>(
          AGENT,
          'generateKeyPair',
          { slotId, label: `${user.login}-${purpose.agent}` },
          enterDemoPin,
        );
        const { certificateRequest } = await agent.call<{ certificateRequest: string }>(
          AGENT,
          'createCertificateRequest',
          {
            slotId,
            keyId,
            purpose: purpose.agent,
            subject: { iin: user.iin, bin: user.bin, commonName: user.commonName, country: 'KZ' },
          },
          enterDemoPin,
        );
        const issued = await session.post('/api/certificates', {
          purpose: purpose.api,
          certificationRequest: certificateRequest,
        });
        await agent.call(
          AGENT,
          'writeCertificate',
          { slotId, certificate: issued.certificate as string },
          enterDemoPin,
        );
        log(`  ${purpose.agent} certificate for ${user.login} written to the demo token`);
      }
    } finally {
      await session.post('/api/auth/logout').catch(() => undefined);
    }
    return `Demo token registered for ${user.login}: EDS signing and EDS log-in work in the browser.`;
  } finally {
    agent.close();
  }
}

async function demoSlot(agent: AgentClient): Promise<string> {
  const tokens = await agent.call<{ slotId: string; label: string }[]>(AGENT, 'listTokens');
  const token = tokens.find((candidate) => candidate.label === DEMO_TOKEN.label);
  if (!token) throw new Error(`The signing agent shows no "${DEMO_TOKEN.label}" token.`);
  return token.slotId;
}

/** A Standard log-in over HTTP, then requests with its cookie and CSRF header. */
async function logIn(apiUrl: string, user: DemoEdsUser) {
  const session = await logInOverHttp(apiUrl, '/api/auth/login/standard', {
    login: user.login,
    password: user.password,
  });
  if ('refused' in session)
    throw new Error(`The demo user ${user.login} could not log in (${session.refused}).`);
  const headers = { ...session.headers, 'content-type': 'application/json' };
  return {
    async post(path: string, payload?: unknown): Promise<Record<string, unknown>> {
      const answer = await fetch(`${apiUrl}${path}`, {
        method: 'POST',
        headers,
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      const result = (await answer.json().catch(() => ({}))) as Record<string, unknown>;
      if (!answer.ok) throw new Error(`${path}: ${answer.status} ${JSON.stringify(result)}`);
      return result;
    },
  };
}
