import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  DEMO_ACCOUNT,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_STAFF,
  DEMO_USERS,
} from '../src/demo/demo-data.js';
import { fromBase32 } from '../src/otp/otp-codes.js';
import { OtpDevicesService } from '../src/otp/otp-devices.service.js';
import { OPERATOR } from './support/dev-identity.js';
import { startTestApp, startTestWorker } from './support/test-app.js';
import { paymentOrder } from './support/payment-order.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

describe('demo data', () => {
  let database: TestDatabase | undefined;
  afterAll(() => database?.drop());

  it('seeds a usable demo client once, however many times the API starts', async () => {
    database = await createTestDatabase();
    for (let start = 0; start < 2; start++) {
      const app = await startTestApp({ database, env: { SEED_DEMO_DATA: 'true' } });
      await app.close();
    }
    const app = await startTestApp({ database, env: { SEED_DEMO_DATA: 'true' } });
    try {
      const single = DEMO_USERS.find((user) => user.right === 'SINGLE')!;
      const documents = await app
        .http()
        .get('/api/documents')
        .set({ 'x-dev-user-id': single.id, 'x-dev-channel': 'STANDARD' });
      expect(documents.status).toBe(200);
      const account = await app.http().get(`/api/bank-simulator/accounts/${DEMO_ACCOUNT.iban}`).set(OPERATOR);
      expect(account.body.balanceTiyn).toBe(DEMO_ACCOUNT.openingBalanceTiyn);

      // The printed demo log-ins work as printed, without a forced password change.
      for (const member of DEMO_STAFF) {
        const login = await app
          .http()
          .post('/api/auth/staff/login')
          .send({ login: member.login, password: DEMO_PASSWORD });
        expect(login.body.principal).toMatchObject({ kind: 'STAFF', role: member.role });
      }
      const standard = await app
        .http()
        .post('/api/auth/login/standard')
        .send({ login: single.standardLogin, password: DEMO_PASSWORD });
      expect(standard.body).toMatchObject({
        principal: { channel: 'STANDARD' },
        passwordChangeRequired: false,
      });
      for (const user of DEMO_USERS) {
        const mobile = await app.http().post('/api/auth/login/phone').send({
          phone: user.phone,
          binIin: DEMO_ORGANIZATION.binIin,
          password: DEMO_PASSWORD,
          channel: 'LIGHT',
        });
        expect(mobile.status).toBe(200);
      }
      // The demo's accountant without a signing right prepares payments, and is told so at log-in.
      const none = DEMO_USERS.find((user) => user.right === 'NONE')!;
      const asNone = { 'x-dev-user-id': none.id, 'x-dev-channel': 'STANDARD' };
      const noneLogin = await app
        .http()
        .post('/api/auth/login/standard')
        .send({ login: none.standardLogin, password: DEMO_PASSWORD });
      expect(noneLogin.body.principal).toMatchObject({ signatureRight: 'NONE', mayPrepare: true });
      const worker = await startTestWorker(app);
      const prepared = await app
        .http()
        .post('/api/documents')
        .set(asNone)
        .send(paymentOrder(DEMO_ACCOUNT.iban));
      expect(prepared.status).toBe(201);
      expect(prepared.body.status).toBe('DRAFT');
      await worker.stop();
      // Each signer's device holds the published demo secret, so its codes can be produced.
      const devices = app.app.get(OtpDevicesService);
      for (const user of DEMO_USERS.filter((candidate) => candidate.otp)) {
        const device = await devices.get(user.otp!.id);
        expect(device).toMatchObject({ userId: user.id, kind: user.otp!.kind, serial: user.otp!.serial });
        expect(devices.openSecret(device)).toEqual(fromBase32(user.otp!.secret));
      }
    } finally {
      await app.close();
    }
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const counts = await db
      .query(
        `SELECT (SELECT count(*) FROM client_user)::int AS users, (SELECT count(*) FROM sim_ledger_entry)::int AS entries,
           (SELECT count(*) FROM otp_device)::int AS devices, (SELECT count(*) FROM staff_user)::int AS staff`,
      )
      .finally(() => db.end());
    expect(counts.rows[0]).toEqual({
      users: DEMO_USERS.length,
      // One opening entry per funded account (KZT, USD, EUR), however often the API starts.
      entries: 3,
      devices: DEMO_USERS.filter((user) => user.otp).length,
      staff: DEMO_STAFF.length,
    });
  });
});
