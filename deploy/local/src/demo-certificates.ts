import { AgentClient, type RequestOptions } from '@qoltanba/signer/client/agent-client';
import { submitPin } from '@qoltanba/signer/client/pin-prompt-client';
import { DEMO_TOKEN } from './demo-token.js';

/** The demo signer whose token gets certificates (backend/src/demo/demo-banner.ts says who). */
export interface DemoEdsUser {
  login: string;
  /** The registration user ID and the OTP card's PIN: what the bank hands a client to register a token. */
  registrationLogin: string;
  cardPin: string;
  iin: string;
}

const AGENT = 'kz.qoltanba.agent';
const EKU = { signing: '1.3.6.1.5.5.7.3.4', authentication: '1.3.6.1.5.5.7.3.2' };

/** The demo plays the user at the agent's PIN pop-up, with the demo token's published PIN. */
const enterDemoPin: RequestOptions = {
  onPinRequested: (event) => void submitPin(event.url, { pin: DEMO_TOKEN.userPin }),
};

interface Registration {
  status: string;
  registrationTag: string;
  holder: { iin: string; bin: string; name: string };
  certificates: { certificate: string }[];
}

/**
 * Registers the demo token the way a client registers a KAZTOKEN (domain §7): the user ID and the
 * OTP card's PIN open a registration, the agent makes both key pairs and requests on the token, the
 * registration's workflow has the CA issue them, and the agent writes them back. The demo token
 * keeps its published PIN, so the password step is only confirmed. A token that already holds the
 * user's two certificates is left as it is.
 */
export async function provisionDemoCertificates(
  platform: { apiUrl: string; signerUrl: string },
  user: DemoEdsUser,
  log: (line: string) => void,
): Promise<string> {
  const agent = await AgentClient.connect(platform.signerUrl, platform.apiUrl);
  try {
    const token = await demoToken(agent);
    const held = await agent.call<{ iin?: string; extendedKeyUsages?: string[] }[]>(
      AGENT,
      'listCertificates',
      { slotId: token.slotId },
    );
    const holds = (eku: string) =>
      held.some((cert) => cert.iin === user.iin && cert.extendedKeyUsages?.includes(eku));
    if (holds(EKU.signing) && holds(EKU.authentication)) {
      return `Demo token already holds ${user.login}'s certificates.`;
    }
    const wizard = await RegistrationSteps.open(platform.apiUrl, user);
    const onToken = { serialNumber: token.serialNumber };
    let registration = wizard.registration;
    if (registration.status === 'AWAITING_TOKEN') {
      registration = await wizard.step('token', { ...onToken, label: token.label, connectedTokens: 1 });
    }
    if (registration.status === 'AWAITING_PASSWORD') registration = await wizard.step('password', onToken);
    if (registration.status === 'AWAITING_KEYS') {
      const prepared = await agent.call<{
        signing: { certificateRequest: string };
        authentication: { certificateRequest: string };
      }>(
        AGENT,
        'prepareRegistration',
        {
          slotId: token.slotId,
          registrationTag: registration.registrationTag,
          subject: {
            iin: registration.holder.iin,
            bin: registration.holder.bin,
            commonName: registration.holder.name,
          },
        },
        enterDemoPin,
      );
      registration = await wizard.step('requests', {
        ...onToken,
        signing: prepared.signing.certificateRequest,
        authentication: prepared.authentication.certificateRequest,
      });
    }
    registration = await wizard.untilIssued();
    for (const issued of registration.certificates) {
      await agent
        .call(
          AGENT,
          'writeCertificate',
          { slotId: token.slotId, certificate: issued.certificate },
          enterDemoPin,
        )
        .catch((error: unknown) => {
          // Written by an earlier, interrupted start: the registration continues from here.
          if ((error as { code?: string }).code !== 'CERTIFICATE_ALREADY_PRESENT') throw error;
        });
    }
    await wizard.step('written', onToken);
    log(`  signing and log-in certificates for ${user.login} registered on the demo token`);
    return `Demo token registered for ${user.login}: EDS signing and EDS log-in work in the browser.`;
  } finally {
    agent.close();
  }
}

async function demoToken(agent: AgentClient) {
  const tokens = await agent.call<{ slotId: string; label: string; serialNumber: string }[]>(
    AGENT,
    'listTokens',
  );
  const token = tokens.find((candidate) => candidate.label === DEMO_TOKEN.label);
  if (!token) throw new Error(`The signing agent shows no "${DEMO_TOKEN.label}" token.`);
  return token;
}

/** The registration API as the wizard uses it: the access key from the credentials, then one step at a time. */
class RegistrationSteps {
  private constructor(
    private readonly apiUrl: string,
    private readonly accessKey: string,
    readonly registration: Registration,
  ) {}

  static async open(apiUrl: string, user: DemoEdsUser): Promise<RegistrationSteps> {
    const opened = (await call(apiUrl, 'POST', '/api/registrations', undefined, {
      registrationUserId: user.registrationLogin,
      pin: user.cardPin,
    })) as { accessKey: string; registration: Registration };
    return new RegistrationSteps(apiUrl, opened.accessKey, opened.registration);
  }

  step(path: string, body: object): Promise<Registration> {
    return call(
      this.apiUrl,
      'POST',
      `/api/registrations/current/${path}`,
      this.accessKey,
      body,
    ) as Promise<Registration>;
  }

  /** The CA is asked by the registration's workflow: read it until the certificates are there. */
  async untilIssued(): Promise<Registration> {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const current = (await call(
        this.apiUrl,
        'GET',
        '/api/registrations/current',
        this.accessKey,
      )) as Registration;
      if (current.status === 'AWAITING_WRITE') return current;
      if (current.status !== 'ISSUING' || Date.now() > deadline) {
        throw new Error(`The demo registration stopped at ${current.status}.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function call(
  apiUrl: string,
  method: string,
  path: string,
  key?: string,
  body?: unknown,
): Promise<unknown> {
  const answer = await fetch(`${apiUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(key ? { 'x-registration-key': key } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const result: unknown = await answer.json().catch(() => ({}));
  if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(result)}`);
  return result;
}
