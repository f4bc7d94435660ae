import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The internal CA (its root, sealed key and published CRLs), the registry of users' certificates,
 * and the one-time nonces of the EDS log-in.
 */
export class Pki1795304000000 implements MigrationInterface {
  name = 'Pki1795304000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "ca_root" (
        "id" uuid PRIMARY KEY,
        "current" boolean NOT NULL,
        "serial_number" text NOT NULL,
        "subject" text NOT NULL,
        "fingerprint_sha256" char(64) NOT NULL UNIQUE,
        "subject_key_id" text NOT NULL,
        "not_before" timestamptz NOT NULL,
        "not_after" timestamptz NOT NULL,
        "certificate_der" bytea NOT NULL,
        "private_key_sealed" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // At most one current root, whatever races the start-up lock might lose.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_ca_root_current" ON "ca_root" ("current") WHERE "current"`,
    );
    await queryRunner.query(`
      CREATE TABLE "ca_crl" (
        "root_id" uuid NOT NULL REFERENCES "ca_root" ("id"),
        "number" bigint NOT NULL CHECK ("number" > 0),
        "this_update" timestamptz NOT NULL,
        "next_update" timestamptz NOT NULL,
        "entries" integer NOT NULL,
        "der" bytea NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("root_id", "number")
      )`);
    await queryRunner.query(`
      CREATE TABLE "user_certificate" (
        "id" uuid PRIMARY KEY,
        "user_id" uuid NOT NULL REFERENCES "client_user" ("id"),
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "purpose" text NOT NULL CHECK ("purpose" IN ('SIGNING', 'AUTHENTICATION')),
        "source" text NOT NULL CHECK ("source" IN ('INTERNAL_CA', 'EXTERNAL')),
        "serial_number" text NOT NULL,
        "subject" text NOT NULL,
        "issuer" text NOT NULL,
        "authority_key_id" text,
        "fingerprint_sha256" char(64) NOT NULL UNIQUE,
        "public_key_sha256" char(64) NOT NULL,
        "request_sha256" char(64),
        "not_before" timestamptz NOT NULL,
        "not_after" timestamptz NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'REVOKED')),
        "revoked_at" timestamptz,
        "revocation_reason" text,
        "revoked_by" text,
        "certificate_der" bytea NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("user_id", "request_sha256"),
        CHECK (("status" = 'REVOKED') = ("revoked_at" IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_user_certificate_user" ON "user_certificate" ("user_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_user_certificate_public_key" ON "user_certificate" ("public_key_sha256")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_user_certificate_revoked" ON "user_certificate" ("authority_key_id") WHERE "status" = 'REVOKED'`,
    );
    await queryRunner.query(`
      CREATE TABLE "eds_login_challenge" (
        "nonce_sha256" char(64) PRIMARY KEY,
        "expires_at" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_eds_login_challenge_expires" ON "eds_login_challenge" ("expires_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['eds_login_challenge', 'user_certificate', 'ca_crl', 'ca_root']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
