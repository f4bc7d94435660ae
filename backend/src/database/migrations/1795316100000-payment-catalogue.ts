import { INITIAL_KBK_CATALOGUE, INITIAL_TAX_OFFICES, KZ_BANK_DIRECTORY } from '@qoltanba/workflows/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reference data of the payment catalogue: the KBK catalogue and the tax offices budget payments
 * need, and every bank of Kazakhstan in the bank directory (codes already there, such as this
 * platform's own bank, are left as they are); the organizations' payment templates; automatic
 * document numbers per organization and year; and the
 * simulated bank's ledger letting a salary payment credit each employee's account once.
 */
export class PaymentCatalogue1795316100000 implements MigrationInterface {
  name = 'PaymentCatalogue1795316100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "kbk_code" (
        "code" char(6) PRIMARY KEY,
        "label_en" text NOT NULL,
        "label_ru" text NOT NULL,
        "label_kk" text NOT NULL,
        "active" boolean NOT NULL DEFAULT true
      )`);
    for (const entry of INITIAL_KBK_CATALOGUE) {
      await queryRunner.query(
        `INSERT INTO "kbk_code" ("code", "label_en", "label_ru", "label_kk") VALUES ($1, $2, $3, $4)`,
        [entry.code, entry.label.en, entry.label.ru, entry.label.kk],
      );
    }
    await queryRunner.query(`
      CREATE TABLE "tax_office" (
        "bin" char(12) PRIMARY KEY,
        "code" text NOT NULL,
        "name_ru" text NOT NULL,
        "name_kk" text NOT NULL,
        "active" boolean NOT NULL DEFAULT true
      )`);
    for (const office of INITIAL_TAX_OFFICES) {
      await queryRunner.query(
        `INSERT INTO "tax_office" ("bin", "code", "name_ru", "name_kk") VALUES ($1, $2, $3, $4)`,
        [office.bin, office.code, office.name.ru, office.name.kk],
      );
    }
    await queryRunner.query(`
      CREATE TABLE "payment_template" (
        "id" uuid PRIMARY KEY,
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "name" text NOT NULL,
        "payment" jsonb NOT NULL,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_payment_template_organization_name" ON "payment_template" ("organization_id", "name")`,
    );
    await queryRunner.query(`
      CREATE TABLE "document_number_counter" (
        "organization_id" uuid NOT NULL REFERENCES "organization" ("id"),
        "year" integer NOT NULL,
        "last_number" integer NOT NULL,
        PRIMARY KEY ("organization_id", "year")
      )`);
    await queryRunner.query(`
      CREATE TABLE "document_number" (
        "document_id" uuid PRIMARY KEY,
        "organization_id" uuid NOT NULL,
        "year" integer NOT NULL,
        "number" integer NOT NULL,
        UNIQUE ("organization_id", "year", "number")
      )`);
    // Still one debit per payment, and now one credit per account: a salary order credits several.
    await queryRunner.query(`DROP INDEX "UQ_sim_ledger_entry_posting"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_sim_ledger_entry_posting" ON "sim_ledger_entry" ("document_id", "kind", "iban")
       WHERE "document_id" IS NOT NULL`,
    );
    for (const bank of KZ_BANK_DIRECTORY) {
      await queryRunner.query(
        `INSERT INTO "bank_directory" ("bank_code", "bic", "name") VALUES ($1, $2, $3)
         ON CONFLICT ("bank_code") DO NOTHING`,
        [bank.bankCode, bank.bic, bank.name],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_sim_ledger_entry_posting"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_sim_ledger_entry_posting" ON "sim_ledger_entry" ("document_id", "kind")
       WHERE "document_id" IS NOT NULL`,
    );
    await queryRunner.query(`DROP TABLE "document_number"`);
    await queryRunner.query(`DROP TABLE "document_number_counter"`);
    await queryRunner.query(`DROP TABLE "payment_template"`);
    await queryRunner.query(`DROP TABLE "tax_office"`);
    await queryRunner.query(`DROP TABLE "kbk_code"`);
  }
}
