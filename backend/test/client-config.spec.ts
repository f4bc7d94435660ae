import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('GET /api/client-config', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ env: { SIGNER_URL: 'ws://127.0.0.1:23580' } });
  });
  afterAll(() => testApp.close());

  it('tells the web app, before anyone logs in, where the local signing agent listens', async () => {
    const response = await testApp.http().get('/api/client-config');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ signerUrl: 'ws://127.0.0.1:23580' });
  });
});
