import { Injectable } from '@nestjs/common';
import type { StaffIdentity } from '../../access/identity.js';
import { AUDIT_SUCCESS, AuditService, auditActor } from '../../audit/audit.service.js';
import { FeatureError } from '../../common/errors/feature-error.js';
import { AppConfig } from '../../config/app-config.js';
import { ClientUsersService } from '../../organizations/client-users.service.js';
import { OrganizationsService } from '../../organizations/organizations.service.js';
import { OtpDevicesService } from '../../otp/otp-devices.service.js';
import { RegistrationCredentialsService } from '../registration-credentials.service.js';
import { RegistrationsErrorCode as Code } from '../registrations-error-code.js';
import { renderPinEnvelope } from './pin-envelope.pdf.js';

/** A printed envelope: the PDF and the name it is saved under. */
export interface PinEnvelope {
  filename: string;
  pdf: Buffer;
}

/**
 * What the manager prints for a client's token registration: a new OTP card (its PIN and cells)
 * and the registration user ID, on one page. The PIN exists in clear only in the PDF answered
 * here: the card keeps its hash, and neither the audit nor the logs see it.
 */
@Injectable()
export class PinEnvelopeService {
  constructor(
    private readonly users: ClientUsersService,
    private readonly organizations: OrganizationsService,
    private readonly devices: OtpDevicesService,
    private readonly credentials: RegistrationCredentialsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async issue(manager: StaffIdentity, userId: string, validityDays?: number): Promise<PinEnvelope> {
    const user = await this.users.get(userId);
    // Checked before the card is touched: a refused envelope leaves the user's device as it was.
    if (!user.channels.includes('STANDARD')) {
      throw new FeatureError(Code.STANDARD_NOT_ENABLED, 'Enable the Standard channel for this user first.', {
        field: 'channels',
      });
    }
    if (user.status !== 'ACTIVE') {
      throw new FeatureError(Code.USER_BLOCKED, 'The user is blocked: unblock them first.', {
        field: 'userId',
      });
    }
    const organization = await this.organizations.get(user.organizationId);
    // Always a new card, as the PIN of the old one cannot be printed again (only its hash is kept).
    // A live device of any kind is replaced: a user holds one device, and registration needs a card.
    const live = await this.devices.liveDeviceOf(userId);
    const { device, card } = live
      ? await this.devices.replace(manager, live.id, 'CARD')
      : await this.devices.issue(manager, 'CARD', userId);
    if (!card) throw new Error('an OTP card was issued without its PIN and cells');
    const issued = await this.credentials.issue(manager, userId, validityDays);
    // From here on the new card is in force. Should the PDF not be built, nothing is half done: the
    // manager asks again, which replaces this card (its PIN never left the server) with another.
    const pdf = await renderPinEnvelope({
      bankName: this.config.bank.name,
      organization,
      userFullName: user.fullName,
      registrationUserId: issued.login,
      card: { serial: device.serial, pin: card.pin, cells: card.cells },
      validityDays: issued.validityDays,
      issuedAt: new Date(),
    });
    await this.audit.record({
      actor: auditActor(manager),
      action: 'REGISTRATION_PIN_ENVELOPE_ISSUE',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'CLIENT_USER', id: userId },
      details: {
        deviceId: device.id,
        serial: device.serial,
        replacedDeviceId: live?.id ?? null,
        validityDays: issued.validityDays,
      },
    });
    return { filename: `pin-envelope-${issued.login}.pdf`, pdf };
  }
}
