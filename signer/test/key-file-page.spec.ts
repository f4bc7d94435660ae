import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '@qoltanba/local/paths';
import { findFreePort } from '@qoltanba/local/ports';
import { CHROMIUM_ARGS, ensureChromium } from '@qoltanba/local/tools/chromium';
import { ensureSoftHsm, ensureToken, prepareTokenStore } from '@qoltanba/local/tools/softhsm';
import { softwareRsaKey, writePkcs12 } from '@qoltanba/testing/pkcs12-files';
import { type Browser, chromium } from 'playwright-core';
import { AgentClient } from '../src/client/agent-client.js';
import { makeRunFolder, type RunFolder } from '@qoltanba/local/services/run-folder';
import { type AgentProcess, startAgentProcess } from '../src/client/agent-process.js';
import { guarded } from './secure-agent.js';
import { EKU } from '../src/crypto/certificate-details.js';
import { PROMPT_TEXTS } from '../src/pin/pin-prompt-texts.js';
import { BASICS_MODULE } from '../src/protocol/messages.js';
import { PAGE_ORIGIN, SO_PIN, USER_PIN, uniqueIdentifier } from './agent-harness.js';
import { TestCa } from './test-ca.js';
import { verifyCms } from './verify-cms.js';

const PASSWORD = 'Kilt2026pass';
const document = Buffer.from('Төлем тапсырмасы № 21, 9 000.00 KZT');
const SHOTS = join(repoRoot, 'test-artifacts', 'signer', 'key-file-prompt');
const SIZES = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } };

/**
 * The agent's own page for a key file, in Chromium as the user sees it: they pick the national
 * CA's `.p12` file, type its password (a wrong one first), and the page's own script hands both
 * to the agent, which signs. In each language, at a desktop and a phone's size.
 */
describe("the agent's key file page in Chromium", () => {
  let storeDir: RunFolder | undefined;
  let agent: AgentProcess;
  let page: AgentClient;
  let browser: Browser;
  let keyFile: Buffer;
  let serialNumber: string;
  const subject = {
    iin: uniqueIdentifier(),
    bin: uniqueIdentifier(),
    commonName: 'ФАЙЛОВА АЙГҮЛ',
    organization: 'ТОО «Кілт»',
    country: 'KZ' as const,
  };

  beforeAll(async () => {
    storeDir = await makeRunFolder('key-file');
    const store = await prepareTokenStore(storeDir.path);
    const softHsm = await ensureSoftHsm();
    // A token is connected too: the page asks for a key file (allowedStorages PKCS12) all the same.
    await ensureToken(softHsm, store, { label: 'beside-file', soPin: SO_PIN, userPin: USER_PIN });
    agent = await startAgentProcess(
      {
        SIGNER_PORT: String(await findFreePort()),
        PKCS11_MODULE: softHsm.modulePath,
        SOFTHSM2_CONF: store.configPath,
        SIGNER_ALLOWED_ORIGINS: PAGE_ORIGIN,
      },
      guarded,
    );
    page = await AgentClient.connect(`ws://127.0.0.1:${agent.port}`, PAGE_ORIGIN);
    const key = softwareRsaKey();
    const issued = await (
      await TestCa.create()
    ).issue({ publicKey: key.publicKeyInfo, subject, purpose: 'signing' });
    serialNumber = issued.serialNumber.toLowerCase().replace(/^0+/, '');
    keyFile = await writePkcs12({
      privateKey: key.privateKey,
      certificate: Buffer.from(issued.rawData).toString('base64'),
      password: PASSWORD,
    });
    browser = await chromium.launch({
      executablePath: await ensureChromium(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    page?.close();
    await agent?.stop();
    await storeDir?.remove();
  });

  it.each([
    ['ru', 'desktop'],
    ['kk', 'mobile'],
    ['en', 'desktop'],
    ['ru', 'mobile'],
    ['kk', 'desktop'],
    ['en', 'mobile'],
  ] as const)(
    'takes the file and its password from the user (%s, %s), refusing a wrong password on the page',
    async (locale, size) => {
      const texts = PROMPT_TEXTS[locale];
      const context = await browser.newContext({ viewport: SIZES[size], locale });
      const prompt = await context.newPage();
      let shown: Promise<void> = Promise.resolve();
      const signing = page.call<string>(
        BASICS_MODULE,
        'sign',
        {
          allowedStorages: ['PKCS12'],
          format: 'cms',
          data: document.toString('base64'),
          signerParams: { extKeyUsageOids: [EKU.signing], iin: subject.iin },
          locale,
        },
        {
          onPinRequested: (event) => {
            shown = (async () => {
              await prompt.goto(event.url);
              await prompt.locator('h1').getByText(texts.keyFile.store).waitFor();
              await prompt.screenshot({
                path: join(SHOTS, `1-file-asked-${locale}-${size}.png`),
                fullPage: true,
              });
              await prompt.locator('input[name="keyFile"]').setInputFiles({
                name: 'RSA256_test.p12',
                mimeType: 'application/x-pkcs12',
                buffer: keyFile,
              });
              await prompt.locator('input[name="password"]').fill('not-the-password');
              await prompt.locator('#pin-form button[type="submit"]').click();
              await prompt
                .locator('#status.error')
                .getByText(texts.keyFile.refused.KEY_FILE_PASSWORD_INCORRECT)
                .waitFor();
              await prompt.screenshot({
                path: join(SHOTS, `2-wrong-password-${locale}-${size}.png`),
                fullPage: true,
              });
              await prompt.locator('input[name="password"]').fill(PASSWORD);
              await prompt.locator('#pin-form button[type="submit"]').click();
              await prompt.locator('#status.done').waitFor();
            })();
          },
        },
      );
      const cms = await signing;
      await shown;
      await context.close();

      const verified = await verifyCms(cms, document);
      expect(verified).toMatchObject({ opensslVerified: true, digestMatches: true });
      expect(verified.signerSerialNumber.replace(/^0+/, '')).toBe(serialNumber);
    },
  );
});
