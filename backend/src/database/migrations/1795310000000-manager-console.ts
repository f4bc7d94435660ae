import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The manager console: senior managers, the client details a manager records (address, e-mail),
 * closing an account, the bank's settings, and change requests — every change a manager makes to a
 * client, held until a second manager checks it (four eyes).
 */
export class ManagerConsole1795310000000 implements MigrationInterface {
  name = 'ManagerConsole1795310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [
      ['staff_user', 'role'],
      ['user_session', 'staff_role'],
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_${column}_check"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_check"
           CHECK ("${column}" IN ('MANAGER', 'SENIOR_MANAGER', 'OPERATOR'))`,
      );
    }
    await queryRunner.query(`ALTER TABLE "organization" ADD "address" text`);
    await queryRunner.query(`ALTER TABLE "client_user" ADD "email" text`);
    await queryRunner.query(
      `ALTER TABLE "account" ADD "status" text NOT NULL DEFAULT 'OPEN' CHECK ("status" IN ('OPEN', 'CLOSED'))`,
    );
    await queryRunner.query(`ALTER TABLE "account" ADD "closed_at" timestamptz`);
    await queryRunner.query(`
      CREATE TABLE "bank_setting" (
        "key" text PRIMARY KEY,
        "value" jsonb NOT NULL,
        "updated_by" text,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "change_request" (
        "id" uuid PRIMARY KEY,
        "type" text NOT NULL,
        "organization_id" uuid,
        "target_key" text NOT NULL,
        "status" text NOT NULL,
        "revision" integer NOT NULL,
        "maker_id" text NOT NULL,
        "checker_id" text,
        "exempt" boolean NOT NULL,
        "summary" text NOT NULL,
        "state" jsonb NOT NULL,
        "last_seq" integer NOT NULL,
        "submitted_at" timestamptz NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL
      )`);
    // One open request per change and object: a second one is refused until the first is decided.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_change_request_open_target" ON "change_request" ("target_key")
         WHERE "status" IN ('PENDING_CHECK', 'APPLYING')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_change_request_organization" ON "change_request" ("organization_id", "submitted_at" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_change_request_status" ON "change_request" ("status", "submitted_at" DESC)`,
    );
    // Written in the applying transaction: a repeated activity finds it and answers the same outcome.
    await queryRunner.query(`
      CREATE TABLE "change_request_application" (
        "change_request_id" uuid PRIMARY KEY,
        "outcome" jsonb NOT NULL,
        "applied_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // What an applied request produced that its maker hands over once (a PIN envelope), sealed.
    await queryRunner.query(`
      CREATE TABLE "change_request_secret" (
        "change_request_id" uuid NOT NULL,
        "name" text NOT NULL,
        "sealed" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "taken_at" timestamptz,
        PRIMARY KEY ("change_request_id", "name"),
        CHECK (("sealed" IS NULL) = ("taken_at" IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "change_request_secret"`);
    await queryRunner.query(`DROP TABLE "change_request_application"`);
    await queryRunner.query(`DROP TABLE "change_request"`);
    await queryRunner.query(`DROP TABLE "bank_setting"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "closed_at"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "client_user" DROP COLUMN "email"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "address"`);
    await queryRunner.query(`DELETE FROM "user_session" WHERE "staff_role" = 'SENIOR_MANAGER'`);
    await queryRunner.query(`DELETE FROM "staff_user" WHERE "role" = 'SENIOR_MANAGER'`);
    for (const [table, column] of [
      ['staff_user', 'role'],
      ['user_session', 'staff_role'],
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_${column}_check"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_check" CHECK ("${column}" IN ('MANAGER', 'OPERATOR'))`,
      );
    }
  }
}
