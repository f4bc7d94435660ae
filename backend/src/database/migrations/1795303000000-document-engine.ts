import { INITIAL_KNP_CATALOGUE, KZ_BANKS } from '@qoltanba/workflows/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations, their users and accounts; the documents' read model, timeline, signature evidence
 * and notification outbox; the editable reference data payments are validated against.
 */
export class DocumentEngine1795303000000 implements MigrationInterface {
  name = 'DocumentEngine1795303000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "organization" (
        "id" uuid PRIMARY KEY,
        "name" text NOT NULL,
        "legal_form" text NOT NULL CHECK ("legal_form" IN ('LEGAL_ENTITY', 'INDIVIDUAL_ENTREPRENEUR')),
        "bin_iin" char(12) NOT NULL UNIQUE,
        "kod" char(2) NOT NULL,
        "none_may_prepare" boolean NOT NULL DEFAULT false,
        "approval_window_hours" integer,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "client_user" (
        "id" uuid PRIMARY KEY,
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "full_name" text NOT NULL,
        "iin" char(12) NOT NULL,
        "signature_right" text NOT NULL CHECK ("signature_right" IN ('SINGLE', 'FIRST', 'SECOND', 'NONE')),
        "channels" text[] NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'BLOCKED')),
        "phone" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("organization_id", "phone")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_client_user_organization" ON "client_user" ("organization_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "account" (
        "id" uuid PRIMARY KEY,
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "iban" char(20) NOT NULL UNIQUE,
        "currency" char(3) NOT NULL,
        "title" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_account_organization" ON "account" ("organization_id")`);
    await queryRunner.query(`
      CREATE TABLE "document" (
        "id" uuid PRIMARY KEY,
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "type" text NOT NULL,
        "status" text NOT NULL,
        "number" text NOT NULL,
        "payer_iban" char(20) NOT NULL,
        "amount_tiyn" bigint NOT NULL CHECK ("amount_tiyn" > 0),
        "value_date" date NOT NULL,
        "beneficiary_name" text NOT NULL,
        "author_id" uuid NOT NULL REFERENCES "client_user" ("id"),
        "last_seq" integer NOT NULL,
        "state" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_document_organization_created" ON "document" ("organization_id", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_document_organization_status" ON "document" ("organization_id", "status")`,
    );
    await queryRunner.query(`
      CREATE TABLE "document_event" (
        "document_id" uuid NOT NULL REFERENCES "document" ("id"),
        "seq" integer NOT NULL,
        "organization_id" uuid NOT NULL,
        "event" text NOT NULL,
        "status" text NOT NULL,
        "actor_id" uuid,
        "actor_name" text,
        "channel" text,
        "details" jsonb,
        "at" timestamptz NOT NULL,
        PRIMARY KEY ("document_id", "seq")
      )`);
    await queryRunner.query(`
      CREATE TABLE "signature_evidence" (
        "id" uuid PRIMARY KEY,
        "document_id" uuid NOT NULL REFERENCES "document" ("id"),
        "content_hash" text NOT NULL,
        "signer_id" uuid NOT NULL REFERENCES "client_user" ("id"),
        "channel" text NOT NULL,
        "method" text NOT NULL CHECK ("method" IN ('EDS', 'OTP')),
        "kind" text NOT NULL,
        "payload" jsonb NOT NULL,
        "verified_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_signature_evidence_document" ON "signature_evidence" ("document_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "notification_outbox" (
        "id" uuid PRIMARY KEY,
        "dedupe_key" text NOT NULL UNIQUE,
        "recipient_id" uuid NOT NULL REFERENCES "client_user" ("id"),
        "kind" text NOT NULL,
        "document_id" uuid,
        "payload" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "delivered_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_recipient_created" ON "notification_outbox" ("recipient_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "knp_code" (
        "code" char(3) PRIMARY KEY,
        "label_en" text NOT NULL,
        "label_ru" text NOT NULL,
        "label_kk" text NOT NULL,
        "active" boolean NOT NULL DEFAULT true
      )`);
    // Seeded from the domain's initial catalogue (the confirmed codes); the bank edits it from here on.
    for (const entry of INITIAL_KNP_CATALOGUE) {
      await queryRunner.query(
        `INSERT INTO "knp_code" ("code", "label_en", "label_ru", "label_kk") VALUES ($1, $2, $3, $4)`,
        [entry.code, entry.label.en, entry.label.ru, entry.label.kk],
      );
    }
    await queryRunner.query(`
      CREATE TABLE "bank_directory" (
        "bank_code" char(3) PRIMARY KEY,
        "bic" text NOT NULL,
        "name" text NOT NULL
      )`);
    for (const bank of KZ_BANKS) {
      await queryRunner.query(
        `INSERT INTO "bank_directory" ("bank_code", "bic", "name") VALUES ($1, $2, $3)`,
        [bank.bankCode, bank.bic, bank.name],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'bank_directory',
      'knp_code',
      'notification_outbox',
      'signature_evidence',
      'document_event',
      'document',
      'account',
      'client_user',
      'organization',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
