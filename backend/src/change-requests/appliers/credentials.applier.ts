import { Injectable } from '@nestjs/common';
import type { ChangeOutcome } from '@qoltanba/workflows/domain';
import type { EntityManager } from 'typeorm';
import type { StaffIdentity } from '../../access/identity.js';
import { AuthErrorCode } from '../../auth/auth-error-code.js';
import { ClientCredentialsService } from '../../auth/credentials/client-credentials.service.js';
import { CertificatesErrorCode as CertCode } from '../../certificates/certificates-error-code.js';
import { CertificatesService } from '../../certificates/certificates.service.js';
import { FeatureError } from '../../common/errors/feature-error.js';
import { OtpErrorCode as OtpCode } from '../../otp/otp-error-code.js';
import { OtpDevicesService } from '../../otp/otp-devices.service.js';
import { ChangeRequestsErrorCode as Code } from '../change-requests-error-code.js';
import type { AnyChange, OtpDeviceChange, UserChange } from '../dto/change.dto.js';
import type { ApplyContext, ChangeApplier, Inspection } from './change-applier.js';
import { findUser } from './user-access.applier.js';

/**
 * What a user proves themselves with: OTP devices (blocked, unblocked, replaced), certificates
 * (revoked), the Light/Mobile password (a temporary one sent by SMS). Each is done by the service
 * that owns it, which keeps its own audit record; the request's record names the checker.
 */
@Injectable()
export class CredentialsApplier implements ChangeApplier {
  readonly types = [
    'BLOCK_OTP_DEVICE',
    'UNBLOCK_OTP_DEVICE',
    'REPLACE_OTP_DEVICE',
    'REVOKE_CERTIFICATE',
    'SEND_TEMPORARY_PASSWORD',
    'ISSUE_OTP_DEVICE',
  ] as const;

  constructor(
    private readonly devices: OtpDevicesService,
    private readonly certificates: CertificatesService,
    private readonly credentials: ClientCredentialsService,
  ) {}

  async inspect(change: AnyChange, db: EntityManager): Promise<Inspection> {
    switch (change.type) {
      case 'BLOCK_OTP_DEVICE':
      case 'UNBLOCK_OTP_DEVICE':
      case 'REPLACE_OTP_DEVICE': {
        const device = await findDevice(db, (change as OtpDeviceChange).deviceId);
        const after =
          change.type === 'BLOCK_OTP_DEVICE'
            ? 'BLOCKED'
            : change.type === 'UNBLOCK_OTP_DEVICE'
              ? 'ACTIVE'
              : 'REVOKED';
        if (device.status === 'REVOKED')
          throw new FeatureError(Code.WRONG_STATE, 'The device was revoked (replaced).', {
            field: 'change.deviceId',
          });
        if (device.status === after)
          throw new FeatureError(Code.NOTHING_TO_CHANGE, `The device is ${after.toLowerCase()} already.`, {
            field: 'change.deviceId',
          });
        const replacing = change.type === 'REPLACE_OTP_DEVICE';
        return {
          organizationId: device.organization_id,
          targetKey: `otp-device:${device.id}`,
          summary: `${device.serial} · ${device.full_name}`,
          differences: [
            { field: `otpDevice ${device.serial}`, before: device.status, after },
            ...(replacing ? [{ field: 'otpDevice (new)', before: null, after: change.kind }] : []),
          ],
        };
      }
      case 'ISSUE_OTP_DEVICE': {
        const user = await findUser(db, change.userId);
        const [live] = await db.query<{ serial: string }[]>(
          `SELECT serial FROM otp_device WHERE user_id = $1 AND status <> 'REVOKED'`,
          [user.id],
        );
        if (live)
          throw new FeatureError(
            OtpCode.USER_HAS_DEVICE,
            `The user holds device ${live.serial}: replace it instead.`,
            { field: 'change.userId' },
          );
        return {
          organizationId: user.organization_id,
          targetKey: `user:${user.id}:otp-device`,
          summary: user.full_name,
          differences: [{ field: 'otpDevice (new)', before: null, after: change.kind }],
        };
      }
      case 'REVOKE_CERTIFICATE': {
        const { certificateId, reason } = change;
        const [certificate] = await db.query<
          {
            organization_id: string;
            serial_number: string;
            status: string;
            full_name: string;
            purpose: string;
          }[]
        >(
          `SELECT c.organization_id, c.serial_number, c.status, c.purpose, u.full_name
           FROM user_certificate c JOIN client_user u ON u.id = c.user_id WHERE c.id = $1`,
          [certificateId],
        );
        if (!certificate)
          throw new FeatureError(CertCode.NOT_FOUND, 'No such certificate.', {
            field: 'change.certificateId',
          });
        if (certificate.status === 'REVOKED')
          throw new FeatureError(CertCode.ALREADY_REVOKED, 'The certificate is already revoked.', {
            field: 'change.certificateId',
          });
        return {
          organizationId: certificate.organization_id,
          targetKey: `certificate:${certificateId}`,
          summary: `${certificate.serial_number} · ${certificate.full_name}`,
          differences: [
            {
              field: `certificate ${certificate.serial_number}`,
              before: certificate.status,
              after: 'REVOKED',
            },
            { field: 'reason', before: null, after: reason },
          ],
        };
      }
      default: {
        const user = await findUser(db, (change as UserChange).userId);
        const [contact] = await db.query<{ phone: string | null }[]>(
          `SELECT phone FROM client_user WHERE id = $1`,
          [user.id],
        );
        if (!contact?.phone || !user.channels.some((channel) => channel === 'LIGHT' || channel === 'MOBILE'))
          throw new FeatureError(
            AuthErrorCode.USER_HAS_NO_PHONE,
            'The user needs a mobile number and the Light or Mobile channel.',
            { field: 'change.userId' },
          );
        return {
          organizationId: user.organization_id,
          targetKey: `user:${user.id}:password`,
          summary: user.full_name,
          differences: [{ field: 'password', before: null, after: 'TEMPORARY_BY_SMS' }],
        };
      }
    }
  }

  async apply(change: AnyChange, context: ApplyContext): Promise<ChangeOutcome> {
    const { tx } = context;
    switch (change.type) {
      case 'BLOCK_OTP_DEVICE':
      case 'UNBLOCK_OTP_DEVICE':
        await this.devices.setBlocked(tx, change.deviceId, change.type === 'BLOCK_OTP_DEVICE');
        return { deviceId: change.deviceId };
      case 'REPLACE_OTP_DEVICE': {
        const { deviceId, kind } = change;
        const issued = await this.devices.replace(tx, deviceId, kind);
        await context.sealForHandover('device', { fullName: await holderOf(tx, deviceId), ...issued });
        return { deviceId: issued.device.id, replaced: deviceId };
      }
      case 'ISSUE_OTP_DEVICE': {
        const { userId, kind } = change;
        const issued = await this.devices.issueWithin(tx, kind, userId);
        await context.sealForHandover('device', {
          fullName: (await findUser(tx, userId)).full_name,
          ...issued,
        });
        return { deviceId: issued.device.id };
      }
      case 'REVOKE_CERTIFICATE': {
        const { certificateId, reason } = change;
        return {
          certificateId: (await this.certificates.revoke(certificateId, reason, context.maker.staffId)).id,
        };
      }
      default: {
        const maker: StaffIdentity = { kind: 'STAFF', staffId: context.maker.staffId, role: 'MANAGER' };
        const sent = await this.credentials.sendTemporaryPassword(maker, (change as UserChange).userId);
        return { userId: sent.userId, sentTo: sent.sentTo, smsId: sent.smsId };
      }
    }
  }
}

async function findDevice(db: EntityManager, deviceId: string) {
  const [device] = await db.query<
    { id: string; kind: string; serial: string; status: string; organization_id: string; full_name: string }[]
  >(
    `SELECT d.id, d.kind, d.serial, d.status, u.organization_id, u.full_name
     FROM otp_device d JOIN client_user u ON u.id = d.user_id WHERE d.id = $1`,
    [deviceId],
  );
  if (!device)
    throw new FeatureError(OtpCode.DEVICE_NOT_FOUND, 'No such device of a client.', {
      field: 'change.deviceId',
    });
  return device;
}

const holderOf = async (db: EntityManager, deviceId: string) => (await findDevice(db, deviceId)).full_name;
