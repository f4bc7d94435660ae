import { access, readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHROMIUM_ARGS, ensureChromium } from '@qoltanba/local/tools/chromium';
import { ensureNssTools } from '@qoltanba/local/tools/nss-tools';
import { ensureSoftHsm, ensureToken, prepareTokenStore } from '@qoltanba/local/tools/softhsm';
import { type Browser, chromium, type Page } from 'playwright-core';
import { AgentClient } from '../src/client/agent-client.js';
import { type AgentProcess, runAgentCommand } from '../src/client/agent-process.js';
import { submitPin } from '../src/client/pin-prompt-client.js';
import { EKU } from '../src/crypto/certificate-details.js';
import { AGENT_MODULE, BASICS_MODULE } from '../src/protocol/messages.js';
import { tlsPaths } from '../src/tls/tls-files.js';
import { SO_PIN, USER_PIN, uniqueIdentifier, withPin } from './agent-harness.js';
import { issueForeignCertificate } from './foreign-certificate.js';
import { startSecureAgent, until } from './secure-agent.js';
import { makeRunFolder } from '@qoltanba/local/services/run-folder';
import { TestCa } from './test-ca.js';
import { verifyCms } from './verify-cms.js';

const document = Buffer.from('Төлем тапсырмасы № 19, 2 500.00 KZT');
const PAGE = '<!doctype html><meta charset="utf-8"><title>Банк</title><p>Банк беті</p>';

/** What the page's script saw on its socket: every message, or the socket's failure. */
interface SocketLog {
  messages: Record<string, unknown>[];
  failed?: string;
}

/**
 * Opens `new WebSocket(url)` in the page, as a page written for the national agent does, and keeps
 * every message on `window.agentSocket`; sends `request` once open. Resolves once open or failed.
 */
function openSocketInPage(page: Page, url: string, request?: unknown): Promise<SocketLog> {
  return page.evaluate(
    ({ url, request }) =>
      new Promise<SocketLog>((resolve) => {
        const log: SocketLog = { messages: [] };
        (window as unknown as { agentSocket: SocketLog }).agentSocket = log;
        const socket = new WebSocket(url);
        socket.onmessage = (message) => log.messages.push(JSON.parse(String(message.data)));
        socket.onopen = () => {
          if (request) socket.send(JSON.stringify(request));
          resolve(log);
        };
        socket.onerror = () => {
          log.failed = 'error';
          resolve(log);
        };
      }),
    { url, request },
  );
}

/** Waits until the page's socket holds a message that `predicate` (run in the page) accepts. */
async function messageInPage(page: Page, predicate: string): Promise<Record<string, unknown>> {
  const handle = await page.waitForFunction(
    `(window.agentSocket.messages.find((message) => ${predicate}))`,
    undefined,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as Record<string, unknown>;
}

/**
 * Debian's Chromium, headless, for a user whose HOME's NSS database (`$HOME/.pki/nssdb`) holds the
 * agent's local CA, put there by `qoltanba-signer trust install`, and for one whose does not. A bank
 * page served over HTTPS opens `wss://127.0.0.1:<port>` to the built agent and signs through it.
 */
describe('a page served over HTTPS in Chromium, signing through the wss:// socket', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  let chromiumPath: string;
  let dataDir: string;
  let trustedHome: string;
  let untrustedHome: string;
  let agent: AgentProcess & { tlsPort: number };
  let httpsOrigin: string;
  let httpOrigin: string;
  let installOutput: string;

  async function launch(home: string, args: string[] = []): Promise<Browser> {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...args],
      // Chromium on Linux finds the user's NSS database from $HOME.
      env: { ...process.env, HOME: home },
    });
    cleanup.push(() => browser.close());
    return browser;
  }

  async function listen(server: Server, port = 0): Promise<number> {
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    cleanup.push(() => new Promise((resolve) => server.close(resolve)));
    return (server.address() as { port: number }).port;
  }

  beforeAll(async () => {
    chromiumPath = await ensureChromium();
    await ensureNssTools();
    const dirs = await Promise.all(['wss-data', 'wss-home', 'wss-nohome', 'wss-store'].map(makeRunFolder));
    cleanup.push(...dirs.map((dir) => () => dir.remove()));
    [dataDir, trustedHome, untrustedHome] = dirs.map((dir) => dir.path) as [string, string, string];

    // The user's set-up: the local CA made and added to their browser's NSS database.
    const installed = await runAgentCommand(['trust', 'install'], {
      HOME: trustedHome,
      SIGNER_DATA_DIR: dataDir,
    });
    expect(installed.code).toBe(0);
    installOutput = installed.stdout;

    // The bank's page: over HTTPS with a certificate from the same local CA (the agent's own); and
    // over plain HTTP for the browser that does not trust the CA (it could not load the first).
    const paths = tlsPaths(dataDir);
    const [key, cert] = await Promise.all([readFile(paths.serverKey), readFile(paths.serverCertificate)]);
    const servePage = (_: unknown, response: ServerResponse) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    };
    httpsOrigin = `https://127.0.0.1:${await listen(createHttpsServer({ key, cert }, servePage))}`;
    httpOrigin = `http://127.0.0.1:${await listen(createHttpServer(servePage))}`;

    const storeDir = dirs[3]!.path;
    const store = await prepareTokenStore(storeDir);
    const softHsm = await ensureSoftHsm();
    await ensureToken(softHsm, store, { label: 'wss-chromium', soPin: SO_PIN, userPin: USER_PIN });
    agent = await startSecureAgent(dataDir, {
      PKCS11_MODULE: softHsm.modulePath,
      SOFTHSM2_CONF: store.configPath,
      SIGNER_ALLOWED_ORIGINS: `${httpsOrigin},${httpOrigin}`,
    });
    cleanup.push(() => agent.stop());

    // The bank's registration: a signing key on the token and its certificate from the bank's CA.
    const registrar = await AgentClient.connect(`ws://127.0.0.1:${agent.port}`, httpsOrigin);
    cleanup.push(async () => registrar.close());
    const [token] = await registrar.call<{ slotId: string }[]>(AGENT_MODULE, 'listTokens');
    const slotId = token!.slotId;
    const { publicKey } = await registrar.call<{ publicKey: string }>(
      AGENT_MODULE,
      'generateKeyPair',
      { slotId },
      withPin(),
    );
    const subject = {
      iin: uniqueIdentifier(),
      bin: uniqueIdentifier(),
      commonName: 'ХРОМ ТЕСТ',
      country: 'KZ' as const,
    };
    const issued = await (await TestCa.create()).issue({ publicKey, subject, purpose: 'signing' });
    await registrar.call(AGENT_MODULE, 'writeCertificate', {
      slotId,
      certificate: Buffer.from(issued.rawData).toString('base64'),
    });
  });
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  });

  it('has the local CA in the NSS database of the HOME the trust command ran for, and no other', async () => {
    expect(installOutput).toContain(
      `Trusted by Chromium, Google Chrome: ${join(trustedHome, '.pki', 'nssdb')}`,
    );
    await expect(access(join(untrustedHome, '.pki'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('is greeted over wss:// as by the national agent, from a page served over HTTPS', async () => {
    const page = await (await launch(trustedHome)).newPage();
    await page.goto(`${httpsOrigin}/`);

    const socket = await openSocketInPage(page, `wss://127.0.0.1:${agent.tlsPort}`);

    expect(socket.failed).toBeUndefined();
    expect(await messageInPage(page, "'result' in message")).toEqual({
      result: { version: expect.stringMatching(/^\d+\.\d+\.\d+$/) },
    });
  });

  it('signs with basics.sign over wss://, the PIN entered at the prompt the agent names', async () => {
    const page = await (await launch(trustedHome)).newPage();
    await page.goto(`${httpsOrigin}/`);
    await openSocketInPage(page, `wss://127.0.0.1:${agent.tlsPort}/?events=pin`, {
      module: BASICS_MODULE,
      method: 'sign',
      args: {
        allowedStorages: ['AKKaztokenStore'],
        format: 'cms',
        data: document.toString('base64'),
        signingParams: { decode: true, encapsulate: false },
        signerParams: { extKeyUsageOids: [EKU.signing] },
        locale: 'ru',
      },
    });

    // The user at the agent's own PIN page, which the bank page would open as a pop-up.
    const asked = await messageInPage(page, "message.event === 'pinRequested'");
    expect(asked.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${agent.port}/pin/`));
    await expect(submitPin(String(asked.url), { pin: USER_PIN })).resolves.toMatchObject({
      outcome: 'accepted',
    });

    const answer = (await messageInPage(page, "'status' in message")) as {
      status: boolean;
      body: { result: string };
    };
    expect(answer.status).toBe(true);
    expect(answer.body.result).toMatch(/^[A-Za-z0-9+/]+=*$/);
    await expect(verifyCms(answer.body.result, document)).resolves.toMatchObject({
      opensslVerified: true,
      digestMatches: true,
    });
  });

  it('cannot open wss:// in a browser whose NSS database lacks the local CA, while ws:// still greets', async () => {
    const browser = await launch(untrustedHome);
    // This browser cannot load the HTTPS page either; the same page over HTTP is an allowed origin too.
    await expect((await browser.newPage()).goto(`${httpsOrigin}/`)).rejects.toThrow(
      'net::ERR_CERT_AUTHORITY_INVALID',
    );
    const page = await browser.newPage();
    await page.goto(`${httpOrigin}/`);

    const secure = await openSocketInPage(page, `wss://127.0.0.1:${agent.tlsPort}`);
    expect(secure).toEqual({ messages: [], failed: 'error' });
    // Refused by TLS (Chromium aborts the handshake), not by the Origin check, which never ran.
    await until(() => agent.output().includes('"event":"tls handshake failed"'));
    expect(agent.output()).not.toContain('"event":"origin refused"');

    await openSocketInPage(page, `ws://127.0.0.1:${agent.port}`);
    expect(await messageInPage(page, "'result' in message")).toMatchObject({
      result: { version: expect.any(String) },
    });
  });

  it('refuses a certificate the local CA signed for any other site (its name constraints)', async () => {
    const foreign = await issueForeignCertificate(dataDir, 'bank.test');
    const port = await listen(createHttpsServer(foreign, (_, response) => response.end(PAGE)));
    const browser = await launch(trustedHome, ['--host-resolver-rules=MAP bank.test 127.0.0.1']);

    await expect((await browser.newPage()).goto(`https://bank.test:${port}/`)).rejects.toThrow(
      'net::ERR_CERT_INVALID',
    );
    // The agent's own certificate, by its other name, in the same browser: accepted (its 404 page).
    const agentPage = await (await browser.newPage()).goto(`https://localhost:${agent.tlsPort}/`);
    expect(agentPage?.status()).toBe(404);
  });
});
