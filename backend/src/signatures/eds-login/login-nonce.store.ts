import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';

const NONCE_BYTES = 32;

/**
 * One-time nonces for the EDS log-in, in PostgreSQL so every API replica sees the same ones. A
 * nonce is consumed by a single DELETE: of two requests with it, exactly one gets it, and it is
 * gone whether or not the signature then verifies. Times are the database's, one clock for all.
 */
@Injectable()
export class LoginNonceStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** A fresh nonce: base64 of 32 random bytes, which the agent signs as its `data`. */
  async issue(): Promise<{ nonce: string; expiresAt: Date }> {
    const nonce = randomBytes(NONCE_BYTES).toString('base64');
    // Expired nonces are useless; clearing them here keeps the table at the size of one lifetime.
    await this.dataSource.query(`DELETE FROM "eds_login_challenge" WHERE "expires_at" < now()`);
    const [row] = await this.dataSource.query<{ expires_at: Date }[]>(
      `INSERT INTO "eds_login_challenge" ("nonce_sha256", "expires_at")
       VALUES ($1, now() + make_interval(secs => $2)) RETURNING "expires_at"`,
      [digest(nonce), this.config.pki.eds.loginNonceTtlSeconds],
    );
    return { nonce, expiresAt: row!.expires_at };
  }

  /** True once for a nonce issued here and not yet expired; false for anything else, ever after. */
  async consume(nonce: string): Promise<boolean> {
    // As a SELECT over the DELETE, so the driver answers rows (for a bare DELETE it answers counts).
    const rows = await this.dataSource.query<{ live: boolean }[]>(
      `WITH "spent" AS (DELETE FROM "eds_login_challenge" WHERE "nonce_sha256" = $1 RETURNING "expires_at")
       SELECT "expires_at" > now() AS "live" FROM "spent"`,
      [digest(nonce)],
    );
    return rows[0]?.live === true;
  }
}

const digest = (nonce: string) => createHash('sha256').update(nonce).digest('hex');
