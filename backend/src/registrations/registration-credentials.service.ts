import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUDIT_SUCCESS, AuditService } from '../audit/audit.service.js';
import { LoginThrottleService } from '../auth/login-throttle.service.js';
import { PasswordHasher } from '../common/crypto/password-hasher.js';
import { FeatureError } from '../common/errors/feature-error.js';
import type { ClientUser } from '../organizations/client-user.entity.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { SmsGateway } from '../sms/sms-gateway.js';
import { smsText } from '../sms/sms-texts.js';
import { RegistrationsErrorCode as Code } from './registrations-error-code.js';

/** Wrong OTP-card PINs in a row that block the card (the branch unblocks or replaces it). */
export const MAX_WRONG_CARD_PINS = 5;

interface CardRow {
  device_id: string;
  user_id: string;
}

/**
 * The check of the registration user ID (`registration-ids.ts`) with the OTP card's PIN that opens
 * a token registration. Each PIN entry is counted on the card before it is checked (a conditional
 * UPDATE), so guesses sent in parallel cannot pass the limit; the fifth wrong one blocks the card
 * and tells the user by SMS. Refusals never say whether the ID or the PIN was wrong, and entries are
 * throttled per user ID and per address like log-ins.
 */
@Injectable()
export class RegistrationCredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: ClientUsersService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly sms: SmsGateway,
    private readonly audit: AuditService,
  ) {}

  /** The user and the contract's validity when the user ID and the card's PIN are both right. */
  async verify(
    login: string,
    pin: string,
    ip: string | null,
  ): Promise<{ user: ClientUser; validityDays: number }> {
    const key = `registration:${login.trim().toLowerCase()}`;
    await this.throttle.assertAllowed(key, ip);
    const [card] = await this.dataSource.query<(CardRow & { validity_days: number })[]>(
      `SELECT d.id AS device_id, c.user_id, c.validity_days
       FROM registration_credential c
       JOIN otp_device d ON d.user_id = c.user_id AND d.kind = 'CARD' AND d.status <> 'REVOKED'
       WHERE c.login = $1`,
      [login.trim().toLowerCase()],
    );
    if (!card) {
      // As slow as a real check, so an unknown user ID cannot be told from a wrong PIN by the clock.
      await this.hasher.verify(null, pin);
      return this.refuse(key, ip, null);
    }
    const reserved = await this.reserveAttempt(card.device_id);
    if (!reserved) {
      await this.auditEntry(card.user_id, ip, Code.CARD_BLOCKED);
      throw new FeatureError(
        Code.CARD_BLOCKED,
        'The OTP card is blocked after wrong PINs; the bank branch will unblock or replace it.',
      );
    }
    // The PIN is printed in upper case; a lower-case entry is the same PIN, a look-alike is not.
    if (!(await this.hasher.verify(reserved.pin_hash, pin.trim().toUpperCase()))) {
      if (reserved.pin_failed_attempts >= MAX_WRONG_CARD_PINS) await this.blockCard(card);
      return this.refuse(key, ip, card.user_id);
    }
    await this.dataSource.query(`UPDATE otp_device SET pin_failed_attempts = 0 WHERE id = $1`, [
      card.device_id,
    ]);
    await this.throttle.clearAccount(key);
    const user = await this.users.get(card.user_id);
    if (user.status !== 'ACTIVE') throw new FeatureError(Code.USER_BLOCKED, 'The user is blocked.');
    if (!user.channels.includes('STANDARD')) {
      throw new FeatureError(
        Code.STANDARD_NOT_ENABLED,
        'Tokens are registered for the Standard channel only.',
      );
    }
    return { user, validityDays: card.validity_days };
  }

  /** Counts the entry before the PIN is looked at; nothing is reserved once the card is blocked. */
  private async reserveAttempt(
    deviceId: string,
  ): Promise<{ pin_hash: string; pin_failed_attempts: number } | undefined> {
    const [rows] = await this.dataSource.query<[{ pin_hash: string; pin_failed_attempts: number }[], number]>(
      `UPDATE otp_device SET pin_failed_attempts = pin_failed_attempts + 1
       WHERE id = $1 AND status = 'ACTIVE' AND pin_failed_attempts < $2
       RETURNING pin_hash, pin_failed_attempts`,
      [deviceId, MAX_WRONG_CARD_PINS],
    );
    return rows[0];
  }

  private async blockCard(card: CardRow): Promise<void> {
    const [blocked] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE otp_device SET status = 'BLOCKED', blocked_reason = 'WRONG_PIN'
       WHERE id = $1 AND status = 'ACTIVE' RETURNING id`,
      [card.device_id],
    );
    if (blocked.length === 0) return;
    const user = await this.users.get(card.user_id);
    if (user.phone) {
      await this.sms.send({
        to: user.phone,
        purpose: 'OTP_CARD_BLOCKED',
        text: smsText('OTP_CARD_BLOCKED', user.language, {}),
      });
    }
    await this.audit.record({
      actor: { kind: 'SYSTEM' },
      action: 'OTP_DEVICE_BLOCK',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'OTP_DEVICE', id: card.device_id },
      details: { reason: 'WRONG_PIN', userId: card.user_id },
    });
  }

  private async refuse(key: string, ip: string | null, userId: string | null): Promise<never> {
    await this.throttle.recordFailure(key, ip);
    await this.auditEntry(userId, ip, Code.CREDENTIALS_INVALID);
    throw new FeatureError(Code.CREDENTIALS_INVALID, 'The user ID or the OTP card PIN is not correct.');
  }

  private auditEntry(userId: string | null, ip: string | null, outcome: string): Promise<void> {
    return this.audit.recordQuietly({
      actor: userId ? { kind: 'CLIENT', id: userId } : { kind: 'ANONYMOUS' },
      action: 'REGISTRATION_CREDENTIALS_ENTER',
      outcome,
      ip,
    });
  }
}
