import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUDIT_SUCCESS, AuditService, auditActor } from '../../audit/audit.service.js';
import { FeatureError } from '../../common/errors/feature-error.js';
import { isUniqueViolation } from '../../common/database/postgres-errors.js';
import { ClientUsersService } from '../../organizations/client-users.service.js';
import { maskPhone, SmsGateway } from '../../sms/sms-gateway.js';
import { AuthErrorCode } from '../auth-error-code.js';
import type { StaffIdentity } from '../../access/identity.js';
import { PasswordHasher } from '../../common/crypto/password-hasher.js';
import { oneTimePassword, standardLogin } from '../passwords/random-secrets.js';
import { SessionsService } from '../sessions/sessions.service.js';
import type { CredentialKind } from './client-credential.entity.js';

export interface IssuedStandardCredentials {
  userId: string;
  login: string;
  /** Shown once, for the PIN envelope; only its hash is kept. */
  password: string;
  mustChange: true;
}

export interface SentTemporaryPassword {
  userId: string;
  sentTo: string;
  smsId: string;
  mustChange: true;
}

/**
 * What a manager gives a client user to log in with: Standard login and one-time password (printed
 * in a PIN envelope, answered once), or a temporary Light/Mobile password sent by SMS. Either must
 * be changed at first log-in; issuing one ends the user's sessions and clears the wrong-entry count.
 */
@Injectable()
export class ClientCredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: ClientUsersService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly sms: SmsGateway,
    private readonly audit: AuditService,
  ) {}

  async issueStandard(manager: StaffIdentity, userId: string): Promise<IssuedStandardCredentials> {
    const user = await this.users.get(userId);
    if (!user.channels.includes('STANDARD')) {
      throw new FeatureError(
        AuthErrorCode.CHANNEL_NOT_ENABLED,
        'Enable the Standard channel for this user first.',
        { field: 'channels' },
      );
    }
    const password = oneTimePassword();
    const hash = await this.hasher.hash(password);
    for (let attempt = 0; ; attempt++) {
      try {
        const login = await this.dataSource.transaction(async (tx) => {
          const [row] = await tx.query<{ login: string }[]>(
            `INSERT INTO client_credential (user_id, kind, login, password_hash, must_change, failed_attempts, password_set_at)
             VALUES ($1, 'STANDARD', $2, $3, true, 0, now())
             ON CONFLICT (user_id, kind) DO UPDATE SET password_hash = EXCLUDED.password_hash,
               must_change = true, failed_attempts = 0, password_set_at = now()
             RETURNING login`,
            [userId, standardLogin(), hash],
          );
          await this.sessions.revokeAllOfClient(userId, 'CREDENTIALS_REISSUED', tx);
          return row!.login;
        });
        await this.recordIssued(manager, userId, 'STANDARD');
        return { userId, login, password, mustChange: true };
      } catch (error) {
        // A generated login that is taken (one in millions): draw another.
        if (!isUniqueViolation(error) || attempt >= 5) throw error;
      }
    }
  }

  async sendTemporaryPassword(manager: StaffIdentity, userId: string): Promise<SentTemporaryPassword> {
    const user = await this.users.get(userId);
    if (!user.phone || !user.channels.some((channel) => channel === 'LIGHT' || channel === 'MOBILE')) {
      throw new FeatureError(
        AuthErrorCode.USER_HAS_NO_PHONE,
        'The user needs a mobile number and the Light or Mobile channel.',
        { field: 'phone' },
      );
    }
    const password = oneTimePassword();
    const hash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO client_credential (user_id, kind, login, password_hash, must_change, failed_attempts, password_set_at)
         VALUES ($1, 'PHONE', NULL, $2, true, 0, now())
         ON CONFLICT (user_id, kind) DO UPDATE SET password_hash = EXCLUDED.password_hash,
           must_change = true, failed_attempts = 0, password_set_at = now()`,
        [userId, hash],
      );
      await this.sessions.revokeAllOfClient(userId, 'CREDENTIALS_REISSUED', tx);
    });
    const smsId = await this.sms.send({
      to: user.phone,
      purpose: 'TEMPORARY_PASSWORD',
      text: `Qoltanba: your temporary password is ${password}. You will choose your own at first log-in.`,
    });
    await this.recordIssued(manager, userId, 'PHONE');
    return { userId, sentTo: maskPhone(user.phone), smsId, mustChange: true };
  }

  private async recordIssued(manager: StaffIdentity, userId: string, kind: CredentialKind): Promise<void> {
    await this.audit.record({
      actor: auditActor(manager),
      action: kind === 'STANDARD' ? 'MANAGER_STANDARD_CREDENTIALS_ISSUED' : 'MANAGER_TEMPORARY_PASSWORD_SENT',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'CLIENT_USER', id: userId },
    });
  }
}
