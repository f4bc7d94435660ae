import { expect } from '@jest/globals';
import { submitPin } from '@qoltanba/signer/client/pin-prompt-client';
import type { RequestOptions } from '@qoltanba/signer/client/agent-client';
import { handedOver } from './manager-changes.js';
import type { ApiClient } from './onboarding.js';
import { enterPin, type TestSigningAgent } from './signing-agent.js';

const AGENT_MODULE = 'kz.qoltanba.agent';

export interface RegistrationCredentials {
  login: string;
  pin: string;
}

/**
 * What a manager hands the client at the branch: a new OTP card (its PIN) and the registration user
 * ID, in one PIN envelope a second manager's check lets them print. Needs a worker.
 */
export async function issueRegistrationCredentials(
  api: ApiClient,
  userId: string,
): Promise<RegistrationCredentials> {
  const envelope = await handedOver(
    api,
    { type: 'ISSUE_REGISTRATION_CREDENTIALS', userId, newCard: true, validityDays: 365 },
    'envelope',
  );
  return { login: envelope.registration.login as string, pin: envelope.card.pin as string };
}

/** Plays the user at the agent's prompt that replaces a new token's default password. */
export function enterNewPin(newPin: string): RequestOptions {
  return { onPinRequested: (event) => void submitPin(event.url, { newPin }) };
}

/**
 * The wizard's part, as the web app plays it: the API for the steps, the agent on the token. Each
 * call is one step; a test stops between any two, as a client closing the browser would.
 */
export class RegistrationWizard {
  accessKey = '';
  registration: Record<string, unknown> & { status: string; registrationTag: string } = {
    status: '',
    registrationTag: '',
  };

  constructor(
    private readonly api: ApiClient,
    private readonly agent: TestSigningAgent,
    private readonly tokenName: string,
    private readonly credentials: RegistrationCredentials,
  ) {}

  async open(): Promise<this> {
    const opened = await this.api
      .http()
      .post('/api/registrations')
      .send({ registrationUserId: this.credentials.login, pin: this.credentials.pin });
    expect(opened.status).toBe(200);
    this.accessKey = opened.body.accessKey as string;
    this.registration = opened.body.registration;
    return this;
  }

  async token(): Promise<{ serialNumber: string; slotId: string }> {
    const slotId = await this.agent.slotOf(this.tokenName);
    const tokens = await this.agent.client.call<{ slotId: string; serialNumber: string; label: string }[]>(
      AGENT_MODULE,
      'listTokens',
    );
    const token = tokens.find((listed) => listed.slotId === slotId)!;
    return { serialNumber: token.serialNumber, slotId };
  }

  /** One step's request with the access key; the answer's registration becomes the current one. */
  async step(path: string, body: object = {}) {
    const response = await this.api
      .http()
      .post(`/api/registrations/current/${path}`)
      .set('x-registration-key', this.accessKey)
      .send(body);
    if (response.status === 200) this.registration = response.body;
    return response;
  }

  async chooseToken(): Promise<void> {
    const { serialNumber } = await this.token();
    // The run-wide SoftHSM2 store shows every test file's tokens: the client has only this one.
    const chosen = await this.step('token', { serialNumber, label: 'KAZTOKEN', connectedTokens: 1 });
    expect(chosen.status).toBe(200);
  }

  async setPassword(newPin: string): Promise<void> {
    const { serialNumber, slotId } = await this.token();
    await this.agent.client.call(
      AGENT_MODULE,
      'changePin',
      { slotId, fromDefault: true },
      enterNewPin(newPin),
    );
    expect((await this.step('password', { serialNumber })).status).toBe(200);
  }

  async makeKeys(
    pin: string,
    purposes: ('signing' | 'authentication')[] = ['signing', 'authentication'],
  ): Promise<{ reused: boolean; signing?: string; authentication: string }> {
    const { slotId } = await this.token();
    const holder = this.registration['holder'] as { iin: string; bin: string; name: string };
    const prepared = await this.agent.client.call<{
      reused: boolean;
      signing?: { certificateRequest: string };
      authentication: { certificateRequest: string };
    }>(
      AGENT_MODULE,
      'prepareRegistration',
      {
        slotId,
        registrationTag: this.registration.registrationTag,
        subject: { iin: holder.iin, bin: holder.bin, commonName: holder.name },
        purposes,
      },
      enterPin([pin]),
    );
    return {
      reused: prepared.reused,
      ...(prepared.signing ? { signing: prepared.signing.certificateRequest } : {}),
      authentication: prepared.authentication.certificateRequest,
    };
  }

  async submitRequests(requests: { signing?: string; nationalSigning?: string; authentication: string }) {
    const { serialNumber } = await this.token();
    const { signing, nationalSigning, authentication } = requests;
    return this.step('requests', { serialNumber, signing, nationalSigning, authentication });
  }

  /** Issuance runs in the workflow: the wizard reads the registration until the certificates are there. */
  async untilIssued(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = await this.api
        .http()
        .get('/api/registrations/current')
        .set('x-registration-key', this.accessKey);
      expect(current.status).toBe(200);
      this.registration = current.body;
      if (current.body.status !== 'ISSUING') return;
      if (Date.now() > deadline) throw new Error('still issuing');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async writeAndConfirm(): Promise<void> {
    const { serialNumber, slotId } = await this.token();
    for (const issued of this.registration['certificates'] as { certificate: string }[]) {
      await this.agent.client
        .call(AGENT_MODULE, 'writeCertificate', { slotId, certificate: issued.certificate })
        .catch((error: unknown) => {
          // A national certificate registered with the bank is on the token already.
          if ((error as { code?: string }).code !== 'CERTIFICATE_ALREADY_PRESENT') throw error;
        });
    }
    const written = await this.step('written', { serialNumber });
    expect(written.status).toBe(200);
    expect(written.body.status).toBe('COMPLETED');
  }
}
