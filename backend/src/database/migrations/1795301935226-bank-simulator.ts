import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'ACCEPTED', 'EXECUTED', 'REJECTED'`;
const REASONS = `'INSUFFICIENT_FUNDS', 'INVALID_BENEFICIARY', 'ACCOUNT_BLOCKED', 'REJECTED_BY_RULE'`;

/**
 * The bank core simulator's own tables (`sim_`): accounts, the payments it received (keyed by
 * document id, the idempotency key), the ledger behind statements, and rules telling it to reject.
 * Money is bigint tiyn; the checks keep balances from going negative and a payment from posting twice.
 */
export class BankSimulator1795301935226 implements MigrationInterface {
  name = 'BankSimulator1795301935226';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "sim_account" (
        "iban" text PRIMARY KEY CHECK ("iban" ~ '^KZ[0-9]{2}[0-9A-Z]{16}$'),
        "currency" text NOT NULL CHECK ("currency" ~ '^[A-Z]{3}$'),
        "holder_name" text NOT NULL,
        "holder_bin_iin" text NOT NULL CHECK ("holder_bin_iin" ~ '^[0-9]{12}$'),
        "balance_tiyn" bigint NOT NULL CHECK ("balance_tiyn" >= 0),
        "blocked" boolean NOT NULL DEFAULT false,
        "opened_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE SEQUENCE "sim_payment_reference_seq"`);
    await queryRunner.query(`
      CREATE TABLE "sim_payment" (
        "document_id" text PRIMARY KEY,
        "reference" text NOT NULL UNIQUE,
        "organization_id" text NOT NULL,
        "payer_iban" text NOT NULL,
        "beneficiary_iban" text NOT NULL,
        "beneficiary_name" text NOT NULL,
        "amount_tiyn" bigint NOT NULL CHECK ("amount_tiyn" > 0),
        "currency" text NOT NULL,
        "intra_bank" boolean NOT NULL,
        "status" text NOT NULL CHECK ("status" IN (${STATUSES})),
        "reason" text CHECK ("reason" IN (${REASONS})),
        "reason_detail" text,
        "receipt_status" text NOT NULL CHECK ("receipt_status" IN (${STATUSES})),
        "received_at" timestamptz NOT NULL DEFAULT now(),
        "execute_after" timestamptz,
        "executed_at" timestamptz,
        "rejected_at" timestamptz,
        "report_due_at" timestamptz,
        "reported_at" timestamptz,
        "report_attempts" integer NOT NULL DEFAULT 0,
        "report_error" text,
        "order" jsonb NOT NULL,
        CHECK (("status" = 'REJECTED') = ("reason" IS NOT NULL)),
        CHECK ("status" <> 'ACCEPTED' OR "execute_after" IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_sim_payment_due" ON "sim_payment" ("execute_after") WHERE "status" = 'ACCEPTED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_sim_payment_report_due" ON "sim_payment" ("report_due_at")
       WHERE "report_due_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_sim_payment_pending_payer" ON "sim_payment" ("payer_iban") WHERE "status" = 'ACCEPTED'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sim_payment_received" ON "sim_payment" ("received_at")`);
    await queryRunner.query(`
      CREATE TABLE "sim_ledger_entry" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "iban" text NOT NULL REFERENCES "sim_account" ("iban"),
        "document_id" text REFERENCES "sim_payment" ("document_id"),
        "kind" text NOT NULL CHECK ("kind" IN ('OPENING', 'ADJUSTMENT', 'DEBIT', 'CREDIT')),
        "amount_tiyn" bigint NOT NULL CHECK ("amount_tiyn" <> 0),
        "balance_after_tiyn" bigint NOT NULL CHECK ("balance_after_tiyn" >= 0),
        "counterparty_iban" text,
        "counterparty_name" text,
        "description" text NOT NULL,
        "booked_at" timestamptz NOT NULL DEFAULT now(),
        CHECK (("kind" IN ('DEBIT', 'CREDIT')) = ("document_id" IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_sim_ledger_entry_statement" ON "sim_ledger_entry" ("iban", "booked_at", "id")`,
    );
    // Defence in depth behind the idempotency key: one payment debits once and credits once.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_sim_ledger_entry_posting" ON "sim_ledger_entry" ("document_id", "kind")
       WHERE "document_id" IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "sim_rejection_rule" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "payer_iban" text,
        "beneficiary_iban" text,
        "reason" text NOT NULL CHECK ("reason" IN (${REASONS})),
        "note" text,
        "one_shot" boolean NOT NULL DEFAULT false,
        "times_applied" integer NOT NULL DEFAULT 0,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("payer_iban" IS NOT NULL OR "beneficiary_iban" IS NOT NULL)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sim_rejection_rule"`);
    await queryRunner.query(`DROP TABLE "sim_ledger_entry"`);
    await queryRunner.query(`DROP TABLE "sim_payment"`);
    await queryRunner.query(`DROP SEQUENCE "sim_payment_reference_seq"`);
    await queryRunner.query(`DROP TABLE "sim_account"`);
  }
}
