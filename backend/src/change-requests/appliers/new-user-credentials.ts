import { Injectable } from '@nestjs/common';
import type { StaffActor } from '@qoltanba/workflows/domain';
import type { EntityManager } from 'typeorm';
import { oneTimePassword, registrationUserId, standardLogin } from '../../auth/passwords/random-secrets.js';
import { PasswordHasher } from '../../common/crypto/password-hasher.js';
import { isUniqueViolation } from '../../common/database/postgres-errors.js';
import { AppConfig } from '../../config/app-config.js';
import { OtpDevicesService } from '../../otp/otp-devices.service.js';
import type { UserFields } from '../dto/change.dto.js';

/** What a new user is handed in their envelope: everything here is shown once, then destroyed. */
export type NewUserHandover = Record<string, unknown> & {
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
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
  ) {}

  async issue(
    tx: EntityManager,
    userId: string,
    user: UserFields,
    maker: StaffActor,
  ): Promise<NewUserHandover> {
    const handover: NewUserHandover = { fullName: user.fullName.trim(), iin: user.iin };
    if (user.otpDevice !== 'NONE')
      Object.assign(handover, await this.devices.issueWithin(tx, user.otpDevice, userId));
    if (!user.channels.includes('STANDARD')) return handover;
    const password = oneTimePassword();
    const hash = await this.hasher.hash(password);
    const login = await drawn(tx, standardLogin, (candidate) =>
      tx.query(
        `INSERT INTO client_credential (user_id, kind, login, password_hash, must_change, failed_attempts, password_set_at)
         VALUES ($1, 'STANDARD', $2, $3, true, 0, now())`,
        [userId, candidate, hash],
      ),
    );
    handover.standard = { login, password };
    if (user.otpDevice === 'CARD') {
      const validityDays = this.config.pki.ca.certificateValidityDays;
      const registration = await drawn(tx, registrationUserId, (candidate) =>
        tx.query(
          `INSERT INTO registration_credential (user_id, login, validity_days, issued_by) VALUES ($1, $2, $3, $4)`,
          [userId, candidate, validityDays, maker.staffId],
        ),
      );
      handover.registration = { login: registration, validityDays };
    }
    return handover;
  }
}

/** A generated login inserted, drawing another should one be taken (one in millions). */
async function drawn(tx: EntityManager, draw: () => string, insert: (login: string) => Promise<unknown>) {
  for (let attempt = 0; ; attempt++) {
    const login = draw();
    await tx.query(`SAVEPOINT drawn_login`);
    try {
      await insert(login);
      return login;
    } catch (error) {
      await tx.query(`ROLLBACK TO SAVEPOINT drawn_login`);
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}
