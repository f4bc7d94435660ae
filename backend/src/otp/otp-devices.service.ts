import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AUDIT_SUCCESS, AuditService } from '../audit/audit.service.js';
import { PasswordHasher } from '../common/crypto/password-hasher.js';
import { SecretBox } from '../common/crypto/secret-box.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { isUniqueViolation } from '../common/database/postgres-errors.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import type { IssuedOtpDeviceView, OtpDeviceView } from './dto/otp-device.dto.js';
import { OtpDevice, type OtpDeviceKind } from './otp-device.entity.js';
import { OtpErrorCode as Code } from './otp-error-code.js';
import {
  cardCells,
  newCardPin,
  newDeviceSecret,
  newSerial,
  toBase32,
  tokenProvisioningUri,
} from './otp-codes.js';

export const deviceSecretContext = (deviceId: string) => `otp-device:${deviceId}`;

/** Given for a device issued with known material (the demo's fixed devices); random otherwise. */
export interface DeviceMaterial {
  id?: string;
  serial?: string;
  secret?: Buffer;
  pin?: string;
}

/**
 * The bank's OTP devices: issued (the secret sealed, a card's PIN hashed; the cells or provisioning
 * data answered once), one live device per user, blocked and unblocked, replaced. A manager's change
 * is made in its change request's transaction, whose audit record names the maker and the checker.
 */
@Injectable()
export class OtpDevicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly box: SecretBox,
    private readonly hasher: PasswordHasher,
    private readonly users: ClientUsersService,
    private readonly audit: AuditService,
  ) {}

  /** The demo's fixed devices, issued when the demo is seeded (a system act). */
  async issueForDemo(
    kind: OtpDeviceKind,
    userId: string,
    material: DeviceMaterial,
  ): Promise<IssuedOtpDeviceView> {
    const issued = await this.dataSource.transaction((tx) => this.insert(tx, kind, userId, material));
    await this.audit.record({
      actor: { kind: 'SYSTEM' },
      action: 'OTP_DEVICE_ISSUE',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'OTP_DEVICE', id: issued.device.id },
      details: { kind, userId },
    });
    return issued;
  }

  /** Issues a device to a user in the caller's transaction (a change request's). */
  issueWithin(tx: EntityManager, kind: OtpDeviceKind, userId: string): Promise<IssuedOtpDeviceView> {
    return this.insert(tx, kind, userId, {});
  }

  /**
   * Blocks (a lost device) or unblocks (and clears the wrong-code count) in the caller's transaction:
   * a manager's change request, which keeps the audit record with its maker and checker.
   */
  async setBlocked(tx: EntityManager, deviceId: string, blocked: boolean): Promise<void> {
    const [device] = await tx.query<{ status: string }[]>(
      `SELECT status FROM otp_device WHERE id = $1 FOR UPDATE`,
      [deviceId],
    );
    if (!device) throw notFound();
    if (device.status === 'REVOKED') throw revoked();
    await tx.query(
      blocked
        ? `UPDATE otp_device SET status = 'BLOCKED', blocked_reason = 'MANAGER' WHERE id = $1`
        : `UPDATE otp_device SET status = 'ACTIVE', blocked_reason = NULL, failed_attempts = 0 WHERE id = $1`,
      [deviceId],
    );
  }

  /**
   * The old device is revoked (its pending challenges die with it) and a new one goes to the same
   * user, in the caller's transaction (a change request's).
   */
  async replace(tx: EntityManager, deviceId: string, kind?: OtpDeviceKind): Promise<IssuedOtpDeviceView> {
    const [old] = await tx.query<{ kind: OtpDeviceKind; user_id: string | null; status: string }[]>(
      `SELECT kind, user_id, status FROM otp_device WHERE id = $1 FOR UPDATE`,
      [deviceId],
    );
    if (!old) throw notFound();
    if (old.status === 'REVOKED') throw revoked();
    await tx.query(`UPDATE otp_device SET status = 'REVOKED' WHERE id = $1`, [deviceId]);
    const fresh = await this.insert(tx, kind ?? old.kind, old.user_id, {});
    await tx.query(`UPDATE otp_device SET replaced_by = $2 WHERE id = $1`, [deviceId, fresh.device.id]);
    return fresh;
  }

  async get(deviceId: string): Promise<OtpDevice> {
    const device = await this.dataSource.getRepository(OtpDevice).findOneBy({ id: deviceId });
    if (!device) throw notFound();
    return device;
  }

  async view(deviceId: string): Promise<OtpDeviceView> {
    return toView(await this.get(deviceId));
  }

  async listForUser(userId: string): Promise<OtpDeviceView[]> {
    await this.users.get(userId);
    const devices = await this.dataSource
      .getRepository(OtpDevice)
      .find({ where: { userId }, order: { issuedAt: 'DESC' } });
    return devices.map(toView);
  }

  /** The user's device that is not revoked (ACTIVE or BLOCKED), if any. */
  liveDeviceOf(userId: string): Promise<OtpDevice | null> {
    return this.dataSource
      .getRepository(OtpDevice)
      .createQueryBuilder('d')
      .where('d.user_id = :userId AND d.status <> :revoked', { userId, revoked: 'REVOKED' })
      .getOne();
  }

  /** For token registration (a later feature): whether the PIN is the one printed on the user's card. */
  async verifyCardPin(userId: string, pin: string): Promise<boolean> {
    const device = await this.liveDeviceOf(userId);
    return this.hasher.verify(device?.kind === 'CARD' ? device.pinHash : null, pin.trim().toUpperCase());
  }

  openSecret(device: { id: string; secretSealed: string }): Buffer {
    return this.box.open(device.secretSealed, deviceSecretContext(device.id));
  }

  private async insert(
    tx: EntityManager,
    kind: OtpDeviceKind,
    userId: string | null,
    material: DeviceMaterial,
  ): Promise<IssuedOtpDeviceView> {
    const id = material.id ?? randomUUID();
    const secret = material.secret ?? newDeviceSecret();
    const pin = kind === 'CARD' ? (material.pin ?? newCardPin()) : undefined;
    const pinHash = pin ? await this.hasher.hash(pin) : null;
    for (let attempt = 0; ; attempt++) {
      const serial = material.serial ?? newSerial(kind);
      try {
        await tx.query(`SAVEPOINT otp_device_insert`);
        await tx.query(
          `INSERT INTO otp_device (id, kind, serial, secret_sealed, pin_hash, user_id, status)
           VALUES ($1, $2, $3, $4, $5, $6, 'ACTIVE')`,
          [id, kind, serial, this.box.seal(secret, deviceSecretContext(id)), pinHash, userId],
        );
        break;
      } catch (error) {
        await tx.query(`ROLLBACK TO SAVEPOINT otp_device_insert`);
        if (!isUniqueViolation(error)) throw error;
        const [clash] = await tx.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM otp_device WHERE user_id = $1 AND status <> 'REVOKED'`,
          [userId],
        );
        if (userId && (clash?.n ?? 0) > 0) throw userHasDevice();
        // A serial drawn twice (one in a billion): draw another.
        if (material.serial || attempt >= 5) throw error;
      }
    }
    const [row] = await tx.query<OtpDeviceRow[]>(`SELECT * FROM otp_device WHERE id = $1`, [id]);
    const device = toView(fromRow(row!));
    if (kind === 'TOKEN') {
      return {
        device,
        token: { secret: toBase32(secret), otpauthUri: tokenProvisioningUri(device.serial, secret) },
      };
    }
    return {
      device,
      card: { pin: pin!, cells: cardCells(secret).map((code, index) => ({ cell: index + 1, code })) },
    };
  }
}

interface OtpDeviceRow {
  id: string;
  kind: OtpDeviceKind;
  serial: string;
  status: OtpDevice['status'];
  blocked_reason: OtpDevice['blockedReason'];
  user_id: string | null;
  failed_attempts: number;
  replaced_by: string | null;
  issued_at: Date;
}

function fromRow(row: OtpDeviceRow): OtpDevice {
  return Object.assign(new OtpDevice(), {
    id: row.id,
    kind: row.kind,
    serial: row.serial,
    status: row.status,
    blockedReason: row.blocked_reason,
    userId: row.user_id,
    failedAttempts: row.failed_attempts,
    replacedBy: row.replaced_by,
    issuedAt: row.issued_at,
  });
}

export function toView(device: OtpDevice): OtpDeviceView {
  return {
    id: device.id,
    kind: device.kind,
    serial: device.serial,
    status: device.status,
    ...(device.blockedReason ? { blockedReason: device.blockedReason } : {}),
    userId: device.userId,
    failedAttempts: device.failedAttempts,
    ...(device.replacedBy ? { replacedBy: device.replacedBy } : {}),
    issuedAt: device.issuedAt.toISOString(),
  };
}

const notFound = () => new FeatureError(Code.DEVICE_NOT_FOUND, 'No such OTP device.', { field: 'id' });
const revoked = () =>
  new FeatureError(Code.DEVICE_REVOKED, 'The device was replaced and is no longer in use.');
const userHasDevice = () =>
  new FeatureError(Code.USER_HAS_DEVICE, 'The user already has an OTP device; replace it instead.', {
    field: 'userId',
  });
