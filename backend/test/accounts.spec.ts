import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { onboard } from './support/onboarding.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';

describe('GET /api/accounts', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  it("lists only the caller's organization's accounts, with the bank core's balance as exact decimals", async () => {
    const ours = await onboard(testApp, { Ainur: { right: 'SINGLE' } }, { balanceTiyn: 1_234_567_89 });
    const theirs = await onboard(testApp, { Other: { right: 'SINGLE' } });
    const response = await testApp.http().get('/api/accounts').set(ours.as('Ainur', 'MOBILE'));
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      expect.objectContaining({
        iban: ours.payerIban,
        currency: 'KZT',
        balance: {
          balanceTiyn: 1_234_567_89,
          availableTiyn: 1_234_567_89,
          balance: '1234567.89',
          available: '1234567.89',
        },
      }),
    ]);
    expect(JSON.stringify(response.body)).not.toContain(theirs.payerIban);
  });
});
