import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import { RegistrationsErrorCode as Code } from './registrations-error-code.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The wizard's access key: granted when the user ID and card PIN were right, valid for
 * REGISTRATION_ACCESS_MINUTES, stored only as its SHA-256. It names the user, so a reissue and the
 * registration it starts are reached with the same key.
 */
@Injectable()
export class RegistrationAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async grant(userId: string): Promise<{ accessKey: string; expiresAt: Date }> {
    const accessKey = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.pki.registration.accessMinutes * 60_000);
    await this.dataSource.query(
      `INSERT INTO registration_access (key_sha256, user_id, expires_at) VALUES ($1, $2, $3)`,
      [sha256(accessKey), userId, expiresAt],
    );
    return { accessKey, expiresAt };
  }

  async userOf(accessKey: string | undefined): Promise<string> {
    const [row] = accessKey
      ? await this.dataSource.query<{ user_id: string }[]>(
          `SELECT user_id FROM registration_access WHERE key_sha256 = $1 AND expires_at > now()`,
          [sha256(accessKey)],
        )
      : [];
    if (!row) {
      throw new FeatureError(Code.ACCESS_INVALID, 'Enter your user ID and OTP card PIN again to continue.');
    }
    return row.user_id;
  }
}
