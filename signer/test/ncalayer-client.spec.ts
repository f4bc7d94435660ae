import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import { ensureSoftHsm, ensureToken, prepareTokenStore } from '@qoltanba/local/tools/softhsm';
import WebSocket from 'ws';
import type { NCALayerClient as Client } from 'ncalayer-js-client';
import { AgentClient } from '../src/client/agent-client.js';
import { makeRunFolder, type RunFolder } from '@qoltanba/local/services/run-folder';
import { type AgentProcess, startAgentProcess } from '../src/client/agent-process.js';
import { guarded } from './secure-agent.js';
import { cancelPinPrompt, type PinSubmission, submitPin } from '../src/client/pin-prompt-client.js';
import { EKU } from '../src/crypto/certificate-details.js';
import { PROMPT_TEXTS } from '../src/pin/pin-prompt-texts.js';
import { AGENT_MODULE } from '../src/protocol/messages.js';
import { PAGE_ORIGIN, SO_PIN, USER_PIN, uniqueIdentifier, withPin } from './agent-harness.js';
import { TestCa } from './test-ca.js';
import { verifyCms } from './verify-cms.js';
import { softwareRsaKey, writePkcs12 } from '@qoltanba/testing/pkcs12-files';
import { independentlyVerified } from './xml-verifier.js';
import { X509Certificate } from 'node:crypto';

const SUBJECT = {
  iin: uniqueIdentifier(),
  bin: uniqueIdentifier(),
  commonName: 'НЦАЛАЕР ТЕСТ',
  organization: 'ТОО «Банк беті»',
  country: 'KZ' as const,
};
/** A legal entity's employee with the right to sign, as the bank's CA writes it (domain §11). */
const ROLES = ['1.2.398.3.3.4.1.2', '1.2.398.3.3.4.1.2.2'];
const document = Buffer.from('Төлем тапсырмасы № 17, 1 500.00 KZT');
const base64 = document.toString('base64');

/** The certificate an XML signature carries in its KeyInfo, read by Node's OpenSSL. */
function keyInfoCertificate(xml: string): { subject: string; extKeyUsages: string[] } {
  const base64 = /<X509Certificate>([^<]+)<\/X509Certificate>/.exec(xml)![1]!;
  const certificate = new X509Certificate(Buffer.from(base64, 'base64'));
  return { subject: certificate.subject, extKeyUsages: certificate.keyUsage ?? [] };
}

const FAKE_BROWSER = fileURLToPath(new URL('./fake-browser.mjs', import.meta.url));

/**
 * The user at the agent's own PIN page, which the agent opens in the browser (here the test's
 * fake browser, which writes each address to a file): types the PIN, or presses Cancel.
 */
class User {
  /** Every address the agent opened, in order. */
  readonly opened: string[] = [];
  /** The text of each page, as the user saw it. */
  readonly pages: string[] = [];
  next: 'pin' | 'cancel' = 'pin';
  /** Key files the user picks, one per submission, before going back to typing the token's PIN. */
  readonly keyFileEntries: PinSubmission[] = [];
  /** What the agent answered each key-file submission. */
  readonly keyFileReplies: string[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(browserLog: string) {
    this.timer = setInterval(() => {
      const lines = existsSync(browserLog)
        ? readFileSync(browserLog, 'utf8').split('\n').filter(Boolean)
        : [];
      for (const url of lines.slice(this.opened.length)) {
        this.opened.push(url);
        void this.act(url);
      }
    }, 25);
  }

  /** Reads the page (its text says what is asked, in which language), then types or cancels. */
  private async act(url: string): Promise<void> {
    this.pages.push(await (await fetch(url)).text());
    if (this.next === 'cancel') return cancelPinPrompt(url);
    for (let entry = this.keyFileEntries.shift(); entry; entry = this.keyFileEntries.shift()) {
      const reply = await submitPin(url, entry);
      this.keyFileReplies.push(reply.outcome === 'retry' ? reply.code : reply.outcome);
      if (reply.outcome !== 'retry') return;
    }
    await submitPin(url, { pin: USER_PIN });
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/**
 * The public client library of pages written for the national agent (`ncalayer-js-client`),
 * driving this agent as a bank page would: its WebSocket carries the page's Origin. The token is
 * the only one in its own SoftHSM2 store, like a user's single KAZTOKEN with a signing and an
 * authentication certificate.
 */
describe('a page built on ncalayer-js-client, signing through this agent', () => {
  let storeDir: RunFolder | undefined;
  let agent: AgentProcess;
  let user: User;
  let registrar: AgentClient;
  let slotId: string;
  const ca = TestCa.create();

  async function register(purpose: 'signing' | 'authentication'): Promise<void> {
    const { publicKey } = await registrar.call<{ publicKey: string }>(
      AGENT_MODULE,
      'generateKeyPair',
      { slotId },
      withPin(),
    );
    const issued = await (await ca).issue({ publicKey, subject: SUBJECT, purpose, roles: ROLES });
    const certificate = Buffer.from(issued.rawData).toString('base64');
    await registrar.call(AGENT_MODULE, 'writeCertificate', { slotId, certificate });
  }
  let NCALayerClient: typeof Client;
  let layer: Client;
  let answers: string[];

  beforeAll(async () => {
    storeDir = await makeRunFolder('ncalayer');
    const store = await prepareTokenStore(storeDir.path);
    const softHsm = await ensureSoftHsm();
    const token = { label: 'ncalayer', soPin: SO_PIN, userPin: USER_PIN };
    await ensureToken(softHsm, store, token);
    const browserLog = join(storeDir.path, 'browser.log');
    user = new User(browserLog);
    agent = await startAgentProcess(
      {
        SIGNER_PORT: String(await findFreePort()),
        PKCS11_MODULE: softHsm.modulePath,
        SOFTHSM2_CONF: store.configPath,
        SIGNER_ALLOWED_ORIGINS: PAGE_ORIGIN,
        SIGNER_BROWSER: FAKE_BROWSER,
        FAKE_BROWSER_LOG: browserLog,
      },
      guarded,
    );
    // The bank's registration, through the agent's own protocol: a signing key and certificate.
    registrar = await AgentClient.connect(`ws://127.0.0.1:${agent.port}`, PAGE_ORIGIN);
    const listed = await registrar.call<{ slotId: string; label: string }[]>(AGENT_MODULE, 'listTokens');
    slotId = listed.find((listedToken) => listedToken.label === token.label)!.slotId;
    await register('signing');

    // The library takes the browser's WebSocket; in Node, one that sends the bank page's Origin.
    (globalThis as { WebSocket?: unknown }).WebSocket = class extends WebSocket {
      constructor(url: string) {
        super(url, { origin: PAGE_ORIGIN });
      }
    };
    ({ NCALayerClient } = (await import('ncalayer-js-client')).default);
    layer = new NCALayerClient(`ws://127.0.0.1:${agent.port}`, false);
    answers = [];
    layer.onResponseReady = (text) => answers.push(text);
  });
  afterAll(async () => {
    delete (globalThis as { WebSocket?: unknown }).WebSocket;
    registrar?.close();
    user?.stop();
    await agent?.stop();
    await storeDir?.remove();
  });

  it('connects: the agent greets the socket with its version, and is not taken for KAZTOKEN mobile', async () => {
    await expect(layer.connect()).resolves.toMatch(/^\d+\.\d+\.\d+$/);
    expect(layer.isKmd).toBe(false);
  });

  it('reports the connected token as a KAZTOKEN store', async () => {
    await expect(layer.getActiveTokens()).resolves.toEqual(['AKKaztokenStore']);
  });

  it('answers getKeyInfo with the key on the token, as the national agent describes a key', async () => {
    const info = await layer.getKeyInfo('AKKaztokenStore');
    expect(info).toMatchObject({ algorithm: 'RSA', subjectCn: SUBJECT.commonName });
    expect(info.subjectDn).toContain(`IIN${SUBJECT.iin}`);
    expect(Number(info.certNotAfter)).toBeGreaterThan(Date.now());
    expect(info.pem).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it('signs with basicsSignCMS, the agent opening its own PIN page and sending the page nothing else', async () => {
    const opened = user.opened.length;
    answers.length = 0;
    const cms = (await layer.basicsSignCMS(
      ['AKKaztokenStore'],
      base64,
      NCALayerClient.basicsCMSParamsDetached,
      NCALayerClient.basicsSignerSignAny,
    )) as string;

    const verified = await verifyCms(cms, document);
    expect(verified).toMatchObject({ pkijsVerified: true, opensslVerified: true, digestMatches: true });
    expect(verified.signerSubject).toContain(`IIN${SUBJECT.iin}`);
    expect(user.opened.slice(opened)).toHaveLength(1);
    expect(user.opened[opened]).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${agent.port}/pin/`));
    // One answer, and no event before it (an event would have been taken for the answer).
    expect(answers).toHaveLength(1);
    expect(JSON.parse(answers[0]!)).toMatchObject({ status: true, body: { result: cms } });
  });

  it('signs a batch of three with one PIN entry, each CMS over its own document', async () => {
    const opened = user.opened.length;
    const documents = [1, 2, 3].map((n) => Buffer.from(`Құжат ${n}`));
    const signatures = (await layer.basicsSignCMS(
      ['AKKaztokenStore'],
      documents.map((d) => d.toString('base64')),
      NCALayerClient.basicsCMSParamsDetached,
      NCALayerClient.basicsSignerSignAny,
    )) as string[];

    expect(signatures).toHaveLength(3);
    for (const [index, cms] of signatures.entries()) {
      await expect(verifyCms(cms, documents[index])).resolves.toMatchObject({
        opensslVerified: true,
        digestMatches: true,
      });
    }
    expect(user.opened.slice(opened)).toHaveLength(1);
  });

  it("finds the certificate by a legal entity's employee's role, and none by a head's", async () => {
    const cms = (await layer.basicsSignCMS(
      ['AKKaztokenStore'],
      base64,
      NCALayerClient.basicsCMSParamsDetached,
      NCALayerClient.basicsSignerSignOrg,
    )) as string;
    await expect(verifyCms(cms, document)).resolves.toMatchObject({ opensslVerified: true });
    await expect(
      layer.basicsSignCMS(
        ['AKKaztokenStore'],
        base64,
        NCALayerClient.basicsCMSParamsDetached,
        NCALayerClient.basicsSignerSignHead,
      ),
    ).rejects.toThrow(/^CERTIFICATE_NOT_FOUND: /);
  });

  it('signs attached (the document inside) and over a SHA-256 digest computed by the page', async () => {
    const attached = (await layer.basicsSignCMS(
      ['AKKaztokenStore'],
      base64,
      NCALayerClient.basicsCMSParamsAttached,
      NCALayerClient.basicsSignerSignAny,
    )) as string;
    const inside = await verifyCms(attached);
    expect(inside.encapsulated).toEqual(document);
    expect(inside.opensslVerified).toBe(true);

    const digest = createHash('sha256').update(document).digest('base64');
    const overDigest = (await layer.basicsSignCMS(
      ['AKKaztokenStore'],
      digest,
      NCALayerClient.basicsCMSParamsDetachedHash,
      NCALayerClient.basicsSignerSignAny,
    )) as string;
    await expect(verifyCms(overDigest, document)).resolves.toMatchObject({
      opensslVerified: true,
      digestMatches: true,
    });
  });

  it('answers createCAdESFromBase64, detached and attached, with the key of the type asked for', async () => {
    await register('authentication');
    const detached = await layer.createCAdESFromBase64('AKKaztokenStore', base64, 'SIGNATURE', false);
    const signed = await verifyCms(detached, document);
    expect(signed).toMatchObject({ opensslVerified: true, digestMatches: true, encapsulated: undefined });

    const attached = await layer.createCAdESFromBase64('AKKaztokenStore', base64, 'AUTHENTICATION', true);
    const authenticated = await verifyCms(attached);
    expect(authenticated.encapsulated).toEqual(document);
    expect(authenticated.opensslVerified).toBe(true);
    // Two different keys: the signing certificate and the authentication one.
    expect(authenticated.signerSerialNumber).not.toBe(signed.signerSerialNumber);
  });

  it('answers createCAdESFromBase64Hash over the digest the page computed', async () => {
    const digest = createHash('sha256').update(document).digest('base64');
    const cms = await layer.createCAdESFromBase64Hash('AKKaztokenStore', digest, 'SIGNATURE');
    await expect(verifyCms(cms, document)).resolves.toMatchObject({
      opensslVerified: true,
      digestMatches: true,
    });
  });

  it('signs XML with basicsSignXML: the document with an enveloped signature another library verifies', async () => {
    const xml = `<payment><number>17</number><amount>1500.00</amount><purpose>${SUBJECT.organization}</purpose></payment>`;
    const signed = (await layer.basicsSignXML(['AKKaztokenStore'], xml, NCALayerClient.basicsXMLParams, {
      extKeyUsageOids: [EKU.signing],
      iin: SUBJECT.iin,
    })) as string;

    expect(signed.startsWith(xml.replace('</payment>', '<Signature '))).toBe(true);
    await expect(independentlyVerified(signed)).resolves.toBe(true);
    expect(keyInfoCertificate(signed).subject).toContain(SUBJECT.iin);
    expect(keyInfoCertificate(signed).extKeyUsages).toContain(EKU.signing);
  });

  it('answers signXml with the key of the type asked for, signXmls for several, and signs the element an XPath names', async () => {
    const login = '<login><nonce>bm9uY2U=</nonce></login>';
    const authenticated = await layer.signXml('AKKaztokenStore', login, 'AUTHENTICATION');
    await expect(independentlyVerified(authenticated)).resolves.toBe(true);
    expect(keyInfoCertificate(authenticated).extKeyUsages).toContain(EKU.clientAuthentication);

    const pages = user.opened.length;
    const batch = await layer.signXmls('AKKaztokenStore', ['<a>1</a>', '<a>2</a>', '<a>3</a>'], 'SIGNATURE');
    expect(user.opened.length).toBe(pages + 1);
    for (const [index, one] of batch.entries()) {
      expect(one.startsWith(`<a>${index + 1}<Signature `)).toBe(true);
      await expect(independentlyVerified(one)).resolves.toBe(true);
    }

    const envelope =
      '<envelope><header>routing</header><body Id="order"><amount>9</amount></body></envelope>';
    const part = await layer.signXml(
      'AKKaztokenStore',
      envelope,
      'SIGNATURE',
      "//*[local-name()='body']",
      '/*',
    );
    expect(part).toContain('<Reference URI="#order">');
    await expect(independentlyVerified(part.replace('routing', 'rerouted'))).resolves.toBe(true);
  });

  it('refuses a malformed XML document before any PIN page opens', async () => {
    const pages = user.opened.length;
    await expect(layer.signXml('AKKaztokenStore', '<payment><amount>1</payment>')).rejects.toThrow(
      /^500: .*well-formed/,
    );
    expect(user.opened.length).toBe(pages);
  });

  it('shows the PIN page in the language the page chose with changeLocale', async () => {
    await expect(layer.changeLocale('kk')).resolves.toBeUndefined();
    await layer.createCAdESFromBase64('AKKaztokenStore', base64, 'SIGNATURE');
    expect(user.pages.at(-1)).toContain(PROMPT_TEXTS.kk.title);
    await layer.changeLocale('en');
    await layer.createCAdESFromBase64('AKKaztokenStore', base64, 'SIGNATURE');
    expect(user.pages.at(-1)).toContain(PROMPT_TEXTS.en.title);
  });

  it('refuses a store it does not serve, in the shape of the national agent', async () => {
    await expect(layer.createCAdESFromBase64('JKS', base64, 'SIGNATURE')).rejects.toThrow(/^500: /);
  });

  describe('with key files (PKCS#12) the user picks on the agent page', () => {
    // The national CA's key passwords are Latin letters and digits (node-forge reads others only in 3DES files).
    const PASSWORD = 'Kilt2026pass';
    const files: Record<'signing' | 'authentication', { file: string; serial: string }> = {
      signing: { file: '', serial: '' },
      authentication: { file: '', serial: '' },
    };

    beforeAll(async () => {
      for (const purpose of ['signing', 'authentication'] as const) {
        const key = softwareRsaKey();
        const issued = await (
          await ca
        ).issue({ publicKey: key.publicKeyInfo, subject: SUBJECT, purpose, roles: ROLES });
        const certificate = Buffer.from(issued.rawData).toString('base64');
        const file = await writePkcs12({
          privateKey: key.privateKey,
          certificate,
          password: PASSWORD,
          legacy: purpose === 'signing',
        });
        files[purpose] = { file: file.toString('base64'), serial: issued.serialNumber.toLowerCase() };
      }
    });

    it('signs with createCAdESFromBase64 after a wrong password and a file for another purpose, each refused on the page', async () => {
      user.keyFileEntries.push(
        { keyFile: files.signing.file, password: 'wrong' },
        { keyFile: files.authentication.file, password: PASSWORD },
        { keyFile: files.signing.file, password: PASSWORD },
      );
      const cms = await layer.createCAdESFromBase64('PKCS12', base64, 'SIGNATURE');

      expect(user.keyFileReplies.splice(0)).toEqual([
        'KEY_FILE_PASSWORD_INCORRECT',
        'KEY_FILE_NOT_SUITABLE',
        'accepted',
      ]);
      const verified = await verifyCms(cms, document);
      expect(verified).toMatchObject({ opensslVerified: true, digestMatches: true });
      expect(verified.signerSerialNumber.replace(/^0+/, '')).toBe(files.signing.serial.replace(/^0+/, ''));
      expect(user.pages.at(-1)).toContain(PROMPT_TEXTS.en.keyFile.file);
    });

    it('signs with basicsSignCMS and XML with signXml, and describes the file key with getKeyInfo', async () => {
      user.keyFileEntries.push({ keyFile: files.authentication.file, password: PASSWORD });
      const cms = (await layer.basicsSignCMS(['PKCS12'], base64, NCALayerClient.basicsCMSParamsDetached, {
        extKeyUsageOids: [EKU.clientAuthentication],
      })) as string;
      expect((await verifyCms(cms, document)).opensslVerified).toBe(true);

      user.keyFileEntries.push({ keyFile: files.signing.file, password: PASSWORD });
      const xml = await layer.signXml('PKCS12', '<a>1</a>', 'SIGNATURE');
      await expect(independentlyVerified(xml)).resolves.toBe(true);

      user.keyFileEntries.push({ keyFile: files.signing.file, password: PASSWORD });
      const info = await layer.getKeyInfo('PKCS12');
      expect(info.serialNumber!.replace(/^0+/, '')).toBe(files.signing.serial.replace(/^0+/, ''));
      expect(info.subjectDn).toContain(`IIN${SUBJECT.iin}`);
      expect(user.keyFileReplies.splice(0)).toEqual(['accepted', 'accepted', 'accepted']);
    });

    it('refuses a malformed XML document before the key file page opens', async () => {
      const pages = user.opened.length;
      await expect(layer.signXml('PKCS12', '<payment>')).rejects.toThrow(/^500: .*well-formed/);
      expect(user.opened.length).toBe(pages);
    });

    it('answers a key file prompt the user cancelled as the national agent does', async () => {
      user.next = 'cancel';
      try {
        await expect(layer.createCAdESFromBase64('PKCS12', base64, 'SIGNATURE')).rejects.toThrow(
          '500: action.canceled',
        );
      } finally {
        user.next = 'pin';
      }
    });
  });

  it('answers a PIN entry the user cancelled as the national agent does, for both modules', async () => {
    user.next = 'cancel';
    try {
      await expect(layer.createCAdESFromBase64('AKKaztokenStore', base64, 'SIGNATURE')).rejects.toThrow(
        '500: action.canceled',
      );
      await expect(
        layer.basicsSignCMS(
          ['AKKaztokenStore'],
          base64,
          NCALayerClient.basicsCMSParamsDetached,
          NCALayerClient.basicsSignerSignAny,
        ),
      ).rejects.toThrow(/^PIN_CANCELLED: /);
    } finally {
      user.next = 'pin';
    }
  });

  it('still greets, then answers only what was asked, on a socket of a page that wants no events', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${agent.port}`, { origin: PAGE_ORIGIN });
    const received: unknown[] = [];
    socket.on('message', (data: Buffer) => received.push(JSON.parse(data.toString())));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(
      JSON.stringify({
        module: 'kz.gov.pki.knca.basics',
        method: 'sign',
        args: { format: 'cms', data: base64, signerParams: { extKeyUsageOids: [EKU.signing] } },
      }),
    );
    await new Promise<void>((resolve) => {
      const check = () => (received.length >= 2 ? resolve() : setTimeout(check, 20));
      check();
    });
    socket.close();
    expect(received).toEqual([
      { result: { version: expect.stringMatching(/^\d+\.\d+\.\d+$/) } },
      { status: true, body: { result: expect.any(String) } },
    ]);
  });
});
