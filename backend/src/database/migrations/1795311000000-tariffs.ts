import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monthly fee (domain §9): each organization's charge per month, at most one, and the bank
 * simulator's side of it — fees it booked, keyed by the platform's organization-and-month key, and
 * their ledger entries.
 */
export class Tariffs1795311000000 implements MigrationInterface {
  name = 'Tariffs1795311000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "monthly_fee_charge" (
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "month" char(7) NOT NULL CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        "plan" text NOT NULL CHECK ("plan" IN ('STANDARD_CONNECTED', 'WITHOUT_STANDARD')),
        "amount_tiyn" bigint NOT NULL CHECK ("amount_tiyn" >= 0),
        "status" text NOT NULL CHECK ("status" IN ('CHARGED', 'FAILED', 'SKIPPED')),
        "account_iban" char(20),
        "bank_reference" text,
        "reason" text,
        "attempts" integer NOT NULL DEFAULT 1 CHECK ("attempts" >= 1),
        "charged_at" timestamptz,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("organization_id", "month"),
        CHECK (("status" = 'CHARGED') = ("charged_at" IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_monthly_fee_charge_month_status" ON "monthly_fee_charge" ("month", "status")`,
    );
    await queryRunner.query(`
      CREATE TABLE "sim_fee" (
        "key" text PRIMARY KEY,
        "iban" char(20) NOT NULL REFERENCES "sim_account" ("iban"),
        "amount_tiyn" bigint NOT NULL CHECK ("amount_tiyn" > 0),
        "reference" text NOT NULL UNIQUE,
        "booked_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`ALTER TABLE "sim_ledger_entry" ADD "fee_key" text REFERENCES "sim_fee" ("key")`);
    await queryRunner.query(
      `ALTER TABLE "sim_ledger_entry" DROP CONSTRAINT "CHK_sim_ledger_entry_posting_of"`,
    );
    await queryRunner.query(`
      ALTER TABLE "sim_ledger_entry" ADD CONSTRAINT "CHK_sim_ledger_entry_posting_of" CHECK (
        ("kind" IN ('DEBIT', 'CREDIT'))
          = (num_nonnulls("document_id", "application_id", "fee_key") = 1)
        AND num_nonnulls("document_id", "application_id", "fee_key") <= 1)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_sim_ledger_entry_fee" ON "sim_ledger_entry" ("fee_key") WHERE "fee_key" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "sim_ledger_entry" WHERE "fee_key" IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "sim_ledger_entry" DROP CONSTRAINT "CHK_sim_ledger_entry_posting_of"`,
    );
    await queryRunner.query(`ALTER TABLE "sim_ledger_entry" DROP COLUMN "fee_key"`);
    await queryRunner.query(`
      ALTER TABLE "sim_ledger_entry" ADD CONSTRAINT "CHK_sim_ledger_entry_posting_of" CHECK (
        ("kind" IN ('DEBIT', 'CREDIT')) = ("document_id" IS NOT NULL OR "application_id" IS NOT NULL)
        AND ("document_id" IS NULL OR "application_id" IS NULL))`);
    await queryRunner.query(`DROP TABLE "sim_fee"`);
    await queryRunner.query(`DROP TABLE "monthly_fee_charge"`);
  }
}
