import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { OPERATOR } from '../support/dev-identity.js';
import { freshIban } from '../support/bank-simulator.js';

/**
 * The simulator's control API can make the simulated bank execute, reject or answer anything: it
 * is mounted only when BANK_SIMULATOR_CONTROL is on (the default for tests and the demo).
 */
describe('the bank simulator control switch', () => {
  let switchedOff: TestApp;

  beforeAll(async () => {
    switchedOff = await startTestApp({ env: { BANK_SIMULATOR_CONTROL: 'off' } });
  });
  afterAll(() => switchedOff?.close());

  it('answers 404 on every control route when switched off, while the rest of the API answers', async () => {
    const account = { iban: freshIban(), holderName: 'ИП Серікбаев', holderBinIin: '871008401427' };
    for (const [method, path] of [
      ['post', '/api/bank-simulator/accounts'],
      ['get', '/api/bank-simulator/outage'],
      ['get', '/api/bank-simulator/payments'],
    ] as const) {
      const response = await switchedOff.http()[method](path).set(OPERATOR).send(account);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect((await switchedOff.http().post('/api/auth/eds/challenge')).status).toBe(201);
  });
});
