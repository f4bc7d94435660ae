import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { changeRequestWorkflow } from '@qoltanba/workflows';
import { changeRequestWorkflowId } from '@qoltanba/workflows/messages';
import { Client } from '@temporalio/client';
import { MANAGER, OPERATOR } from './support/dev-identity.js';
import { paymentOrder } from './support/payment-order.js';
import { CHECKER, checkedChange } from './support/manager-changes.js';
import { nextBin, onboard, type Onboarded, ourIban, uniqueIin } from './support/onboarding.js';
import { clientSession, freshPhone, sql, staffSession } from './support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { until } from './support/until.js';

const SENIOR = { 'x-dev-staff-role': 'SENIOR_MANAGER', 'x-dev-staff-id': 'dev-senior' } as const;

describe('change requests (four eyes on every change a manager makes to a client)', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let client: Onboarded;
  const http = () => testApp.http();

  const submit = (change: object, as: Record<string, string> = MANAGER) =>
    http().post('/api/manager/change-requests').set(as).send({ change });
  const view = (id: string, as: Record<string, string> = CHECKER) =>
    http().get(`/api/manager/change-requests/${id}`).set(as);
  const approve = (id: string, reviewToken: string, as: Record<string, string> = CHECKER) =>
    http().post(`/api/manager/change-requests/${id}/approval`).set(as).send({ reviewToken });
  const userRow = async (id: string) =>
    (
      await sql<{ signature_right: string; channels: string[]; status: string }>(
        testApp,
        `SELECT signature_right, channels, status FROM client_user WHERE id = $1`,
        [id],
      )
    )[0]!;

  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    client = await onboard(testApp, {
      Ainur: { right: 'FIRST', channels: ['STANDARD', 'LIGHT'], phone: freshPhone() },
      Bolat: { right: 'SECOND' },
    });
  }, 60_000);
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  function onboarding(binIin = nextBin()) {
    return {
      type: 'ONBOARD_CLIENT',
      organization: {
        name: 'ТОО "Жаңа Клиент"',
        legalForm: 'LEGAL_ENTITY',
        binIin,
        address: 'Алматы, Абай даңғылы, 10',
        noneMayPrepare: true,
      },
      accounts: [{ iban: ourIban(`KZT${String(Date.now()).slice(-9)}`), currency: 'KZT', title: 'Current' }],
      users: [
        {
          fullName: 'Дина Бірінші',
          iin: uniqueIin(),
          phone: freshPhone(),
          signatureRight: 'FIRST',
          channels: ['LIGHT', 'MOBILE'],
          otpDevice: 'TOKEN',
        },
        {
          fullName: 'Ержан Екінші',
          iin: uniqueIin(),
          phone: freshPhone(),
          email: 'erzhan@example.kz',
          signatureRight: 'SECOND',
          channels: ['STANDARD', 'LIGHT'],
          otpDevice: 'CARD',
        },
      ],
    };
  }

  it('onboards a client only once a second manager approves, and hands each new device over once to the maker', async () => {
    const change = onboarding();
    const submitted = await submit(change);
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({
      type: 'ONBOARD_CLIENT',
      status: 'PENDING_CHECK',
      mayCheck: false,
    });
    const organizationId = submitted.body.organizationId as string;
    expect((await http().get(`/api/manager/organizations/${organizationId}`).set(MANAGER)).status).toBe(404);

    const seen = await view(submitted.body.id);
    expect(seen.body.mayCheck).toBe(true);
    expect(seen.body.differences).toEqual(
      expect.arrayContaining([
        { field: 'organization.binIin', before: null, after: change.organization.binIin },
        { field: 'users.1.signatureRight', before: null, after: 'SECOND' },
        { field: 'users.0.channels', before: null, after: 'LIGHT, MOBILE' },
      ]),
    );
    const approved = await approve(submitted.body.id, seen.body.reviewToken);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'APPLIED', checker: { staffId: 'dev-checker' } });

    const users = await sql<{
      full_name: string;
      signature_right: string;
      email: string | null;
      device: string;
    }>(
      testApp,
      `SELECT u.full_name, u.signature_right, u.email, d.kind AS device
       FROM client_user u JOIN otp_device d ON d.user_id = u.id WHERE u.organization_id = $1 ORDER BY u.full_name`,
      [organizationId],
    );
    expect(users).toEqual([
      { full_name: 'Дина Бірінші', signature_right: 'FIRST', email: null, device: 'TOKEN' },
      { full_name: 'Ержан Екінші', signature_right: 'SECOND', email: 'erzhan@example.kz', device: 'CARD' },
    ]);
    const [organization] = await sql<{ address: string; none_may_prepare: boolean }>(
      testApp,
      `SELECT address, none_may_prepare FROM organization WHERE id = $1`,
      [organizationId],
    );
    expect(organization).toEqual({ address: 'Алматы, Абай даңғылы, 10', none_may_prepare: true });

    // The maker prints each envelope once; the checker never sees them.
    const asMaker = await view(submitted.body.id, MANAGER);
    expect(asMaker.body.envelopes).toEqual(['user-0', 'user-1']);
    expect((await view(submitted.body.id)).body.envelopes).toEqual([]);
    const byChecker = await http()
      .post(`/api/manager/change-requests/${submitted.body.id as string}/envelopes/user-1`)
      .set(CHECKER);
    expect(byChecker.status).toBe(403);
    const envelope = (name: string, pdf = false) =>
      http()
        .post(
          `/api/manager/change-requests/${submitted.body.id as string}/envelopes/${name}${pdf ? '/pdf' : ''}`,
        )
        .set(MANAGER);
    // A token is no PIN envelope: refused as PDF, and still there to open once.
    expect((await envelope('user-0', true)).body.code).toBe('CHANGE_REQUEST_ENVELOPE_NOT_PRINTABLE');
    const token = await envelope('user-0');
    expect(token.body.contents).toMatchObject({ fullName: 'Дина Бірінші', device: { kind: 'TOKEN' } });
    expect(token.body.contents.token.secret).toMatch(/^[A-Z2-7]+$/);
    expect(token.body.contents.standard).toBeUndefined();
    // The card user's envelope: card, registration user ID and Standard log-in, printed once as a PDF.
    const card = await envelope('user-1', true);
    expect(card.status).toBe(200);
    expect(card.headers['content-type']).toBe('application/pdf');
    expect(card.headers['cache-control']).toBe('no-store');
    const again = await envelope('user-1');
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('CHANGE_REQUEST_ENVELOPE_GONE');
    const [credentials] = await sql<{ login: string; registration: string }>(
      testApp,
      `SELECT c.login, r.login AS registration FROM client_credential c JOIN client_user u ON u.id = c.user_id
       JOIN registration_credential r ON r.user_id = u.id WHERE u.organization_id = $1 AND c.kind = 'STANDARD'`,
      [organizationId],
    );
    expect(credentials!.registration).toMatch(/^qq\d{6}_[a-z]{8}$/);
    const [sealed] = await sql<{ sealed: string | null }>(
      testApp,
      `SELECT sealed FROM change_request_secret WHERE change_request_id = $1 AND name = 'user-1'`,
      [submitted.body.id],
    );
    expect(sealed!.sealed).toBeNull();
  });

  it('never lets the maker check their own request', async () => {
    const submitted = await submit({
      type: 'CHANGE_USER_ACCESS',
      userId: client.users.Bolat!.id,
      channels: ['LIGHT'],
    });
    expect(submitted.status).toBe(201);
    const own = await approve(submitted.body.id, submitted.body.reviewToken, MANAGER);
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('CHANGE_REQUEST_OWN');
    const ownRejection = await http()
      .post(`/api/manager/change-requests/${submitted.body.id as string}/rejection`)
      .set(MANAGER)
      .send({ reason: 'changed my mind' });
    expect(ownRejection.body.code).toBe('CHANGE_REQUEST_OWN');
    expect((await userRow(client.users.Bolat!.id)).channels).toEqual(['STANDARD', 'LIGHT', 'MOBILE']);
    await http()
      .post(`/api/manager/change-requests/${submitted.body.id as string}/withdrawal`)
      .set(MANAGER)
      .expect(200);
  });

  it('refuses a second pending request for the same change to the same user, and takes one once the first is decided', async () => {
    const change = { type: 'CHANGE_USER_ACCESS', userId: client.users.Ainur!.id, signatureRight: 'SINGLE' };
    const first = await submit(change);
    expect(first.status).toBe(201);
    const second = await submit({ ...change, signatureRight: 'NONE' }, CHECKER);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'CHANGE_REQUEST_DUPLICATE', details: { field: 'change' } });
    // Another kind of change to the same user is a different target.
    const blocking = await submit({ type: 'BLOCK_USER', userId: client.users.Ainur!.id }, CHECKER);
    expect(blocking.status).toBe(201);
    await http()
      .post(`/api/manager/change-requests/${blocking.body.id as string}/withdrawal`)
      .set(CHECKER)
      .expect(200);

    const rejected = await http()
      .post(`/api/manager/change-requests/${first.body.id as string}/rejection`)
      .set(CHECKER)
      .send({ reason: 'No board decision attached' });
    expect(rejected.body).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'No board decision attached',
    });
    expect((await userRow(client.users.Ainur!.id)).signature_right).toBe('FIRST');
    expect((await submit(change, CHECKER)).status).toBe(201);
  });

  it('shows the checker the exact difference and applies it only as it was seen', async () => {
    const userId = client.users.Bolat!.id;
    const submitted = await submit({
      type: 'CHANGE_USER_ACCESS',
      userId,
      signatureRight: 'SINGLE',
      channels: ['STANDARD'],
    });
    const seen = await view(submitted.body.id);
    expect(seen.body.differences).toEqual([
      { field: 'signatureRight', before: 'SECOND', after: 'SINGLE' },
      { field: 'channels', before: 'LIGHT, MOBILE, STANDARD', after: 'STANDARD' },
    ]);
    // The maker amends after the checker looked: the old look no longer approves it.
    const amended = await http()
      .patch(`/api/manager/change-requests/${submitted.body.id as string}`)
      .set(MANAGER)
      .send({ change: { type: 'CHANGE_USER_ACCESS', userId, signatureRight: 'FIRST' }, revision: 1 });
    expect(amended.status).toBe(200);
    expect(amended.body.revision).toBe(2);
    const stale = await approve(submitted.body.id, seen.body.reviewToken);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CHANGE_REQUEST_CHANGED', details: { field: 'reviewToken' } });
    expect((await userRow(userId)).signature_right).toBe('SECOND');

    const fresh = await view(submitted.body.id);
    expect(fresh.body.differences).toEqual([{ field: 'signatureRight', before: 'SECOND', after: 'FIRST' }]);
    expect((await approve(submitted.body.id, fresh.body.reviewToken)).body.status).toBe('APPLIED');
    expect(await userRow(userId)).toMatchObject({
      signature_right: 'FIRST',
      channels: ['STANDARD', 'LIGHT', 'MOBILE'],
    });

    const [audit] = await sql<{ actor_id: string; details: Record<string, unknown> }>(
      testApp,
      `SELECT actor_id, details FROM audit_event WHERE subject_id = $1 AND action = 'CHANGE_CHANGE_USER_ACCESS'`,
      [submitted.body.id],
    );
    expect(audit).toEqual({
      actor_id: 'dev-checker',
      details: expect.objectContaining({
        maker: 'dev-staff',
        checker: 'dev-checker',
        revision: 2,
        differences: [{ field: 'signatureRight', before: 'SECOND', after: 'FIRST' }],
      }),
    });
  });

  it('refuses an approval when the client changed after the checker looked', async () => {
    const userId = client.users.Bolat!.id;
    const blocking = await submit({ type: 'BLOCK_USER', userId });
    const seen = await view(blocking.body.id);
    // Meanwhile another pair of managers blocks and the object is no longer what was seen.
    await checkedChange(
      testApp,
      { type: 'CHANGE_USER_ACCESS', userId, channels: ['STANDARD', 'LIGHT'] },
      {
        http,
        headers: { 'x-dev-staff-role': 'MANAGER', 'x-dev-staff-id': 'dev-other' },
      },
    );
    const stale = await approve(blocking.body.id, 'f'.repeat(64));
    expect(stale.body.code).toBe('CHANGE_REQUEST_CHANGED');
    expect((await approve(blocking.body.id, seen.body.reviewToken)).body.status).toBe('APPLIED');
    expect((await userRow(userId)).status).toBe('BLOCKED');
    await checkedChange(testApp, { type: 'UNBLOCK_USER', userId });
    expect((await userRow(userId)).status).toBe('ACTIVE');
  });

  it('logs a blocked user out at once, and lets them in again when unblocked (each change checked)', async () => {
    const manager = await staffSession(testApp, 'MANAGER');
    const phone = freshPhone();
    const [row] = await sql<{ id: string }>(testApp, `SELECT id FROM client_user WHERE id = $1`, [
      client.users.Ainur!.id,
    ]);
    await sql(testApp, `UPDATE client_user SET phone = $2 WHERE id = $1`, [row!.id, phone]);
    const session = await clientSession(testApp, manager, { id: row!.id, phone }, 'LIGHT', client.binIin);
    expect((await session.get('/api/accounts')).status).toBe(200);

    await checkedChange(testApp, { type: 'BLOCK_USER', userId: row!.id }, manager.asStaff());
    expect((await session.get('/api/accounts')).status).toBe(401);
    await checkedChange(testApp, { type: 'UNBLOCK_USER', userId: row!.id }, manager.asStaff());
    expect((await userRow(row!.id)).status).toBe('ACTIVE');
  });

  it('keeps a request cancelled from Temporal pending until its checker decides it', async () => {
    const userId = client.users.Bolat!.id;
    const submitted = await submit({ type: 'BLOCK_USER', userId });
    const handle = testApp.app.get(Client).workflow.getHandle(changeRequestWorkflowId(submitted.body.id));
    await handle.cancel();
    try {
      // Only the second manager's approval ends it, and applies the change.
      const seen = await view(submitted.body.id);
      expect((await approve(submitted.body.id, seen.body.reviewToken)).body.status).toBe('APPLIED');
      expect((await handle.result()).status).toBe('APPLIED');
      expect((await userRow(userId)).status).toBe('BLOCKED');
    } finally {
      if ((await userRow(userId)).status === 'BLOCKED')
        await checkedChange(testApp, { type: 'UNBLOCK_USER', userId });
    }
  });

  it('expires a request nobody checked, changing nothing', async () => {
    const requestId = randomUUID();
    const userId = client.users.Bolat!.id;
    const temporal = testApp.app.get(Client);
    const handle = await temporal.workflow.start(changeRequestWorkflow, {
      workflowId: changeRequestWorkflowId(requestId),
      taskQueue: testApp.config.temporal.taskQueue,
      args: [
        {
          requestId,
          organizationId: client.organizationId,
          targetKey: `user:${userId}:expiry-test`,
          summary: 'Block Bolat',
          change: { type: 'BLOCK_USER', userId },
          maker: { staffId: 'dev-staff', name: 'Maker' },
          exempt: false,
          expiresAt: new Date(Date.now() + 1500).toISOString(),
        },
      ],
    });
    expect((await handle.result()).status).toBe('EXPIRED');
    await until(async () => (await view(requestId)).body.status === 'EXPIRED', 10_000);
    const late = await approve(requestId, (await view(requestId)).body.reviewToken);
    expect(late.status).toBe(409);
    expect((await userRow(userId)).status).toBe('ACTIVE');
  });

  it('applies a type the bank exempts at once, and never lets rights, channels, users or accounts be exempted', async () => {
    const byManager = await http()
      .put('/api/manager/settings/change-checking')
      .set(MANAGER)
      .send({ expiryHours: 48, exemptTypes: ['SEND_TEMPORARY_PASSWORD'] });
    expect(byManager.status).toBe(403);
    for (const type of ['CHANGE_USER_ACCESS', 'ADD_USER', 'CLOSE_ACCOUNT', 'BLOCK_USER']) {
      const refused = await http()
        .put('/api/manager/settings/change-checking')
        .set(SENIOR)
        .send({ expiryHours: 48, exemptTypes: ['SEND_TEMPORARY_PASSWORD', type] });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({
        code: 'CHANGE_TYPE_NOT_EXEMPTIBLE',
        details: { field: 'exemptTypes.1' },
      });
    }
    const set = await http()
      .put('/api/manager/settings/change-checking')
      .set(SENIOR)
      .send({ expiryHours: 48, exemptTypes: ['SEND_TEMPORARY_PASSWORD'] });
    expect(set.body).toMatchObject({ expiryHours: 48, exemptTypes: ['SEND_TEMPORARY_PASSWORD'] });

    const sent = await submit({ type: 'SEND_TEMPORARY_PASSWORD', userId: client.users.Ainur!.id });
    expect(sent.body).toMatchObject({ status: 'APPLIED', exempt: true, checker: null });
    const checked = await submit({ type: 'CLOSE_ACCOUNT', accountId: randomUUID() });
    expect(checked.status).toBe(404);
    const hours =
      (Date.parse(
        (await submit({ type: 'BLOCK_USER', userId: client.users.Ainur!.id })).body.expiresAt as string,
      ) -
        Date.now()) /
      3_600_000;
    expect(Math.round(hours)).toBe(48);
    await http()
      .put('/api/manager/settings/change-checking')
      .set(SENIOR)
      .send({ expiryHours: 72, exemptTypes: [] })
      .expect(200);
  });

  it('closes an account only when no payment from it is signed or on its way to the bank', async () => {
    const overview = await http()
      .get(`/api/manager/organizations/${client.organizationId}/overview`)
      .set(MANAGER);
    const account = (overview.body.accounts as { id: string; iban: string }[]).find(
      (each) => each.iban === client.payerIban,
    )!;
    const created = await http()
      .post('/api/documents')
      .set(client.as('Ainur'))
      .send(paymentOrder(client.payerIban));
    expect(created.status).toBe(201);
    await http().post(`/api/documents/${created.body.id}/submission`).set(client.as('Ainur')).expect(201);

    const refused = await submit({ type: 'CLOSE_ACCOUNT', accountId: account.id });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'CHANGE_WRONG_STATE',
      details: { field: 'change.accountId', inProgress: 1 },
    });

    await http().post(`/api/documents/${created.body.id}/withdrawal`).set(client.as('Ainur')).expect(201);
    const closed = await checkedChange(testApp, { type: 'CLOSE_ACCOUNT', accountId: account.id });
    expect(closed.outcome).toEqual({ accountId: account.id });
    const after = await http()
      .get(`/api/manager/organizations/${client.organizationId}/overview`)
      .set(MANAGER);
    expect(after.body.accounts).toContainEqual(expect.objectContaining({ id: account.id, status: 'CLOSED' }));
  });

  it('answers bad input with a stable code and the field, and writes nothing', async () => {
    const before = (await sql<{ n: number }>(testApp, `SELECT count(*)::int AS n FROM change_request`))[0]!.n;
    const unknownType = await submit({ type: 'MAKE_RICH', userId: client.users.Ainur!.id });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.details.violations).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'change.type' })]),
    );
    const badBin = onboarding('123456789012');
    const refused = await submit(badBin);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'ORG_BIN_IIN_INVALID',
      details: { field: 'change.organization.binIin' },
    });
    const badIban = onboarding();
    badIban.accounts.push({ iban: 'KZ86125KZT5004100100', currency: 'KZT', title: 'Elsewhere' });
    expect((await submit(badIban)).body).toMatchObject({
      code: 'ORG_IBAN_NOT_OUR_BANK',
      details: { field: 'change.accounts.1.iban' },
    });
    const badPhone = onboarding();
    badPhone.users[1]!.phone = '12345';
    expect((await submit(badPhone)).body.details.field).toBe('change.users.1.phone');
    const extra = await submit({ type: 'BLOCK_USER', userId: client.users.Ainur!.id, status: 'BLOCKED' });
    expect(extra.status).toBe(400);
    const nothing = await submit({ type: 'CHANGE_USER_ACCESS', userId: client.users.Ainur!.id });
    expect(nothing.body.code).toBe('CHANGE_NOTHING');
    const after = (await sql<{ n: number }>(testApp, `SELECT count(*)::int AS n FROM change_request`))[0]!.n;
    expect(after).toBe(before);
  });

  it('serves managers only: clients and operators are refused, and managers are refused client pages', async () => {
    const asClient = await http().get('/api/manager/change-requests').set(client.as('Ainur'));
    expect(asClient.status).toBe(403);
    expect((await http().get('/api/manager/change-requests').set(OPERATOR)).status).toBe(403);
    expect((await http().get('/api/manager/change-requests').set(SENIOR)).status).toBe(200);
    expect((await http().get('/api/accounts').set(MANAGER)).status).toBe(403);
    expect((await http().get('/api/manager/change-requests/not-a-uuid').set(MANAGER)).status).toBe(400);
    expect((await view(randomUUID())).body.code).toBe('CHANGE_REQUEST_NOT_FOUND');
  });
});
