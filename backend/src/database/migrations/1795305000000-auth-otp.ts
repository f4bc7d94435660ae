import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Log-in and sessions (client credentials, staff, sessions, throttling), the SMS outbox, OTP devices
 * and challenges, and the append-only audit trail.
 */
export class AuthOtp1795305000000 implements MigrationInterface {
  name = 'AuthOtp1795305000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "at" timestamptz NOT NULL DEFAULT now(),
        "actor_kind" text NOT NULL CHECK ("actor_kind" IN ('CLIENT', 'STAFF', 'ANONYMOUS', 'SYSTEM')),
        "actor_id" text,
        "organization_id" uuid,
        "action" text NOT NULL,
        "outcome" text NOT NULL,
        "subject_kind" text,
        "subject_id" text,
        "ip" text,
        "details" jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_actor" ON "audit_event" ("actor_id", "at")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_subject" ON "audit_event" ("subject_id", "at")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_action" ON "audit_event" ("action", "at")`);
    // Append-only: what happened stays recorded, whatever the application later does.
    await queryRunner.query(`
      CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_event_no_change" BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()`);

    await queryRunner.query(`
      CREATE TABLE "staff_user" (
        "id" uuid PRIMARY KEY,
        "login" text NOT NULL UNIQUE CHECK ("login" = lower("login")),
        "full_name" text NOT NULL,
        "role" text NOT NULL CHECK ("role" IN ('MANAGER', 'OPERATOR')),
        "password_hash" text NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'BLOCKED')),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "client_credential" (
        "user_id" uuid NOT NULL REFERENCES "client_user" ("id"),
        "kind" text NOT NULL CHECK ("kind" IN ('STANDARD', 'PHONE')),
        "login" text UNIQUE CHECK ("login" = lower("login")),
        "password_hash" text NOT NULL,
        "must_change" boolean NOT NULL,
        "failed_attempts" integer NOT NULL DEFAULT 0 CHECK ("failed_attempts" >= 0),
        "password_set_at" timestamptz NOT NULL,
        PRIMARY KEY ("user_id", "kind"),
        CHECK (("kind" = 'STANDARD') = ("login" IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE "user_session" (
        "id" uuid PRIMARY KEY,
        "token_hash" char(64) NOT NULL UNIQUE,
        "previous_token_hash" char(64),
        "previous_valid_until" timestamptz,
        "token_issued_at" timestamptz NOT NULL,
        "csrf_token_hash" char(64) NOT NULL,
        "principal_kind" text NOT NULL CHECK ("principal_kind" IN ('CLIENT', 'STAFF')),
        "client_user_id" uuid REFERENCES "client_user" ("id"),
        "organization_id" uuid REFERENCES "organization" ("id"),
        "channel" text CHECK ("channel" IN ('STANDARD', 'LIGHT', 'MOBILE')),
        "staff_user_id" uuid REFERENCES "staff_user" ("id"),
        "staff_role" text CHECK ("staff_role" IN ('MANAGER', 'OPERATOR')),
        "password_change_required" boolean NOT NULL,
        "created_at" timestamptz NOT NULL,
        "last_seen_at" timestamptz NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        "revoked_reason" text,
        "ip" text,
        "user_agent" text,
        CHECK (("principal_kind" = 'CLIENT') = ("client_user_id" IS NOT NULL AND "channel" IS NOT NULL)),
        CHECK (("principal_kind" = 'STAFF') = ("staff_user_id" IS NOT NULL AND "staff_role" IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_user_session_previous_token" ON "user_session" ("previous_token_hash") WHERE "previous_token_hash" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_user_session_client_user" ON "user_session" ("client_user_id") WHERE "revoked_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_user_session_staff_user" ON "user_session" ("staff_user_id") WHERE "revoked_at" IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "login_throttle" (
        "key" text PRIMARY KEY,
        "window_started_at" timestamptz NOT NULL,
        "failures" integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "sms_outbox" (
        "id" uuid PRIMARY KEY,
        "phone" text NOT NULL,
        "purpose" text NOT NULL,
        "text_sealed" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "delivered_at" timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_sms_outbox_phone" ON "sms_outbox" ("phone", "created_at")`);

    await queryRunner.query(`
      CREATE TABLE "otp_device" (
        "id" uuid PRIMARY KEY,
        "kind" text NOT NULL CHECK ("kind" IN ('TOKEN', 'CARD')),
        "serial" text NOT NULL UNIQUE,
        "secret_sealed" text NOT NULL,
        "pin_hash" text,
        "user_id" uuid REFERENCES "client_user" ("id"),
        "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'BLOCKED', 'REVOKED')),
        "blocked_reason" text CHECK ("blocked_reason" IN ('MANAGER', 'WRONG_CODES')),
        "failed_attempts" integer NOT NULL DEFAULT 0 CHECK ("failed_attempts" >= 0),
        "last_used_step" bigint,
        "last_cell" smallint CHECK ("last_cell" BETWEEN 1 AND 35),
        "replaced_by" uuid REFERENCES "otp_device" ("id"),
        "issued_at" timestamptz NOT NULL DEFAULT now(),
        CHECK (("kind" = 'CARD') = ("pin_hash" IS NOT NULL))
      )`);
    // One live device per user: a second is a replacement, not an addition.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_otp_device_live_user" ON "otp_device" ("user_id") WHERE "status" <> 'REVOKED' AND "user_id" IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "otp_challenge" (
        "id" uuid PRIMARY KEY,
        "user_id" uuid NOT NULL REFERENCES "client_user" ("id"),
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "channel" text NOT NULL,
        "device_id" uuid NOT NULL REFERENCES "otp_device" ("id"),
        "cell" smallint CHECK ("cell" BETWEEN 1 AND 35),
        "total_tiyn" bigint NOT NULL CHECK ("total_tiyn" > 0),
        "digest" char(64) NOT NULL,
        "documents" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "verified_at" timestamptz,
        "code_mac" char(64),
        CHECK (("verified_at" IS NULL) = ("code_mac" IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_otp_challenge_user" ON "otp_challenge" ("user_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "otp_challenge_document" (
        "challenge_id" uuid NOT NULL REFERENCES "otp_challenge" ("id"),
        "document_id" uuid NOT NULL REFERENCES "document" ("id"),
        "content_hash" char(64) NOT NULL,
        "approved_at" timestamptz,
        PRIMARY KEY ("challenge_id", "document_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'otp_challenge_document',
      'otp_challenge',
      'otp_device',
      'sms_outbox',
      'login_throttle',
      'user_session',
      'client_credential',
      'staff_user',
      'audit_event',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "audit_event_append_only"()`);
  }
}
