import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications (service, currency, cancellations): their read-model rows, the files attached to
 * them or answered by the bank, and per-organization yearly numbering. The shared `process` row
 * gains the kind and the account, which "My applications" filters on for every kind of process.
 */
export class Applications1795309000000 implements MigrationInterface {
  name = 'Applications1795309000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "application" (
        "id" uuid PRIMARY KEY,
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "kind" text NOT NULL,
        "family" text NOT NULL CHECK ("family" IN ('SERVICE', 'CURRENCY')),
        "number" text NOT NULL,
        "status" text NOT NULL,
        "author_id" uuid NOT NULL,
        "account_iban" text,
        "amount_minor" bigint,
        "currency" char(3),
        "cancels_id" uuid,
        "last_seq" integer NOT NULL,
        "state" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_application_organization_created" ON "application" ("organization_id", "created_at" DESC)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_application_cancels" ON "application" ("cancels_id")`);
    await queryRunner.query(`
      CREATE TABLE "application_counter" (
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "year" smallint NOT NULL,
        "last" integer NOT NULL,
        PRIMARY KEY ("organization_id", "year")
      )`);
    // Kept in PostgreSQL, never under the web root: every replica serves the same bytes, and a
    // download passes the organization check of the API.
    await queryRunner.query(`
      CREATE TABLE "application_file" (
        "id" uuid PRIMARY KEY,
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "origin" text NOT NULL CHECK ("origin" IN ('CLIENT', 'BANK')),
        "uploaded_by" uuid,
        "application_id" uuid,
        "file_name" text NOT NULL,
        "media_type" text NOT NULL,
        "size" integer NOT NULL CHECK ("size" > 0),
        "sha256" char(64) NOT NULL,
        "content" bytea NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_application_file_organization" ON "application_file" ("organization_id", "created_at")`,
    );
    // The bank's answer is stored once per application, however often its report is delivered.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_application_file_bank_answer" ON "application_file" ("application_id") WHERE "origin" = 'BANK'`,
    );
    // Signatures and OTP challenges are bound to a process of any kind that is signed, not only to documents.
    for (const table of ['signature_evidence', 'otp_challenge_document']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_document_id_fkey"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_process_id_fkey" FOREIGN KEY ("document_id") REFERENCES "process" ("id")`,
      );
    }
    // An application without an amount (a certificate, a letter) is approved with an amount of zero.
    await queryRunner.query(`ALTER TABLE "otp_challenge" DROP CONSTRAINT "otp_challenge_total_tiyn_check"`);
    await queryRunner.query(
      `ALTER TABLE "otp_challenge" ADD CONSTRAINT "otp_challenge_total_tiyn_check" CHECK ("total_tiyn" >= 0)`,
    );
    await queryRunner.query(`ALTER TABLE "process" ADD "kind" text, ADD "account_iban" text`);
    await queryRunner.query(`
      UPDATE "process" p SET "kind" = d."type", "account_iban" = d."payer_iban"
      FROM "document" d WHERE d."id" = p."id"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "process" DROP COLUMN "account_iban", DROP COLUMN "kind"`);
    for (const table of ['signature_evidence', 'otp_challenge_document']) {
      await queryRunner.query(
        `DELETE FROM "${table}" WHERE "document_id" NOT IN (SELECT "id" FROM "document")`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_process_id_fkey"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document" ("id")`,
      );
    }
    await queryRunner.query(`DROP TABLE "application_file"`);
    await queryRunner.query(`DROP TABLE "application_counter"`);
    await queryRunner.query(`DROP TABLE "application"`);
  }
}
