import { X509Certificate } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { connect, type PeerCertificate } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import type { AgentProcess } from '../src/client/agent-process.js';
import { AGENT_MODULE } from '../src/protocol/messages.js';
import { tlsPaths } from '../src/tls/tls-files.js';
import { PAGE_ORIGIN } from './agent-harness.js';
import { firstMessages, localCaPem, startSecureAgent, until } from './secure-agent.js';
import { makeRunFolder } from '@qoltanba/local/services/run-folder';

const GREETING = { result: { version: expect.stringMatching(/^\d+\.\d+\.\d+$/) } };

/**
 * The built agent as a client runs it, with its secure socket on: `wss://127.0.0.1:<port>`, as
 * pages written for the national agent open it (13579 there; a free port here), with a certificate
 * from the local CA it made in its data folder on first start.
 */
describe("the agent's secure socket (wss://127.0.0.1)", () => {
  let data: Awaited<ReturnType<typeof makeRunFolder>>;
  let agent: AgentProcess & { tlsPort: number };
  let ca: string;
  const env = () => ({
    PKCS11_MODULE: process.env[TEST_ENV.pkcs11Module]!,
    SIGNER_ALLOWED_ORIGINS: PAGE_ORIGIN,
  });
  const secureUrl = () => `wss://127.0.0.1:${agent.tlsPort}`;

  beforeAll(async () => {
    data = await makeRunFolder('secure-socket');
    agent = await startSecureAgent(data.path, env());
    ca = await localCaPem(data.path);
  });
  afterAll(async () => {
    await agent?.stop();
    await data?.remove();
  });

  it('greets a client that trusts its local CA as the national agent does, then answers its requests', async () => {
    const messages = await firstMessages(secureUrl(), { origin: PAGE_ORIGIN, ca }, 2, {
      id: 1,
      module: AGENT_MODULE,
      method: 'getVersion',
    });

    expect(messages).toEqual([
      GREETING,
      { id: 1, status: true, body: { result: { version: expect.any(String) } } },
    ]);
  });

  it('is refused by TLS to a client that does not trust the local CA, and logs why', async () => {
    await expect(firstMessages(secureUrl(), { origin: PAGE_ORIGIN }, 1)).rejects.toMatchObject({
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
    await until(() => agent.output().includes('"event":"tls handshake failed"'));
  });

  it('refuses a page of a foreign origin on the secure socket as on the plain one', async () => {
    await expect(firstMessages(secureUrl(), { origin: 'https://bank.example', ca }, 1)).rejects.toThrow(
      /Unexpected server response: 401/,
    );
    await expect(
      firstMessages(`ws://127.0.0.1:${agent.port}`, { origin: 'https://bank.example' }, 1),
    ).rejects.toThrow(/Unexpected server response: 401/);
  });

  it('presents a certificate for 127.0.0.1 issued by the local CA, which may issue for no one else', async () => {
    const presented = new X509Certificate((await peerCertificate(agent.tlsPort, ca)).raw);
    const authority = new X509Certificate(ca);

    expect(presented.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(presented.checkHost('localhost')).toBe('localhost');
    expect(presented.checkIssued(authority) && presented.verify(authority.publicKey)).toBe(true);
    expect(authority.ca).toBe(true);
    expect(authority.subject).toContain('CN=Qoltanba Signer Local CA ');
  });

  it('keeps serving plain ws:// beside it, for development and the bank web app', async () => {
    await expect(firstMessages(`ws://127.0.0.1:${agent.port}`, { origin: PAGE_ORIGIN }, 1)).resolves.toEqual([
      GREETING,
    ]);
  });

  it('keeps its keys in files only the user may read (0600), and never writes them to its log', async () => {
    const paths = tlsPaths(data.path);
    expect((await stat(paths.dir)).mode & 0o777).toBe(0o700);
    for (const file of [paths.caKey, paths.caCertificate, paths.serverKey, paths.serverCertificate]) {
      expect({ file, mode: (await stat(file)).mode & 0o777 }).toEqual({ file, mode: 0o600 });
    }
    expect(agent.output()).toContain('"event":"local CA created"');
    expect(agent.output()).not.toContain('PRIVATE KEY');
  });

  it('stops with a message naming SIGNER_TLS_PORT when another program holds that port', async () => {
    await expect(startSecureAgent(data.path, env(), { tlsPort: agent.tlsPort })).rejects.toThrow(
      /port \d+ on 127\.0\.0\.1 is in use .*SIGNER_TLS_PORT=off/,
    );
  });

  it('reuses its CA and server certificate when it starts again', async () => {
    const before = (await peerCertificate(agent.tlsPort, ca)).fingerprint256;
    const { port, tlsPort } = agent;
    await agent.stop();
    agent = await startSecureAgent(data.path, env(), { port, tlsPort });

    expect(await localCaPem(data.path)).toBe(ca);
    expect((await peerCertificate(agent.tlsPort, ca)).fingerprint256).toBe(before);
    expect(agent.output()).not.toContain('"event":"local CA created"');
    expect(agent.output()).not.toContain('"event":"server certificate issued"');
    await expect(firstMessages(secureUrl(), { origin: PAGE_ORIGIN, ca }, 1)).resolves.toEqual([GREETING]);
  });
});

/** The certificate the agent presents to a client that trusts `ca`. */
function peerCertificate(port: number, ca: string): Promise<PeerCertificate> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, ca }, () => {
      resolve(socket.getPeerCertificate());
      socket.end();
    });
    socket.once('error', reject);
  });
}
