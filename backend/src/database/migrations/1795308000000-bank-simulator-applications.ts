import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The simulated bank's application desk: the rates it publishes, the applications it holds (keyed
 * by the platform's application id), their reports owed to the platform (an outbox, several per
 * application), and the rules that delay or refuse them in tests and demos.
 */
export class BankSimulatorApplications1795308000000 implements MigrationInterface {
  name = 'BankSimulatorApplications1795308000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "sim_exchange_rate" (
        "currency" char(3) PRIMARY KEY CHECK ("currency" <> 'KZT'),
        "buy" numeric(18, 6) NOT NULL CHECK ("buy" > 0),
        "sell" numeric(18, 6) NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("sell" >= "buy")
      )`);
    await queryRunner.query(`
      INSERT INTO "sim_exchange_rate" ("currency", "buy", "sell") VALUES
        ('USD', 468.00, 472.00), ('EUR', 505.50, 510.50), ('RUB', 5.10, 5.40),
        ('CNY', 64.50, 66.50), ('GBP', 595.00, 605.00)`);
    await queryRunner.query(`CREATE SEQUENCE "sim_application_reference_seq"`);
    await queryRunner.query(`
      CREATE TABLE "sim_application" (
        "application_id" uuid PRIMARY KEY,
        "reference" text NOT NULL UNIQUE,
        "organization_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "order" jsonb NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('ACCEPTED', 'IN_PROGRESS', 'DONE', 'REFUSED', 'CANCELLED')),
        "receipt_status" text NOT NULL CHECK ("receipt_status" IN ('ACCEPTED', 'REFUSED')),
        "reason" text,
        "result" jsonb,
        "received_at" timestamptz NOT NULL DEFAULT now(),
        "due_at" timestamptz,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_sim_application_due" ON "sim_application" ("due_at") WHERE "status" IN ('ACCEPTED', 'IN_PROGRESS')`,
    );
    await queryRunner.query(`
      CREATE TABLE "sim_application_report" (
        "id" bigserial PRIMARY KEY,
        "application_id" uuid NOT NULL REFERENCES "sim_application" ("application_id"),
        "report" jsonb NOT NULL,
        "due_at" timestamptz NOT NULL DEFAULT now(),
        "attempts" integer NOT NULL DEFAULT 0,
        "reported_at" timestamptz,
        "error" text
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_sim_application_report_due" ON "sim_application_report" ("due_at") WHERE "reported_at" IS NULL`,
    );
    // Delivery in order looks for an earlier report of the same application still owed.
    await queryRunner.query(
      `CREATE INDEX "IDX_sim_application_report_owed" ON "sim_application_report" ("application_id", "id")
       WHERE "reported_at" IS NULL`,
    );
    // An executed application books its own entries: one per account it moves money on.
    await queryRunner.query(
      `ALTER TABLE "sim_ledger_entry" ADD "application_id" uuid REFERENCES "sim_application" ("application_id")`,
    );
    await queryRunner.query(`ALTER TABLE "sim_ledger_entry" DROP CONSTRAINT "sim_ledger_entry_check"`);
    await queryRunner.query(`
      ALTER TABLE "sim_ledger_entry" ADD CONSTRAINT "CHK_sim_ledger_entry_posting_of" CHECK (
        ("kind" IN ('DEBIT', 'CREDIT')) = ("document_id" IS NOT NULL OR "application_id" IS NOT NULL)
        AND ("document_id" IS NULL OR "application_id" IS NULL))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_sim_ledger_entry_application" ON "sim_ledger_entry" ("application_id", "iban")
       WHERE "application_id" IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "sim_application_rule" (
        "id" uuid PRIMARY KEY,
        "kind" text,
        "account_iban" text,
        "action" text NOT NULL CHECK ("action" IN ('REFUSE', 'DELAY')),
        "reason" text,
        "delay_ms" integer CHECK ("delay_ms" >= 0),
        "one_shot" boolean NOT NULL DEFAULT false,
        "times_applied" integer NOT NULL DEFAULT 0,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK (("action" = 'REFUSE') = ("reason" IS NOT NULL)),
        CHECK (("action" = 'DELAY') = ("delay_ms" IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sim_application_rule"`);
    await queryRunner.query(`DELETE FROM "sim_ledger_entry" WHERE "application_id" IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "sim_ledger_entry" DROP CONSTRAINT "CHK_sim_ledger_entry_posting_of"`,
    );
    await queryRunner.query(`ALTER TABLE "sim_ledger_entry" DROP COLUMN "application_id"`);
    await queryRunner.query(
      `ALTER TABLE "sim_ledger_entry" ADD CONSTRAINT "sim_ledger_entry_check" CHECK (("kind" IN ('DEBIT', 'CREDIT')) = ("document_id" IS NOT NULL))`,
    );
    await queryRunner.query(`DROP TABLE "sim_application_report"`);
    await queryRunner.query(`DROP TABLE "sim_application"`);
    await queryRunner.query(`DROP SEQUENCE "sim_application_reference_seq"`);
    await queryRunner.query(`DROP TABLE "sim_exchange_rate"`);
  }
}
