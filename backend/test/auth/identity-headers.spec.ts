import { afterAll, describe, expect, it } from '@jest/globals';
import { onboard } from '../support/onboarding.js';
import { paymentOrder } from '../support/payment-order.js';
import { clientSession, freshPhone, sql, staffSession } from '../support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from '../support/test-app.js';

/**
 * The x-dev-* identity headers are a convenience of the test suite's own API (NODE_ENV=test) and
 * nothing else: in development and in production the caller is whoever the session cookie says.
 */
describe('identity headers outside the test suite', () => {
  const apps: TestApp[] = [];
  const workers: TestWorker[] = [];
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    for (const app of apps) await app.close();
  });

  it.each(['development', 'production'])(
    'refuses them in %s, whatever they claim, and audits the attempt',
    async (nodeEnv) => {
      const testApp = await startTestApp({ env: { NODE_ENV: nodeEnv } });
      apps.push(testApp);
      const claims = [
        { 'x-dev-user-id': '0d6f3c2a-7c1e-4a8e-9b1a-000000000011', 'x-dev-channel': 'STANDARD' },
        { 'x-dev-staff-role': 'MANAGER' },
        { 'x-dev-channel': 'STANDARD' },
      ];
      for (const headers of claims) {
        const response = await testApp.http().get('/api/documents').set(headers);
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('AUTH_DEV_IDENTITY_DISABLED');
      }
      const manager = await testApp
        .http()
        .post('/api/manager/change-requests')
        .set({ 'x-dev-staff-role': 'MANAGER' })
        .send({});
      expect(manager.body.code).toBe('AUTH_DEV_IDENTITY_DISABLED');
      const audited = await sql(
        testApp,
        `SELECT 1 FROM audit_event WHERE outcome = 'AUTH_DEV_IDENTITY_DISABLED'`,
      );
      expect(audited).toHaveLength(claims.length + 1);
    },
  );

  it('never lets a header change the channel a session was opened in (development)', async () => {
    // Onboarding opens the client's account in the simulated bank, through its control API: off by
    // default in development, so switched on here.
    const testApp = await startTestApp({ env: { NODE_ENV: 'development', BANK_SIMULATOR_CONTROL: 'on' } });
    apps.push(testApp);
    workers.push(await startTestWorker(testApp));
    const manager = await staffSession(testApp);
    const checker = await staffSession(testApp);
    const phone = freshPhone();
    const client = await onboard(
      testApp,
      { Aigerim: { right: 'SINGLE', phone } },
      { manager: manager.asStaff(), checker: checker.asStaff() },
    );
    const mobile = await clientSession(
      testApp,
      manager,
      { ...client.users.Aigerim!, phone },
      'MOBILE',
      client.binIin,
    );
    expect((await mobile.get('/api/auth/session')).body.principal.channel).toBe('MOBILE');
    const forced = await mobile.post('/api/documents', {}).set('x-dev-channel', 'STANDARD');
    expect(forced.status).toBe(401);
    expect(forced.body.code).toBe('AUTH_DEV_IDENTITY_DISABLED');
    // Mobile makes transfers by template only: an ordinary payment is refused for its channel.
    const plain = await mobile.post('/api/documents', paymentOrder(client.payerIban));
    expect(plain.status).toBe(403);
    expect(plain.body.code).toBe('AUTH_CHANNEL_FUNCTION_NOT_ALLOWED');
  });
});
