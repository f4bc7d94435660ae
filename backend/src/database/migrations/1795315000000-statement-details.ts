import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a statement prints of each movement besides the money: the other side's BIN/IIN, bank and
 * KBe, the payment's KNP, number and date — the fields an accountant's 1C needs to book it.
 */
export class StatementDetails1795315000000 implements MigrationInterface {
  name = 'StatementDetails1795315000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sim_ledger_entry"
         ADD "counterparty_bin_iin" text, ADD "counterparty_bic" text, ADD "counterparty_kbe" text,
         ADD "knp" text, ADD "document_number" text, ADD "document_date" date`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_sim_ledger_entry_iban_booked_at" ON "sim_ledger_entry" ("iban", "booked_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_sim_ledger_entry_iban_booked_at"`);
    await queryRunner.query(
      `ALTER TABLE "sim_ledger_entry"
         DROP COLUMN "counterparty_bin_iin", DROP COLUMN "counterparty_bic", DROP COLUMN "counterparty_kbe",
         DROP COLUMN "knp", DROP COLUMN "document_number", DROP COLUMN "document_date"`,
    );
  }
}
