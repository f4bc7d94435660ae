import { Injectable } from '@nestjs/common';
import type { StaffActor } from '@qoltanba/workflows/domain';
import type { EntityManager } from 'typeorm';
import { ClientCredentialsService } from '../../auth/credentials/client-credentials.service.js';
import { AppConfig } from '../../config/app-config.js';
import { OtpDevicesService } from '../../otp/otp-devices.service.js';
import { issueRegistrationId } from '../../registrations/registration-ids.js';
import type { UserFields } from '../dto/change.dto.js';

/** What a user is handed in their envelope: everything here is shown once, then destroyed. */
export type UserHandover = Record<string, unknown> & {
  fullName: string;
  iin: string;
  standard?: { login: string; password: string };
  registration?: { login: string; validityDays: number };
};

/**
 * Everything a new user needs to start, issued in the transaction that creates them: the OTP device
 * chosen, and for the Standard channel a log-in with a one-time password and — with an OTP card,
 * whose PIN opens the token registration — the registration user ID (domain §5–§7).
 */
@Injectable()
export class NewUserCredentials {
  constructor(
    private readonly devices: OtpDevicesService,
    private readonly credentials: ClientCredentialsService,
    private readonly config: AppConfig,
  ) {}

  async issue(tx: EntityManager, userId: string, user: UserFields, maker: StaffActor): Promise<UserHandover> {
    const handover: UserHandover = { fullName: user.fullName.trim(), iin: user.iin };
    if (user.otpDevice !== 'NONE')
      Object.assign(handover, await this.devices.issueWithin(tx, user.otpDevice, userId));
    if (!user.channels.includes('STANDARD')) return handover;
    const { login, password } = await this.credentials.issueStandardWithin(tx, userId);
    handover.standard = { login, password };
    if (user.otpDevice === 'CARD')
      handover.registration = await issueRegistrationId(
        tx,
        userId,
        this.config.pki.ca.certificateValidityDays,
        maker.staffId,
      );
    return handover;
  }
}
