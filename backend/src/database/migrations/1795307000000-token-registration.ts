import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Token registration and reissue (domain §7): the registration user ID a manager issues, one row
 * per registration and reissue process beside the shared read model, the wizard's short-lived access keys, the OTP
 * card's own count of wrong PINs, and certificates pending until they are on the token.
 */
export class TokenRegistration1795307000000 implements MigrationInterface {
  name = 'TokenRegistration1795307000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "registration_credential" (
        "user_id" uuid PRIMARY KEY REFERENCES "client_user" ("id"),
        "login" text NOT NULL UNIQUE CHECK ("login" ~ '^[a-z]{2}[0-9]{6}_[a-z]{8}$'),
        "validity_days" integer NOT NULL CHECK ("validity_days" BETWEEN 1 AND 1095),
        "issued_by" text,
        "issued_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "token_registration" (
        "id" uuid PRIMARY KEY,
        "workflow_id" text NOT NULL UNIQUE,
        "user_id" uuid NOT NULL REFERENCES "client_user" ("id"),
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "status" text NOT NULL,
        "open" boolean NOT NULL DEFAULT true,
        "reissue_id" uuid,
        "token_serial" text,
        "last_seq" integer NOT NULL DEFAULT 0,
        "started_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // One registration in progress per user: entering the credentials again resumes it.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_token_registration_open_user" ON "token_registration" ("user_id") WHERE "open"`,
    );
    await queryRunner.query(`
      CREATE TABLE "token_reissue" (
        "id" uuid PRIMARY KEY,
        "workflow_id" text NOT NULL UNIQUE,
        "user_id" uuid NOT NULL REFERENCES "client_user" ("id"),
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "status" text NOT NULL,
        "open" boolean NOT NULL DEFAULT true,
        "reason" text NOT NULL CHECK ("reason" IN ('PIN_FORGOTTEN', 'EXPIRING', 'KEY_COMPROMISE', 'TOKEN_REPLACED')),
        "started_by" text NOT NULL,
        "registration_id" uuid,
        "last_seq" integer NOT NULL DEFAULT 0,
        "started_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_token_reissue_open_user" ON "token_reissue" ("user_id") WHERE "open"`,
    );
    await queryRunner.query(`
      CREATE TABLE "registration_access" (
        "key_sha256" char(64) PRIMARY KEY,
        "user_id" uuid NOT NULL REFERENCES "client_user" ("id"),
        "expires_at" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_access_user" ON "registration_access" ("user_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "otp_device" ADD "pin_failed_attempts" integer NOT NULL DEFAULT 0 CHECK ("pin_failed_attempts" >= 0)`,
    );
    await queryRunner.query(`ALTER TABLE "otp_device" DROP CONSTRAINT "otp_device_blocked_reason_check"`);
    await queryRunner.query(
      `ALTER TABLE "otp_device" ADD CONSTRAINT "otp_device_blocked_reason_check"
       CHECK ("blocked_reason" IN ('MANAGER', 'WRONG_CODES', 'WRONG_PIN'))`,
    );
    await queryRunner.query(`ALTER TABLE "user_certificate" ADD "registration_id" uuid`);
    await queryRunner.query(`ALTER TABLE "user_certificate" DROP CONSTRAINT "user_certificate_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "user_certificate" ADD CONSTRAINT "user_certificate_status_check"
       CHECK ("status" IN ('PENDING', 'ACTIVE', 'REVOKED'))`,
    );
    // A registration asks for one certificate per purpose, however often the CA is asked again.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_user_certificate_registration_purpose" ON "user_certificate" ("registration_id", "purpose")
       WHERE "registration_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_user_certificate_registration_purpose"`);
    await queryRunner.query(`DELETE FROM "user_certificate" WHERE "status" = 'PENDING'`);
    await queryRunner.query(`ALTER TABLE "user_certificate" DROP CONSTRAINT "user_certificate_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "user_certificate" ADD CONSTRAINT "user_certificate_status_check" CHECK ("status" IN ('ACTIVE', 'REVOKED'))`,
    );
    await queryRunner.query(`ALTER TABLE "user_certificate" DROP COLUMN "registration_id"`);
    await queryRunner.query(
      `UPDATE "otp_device" SET "blocked_reason" = 'MANAGER' WHERE "blocked_reason" = 'WRONG_PIN'`,
    );
    await queryRunner.query(`ALTER TABLE "otp_device" DROP CONSTRAINT "otp_device_blocked_reason_check"`);
    await queryRunner.query(
      `ALTER TABLE "otp_device" ADD CONSTRAINT "otp_device_blocked_reason_check" CHECK ("blocked_reason" IN ('MANAGER', 'WRONG_CODES'))`,
    );
    await queryRunner.query(`ALTER TABLE "otp_device" DROP COLUMN "pin_failed_attempts"`);
    await queryRunner.query(`DROP TABLE "registration_access"`);
    await queryRunner.query(`DROP TABLE "token_reissue"`);
    await queryRunner.query(`DROP TABLE "token_registration"`);
    await queryRunner.query(`DROP TABLE "registration_credential"`);
  }
}
