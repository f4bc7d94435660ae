import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AUDIT_SUCCESS, AuditService, auditActor } from '../../audit/audit.service.js';
import { FeatureError } from '../../common/errors/feature-error.js';
import { insertDrawn } from '../../common/database/drawn-unique.js';
import { ClientUsersService } from '../../organizations/client-users.service.js';
import { maskPhone, SmsGateway } from '../../sms/sms-gateway.js';
import { smsText } from '../../sms/sms-texts.js';
import { AuthErrorCode } from '../auth-error-code.js';
import type { StaffIdentity } from '../../access/identity.js';
import { PasswordHasher } from '../../common/crypto/password-hasher.js';
import { oneTimePassword, standardLogin } from '../passwords/random-secrets.js';
import { SessionsService } from '../sessions/sessions.service.js';

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
 * What a manager gives a client user to log in with: Standard login and one-time password (sealed
 * for the PIN envelope, handed over once), or a temporary Light/Mobile password sent by SMS. Either must
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

  /**
   * The user's Standard login (kept if they have one) and a new one-time password, in the caller's
   * transaction (a change request's): the user's sessions end with it.
   */
  async issueStandardWithin(tx: EntityManager, userId: string): Promise<IssuedStandardCredentials> {
    const password = oneTimePassword();
    const hash = await this.hasher.hash(password);
    const login = await insertDrawn(tx, standardLogin, async (candidate) => {
      const [row] = await tx.query<{ login: string }[]>(
        `INSERT INTO client_credential (user_id, kind, login, password_hash, must_change, failed_attempts, password_set_at)
         VALUES ($1, 'STANDARD', $2, $3, true, 0, now())
         ON CONFLICT (user_id, kind) DO UPDATE SET password_hash = EXCLUDED.password_hash,
           must_change = true, failed_attempts = 0, password_set_at = now()
         RETURNING login`,
        [userId, candidate, hash],
      );
      return row!.login;
    });
    await this.sessions.revokeAllOfClient(userId, 'CREDENTIALS_REISSUED', tx);
    return { userId, login, password, mustChange: true };
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
      text: smsText('TEMPORARY_PASSWORD', user.language, { password }),
    });
    await this.audit.record({
      actor: auditActor(manager),
      action: 'MANAGER_TEMPORARY_PASSWORD_SENT',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'CLIENT_USER', id: userId },
    });
    return { userId, sentTo: maskPhone(user.phone), smsId, mustChange: true };
  }
}
