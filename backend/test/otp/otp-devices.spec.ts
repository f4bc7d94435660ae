import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cardCells, fromBase32, tokenCodeAt } from '../../src/otp/otp-codes.js';
import { OtpDevicesService } from '../../src/otp/otp-devices.service.js';
import { onboard, type Onboarded } from '../support/onboarding.js';
import { type ApiSession, sql, staffSession } from '../support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from '../support/test-app.js';
import { checkedChange, handedOver } from '../support/manager-changes.js';

describe('OTP devices, issued and changed by managers with a second manager’s check', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let manager: ApiSession;
  let client: Onboarded;

  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    manager = await staffSession(testApp, 'MANAGER');
    client = await onboard(
      testApp,
      { Aruzhan: { right: 'FIRST' }, Timur: { right: 'SECOND' }, Saule: { right: 'NONE' } },
      { manager: manager.asStaff() },
    );
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  /** A change one manager submits and a second checks; its maker opens what it hands over. */
  const issueDevice = (userId: string, kind: 'CARD' | 'TOKEN') =>
    handedOver(testApp, { type: 'ISSUE_OTP_DEVICE', userId, kind }, 'device', manager.asStaff());

  it('issues a token, once checked, whose provisioning data is handed over once and whose secret is sealed at rest', async () => {
    const issued = await issueDevice(client.users.Aruzhan!.id, 'TOKEN');
    expect(issued.fullName).toBe('Aruzhan');
    expect(issued.device).toMatchObject({
      kind: 'TOKEN',
      serial: expect.stringMatching(/^QT\d{10}$/),
      status: 'ACTIVE',
      userId: client.users.Aruzhan!.id,
    });
    const { secret, otpauthUri } = issued.token as { secret: string; otpauthUri: string };
    expect(otpauthUri).toBe(
      `otpauth://totp/Qoltanba:${issued.device.serial as string}?secret=${secret}&issuer=Qoltanba&period=60`,
    );
    expect(tokenCodeAt(fromBase32(secret), 1_800_000_000)).toMatch(/^\d{6}$/);

    const again = await manager.get(`/api/manager/otp-devices/${issued.device.id as string}`);
    expect(again.body).toEqual(issued.device);
    const [row] = await sql<{ secret_sealed: string }>(
      testApp,
      `SELECT secret_sealed FROM otp_device WHERE id = $1`,
      [issued.device.id],
    );
    expect(row!.secret_sealed).toMatch(/^v1\./);
    expect(row!.secret_sealed).not.toContain(secret);
    expect(row!.secret_sealed).not.toContain(fromBase32(secret).toString('base64url'));
  });

  it('issues a card with 35 HOTP cells and an 11-letter PIN, printed once; only the PIN’s hash is kept', async () => {
    const issued = await issueDevice(client.users.Timur!.id, 'CARD');
    expect(issued.device).toMatchObject({
      kind: 'CARD',
      serial: expect.stringMatching(/^QC\d{10}$/),
      userId: client.users.Timur!.id,
    });
    const { pin, cells } = issued.card as { pin: string; cells: { cell: number; code: string }[] };
    expect(pin).toMatch(/^[A-HJ-NP-Z]{11}$/);
    expect(cells.map((cell) => cell.cell)).toEqual(Array.from({ length: 35 }, (_, n) => n + 1));
    const devices = testApp.app.get(OtpDevicesService);
    const stored = await devices.get(issued.device.id as string);
    expect(cardCells(devices.openSecret(stored))).toEqual(cells.map((cell) => cell.code));
    expect(stored.pinHash).toMatch(/^\$argon2id\$/);

    expect(await devices.verifyCardPin(client.users.Timur!.id, pin)).toBe(true);
    expect(await devices.verifyCardPin(client.users.Timur!.id, 'ABCDEFGHJKL')).toBe(false);
    expect(
      JSON.stringify((await manager.get(`/api/manager/users/${client.users.Timur!.id}/otp-devices`)).body),
    ).not.toContain(cells[0]!.code);
  });

  it('keeps one live device per user: a second is refused on the user, a second request for one waits its turn', async () => {
    const second = await manager.post('/api/manager/change-requests', {
      change: { type: 'ISSUE_OTP_DEVICE', userId: client.users.Aruzhan!.id, kind: 'CARD' },
    });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'OTP_USER_HAS_DEVICE', details: { field: 'change.userId' } });

    const change = { type: 'ISSUE_OTP_DEVICE', userId: client.users.Saule!.id, kind: 'TOKEN' };
    const pending = await manager.post('/api/manager/change-requests', { change });
    expect(pending.body.status).toBe('PENDING_CHECK');
    const duplicate = await manager.post('/api/manager/change-requests', {
      change: { ...change, kind: 'CARD' },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('CHANGE_REQUEST_DUPLICATE');
    await manager.post(`/api/manager/change-requests/${pending.body.id as string}/withdrawal`);
    expect((await manager.get(`/api/manager/users/${client.users.Saule!.id}/otp-devices`)).body).toEqual([]);
  });

  it('blocks, unblocks and replaces, revoking the old device and answering the new one’s data once', async () => {
    const [device] = (await manager.get(`/api/manager/users/${client.users.Aruzhan!.id}/otp-devices`))
      .body as {
      id: string;
    }[];
    const state = async () => (await manager.get(`/api/manager/otp-devices/${device!.id}`)).body;
    await checkedChange(testApp, { type: 'BLOCK_OTP_DEVICE', deviceId: device!.id }, manager.asStaff());
    expect(await state()).toMatchObject({ status: 'BLOCKED', blockedReason: 'MANAGER' });
    await checkedChange(testApp, { type: 'UNBLOCK_OTP_DEVICE', deviceId: device!.id }, manager.asStaff());
    expect((await state()).status).toBe('ACTIVE');
    const replacement = await checkedChange(
      testApp,
      { type: 'REPLACE_OTP_DEVICE', deviceId: device!.id, kind: 'CARD' },
      manager.asStaff(),
    );
    const envelope = `/api/manager/change-requests/${replacement.id as string}/envelopes/device`;
    const replaced = await manager.post(envelope);
    expect(replaced.status).toBe(200);
    expect(replaced.body.contents.device).toMatchObject({
      kind: 'CARD',
      userId: client.users.Aruzhan!.id,
      status: 'ACTIVE',
    });
    expect(replaced.body.contents.card.cells).toHaveLength(35);
    expect((await manager.post(envelope)).body.code).toBe('CHANGE_REQUEST_ENVELOPE_GONE');
    expect(await state()).toMatchObject({ status: 'REVOKED', replacedBy: replaced.body.contents.device.id });
    const reuse = await manager.post('/api/manager/change-requests', {
      change: { type: 'UNBLOCK_OTP_DEVICE', deviceId: device!.id },
    });
    expect(reuse.body.code).toBe('CHANGE_WRONG_STATE');
    // Each change is audited once, by its request's record: what it did, its maker and its checker.
    const actions = await sql<{ action: string; maker: string; checker: string }>(
      testApp,
      `SELECT action, details->>'maker' AS maker, details->>'checker' AS checker FROM audit_event
       WHERE details->'outcome'->>'deviceId' = $1 OR details->'outcome'->>'replaced' = $1 ORDER BY id`,
      [device!.id],
    );
    expect(actions).toEqual(
      [
        'CHANGE_ISSUE_OTP_DEVICE',
        'CHANGE_BLOCK_OTP_DEVICE',
        'CHANGE_UNBLOCK_OTP_DEVICE',
        'CHANGE_REPLACE_OTP_DEVICE',
      ].map((action) => ({ action, maker: manager.view.principal.staffId, checker: 'dev-checker' })),
    );
  });

  it('answers an unknown device with its own code, and keeps operators out', async () => {
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const unknown = await manager.post('/api/manager/change-requests', {
      change: { type: 'BLOCK_OTP_DEVICE', deviceId: unknownId },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('OTP_DEVICE_NOT_FOUND');
    const operator = await staffSession(testApp, 'OPERATOR');
    const issuing = await operator.post('/api/manager/change-requests', {
      change: { type: 'ISSUE_OTP_DEVICE', userId: client.users.Saule!.id, kind: 'TOKEN' },
    });
    expect(issuing.body.code).toBe('AUTH_FORBIDDEN_FOR_ROLE');
    expect((await operator.get(`/api/manager/otp-devices/${unknownId}`)).body.code).toBe(
      'AUTH_FORBIDDEN_FOR_ROLE',
    );
  });
});
