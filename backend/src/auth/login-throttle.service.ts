import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import { AuthErrorCode } from './auth-error-code.js';

/**
 * Counts failed log-ins per account and per client IP in fixed windows (table login_throttle, so
 * every API replica sees the same counts). A log-in is refused before its password is even hashed
 * once either count reached its limit: guessing stays slow, and a flood costs no KDF work.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async assertAllowed(accountKey: string, ip: string | null): Promise<void> {
    const { windowSeconds, maxFailuresPerAccount, maxFailuresPerIp } = this.config.auth.throttle;
    const rows = await this.dataSource.query<{ key: string; failures: number; retry_after: number }[]>(
      `SELECT key, failures,
         ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int AS retry_after
       FROM login_throttle
       WHERE key = ANY($1) AND window_started_at > now() - make_interval(secs => $2)`,
      [this.keys(accountKey, ip), windowSeconds],
    );
    const over = rows.find((row) =>
      row.key.startsWith('ip:') ? row.failures >= maxFailuresPerIp : row.failures >= maxFailuresPerAccount,
    );
    if (over) {
      throw new FeatureError(
        AuthErrorCode.TOO_MANY_ATTEMPTS,
        'Too many failed log-ins. Please try again later.',
        { retryAfterSeconds: Math.max(1, over.retry_after) },
      );
    }
  }

  async recordFailure(accountKey: string, ip: string | null): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_throttle (key, window_started_at, failures)
       SELECT unnest($1::text[]), now(), 1
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_started_at > now() - make_interval(secs => $2)
                         THEN login_throttle.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN login_throttle.window_started_at > now() - make_interval(secs => $2)
                                  THEN login_throttle.window_started_at ELSE now() END`,
      [this.keys(accountKey, ip), this.config.auth.throttle.windowSeconds],
    );
  }

  /** A successful log-in starts the account's count again (the address's count stays). */
  async clearAccount(accountKey: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [`account:${accountKey}`]);
  }

  private keys(accountKey: string, ip: string | null): string[] {
    return ip ? [`account:${accountKey}`, `ip:${ip}`] : [`account:${accountKey}`];
  }
}
