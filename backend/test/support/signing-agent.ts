import { randomBytes } from 'node:crypto';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import { ensureSoftHsm, ensureToken } from '@qoltanba/local/tools/softhsm';
import { type RunningAgent, startAgent } from '@qoltanba/signer/agent';
import { AgentClient, type RequestOptions } from '@qoltanba/signer/client/agent-client';
import { cancelPinPrompt, submitPin } from '@qoltanba/signer/client/pin-prompt-client';

export const PAGE_ORIGIN = 'http://127.0.0.1:3000';
export const USER_PIN = '12345678';
const AGENT_MODULE = 'kz.qoltanba.agent';
const BASICS_MODULE = 'kz.gov.pki.knca.basics';
export const EKU = { signing: '1.3.6.1.5.5.7.3.4', clientAuthentication: '1.3.6.1.5.5.7.3.2' } as const;

export type Purpose = 'SIGNING' | 'AUTHENTICATION';

export interface TokenHolder {
  iin: string;
  bin: string;
  name: string;
}

/** What the pop-up saw: how many prompts opened and how each PIN entry was answered. */
export interface PromptLog {
  prompts: number;
  outcomes: string[];
}

/** Plays the user at the agent's PIN pop-up: enters the PIN (or PINs in turn) by its own HTTP POST. */
export function enterPin(pins: string[] = [USER_PIN], log?: PromptLog): RequestOptions {
  return {
    onPinRequested: (event) => {
      if (log) log.prompts++;
      void (async () => {
        for (const pin of pins) {
          const reply = await submitPin(event.url, { pin });
          log?.outcomes.push(reply.outcome);
          if (reply.outcome !== 'retry') return;
        }
        // Out of PINs to try: the user closes the pop-up.
        await cancelPinPrompt(event.url);
      })();
    },
  };
}

/**
 * The real signing agent in this process over real SoftHSM2 tokens of the run-wide store (one per
 * name, created before the agent loads the library, which reads its slots once), and a page's
 * WebSocket to it, as the web app uses it.
 */
export class TestSigningAgent {
  private constructor(
    private readonly agent: RunningAgent,
    readonly client: AgentClient,
    private readonly labels: Map<string, string>,
  ) {}

  static async start(tokenNames: string[]): Promise<TestSigningAgent> {
    const configPath = process.env[TEST_ENV.softHsmConfig];
    const modulePath = process.env[TEST_ENV.pkcs11Module];
    if (!configPath || !modulePath) throw new Error('No SoftHSM2 store: run tests through `npm test`.');
    const softHsm = await ensureSoftHsm();
    const labels = new Map<string, string>();
    for (const name of tokenNames) {
      // A token label holds at most 32 characters.
      const label = `${name.slice(0, 23)}-${randomBytes(4).toString('hex')}`;
      await ensureToken(softHsm, { configPath }, { label, soPin: '87654321', userPin: USER_PIN });
      labels.set(name, label);
    }
    const agent = await startAgent(
      { port: 0, pkcs11Module: modulePath, allowedOrigins: [PAGE_ORIGIN] },
      () => undefined,
    );
    const client = await AgentClient.connect(`ws://127.0.0.1:${agent.port}`, PAGE_ORIGIN);
    return new TestSigningAgent(agent, client, labels);
  }

  async slotOf(tokenName: string): Promise<string> {
    const listed = await this.client.call<{ slotId: string; label: string }[]>(AGENT_MODULE, 'listTokens');
    const slot = listed.find((token) => token.label === this.labels.get(tokenName));
    if (!slot) throw new Error(`Token ${tokenName} is not connected.`);
    return slot.slotId;
  }

  /** A key pair generated on the token; its public key as base64 DER SubjectPublicKeyInfo. */
  async generateKey(tokenName: string): Promise<{ keyId: string; publicKey: string }> {
    return this.client.call(
      AGENT_MODULE,
      'generateKeyPair',
      { slotId: await this.slotOf(tokenName) },
      enterPin(),
    );
  }

  /** A PKCS#10 request signed on the token by the key (base64 DER). */
  async certificationRequest(
    tokenName: string,
    keyId: string,
    holder: TokenHolder,
    purpose: Purpose,
  ): Promise<string> {
    const { certificateRequest } = await this.client.call<{ certificateRequest: string }>(
      AGENT_MODULE,
      'createCertificateRequest',
      {
        slotId: await this.slotOf(tokenName),
        keyId,
        subject: { iin: holder.iin, bin: holder.bin, commonName: holder.name, country: 'KZ' },
        purpose: purpose === 'SIGNING' ? 'signing' : 'authentication',
      },
      enterPin(),
    );
    return certificateRequest;
  }

  async writeCertificate(tokenName: string, certificate: string): Promise<void> {
    await this.client.call(AGENT_MODULE, 'writeCertificate', {
      slotId: await this.slotOf(tokenName),
      certificate,
    });
  }

  /**
   * The national agent's `sign` as the web app calls it: detached CMS over each document (base64
   * data), with the certificate of this holder and purpose; one PIN entry for the whole batch.
   */
  sign<T extends Buffer | Buffer[]>(
    data: T,
    holder: Pick<TokenHolder, 'iin' | 'bin'> & { serialNumber?: string },
    purpose: Purpose = 'SIGNING',
    options: RequestOptions = enterPin(),
  ): Promise<T extends Buffer[] ? string[] : string> {
    const encoded = Array.isArray(data)
      ? data.map((item) => item.toString('base64'))
      : data.toString('base64');
    return this.basicsSign(
      { format: 'cms', data: encoded, signingParams: { decode: true, encapsulate: false, digested: false } },
      holder,
      purpose,
      options,
    );
  }

  /** The XML document with an enveloped signature by the holder's key of this purpose (`format: "xml"`). */
  signXml(
    xml: string,
    holder: Pick<TokenHolder, 'iin' | 'bin'> & { serialNumber?: string },
    purpose: Purpose = 'SIGNING',
    options: RequestOptions = enterPin(),
  ): Promise<string> {
    return this.basicsSign({ format: 'xml', data: xml, signingParams: {} }, holder, purpose, options);
  }

  /**
   * Signs as a user whose key is in a file (PKCS#12) does: the page allows only key files, and the
   * user picks the file on the agent's page and types its password.
   */
  signWithKeyFile(
    data: Buffer,
    keyFile: { file: Buffer; password: string },
    holder: Pick<TokenHolder, 'iin' | 'bin'>,
    purpose: Purpose = 'SIGNING',
  ): Promise<string> {
    return this.basicsSign(
      {
        format: 'cms',
        data: data.toString('base64'),
        signingParams: { decode: true, encapsulate: false, digested: false },
        allowedStorages: ['PKCS12'],
      },
      holder,
      purpose,
      {
        onPinRequested: (event) =>
          void submitPin(event.url, { keyFile: keyFile.file.toString('base64'), password: keyFile.password }),
      },
    );
  }

  private basicsSign<T>(
    request: {
      format: 'cms' | 'xml';
      data: string | string[];
      signingParams: object;
      allowedStorages?: string[];
    },
    holder: Pick<TokenHolder, 'iin' | 'bin'> & { serialNumber?: string },
    purpose: Purpose,
    options: RequestOptions,
  ): Promise<T> {
    return this.client.call(
      BASICS_MODULE,
      'sign',
      {
        allowedStorages: ['AKKaztokenStore'],
        ...request,
        signerParams: {
          extKeyUsageOids: [purpose === 'SIGNING' ? EKU.signing : EKU.clientAuthentication],
          iin: holder.iin,
          bin: holder.bin,
          serialNumber: holder.serialNumber,
        },
        locale: 'ru',
      },
      options,
    );
  }

  async stop(): Promise<void> {
    this.client.close();
    await this.agent.stop();
  }
}
