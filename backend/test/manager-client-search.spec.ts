import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MANAGER, OPERATOR } from './support/dev-identity.js';
import { checkedChange } from './support/manager-changes.js';
import { onboard, type Onboarded } from './support/onboarding.js';
import { freshPhone } from './support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';

describe('managers find and read their clients', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let client: Onboarded;
  const phone = freshPhone();
  const search = (q: string, as: Record<string, string> = MANAGER) =>
    testApp.http().get('/api/manager/organizations').query({ q }).set(as);

  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    client = await onboard(testApp, {
      Ainur: { right: 'FIRST', phone, channels: ['STANDARD', 'LIGHT'] },
      Bolat: { right: 'SECOND', channels: ['LIGHT'] },
    });
    await onboard(testApp, { Other: { right: 'SINGLE' } });
  }, 60_000);
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  it('finds a client by BIN or its start, by part of its name, by an account IBAN and by a user’s phone', async () => {
    const found = (response: { body: { id: string }[] }) => response.body.map((row) => row.id);
    expect(found(await search(client.binIin))).toEqual([client.organizationId]);
    expect(found(await search(client.binIin.slice(0, 11)))).toContain(client.organizationId);
    expect(found(await search('тест'))).toContain(client.organizationId);
    expect(found(await search(client.payerIban.toLowerCase().replace(/(.{4})/g, '$1 ')))).toEqual([
      client.organizationId,
    ]);
    expect(found(await search(`${phone.slice(0, 2)} (${phone.slice(2, 5)}) ${phone.slice(5)}`))).toEqual([
      client.organizationId,
    ]);
    expect((await search('%')).body).toEqual([]);
    const [row] = (await search(client.binIin)).body;
    expect(row).toMatchObject({ accounts: 1, users: 2, standardConnected: true, legalForm: 'LEGAL_ENTITY' });
  });

  it('shows a client whole: accounts, users with right, channels, devices and status', async () => {
    await checkedChange(testApp, { type: 'BLOCK_USER', userId: client.users.Bolat!.id });
    const overview = await testApp
      .http()
      .get(`/api/manager/organizations/${client.organizationId}/overview`)
      .set(MANAGER);
    expect(overview.status).toBe(200);
    expect(overview.body).toMatchObject({
      binIin: client.binIin,
      address: 'Алматы, Абай даңғылы, 1',
      accounts: [{ iban: client.payerIban, currency: 'KZT', status: 'OPEN' }],
      users: [
        {
          fullName: 'Ainur',
          signatureRight: 'FIRST',
          channels: ['STANDARD', 'LIGHT'],
          status: 'ACTIVE',
          phone,
        },
        { fullName: 'Bolat', signatureRight: 'SECOND', status: 'BLOCKED', devices: [], certificates: [] },
      ],
    });
  });

  it('serves managers only, and answers a bad or unknown id with its code', async () => {
    expect((await search('x', OPERATOR)).status).toBe(403);
    expect((await search('x', client.as('Ainur'))).status).toBe(403);
    const overview = (id: string) =>
      testApp.http().get(`/api/manager/organizations/${id}/overview`).set(MANAGER);
    expect((await overview('not-a-uuid')).status).toBe(400);
    const unknown = await overview(randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ORG_NOT_FOUND');
    expect((await search('x'.repeat(101))).body.details.field).toBe('q');
  });
});
