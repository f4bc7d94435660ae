import type { MigrationInterface, QueryRunner } from 'typeorm';

const STAFF_ROLE_COLUMNS = [
  ['staff_user', 'role'],
  ['user_session', 'staff_role'],
] as const;

async function allowRoles(queryRunner: QueryRunner, roles: readonly string[]): Promise<void> {
  for (const [table, column] of STAFF_ROLE_COLUMNS) {
    await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_${column}_check"`);
    await queryRunner.query(
      `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_check"
         CHECK ("${column}" IN (${roles.map((role) => `'${role}'`).join(', ')}))`,
    );
  }
}

/**
 * The operations console: auditors (who read what operators read and act on nothing), the audit
 * log's filters, and the bank simulator's outage switch that makes the bank fail on purpose.
 */
export class OperationsConsole1795312000000 implements MigrationInterface {
  name = 'OperationsConsole1795312000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await allowRoles(queryRunner, ['MANAGER', 'SENIOR_MANAGER', 'OPERATOR', 'AUDITOR']);
    // The audit log reads newest first across every actor and action.
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_at" ON "audit_event" ("at" DESC, "id" DESC)`);
    await queryRunner.query(`
      CREATE TABLE "sim_outage" (
        "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
        "reason" text NOT NULL,
        "since" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sim_outage"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_event_at"`);
    await queryRunner.query(`DELETE FROM "user_session" WHERE "staff_role" = 'AUDITOR'`);
    await queryRunner.query(`DELETE FROM "staff_user" WHERE "role" = 'AUDITOR'`);
    await allowRoles(queryRunner, ['MANAGER', 'SENIOR_MANAGER', 'OPERATOR']);
  }
}
