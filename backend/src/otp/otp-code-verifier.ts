import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { OtpDevicesService } from './otp-devices.service.js';
import { OtpErrorCode as Code } from './otp-error-code.js';
import { cardCell, MAX_FAILED_CODES, otherCellWithCode, sameCode, tokenCodeStep } from './otp-codes.js';

type Failure = Code.CODE_INVALID | Code.CODE_ALREADY_USED | Code.CARD_WRONG_CELL;

/** What a check decided: accepted (a token code with the time step it consumes), or the failure's code. */
export type CodeCheck = { accepted: true; step?: number } | { accepted: false; failure: Failure };

interface ReservedDevice {
  id: string;
  kind: 'TOKEN' | 'CARD';
  secret_sealed: string;
  failed_attempts: number;
}

const MESSAGES: Record<Failure, string> = {
  [Code.CODE_INVALID]: 'The code is not correct.',
  [Code.CODE_ALREADY_USED]: 'That code was already used; wait for the next one.',
  [Code.CARD_WRONG_CELL]: 'That is the code of another cell.',
};

/**
 * Checks codes against a user's device, at most 5 wrong in a row. Each attempt is counted before
 * the code is looked at (a conditional UPDATE that only succeeds while fewer than 5 are counted),
 * so guesses sent in parallel cannot get past the limit; an accepted code resets the count. A
 * token's time step is consumed by a conditional UPDATE (only a later step than the last accepted
 * one passes), so a code works once even when two requests race with it.
 */
@Injectable()
export class OtpCodeVerifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly devices: OtpDevicesService,
  ) {}

  /** A code from the device itself: the token's current code, or the card's cell `cell`. */
  async verifyDeviceCode(
    deviceId: string,
    userId: string,
    code: string,
    cell: number | null,
    now: Date,
  ): Promise<{ step?: number }> {
    let step: number | undefined;
    await this.attempt(deviceId, userId, async (device, secret): Promise<CodeCheck> => {
      if (device.kind === 'CARD') {
        if (cell !== null && sameCode(cardCell(secret, cell), code)) return { accepted: true };
        const failure =
          cell !== null && otherCellWithCode(secret, code, cell) !== undefined
            ? Code.CARD_WRONG_CELL
            : Code.CODE_INVALID;
        return { accepted: false, failure };
      }
      step = tokenCodeStep(secret, code, Math.floor(now.getTime() / 1000));
      return step === undefined ? { accepted: false, failure: Code.CODE_INVALID } : { accepted: true, step };
    });
    return step === undefined ? {} : { step };
  }

  /** A check of another kind (a batch's later documents against the accepted code), counted the same way. */
  async attempt(
    deviceId: string,
    userId: string,
    check: (device: ReservedDevice, secret: Buffer) => Promise<CodeCheck>,
  ): Promise<void> {
    const [reserved] = await this.dataSource.query<[ReservedDevice[], number]>(
      `UPDATE otp_device SET failed_attempts = failed_attempts + 1
       WHERE id = $1 AND user_id = $2 AND status = 'ACTIVE' AND failed_attempts < $3
       RETURNING id, kind, secret_sealed, failed_attempts`,
      [deviceId, userId, MAX_FAILED_CODES],
    );
    const device = reserved[0];
    if (!device) throw await this.unusable(deviceId, userId);
    const secret = this.devices.openSecret({ id: device.id, secretSealed: device.secret_sealed });
    const checked = await check(device, secret);
    let outcome: Failure;
    if (checked.accepted) {
      // One conditional write accepts: the count starts again and, for a token, the time step is
      // consumed, unless that step (or a later one) was accepted already: a replay.
      const [accepted] = await this.dataSource.query<[unknown[], number]>(
        `UPDATE otp_device SET failed_attempts = 0, last_used_step = COALESCE($2::bigint, last_used_step)
         WHERE id = $1 AND ($2::bigint IS NULL OR last_used_step IS NULL OR last_used_step < $2::bigint)
         RETURNING id`,
        [device.id, checked.step ?? null],
      );
      if (accepted.length > 0) return;
      outcome = Code.CODE_ALREADY_USED;
    } else {
      outcome = checked.failure;
    }
    const attemptsLeft = Math.max(0, MAX_FAILED_CODES - device.failed_attempts);
    if (attemptsLeft === 0) {
      await this.dataSource.query(
        `UPDATE otp_device SET status = 'BLOCKED', blocked_reason = 'WRONG_CODES' WHERE id = $1 AND status = 'ACTIVE'`,
        [device.id],
      );
      throw new FeatureError(
        Code.DEVICE_BLOCKED,
        `${MESSAGES[outcome]} After ${MAX_FAILED_CODES} wrong codes in a row the device is blocked; your manager can unblock it.`,
        { field: 'code', attemptsLeft: 0, refusedAs: outcome },
      );
    }
    const warning =
      attemptsLeft === 1
        ? ' One attempt left: another wrong code blocks the device.'
        : ` ${attemptsLeft} attempts left.`;
    throw new FeatureError(outcome, `${MESSAGES[outcome]}${warning}`, { field: 'code', attemptsLeft });
  }

  /** Why a device cannot take a code: blocked, replaced, or not this user's. */
  private async unusable(deviceId: string, userId: string) {
    const [row] = await this.dataSource.query<{ status: string; user_id: string | null }[]>(
      `SELECT status, user_id FROM otp_device WHERE id = $1`,
      [deviceId],
    );
    if (!row || row.user_id !== userId || row.status === 'REVOKED') {
      return new FeatureError(
        Code.CHALLENGE_DEVICE_CHANGED,
        'Your OTP device changed since; ask for a new code.',
      );
    }
    return new FeatureError(Code.DEVICE_BLOCKED, 'Your OTP device is blocked; your manager can unblock it.', {
      attemptsLeft: 0,
    });
  }
}
