import { afterAll, describe, expect, it } from '@jest/globals';
import { BankGateway } from '../../src/bank-gateway/bank-gateway.js';
import { DEMO_ACCOUNT } from '../../src/demo/demo-data.js';
import { OPERATOR } from '../support/dev-identity.js';
import { freshIban } from '../support/bank-simulator.js';
import { staffSession } from '../support/sessions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** One route of each control controller: payments and accounts, and applications and rates. */
const CONTROL_ROUTES = [
  ['post', '/api/bank-simulator/accounts'],
  ['get', '/api/bank-simulator/outage'],
  ['get', '/api/bank-simulator/payments'],
  ['get', '/api/bank-simulator/exchange-rates'],
  ['post', '/api/bank-simulator/application-rules'],
] as const;

const newAccount = () => ({
  iban: freshIban(),
  holderName: 'ИП Серікбаев',
  holderBinIin: '871008401427',
  openingBalanceTiyn: 1_000_00,
});

async function expectNotMounted(testApp: TestApp): Promise<void> {
  for (const [method, path] of CONTROL_ROUTES) {
    const response = await testApp.http()[method](path).set(OPERATOR).send(newAccount());
    expect({ path, status: response.status, code: response.body.code }).toEqual({
      path,
      status: 404,
      code: 'NOT_FOUND',
    });
  }
  const openApi = await testApp.http().get('/api/docs/openapi.json');
  expect(Object.keys(openApi.body.paths as object).filter((path) => path.includes('bank-simulator'))).toEqual(
    [],
  );
  // The rest of the API is there.
  expect((await testApp.http().post('/api/auth/eds/challenge')).status).toBe(201);
}

/**
 * The simulator's control API can make the simulated bank execute, reject or answer anything: it
 * is mounted only when BANK_SIMULATOR_CONTROL is on (the default for tests and the demo).
 */
describe('the bank simulator control switch', () => {
  const apps: TestApp[] = [];
  const start = async (env: Record<string, string>) => {
    const testApp = await startTestApp({ env });
    apps.push(testApp);
    return testApp;
  };
  afterAll(async () => {
    for (const testApp of apps) await testApp.close();
  });

  it('answers 404 on every control route when switched off in the test suite', async () => {
    await expectNotMounted(await start({ BANK_SIMULATOR_CONTROL: 'off' }));
  });

  it('answers 404 on every control route in a plain development process, where it is off unless told', async () => {
    await expectNotMounted(await start({ NODE_ENV: 'development' }));
  });

  it('works as before in development when switched on: staff open an account and read it back', async () => {
    const testApp = await start({ NODE_ENV: 'development', BANK_SIMULATOR_CONTROL: 'on' });
    const operator = await staffSession(testApp, 'OPERATOR');
    const account = newAccount();
    expect((await operator.post('/api/bank-simulator/accounts', account)).status).toBe(201);
    const read = await operator.get(`/api/bank-simulator/accounts/${account.iban}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ iban: account.iban, balanceTiyn: account.openingBalanceTiyn });
    expect((await operator.get('/api/bank-simulator/exchange-rates')).status).toBe(200);
  });

  it('still seeds the demo when switched off for it, with the routes absent', async () => {
    const testApp = await start({
      NODE_ENV: 'development',
      SEED_DEMO_DATA: 'true',
      BANK_SIMULATOR_CONTROL: 'off',
    });
    const [balance] = await testApp.app.get(BankGateway).getBalances([DEMO_ACCOUNT.iban]);
    expect(balance?.balanceTiyn).toBe(DEMO_ACCOUNT.openingBalanceTiyn);
    await expectNotMounted(testApp);
  });
});
