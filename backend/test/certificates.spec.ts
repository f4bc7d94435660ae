import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import pg from 'pg';
import * as x509 from '../src/common/pki/x509.js';
import { MANAGER } from './support/dev-identity.js';
import { issueCertificate } from './support/issue-certificate.js';
import { type NodeProcess, startBackendProcess } from './support/node-process.js';
import { onboard, type Onboarded, uniqueIin } from './support/onboarding.js';
import { EKU, TestSigningAgent } from './support/signing-agent.js';
import { createTestDatabase } from './support/test-database.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { checkedChange } from './support/manager-changes.js';
import { bufferSource } from '../src/common/pki/buffer-source.js';

const SIGNING_USAGES = x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation;

describe('certificate authority: issuance from token requests, registry, revocation and CRL', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let agent: TestSigningAgent;
  let client: Onboarded;
  let root: x509.X509Certificate;
  const people = { Aigerim: uniqueIin(), Bolat: uniqueIin() };

  beforeAll(async () => {
    agent = await TestSigningAgent.start(['ca-aigerim', 'ca-bolat']);
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    client = await onboard(testApp, {
      Aigerim: { right: 'SINGLE', iin: people.Aigerim },
      Bolat: { right: 'FIRST', iin: people.Bolat },
    });
    const rootResponse = await testApp.http().get('/api/pki/root');
    root = new x509.X509Certificate(Buffer.from(rootResponse.body.certificate as string, 'base64'));
  });
  afterAll(async () => {
    await agent?.stop();
    await worker?.stop();
    await testApp?.close();
  });

  const http = () => testApp.http();
  const bin = () => ({ bin: '000000000000' });

  /** A key on the token and a PKCS#10 request for it, whose subject claims someone else. */
  async function requestFor(token: string, purpose: 'SIGNING' | 'AUTHENTICATION') {
    const { keyId, publicKey } = await agent.generateKey(token);
    const certificationRequest = await agent.certificationRequest(
      token,
      keyId,
      { iin: uniqueIin(), ...bin(), name: 'SOMEONE ELSE' },
      purpose,
    );
    return { keyId, publicKey, certificationRequest };
  }

  /**
   * The CA issues to the person for the request, as the token registration has it do (its own spec
   * covers how the request arrives; no route takes one on a session alone).
   */
  const issue = (
    person: string,
    certificationRequest: string,
    purpose: 'SIGNING' | 'AUTHENTICATION',
    validityDays?: number,
  ) => issueCertificate(testApp, client.users[person]!.id, certificationRequest, purpose, validityDays);

  it('issues a signing certificate with the bank’s records in the Kazakh subject layout, never the request’s', async () => {
    const { publicKey, certificationRequest } = await requestFor('ca-aigerim', 'SIGNING');
    const issued = await issue('Aigerim', certificationRequest, 'SIGNING');
    const certificate = new x509.X509Certificate(Buffer.from(issued.certificate, 'base64'));
    const organization = await http().get(`/api/manager/organizations/${client.organizationId}`).set(MANAGER);
    expect(certificate.subjectName.toJSON()).toEqual([
      { CN: ['Aigerim'] },
      { '2.5.4.5': [`IIN${people.Aigerim}`] },
      { C: ['KZ'] },
      { O: [organization.body.name] },
      { OU: [`BIN${organization.body.binIin}`] },
    ]);
    expect(Buffer.from(certificate.publicKey.rawData).toString('base64')).toBe(publicKey);
    const keyUsage = certificate.getExtension(x509.KeyUsagesExtension)!;
    expect(keyUsage.usages).toBe(SIGNING_USAGES);
    expect(keyUsage.critical).toBe(true);
    // A legal entity's employee who may sign: the national CA's role OIDs ride along with the usage.
    expect(certificate.getExtension(x509.ExtendedKeyUsageExtension)!.usages).toEqual([
      EKU.signing,
      '1.2.398.3.3.4.1.2',
      '1.2.398.3.3.4.1.2.2',
    ]);
    expect(certificate.getExtension(x509.BasicConstraintsExtension)?.ca ?? false).toBe(false);
    expect(certificate.issuer).toBe(root.subject);
    expect(await certificate.verify({ publicKey: root.publicKey, signatureOnly: true })).toBe(true);
    const days = (certificate.notAfter.getTime() - certificate.notBefore.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(365);
    const distribution = certificate.getExtension(x509.CRLDistributionPointsExtension)!;
    expect(JSON.stringify(distribution.toTextObject())).toContain('/api/pki/crl.crl');
    expect(issued).toMatchObject({
      purpose: 'SIGNING',
      status: 'ACTIVE',
      source: 'INTERNAL_CA',
      serialNumber: certificate.serialNumber.toLowerCase().replace(/^0+/, ''),
    });
    // The agent takes it: it belongs to the key pair on the token.
    await agent.writeCertificate('ca-aigerim', issued.certificate);
  });

  it('issues an authentication certificate for digitalSignature and client authentication only', async () => {
    const { certificationRequest } = await requestFor('ca-aigerim', 'AUTHENTICATION');
    const issued = await issue('Aigerim', certificationRequest, 'AUTHENTICATION', 30);
    const certificate = new x509.X509Certificate(issued.pem);
    expect(certificate.getExtension(x509.KeyUsagesExtension)!.usages).toBe(
      x509.KeyUsageFlags.digitalSignature,
    );
    expect(certificate.getExtension(x509.ExtendedKeyUsageExtension)!.usages).toEqual([
      EKU.clientAuthentication,
      '1.2.398.3.3.4.1.2',
      '1.2.398.3.3.4.1.2.2',
    ]);
    const days = (certificate.notAfter.getTime() - certificate.notBefore.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(30);
  });

  it('answers the same request again with the same certificate, and refuses it for another purpose', async () => {
    const { certificationRequest } = await requestFor('ca-bolat', 'SIGNING');
    const first = await issue('Bolat', certificationRequest, 'SIGNING');
    const again = await issue('Bolat', certificationRequest, 'SIGNING');
    expect(again.id).toBe(first.id);
    await expect(issue('Bolat', certificationRequest, 'AUTHENTICATION')).rejects.toMatchObject({
      code: 'CERT_REQUEST_ALREADY_USED',
      details: { field: 'certificationRequest' },
    });
  });

  it('refuses a request whose own signature does not verify, and one that is not PKCS#10', async () => {
    const { certificationRequest } = await requestFor('ca-bolat', 'SIGNING');
    const tampered = Buffer.from(certificationRequest, 'base64');
    tampered[tampered.length - 1] = tampered[tampered.length - 1]! ^ 0x01;
    await expect(issue('Bolat', tampered.toString('base64'), 'SIGNING')).rejects.toMatchObject({
      code: 'CERT_REQUEST_SIGNATURE_INVALID',
      details: { field: 'certificationRequest' },
    });
    await expect(issue('Bolat', 'bm90IGEgcmVxdWVzdA==', 'SIGNING')).rejects.toMatchObject({
      code: 'CERT_REQUEST_MALFORMED',
      details: { field: 'certificationRequest' },
    });
  });

  it('refuses a request for a key already certified for another user', async () => {
    const { certificationRequest } = await requestFor('ca-bolat', 'SIGNING');
    const issued = await issue('Bolat', certificationRequest, 'SIGNING');
    expect(issued.status).toBe('ACTIVE');
    await expect(issue('Aigerim', certificationRequest, 'SIGNING')).rejects.toMatchObject({
      code: 'CERT_REQUEST_KEY_IN_USE',
      details: { field: 'certificationRequest' },
    });
  });

  it('issues no certificate on a session alone: the self-service route is gone for every channel', async () => {
    const { certificationRequest } = await requestFor('ca-bolat', 'SIGNING');
    const listed = async () => {
      const response = await http().get('/api/certificates').set(client.as('Bolat', 'STANDARD'));
      expect(response.status).toBe(200);
      return (response.body as { id: string }[]).map((entry) => entry.id);
    };
    const before = await listed();
    for (const channel of ['STANDARD', 'LIGHT'] as const) {
      const refused = await http()
        .post('/api/certificates')
        .set(client.as('Bolat', channel))
        .send({ purpose: 'SIGNING', certificationRequest });
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('NOT_FOUND');
    }
    expect(await listed()).toEqual(before);
  });

  it('lists a user’s certificates for a manager, revokes one once, and the next CRL lists its serial', async () => {
    const { certificationRequest } = await requestFor('ca-aigerim', 'SIGNING');
    const issued = await issue('Aigerim', certificationRequest, 'SIGNING');
    const before = await http().get('/api/pki/crl');
    expect(before.status).toBe(200);

    const listed = await http()
      .get(`/api/manager/users/${client.users.Aigerim!.id}/certificates`)
      .set(MANAGER);
    expect(listed.status).toBe(200);
    expect(listed.body.map((entry: { id: string }) => entry.id)).toContain(issued.id);
    expect(listed.body[0]).not.toHaveProperty('certificate');

    await checkedChange(testApp, {
      type: 'REVOKE_CERTIFICATE',
      certificateId: issued.id,
      reason: 'KEY_COMPROMISE',
    });
    const relisted = await http()
      .get(`/api/manager/users/${client.users.Aigerim!.id}/certificates`)
      .set(MANAGER);
    expect(relisted.body.find((entry: { id: string }) => entry.id === issued.id)).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'KEY_COMPROMISE',
    });
    const again = await http()
      .post('/api/manager/change-requests')
      .set(MANAGER)
      .send({ change: { type: 'REVOKE_CERTIFICATE', certificateId: issued.id, reason: 'UNSPECIFIED' } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CERT_ALREADY_REVOKED');

    const published = await http().get('/api/pki/crl');
    expect(published.body.number).toBeGreaterThan(before.body.number as number);
    const nextUpdate = new Date(published.body.nextUpdate as string).getTime();
    const thisUpdate = new Date(published.body.thisUpdate as string).getTime();
    expect(nextUpdate - thisUpdate).toBe(24 * 3_600_000);
    const der = await http().get('/api/pki/crl.crl').buffer(true).parse(binary);
    expect(der.headers['content-type']).toBe('application/pkix-crl');
    expect((der.body as Buffer).toString('base64')).toBe(published.body.crl);
    const crl = new x509.X509Crl(bufferSource(der.body as Buffer));
    expect(await crl.verify({ publicKey: root })).toBe(true);
    const entry = crl.findRevoked(issued.serialNumber);
    expect(entry?.reason).toBe(x509.X509CrlReason.keyCompromise);
    expect(crl.getExtension('2.5.29.20')).not.toBeNull();
  });

  it('serves the root certificate as DER for anyone', async () => {
    const response = await http().get('/api/pki/root.cer').buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pkix-cert');
    expect(Buffer.from(response.body as Buffer).equals(Buffer.from(root.rawData))).toBe(true);
    expect(root.getExtension(x509.BasicConstraintsExtension)?.ca).toBe(true);
  });

  it('creates the root once when two API processes start together on a new database', async () => {
    const database = await createTestDatabase();
    const processes: NodeProcess[] = [];
    try {
      const ports = [await findFreePort(), await findFreePort()];
      for (const port of ports) {
        processes.push(
          startBackendProcess('main', {
            NODE_ENV: 'test',
            PORT: String(port),
            DATABASE_URL: database.url,
            TEMPORAL_ADDRESS: process.env[TEST_ENV.temporalAddress]!,
            TEMPORAL_TASK_QUEUE: `ca-race-${port}`,
            LOG_LEVEL: 'warn',
          }),
        );
      }
      const roots = await Promise.all(
        ports.map((port, index) => rootOf(`http://127.0.0.1:${port}`, processes[index]!)),
      );
      expect(roots[0]).toBe(roots[1]);
      const sql = new pg.Client({ connectionString: database.url });
      await sql.connect();
      try {
        const { rows } = await sql.query<{ count: string }>('SELECT count(*) FROM ca_root');
        expect(rows[0]!.count).toBe('1');
      } finally {
        await sql.end();
      }
    } finally {
      await Promise.all(processes.map((child) => child.stop()));
      await database.drop();
    }
  }, 60_000);
});

/** Collects a binary answer into a Buffer (supertest parses only text types by default). */
function binary(response: unknown, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** The fingerprint of the root a starting API serves, once it answers. */
async function rootOf(baseUrl: string, child: NodeProcess): Promise<string> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/api/pki/root`);
      if (response.ok) return ((await response.json()) as { fingerprintSha256: string }).fingerprintSha256;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The API did not come up:\n${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
