import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MANAGER, OPERATOR } from './support/dev-identity.js';
import { checkedChange } from './support/manager-changes.js';
import { onboard, type Onboarded } from './support/onboarding.js';
import { freshPhone } from './support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { issueRegistrationCredentials } from './support/token-registration.js';

describe('managers find and read their clients', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let client: Onboarded;
  let other: Onboarded;
  const phone = freshPhone();
  const search = (query: Record<string, string | number>, as: Record<string, string> = MANAGER) =>
    testApp.http().get('/api/manager/organizations').query(query).set(as);
  const found = async (q: string) =>
    ((await search({ q, pageSize: 100 })).body.items as { id: string }[]).map((row) => row.id);
  const overview = (id: string, as: Record<string, string> = MANAGER) =>
    testApp.http().get(`/api/manager/organizations/${id}/overview`).set(as);

  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    client = await onboard(testApp, {
      Ainur: { right: 'FIRST', phone, channels: ['STANDARD', 'LIGHT'] },
      Bolat: { right: 'SECOND', channels: ['LIGHT'] },
      Dana: { right: 'SINGLE', channels: ['STANDARD'] },
    });
    other = await onboard(testApp, { Other: { right: 'SINGLE' } });
  }, 60_000);
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  it('finds a client by its BIN or the BIN’s start', async () => {
    expect(await found(client.binIin)).toEqual([client.organizationId]);
    expect(await found(client.binIin.slice(0, 11))).toContain(client.organizationId);
  });

  it('finds a client by part of its name, whatever the case', async () => {
    expect(await found('тест')).toContain(client.organizationId);
    expect(await found('ТЕСТ')).toContain(client.organizationId);
  });

  it('finds a client by an account’s IBAN, written with spaces or in lower case', async () => {
    expect(await found(client.payerIban.toLowerCase().replace(/(.{4})/g, '$1 '))).toEqual([
      client.organizationId,
    ]);
  });

  it('finds a client by a user’s mobile number, written +7 (7xx) …, 8 7xx … or 7xx…', async () => {
    const local = phone.slice(2);
    expect(await found(`${phone.slice(0, 2)} (${local.slice(0, 3)}) ${local.slice(3)}`)).toEqual([
      client.organizationId,
    ]);
    expect(await found(`8 ${local.slice(0, 3)} ${local.slice(3)}`)).toEqual([client.organizationId]);
    expect(await found(local)).toEqual([client.organizationId]);
  });

  it('takes % and _ as themselves, not as wildcards', async () => {
    expect(await found('%')).toEqual([]);
    expect(await found('_')).toEqual([]);
  });

  it('answers a page of the newest clients first, with each one’s counts, the total and the page asked', async () => {
    const first = await search({ page: 1, pageSize: 1 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 1, items: [{ id: other.organizationId }] });
    expect(first.body.total).toBeGreaterThanOrEqual(2);
    const second = await search({ page: 2, pageSize: 1 });
    expect(second.body.items).toEqual([expect.objectContaining({ id: client.organizationId })]);
    const [row] = (await search({ q: client.binIin })).body.items;
    expect(row).toEqual({
      id: client.organizationId,
      name: expect.any(String),
      legalForm: 'LEGAL_ENTITY',
      binIin: client.binIin,
      accounts: 1,
      users: 3,
      standardConnected: true,
      createdAt: expect.stringMatching(/Z$/),
    });
    const beyond = await search({ q: client.binIin, page: 5 });
    expect(beyond.body).toMatchObject({ items: [], total: 1, page: 5 });
  });

  it('answers bad search input 400 VALIDATION_FAILED naming the parameter', async () => {
    for (const [query, field] of [
      [{ q: 'x'.repeat(101) }, 'q'],
      [{ q: '' }, 'q'],
      [{ page: 0 }, 'page'],
      [{ page: '1e3' }, 'page'],
      [{ pageSize: 101 }, 'pageSize'],
      [{ size: 5 }, 'size'],
    ] as const) {
      const refused = await search(query);
      expect({ status: refused.status, code: refused.body.code, field: refused.body.details?.field }).toEqual(
        {
          status: 400,
          code: 'VALIDATION_FAILED',
          field,
        },
      );
    }
  });

  it('shows a client whole: organization, accounts, users with right, channels, status, devices, certificates, registrations and reissues', async () => {
    await checkedChange(testApp, { type: 'BLOCK_USER', userId: client.users.Bolat!.id });
    const credentials = await issueRegistrationCredentials(testApp, client.users.Ainur!.id);
    const opened = await testApp
      .http()
      .post('/api/registrations')
      .send({ registrationUserId: credentials.login, pin: credentials.pin });
    expect(opened.status).toBe(200);
    // A reissue needs the user's registration user ID (an OTP card goes with it).
    await issueRegistrationCredentials(testApp, client.users.Dana!.id);
    const reissue = await checkedChange(testApp, {
      type: 'START_TOKEN_REISSUE',
      userId: client.users.Dana!.id,
      reason: 'PIN_FORGOTTEN',
    });

    const answer = await overview(client.organizationId);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      id: client.organizationId,
      binIin: client.binIin,
      legalForm: 'LEGAL_ENTITY',
      address: 'Алматы, Абай даңғылы, 1',
      noneMayPrepare: expect.any(Boolean),
      standardConnected: true,
      accounts: [{ iban: client.payerIban, currency: 'KZT', status: 'OPEN', title: expect.any(String) }],
      users: [
        {
          fullName: 'Ainur',
          signatureRight: 'FIRST',
          channels: ['STANDARD', 'LIGHT'],
          status: 'ACTIVE',
          phone,
          devices: [{ kind: 'CARD', status: 'ACTIVE', serial: expect.any(String) }],
          registrations: [{ status: expect.any(String), open: true, startedAt: expect.stringMatching(/Z$/) }],
          reissues: [],
        },
        {
          fullName: 'Bolat',
          signatureRight: 'SECOND',
          status: 'BLOCKED',
          certificates: [],
          registrations: [],
        },
        {
          fullName: 'Dana',
          reissues: [{ reissueId: reissue.outcome.reissueId, reason: 'PIN_FORGOTTEN', open: true }],
        },
      ],
    });
    // A device is shown by kind, serial and status only: never a secret, a PIN or cells.
    const device = answer.body.users[0].devices[0];
    expect(Object.keys(device).sort()).toEqual(['blockedReason', 'id', 'kind', 'serial', 'status']);
  });

  it('serves managers only: a client’s session and a staff operator are refused 403', async () => {
    expect((await search({ q: 'x' }, OPERATOR)).status).toBe(403);
    expect((await search({ q: 'x' }, client.as('Ainur'))).status).toBe(403);
    expect((await overview(client.organizationId, OPERATOR)).status).toBe(403);
    expect((await overview(client.organizationId, client.as('Ainur'))).status).toBe(403);
    expect((await search({ q: 'x' }, { 'x-dev-staff-role': 'SENIOR_MANAGER' })).status).toBe(200);
  });

  it('answers a malformed id 400 naming it, and an unknown one 404 ORG_NOT_FOUND', async () => {
    const malformed = await overview('not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.details?.field).toBe('id');
    const unknown = await overview(randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'ORG_NOT_FOUND', details: { field: 'id' } });
  });
});
