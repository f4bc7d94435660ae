import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { MANAGER } from './support/dev-identity.js';
import { issueCertificate } from './support/issue-certificate.js';
import { onboard, type Onboarded, uniqueIin } from './support/onboarding.js';
import { type Purpose, TestSigningAgent } from './support/signing-agent.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { checkedChange } from './support/manager-changes.js';

/**
 * The EDS log-in of the Standard channel: a one-time nonce from the server, signed by the agent with
 * the authentication key of a real SoftHSM2 token, verified against the internal CA and the registry.
 */
describe('EDS log-in: nonce challenge and authentication CMS', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let agent: TestSigningAgent;
  let client: Onboarded;
  let bin: string;
  const dana = { name: 'Dana', iin: uniqueIin(), token: 'login-dana' };
  const serials: Record<Purpose, string> = { SIGNING: '', AUTHENTICATION: '' };

  beforeAll(async () => {
    agent = await TestSigningAgent.start([dana.token]);
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    client = await onboard(testApp, { Dana: { right: 'FIRST', iin: dana.iin } });
    bin = (await testApp.http().get(`/api/manager/organizations/${client.organizationId}`).set(MANAGER)).body
      .binIin as string;
    for (const purpose of ['SIGNING', 'AUTHENTICATION'] as const) {
      const { keyId } = await agent.generateKey(dana.token);
      const request = await agent.certificationRequest(dana.token, keyId, { ...dana, bin }, purpose);
      const issued = await issueCertificate(testApp, client.users.Dana!.id, request, purpose);
      await agent.writeCertificate(dana.token, issued.certificate);
      serials[purpose] = issued.serialNumber;
    }
  });
  afterAll(async () => {
    await agent?.stop();
    await worker?.stop();
    await testApp?.close();
  });

  const http = () => testApp.http();

  async function challenge(): Promise<string> {
    const response = await http().post('/api/auth/eds/challenge');
    expect(response.status).toBe(201);
    return response.body.nonce as string;
  }

  /** What the web app does with the nonce: the agent signs it, as base64 data, with the chosen key. */
  const signNonce = (nonce: string, purpose: Purpose = 'AUTHENTICATION') =>
    agent.sign(Buffer.from(nonce, 'base64'), { iin: dana.iin, bin, serialNumber: serials[purpose] }, purpose);

  const verify = (nonce: string, cms: string) => http().post('/api/auth/login/eds').send({ nonce, cms });

  it('hands out a fresh nonce with its expiry', async () => {
    const response = await http().post('/api/auth/eds/challenge');
    expect(response.body.nonce).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const lifetime = new Date(response.body.expiresAt as string).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(100_000);
    expect(lifetime).toBeLessThanOrEqual(120_000);
    expect(await challenge()).not.toBe(response.body.nonce);
  });

  it('opens a Standard session for the user the authentication certificate is registered to, once per nonce', async () => {
    const nonce = await challenge();
    const cms = await signNonce(nonce);
    const verified = await verify(nonce, cms);
    expect(verified.status).toBe(200);
    expect(verified.body.principal).toMatchObject({
      userId: client.users.Dana!.id,
      organizationId: client.organizationId,
      channel: 'STANDARD',
    });
    const cookies = ([] as string[]).concat(verified.headers['set-cookie'] ?? []);
    const sessionCookie = cookies.find((cookie) => cookie.startsWith('qoltanba_session='))!.split(';')[0]!;
    const session = await http().get('/api/auth/session').set('cookie', sessionCookie);
    expect(session.status).toBe(200);
    expect(session.body.principal.channel).toBe('STANDARD');

    const replayed = await verify(nonce, cms);
    expect(replayed.status).toBe(401);
    expect(replayed.body).toMatchObject({ code: 'EDS_NONCE_INVALID', details: { field: 'nonce' } });
  });

  /** What a page written for the national agent does instead: signs the log-in document as XML. */
  const signLoginXml = (nonce: string) =>
    agent.signXml(
      `<login><nonce>${nonce}</nonce></login>`,
      { iin: dana.iin, bin, serialNumber: serials.AUTHENTICATION },
      'AUTHENTICATION',
    );

  it('opens a Standard session for the log-in document signed as XML with the authentication key', async () => {
    const nonce = await challenge();
    const xml = await signLoginXml(nonce);
    expect(xml).toMatch(
      /^<login><nonce>[^<]+<\/nonce><Signature xmlns="http:\/\/www.w3.org\/2000\/09\/xmldsig#">/,
    );

    const verified = await http().post('/api/auth/login/eds').send({ nonce, xml });
    expect(verified.status).toBe(200);
    expect(verified.body.principal).toMatchObject({ userId: client.users.Dana!.id, channel: 'STANDARD' });
  });

  it('refuses an XML log-in document over another nonce, a changed one, and a request giving both CMS and XML', async () => {
    const [issued, other] = [await challenge(), await challenge()];
    const overOther = await http()
      .post('/api/auth/login/eds')
      .send({ nonce: issued, xml: await signLoginXml(other) });
    expect(overOther.status).toBe(401);
    expect(overOther.body).toMatchObject({ code: 'EDS_DIGEST_MISMATCH', details: { field: 'xml' } });

    const changed = await challenge();
    const signed = (await signLoginXml(changed)).replace('</nonce>', '</nonce><extra/>');
    const tampered = await http().post('/api/auth/login/eds').send({ nonce: changed, xml: signed });
    expect(tampered.body.code).toBe('EDS_DIGEST_MISMATCH');

    const both = await challenge();
    const twice = await http()
      .post('/api/auth/login/eds')
      .send({ nonce: both, cms: await signNonce(both), xml: await signLoginXml(both) });
    expect(twice.status).toBe(400);
    expect(twice.body.details).toMatchObject({ field: 'xml' });
  });

  it('lets exactly one of two simultaneous uses of a nonce through', async () => {
    const nonce = await challenge();
    const cms = await signNonce(nonce);
    const answers = await Promise.all([verify(nonce, cms), verify(nonce, cms), verify(nonce, cms)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401]);
  });

  it('spends the nonce even when the signature is refused', async () => {
    const nonce = await challenge();
    const withSigningKey = await verify(nonce, await signNonce(nonce, 'SIGNING'));
    expect(withSigningKey.status).toBe(401);
    expect(withSigningKey.body).toMatchObject({ code: 'EDS_WRONG_KEY_USAGE', details: { field: 'cms' } });
    const retried = await verify(nonce, await signNonce(nonce));
    expect(retried.body.code).toBe('EDS_NONCE_INVALID');
  });

  it('refuses a CMS over another nonce, an unknown nonce and an expired one', async () => {
    const [issued, other] = [await challenge(), await challenge()];
    const overOther = await verify(issued, await signNonce(other));
    expect(overOther.body.code).toBe('EDS_DIGEST_MISMATCH');

    const unknown = Buffer.alloc(32, 7).toString('base64');
    expect((await verify(unknown, await signNonce(unknown))).body.code).toBe('EDS_NONCE_INVALID');

    const expiring = await challenge();
    const cms = await signNonce(expiring);
    const sql = new pg.Client({ connectionString: testApp.database.url });
    await sql.connect();
    await sql
      .query(`UPDATE eds_login_challenge SET expires_at = now() - interval '1 second'`)
      .finally(() => sql.end());
    expect((await verify(expiring, cms)).body.code).toBe('EDS_NONCE_INVALID');
  });

  it('refuses a user whose authentication certificate was revoked, or who is blocked', async () => {
    const nonce = await challenge();
    const cms = await signNonce(nonce);
    const listed = await http().get(`/api/manager/users/${client.users.Dana!.id}/certificates`).set(MANAGER);
    const authentication = (listed.body as { id: string; purpose: string }[]).find(
      (entry) => entry.purpose === 'AUTHENTICATION',
    )!;
    await checkedChange(testApp, { type: 'BLOCK_USER', userId: client.users.Dana!.id });
    const blocked = await verify(nonce, cms);
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('AUTH_USER_BLOCKED');
    await checkedChange(testApp, { type: 'UNBLOCK_USER', userId: client.users.Dana!.id });

    await checkedChange(testApp, {
      type: 'REVOKE_CERTIFICATE',
      certificateId: authentication.id,
      reason: 'UNSPECIFIED',
    });
    const again = await challenge();
    const revoked = await verify(again, await signNonce(again));
    expect(revoked.status).toBe(401);
    expect(revoked.body.code).toBe('EDS_CERT_REVOKED');
  });
});
