import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cardCells, fromBase32, tokenCodeAt } from '../../src/otp/otp-codes.js';
import { OtpDevicesService } from '../../src/otp/otp-devices.service.js';
import { onboard, type Onboarded } from '../support/onboarding.js';
import { type ApiSession, sql, staffSession } from '../support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from '../support/test-app.js';
import { checkedChange } from '../support/manager-changes.js';

describe('OTP devices (manager API)', () => {
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

  it('issues a token whose provisioning data is answered once and whose secret is sealed at rest', async () => {
    const issued = await manager.post('/api/manager/otp-devices', {
      kind: 'TOKEN',
      userId: client.users.Aruzhan!.id,
    });
    expect(issued.status).toBe(201);
    expect(issued.body.device).toMatchObject({
      kind: 'TOKEN',
      serial: expect.stringMatching(/^QT\d{10}$/),
      status: 'ACTIVE',
      userId: client.users.Aruzhan!.id,
    });
    const { secret, otpauthUri } = issued.body.token as { secret: string; otpauthUri: string };
    expect(otpauthUri).toBe(
      `otpauth://totp/Qoltanba:${issued.body.device.serial as string}?secret=${secret}&issuer=Qoltanba&period=60`,
    );
    expect(tokenCodeAt(fromBase32(secret), 1_800_000_000)).toMatch(/^\d{6}$/);

    const again = await manager.get(`/api/manager/otp-devices/${issued.body.device.id as string}`);
    expect(again.body).toEqual(issued.body.device);
    const [row] = await sql<{ secret_sealed: string }>(
      testApp,
      `SELECT secret_sealed FROM otp_device WHERE id = $1`,
      [issued.body.device.id],
    );
    expect(row!.secret_sealed).toMatch(/^v1\./);
    expect(row!.secret_sealed).not.toContain(secret);
    expect(row!.secret_sealed).not.toContain(fromBase32(secret).toString('base64url'));
  });

  it('issues a card with 35 HOTP cells and an 11-letter PIN, printed once; only the PIN’s hash is kept', async () => {
    const issued = await manager.post('/api/manager/otp-devices', { kind: 'CARD' });
    expect(issued.status).toBe(201);
    expect(issued.body.device).toMatchObject({
      kind: 'CARD',
      serial: expect.stringMatching(/^QC\d{10}$/),
      userId: null,
    });
    const { pin, cells } = issued.body.card as { pin: string; cells: { cell: number; code: string }[] };
    expect(pin).toMatch(/^[A-HJ-NP-Z]{11}$/);
    expect(cells.map((cell) => cell.cell)).toEqual(Array.from({ length: 35 }, (_, n) => n + 1));
    const devices = testApp.app.get(OtpDevicesService);
    const stored = await devices.get(issued.body.device.id as string);
    expect(cardCells(devices.openSecret(stored))).toEqual(cells.map((cell) => cell.code));
    expect(stored.pinHash).toMatch(/^\$argon2id\$/);

    const assigned = await manager.post(
      `/api/manager/otp-devices/${issued.body.device.id as string}/assignment`,
      {
        userId: client.users.Timur!.id,
      },
    );
    expect(assigned.status).toBe(200);
    expect(assigned.body.userId).toBe(client.users.Timur!.id);
    expect(await devices.verifyCardPin(client.users.Timur!.id, pin)).toBe(true);
    expect(await devices.verifyCardPin(client.users.Timur!.id, 'ABCDEFGHJKL')).toBe(false);
    expect(
      JSON.stringify((await manager.get(`/api/manager/users/${client.users.Timur!.id}/otp-devices`)).body),
    ).not.toContain(cells[0]!.code);
  });

  it('keeps one live device per user and one user per device', async () => {
    const second = await manager.post('/api/manager/otp-devices', {
      kind: 'TOKEN',
      userId: client.users.Aruzhan!.id,
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('OTP_USER_HAS_DEVICE');
    const spare = await manager.post('/api/manager/otp-devices', { kind: 'TOKEN' });
    const taken = await manager.post(
      `/api/manager/otp-devices/${spare.body.device.id as string}/assignment`,
      {
        userId: client.users.Aruzhan!.id,
      },
    );
    expect(taken.body.code).toBe('OTP_USER_HAS_DEVICE');
    await manager.post(`/api/manager/otp-devices/${spare.body.device.id as string}/assignment`, {
      userId: client.users.Saule!.id,
    });
    const stolen = await manager.post(
      `/api/manager/otp-devices/${spare.body.device.id as string}/assignment`,
      {
        userId: client.users.Timur!.id,
      },
    );
    expect(stolen.body.code).toBe('OTP_DEVICE_ALREADY_ASSIGNED');
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
    const actions = await sql<{ action: string }>(
      testApp,
      `SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id`,
      [device!.id],
    );
    expect(actions.map((row) => row.action)).toEqual([
      'OTP_DEVICE_ISSUE',
      'OTP_DEVICE_BLOCK',
      'OTP_DEVICE_UNBLOCK',
      'OTP_DEVICE_REPLACE',
    ]);
  });

  it('answers an unknown device with its own code, and keeps operators out', async () => {
    const unknown = await manager.post('/api/manager/change-requests', {
      change: { type: 'BLOCK_OTP_DEVICE', deviceId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('OTP_DEVICE_NOT_FOUND');
    const operator = await staffSession(testApp, 'OPERATOR');
    expect((await operator.post('/api/manager/otp-devices', { kind: 'TOKEN' })).body.code).toBe(
      'AUTH_FORBIDDEN_FOR_ROLE',
    );
  });
});
